/**
 * Arguments of `npm run table` (src/main/cli/table.ts), parsed and checked against a dataset here so the
 * rules are pure and testable: a column is named by its key or its label, region / period / basis must
 * be ones the table offers, and a filter must parse exactly as the column's filter box would take it.
 */
import type { DatasetColumn } from '../kb/schemas';
import { parseFilter } from './filterExpr';
import {
  basesFor,
  isHourlyMoney,
  regionsFor,
  DEFAULT_REGION,
  type Basis,
  type Period,
  type ViewUnits,
} from './model';
import type { TableQuery, TableSource } from './pipeline';
import { defaultColumns } from './viewState';

export type OutputFormat = 'text' | 'csv' | 'json' | 'md';

export interface TableArgs {
  id: string;
  region?: string;
  period?: string;
  basis?: string;
  filters: string[];
  sorts: string[];
  search: string;
  columns?: string;
  /** Lift the dataset's default filters (e.g. show previous-generation types too). */
  all: boolean;
  format: OutputFormat;
}

export const TABLE_USAGE =
  'Usage: npm run --silent table -- <table id> [--region R] [--period hour|month|year] [--basis unit|vcpu|gib]\n' +
  "         [--filter '<column> <expr>' …] [--search 'words'] [--sort <column>[:desc] …] [--columns all|<c1,c2,…>]\n" +
  '         [--all] [--json|--csv|--md]';

const FLAGS_WITH_VALUE = new Set([
  '--region',
  '--period',
  '--basis',
  '--filter',
  '--sort',
  '--search',
  '--columns',
]);

/** Splits argv into options; an error text for an unknown flag or a missing value. */
export function parseTableArgv(argv: readonly string[]): TableArgs | string {
  const out: TableArgs = { id: '', filters: [], sorts: [], search: '', all: false, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (FLAGS_WITH_VALUE.has(flag)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) return `${flag} needs a value`;
      if (flag === '--region') out.region = v;
      else if (flag === '--period') out.period = v;
      else if (flag === '--basis') out.basis = v;
      else if (flag === '--filter') out.filters.push(v);
      else if (flag === '--sort') out.sorts.push(v);
      else if (flag === '--search') out.search = v;
      else out.columns = v;
    } else if (a === '--json') out.format = 'json';
    else if (a === '--csv') out.format = 'csv';
    else if (a === '--md' || a === '--markdown') out.format = 'md';
    else if (a === '--all') out.all = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (out.id) return `unexpected argument "${a}" (one table id at a time)`;
    else out.id = a;
  }
  if (!out.id) return 'missing table id';
  return out;
}

/** The column a name refers to: its key or its label, case-insensitively. */
export function findColumn(columns: DatasetColumn[], name: string): DatasetColumn | undefined {
  const n = name.trim().toLowerCase();
  return columns.find((c) => c.key.toLowerCase() === n) ?? columns.find((c) => c.label.toLowerCase() === n);
}

/**
 * "<column> <expr>": the longest key or label the text starts with, followed by a space, an operator or
 * the end ("Network performance > 10 Gbps", "memoryGiB>=64").
 */
export function splitColumnFilter(
  columns: DatasetColumn[],
  text: string,
): { col: DatasetColumn; expr: string } | null {
  const t = text.trim();
  const lower = t.toLowerCase();
  let best: { col: DatasetColumn; len: number } | null = null;
  for (const col of columns)
    for (const name of [col.key, col.label]) {
      const n = name.toLowerCase();
      if (!lower.startsWith(n)) continue;
      const next = t.charAt(n.length);
      if (next !== '' && !/[\s<>=!.|]/.test(next)) continue;
      if (!best || n.length > best.len) best = { col, len: n.length };
    }
  return best ? { col: best.col, expr: t.slice(best.len).trim() } : null;
}

export interface TableRequest {
  units: ViewUnits;
  query: TableQuery;
  visible: string[];
}

const PERIODS: Period[] = ['hour', 'month', 'year'];

/** Checks the options against the dataset; an error text names what is wrong and what is allowed. */
export function resolveTableArgs(ds: TableSource, args: TableArgs): TableRequest | string {
  const { columns } = ds;
  const regions = regionsFor(columns, ds.rows);
  const hourly = columns.some(isHourlyMoney);
  const bases = basesFor(columns);

  let region = regions.includes(DEFAULT_REGION) ? DEFAULT_REGION : (regions[0] ?? DEFAULT_REGION);
  if (args.region !== undefined) {
    if (!regions.length) return `table ${args.id} has no per-region columns, so --region does not apply`;
    if (!regions.includes(args.region))
      return `unknown region "${args.region}" for ${args.id} (known: ${regions.join(', ')})`;
    region = args.region;
  }
  let period: Period = 'hour';
  if (args.period !== undefined) {
    if (!hourly) return `table ${args.id} has no hourly prices, so --period does not apply`;
    if (!PERIODS.includes(args.period as Period))
      return `unknown period "${args.period}" (use hour, month or year)`;
    period = args.period as Period;
  }
  let basis: Basis = 'unit';
  if (args.basis !== undefined) {
    if (!hourly || !bases.includes(args.basis as Basis))
      return `unknown basis "${args.basis}" for ${args.id} (known: ${hourly ? bases.join(', ') : 'unit'})`;
    basis = args.basis as Basis;
  }

  const filters: TableQuery['filters'] = [];
  for (const f of args.filters) {
    const hit = splitColumnFilter(columns, f);
    if (!hit) return `unknown column in --filter "${f}" (columns: ${columns.map((c) => c.key).join(', ')})`;
    if (!hit.expr) return `--filter "${f}" has no expression after the column`;
    const p = parseFilter(hit.expr, hit.col.type, hit.col.money ? undefined : hit.col.unit);
    if (!p.ok) return `--filter "${f}": ${p.error}`;
    filters.push({ id: hit.col.key, value: hit.expr });
  }

  const sorting: TableQuery['sorting'] = [];
  for (const s of args.sorts) {
    const m = /^(.*?)(?::(asc|desc))?$/i.exec(s.trim())!;
    const col = findColumn(columns, m[1]!);
    if (!col) return `unknown column in --sort "${s}" (columns: ${columns.map((c) => c.key).join(', ')})`;
    sorting.push({ id: col.key, desc: m[2]?.toLowerCase() === 'desc' });
  }

  let visible = [ds.keyColumn, ...defaultColumns(columns).filter((k) => k !== ds.keyColumn)];
  if (args.columns !== undefined) {
    if (args.columns.trim().toLowerCase() === 'all') visible = columns.map((c) => c.key);
    else {
      const named: string[] = [];
      for (const name of args.columns.split(',')) {
        const col = findColumn(columns, name);
        if (!col)
          return `unknown column in --columns "${name.trim()}" (columns: ${columns.map((c) => c.key).join(', ')})`;
        named.push(col.key);
      }
      visible = [...new Set(named)];
    }
  }

  return {
    units: { region, period, basis },
    query: {
      filters,
      globalFilter: args.search,
      sorting,
      lifted: args.all ? (ds.defaultFilters ?? []).map((d) => d.column) : [],
    },
    visible,
  };
}
