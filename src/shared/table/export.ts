/**
 * Export formats. A reference table exports what is shown (visible columns in order, filtered and sorted
 * rows, current region and units) with numbers as numbers at full precision and units in the headers;
 * the screen, the command line and the tests build it with `buildExport` from the same pipeline.
 */
import type { DatasetColumn } from '../kb/schemas';
import { columnUnit, headerText, isHourlyMoney, type ViewUnits } from './model';
import type { DerivedTable, QueryResult, TableQuery } from './pipeline';

export interface TextTable {
  headers: string[];
  rows: string[][];
}

/** RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with CRLF line ends (RFC 4180) and a final line end. */
export function toCsv(t: TextTable): string {
  return [t.headers, ...t.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). Used by tests and imports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * One Markdown table cell: `\` and `|` escaped (a bare `|` would start a new cell), line breaks as `<br>`,
 * and an empty cell kept visible to renderers.
 */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>').trim();
}

export interface MarkdownOptions {
  /** Right-align these columns (numbers read better that way). */
  rightAligned?: boolean[];
  /** A line printed under the table (e.g. source, as-of date, active filters). */
  caption?: string;
}

/** A GitHub-flavoured Markdown table. */
export function toMarkdown(t: TextTable, opts: MarkdownOptions = {}): string {
  const line = (cells: string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = t.headers.map((_, i) => (opts.rightAligned?.[i] ? '---:' : '---'));
  const out = [line(t.headers), `| ${rule.join(' | ')} |`, ...t.rows.map(line)];
  if (opts.caption) out.push('', opts.caption);
  return out.join('\n') + '\n';
}

// ---------- Exports of a reference table: values, not texts ----------

/** A value as exported: numbers stay numbers at full precision; lists stay lists in JSON. */
export type ExportValue = number | string | boolean | string[] | null;

export interface ExportColumn {
  key: string;
  label: string;
  /** The unit in the current units (e.g. "USD/month, eu-west-1"), or null. */
  unit: string | null;
  /** label + unit, as the header shows it. */
  header: string;
  type: DatasetColumn['type'];
}

export interface ExportTable {
  id: string;
  title: string;
  source: string;
  asOf: string;
  /** The units the values are in: region when the table has per-region columns, period and basis when hourly prices. */
  units: Partial<ViewUnits>;
  columns: ExportColumn[];
  rows: ExportValue[][];
  /** Rows in the dataset. */
  total: number;
  /** Filters in force, as "Label expression" (search and default filters included). */
  filters: string[];
  /** Sort keys, as "Label asc|desc". */
  sorting: string[];
}

export interface ExportMeta {
  id: string;
  title: string;
  source: string;
  asOf: string;
}

/**
 * The shown table (visible columns in order, filtered and sorted rows, current units) as exported by the
 * screen and printed by `npm run table`.
 */
export function buildExport(
  meta: ExportMeta,
  d: DerivedTable,
  result: QueryResult,
  query: TableQuery,
  visible: string[],
): ExportTable {
  const cols = visible
    .map((k) => d.colIndex.get(k))
    .filter((i): i is number => i !== undefined)
    .map((i) => ({ i, col: d.source.columns[i]! }));
  const label = (id: string): string => d.source.columns[d.colIndex.get(id) ?? -1]?.label ?? id;
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    asOf: meta.asOf,
    units: {
      ...(d.source.columns.some((c) => c.regional) ? { region: d.units.region } : {}),
      ...(d.source.columns.some(isHourlyMoney) ? { period: d.units.period, basis: d.units.basis } : {}),
    },
    columns: cols.map(({ col }) => ({
      key: col.key,
      label: col.label,
      unit: columnUnit(col, d.units),
      header: headerText(col, d.units),
      type: col.type,
    })),
    rows: result.rows.map((r) => cols.map(({ i }) => d.cells[i]![r]!)),
    total: d.keys.length,
    filters: [
      ...query.filters.filter((f) => f.value.trim() !== '').map((f) => `${label(f.id)} ${f.value.trim()}`),
      ...result.defaults.map((f) => `${label(f.column)} ${f.filter} (default)`),
      ...(query.globalFilter.trim() ? [`search "${query.globalFilter.trim()}"`] : []),
    ],
    sorting: query.sorting.map((s) => `${label(s.id)} ${s.desc ? 'desc' : 'asc'}`),
  };
}

/** A number in full precision, never grouped ("62.05", "1234.5"), so spreadsheets and scripts read it as a number. */
export function exportNumberText(n: number): string {
  return String(n);
}

function valueToText(v: ExportValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return exportNumberText(v);
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (Array.isArray(v)) return v.join('; ');
  return v;
}

/** Headers with units and cells as plain text (numbers unrounded), for CSV, Markdown and the terminal. */
export function exportText(t: ExportTable): TextTable {
  return { headers: t.columns.map((c) => c.header), rows: t.rows.map((r) => r.map(valueToText)) };
}

export function exportCaption(t: ExportTable): string {
  return (
    `${t.title}: ${t.rows.length} of ${t.total} rows` +
    (t.filters.length ? `; filters: ${t.filters.join('; ')}` : '') +
    (t.sorting.length ? `; sorted by ${t.sorting.join(', ')}` : '') +
    `. Source: ${t.source} (as of ${t.asOf}).`
  );
}

export function exportCsv(t: ExportTable): string {
  return toCsv(exportText(t));
}

export function exportMarkdown(t: ExportTable): string {
  return toMarkdown(exportText(t), {
    rightAligned: t.columns.map((c) => c.type === 'number'),
    caption: `_${exportCaption(t)}_`,
  });
}

/** JSON: rows as objects keyed by column key, with each column's label, unit and header alongside. */
export function exportJson(t: ExportTable): string {
  const doc = {
    id: t.id,
    title: t.title,
    source: t.source,
    asOf: t.asOf,
    units: t.units,
    filters: t.filters,
    sorting: t.sorting,
    shown: t.rows.length,
    total: t.total,
    columns: t.columns.map(({ key, label, unit, header }) => ({ key, label, unit, header })),
    rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i] ?? null]))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** An aligned text table for terminals: numbers right-aligned, long cell text cut at `maxWidth` with "…" (headers never). */
export function exportAligned(t: ExportTable, maxWidth = 40): string {
  const text = exportText(t);
  const clip = (s: string): string => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const headers = text.headers;
  const rows = text.rows.map((r) => r.map(clip));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = t.columns.map((c) => c.type === 'number');
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', exportCaption(t)].join('\n') + '\n';
}
