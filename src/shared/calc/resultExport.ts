/**
 * A calculator result as CSV and as Markdown for meeting notes: the inputs with their units, every figure
 * with a human label and unit, the warnings, the trace and where each price came from (source, date,
 * status). Pure, so the screen, the CLI and the tests build the same files.
 */
import type { TextTable } from '../table/export';
import { humanKey, isMoneyKey, formatValue } from './display';
import { fieldHelp } from './fieldHelp';

/** A trace step as it arrives from a run (over IPC it is plain data, so every field is optional but the label). */
export interface ExportStep {
  label: string;
  formula?: string;
  substituted?: string;
  rounding?: string;
  result?: unknown;
  unit?: string;
  fact?: { source?: string; asOf?: string; priceKey?: string; overridden?: boolean; status?: string; statusNote?: string };
}

export interface ExportMeta {
  calculator: string;
  title: string;
  region?: string;
  priceAsOf: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Flattens nested objects to dotted keys (arrays, trace and warnings excluded). */
export function outputLeaves(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'trace' || k === 'warnings' || Array.isArray(v)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (isRecord(v)) out.push(...outputLeaves(v, key));
    else out.push([key, v]);
  }
  return out;
}

export function traceSteps(v: unknown): ExportStep[] {
  return Array.isArray(v) ? (v.filter((s) => isRecord(s) && typeof s.label === 'string') as unknown as ExportStep[]) : [];
}

/** The price status line of a step ("stand-in: us-east-1 price, …"), or '' for a verified bundled price. */
export function stepPriceStatus(s: ExportStep): string {
  return s.fact?.status && s.fact.status !== 'bundled' && s.fact.status !== 'override' ? (s.fact.statusNote ?? s.fact.status) : '';
}

/** Units the output keys carry in their names (`sizeGiB`, `throughputMiBps`); costs are USD. */
const KEY_UNITS: [RegExp, string][] = [
  [/MiBps$/, 'MiB/s'],
  [/GiB$/, 'GiB'],
  [/GBMonths?$/, 'GB-months'],
  [/GB$/, 'GB'],
  [/KB$/, 'KB'],
  [/Iops$|IOPS$|^iops$/i, 'IOPS'],
  [/Seconds$/, 'seconds'],
  [/Percent$/, '%'],
  [/Month$/, 'month'],
];
/** The unit of a dotted output key: USD for costs, else the unit its name carries, else ''. */
export function outputUnit(key: string): string {
  if (isMoneyKey(key)) return 'USD';
  const last = key.split('.').at(-1) ?? key;
  return KEY_UNITS.find(([re]) => re.test(last))?.[1] ?? '';
}

/** A field label with its unit from the field help ("Item Size KB" stays; "Months (months)" is not repeated). */
function inputLabel(calculator: string, k: string): { label: string; unit: string } {
  return { label: humanKey(k), unit: fieldHelp(calculator, k)?.unit ?? '' };
}
const inputCell = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : v === undefined || v === null ? '' : String(v));

/**
 * The result as CSV: columns Section, Figure, Value, Unit. `Input` rows first (each input with its unit),
 * then `Result` rows (numbers as plain numbers at full precision, so a spreadsheet can sum them; costs in
 * USD), then warnings, the price date and the status of any price that is not a verified bundled figure.
 */
export function resultCsv(meta: ExportMeta, input: Record<string, unknown>, output: Record<string, unknown>): TextTable {
  const rows: string[][] = [];
  for (const [k, v] of Object.entries(input)) {
    const { label, unit } = inputLabel(meta.calculator, k);
    rows.push(['Input', label, inputCell(v), unit]);
  }
  for (const [k, v] of outputLeaves(output))
    rows.push(['Result', k.split('.').map(humanKey).join(' › '), typeof v === 'number' ? String(v) : formatValue(k, v), outputUnit(k)]);
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  for (const w of warnings) rows.push(['Warning', '', w, '']);
  rows.push(['Prices', `${meta.region ?? ''} prices as of`.trim(), meta.priceAsOf, 'date']);
  const seen = new Set<string>();
  for (const s of traceSteps(output.trace)) {
    const st = stepPriceStatus(s);
    if (!st || !s.fact?.priceKey || seen.has(s.fact.priceKey)) continue;
    seen.add(s.fact.priceKey);
    rows.push(['Price', s.fact.priceKey, st, '']);
  }
  return { headers: ['Section', 'Figure', 'Value', 'Unit'], rows };
}

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const showResult = (r: unknown): string => (typeof r === 'number' ? r.toLocaleString('en-US', { maximumFractionDigits: 6 }) : typeof r === 'object' ? JSON.stringify(r) : String(r ?? ''));

/**
 * The result as Markdown for meeting notes: region and price date, the inputs with units, every figure,
 * the warnings, the trace (formula, values, result) and the prices it used with their source and date.
 */
export function resultMarkdown(meta: ExportMeta, input: Record<string, unknown>, output: Record<string, unknown>): string {
  const lines = [`### ${meta.title}`, '', `${meta.region ? `${meta.region} prices` : 'Prices'} as of ${meta.priceAsOf}.`, '', '| Input | Value |', '| --- | --- |'];
  for (const [k, v] of Object.entries(input)) {
    const { label, unit } = inputLabel(meta.calculator, k);
    const shown = typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : inputCell(v);
    lines.push(`| ${esc(label)} | ${esc(unit && shown ? `${shown} ${unit}` : shown)} |`);
  }
  lines.push('', '| Result | Value |', '| --- | ---: |');
  for (const [k, v] of outputLeaves(output)) {
    const unit = outputUnit(k);
    const shown = formatValue(k, v);
    lines.push(`| ${esc(k.split('.').map(humanKey).join(' › '))} | ${esc(unit && unit !== 'USD' && typeof v === 'number' ? `${shown} ${unit}` : shown)} |`);
  }
  const warnings = Array.isArray(output.warnings) ? output.warnings.map(String) : [];
  if (warnings.length) lines.push('', '**Warnings**', '', ...warnings.map((w) => `- ${esc(w)}`));
  const trace = traceSteps(output.trace);
  if (trace.length) {
    lines.push('', '**How it was worked out**', '', '| Step | Formula | Values | Result | Price |', '| --- | --- | --- | ---: | --- |');
    for (const s of trace)
      lines.push(
        `| ${esc(s.label)} | ${esc(s.formula ?? '')} | ${esc(s.substituted ?? '')} | ${esc(`${showResult(s.result)} ${s.unit ?? ''}`.trim())} | ${esc([s.fact?.priceKey, stepPriceStatus(s)].filter(Boolean).join(': '))} |`,
      );
  }
  // Where each price came from, once per source and date: the figures are only as good as these.
  const sources = new Map<string, { keys: string[]; status: string }>();
  for (const s of trace) {
    if (!s.fact?.source) continue;
    const id = `${s.fact.source} (as of ${s.fact.asOf ?? meta.priceAsOf})`;
    const e = sources.get(id) ?? { keys: [], status: '' };
    if (s.fact.priceKey && !e.keys.includes(s.fact.priceKey)) e.keys.push(s.fact.priceKey);
    e.status ||= stepPriceStatus(s);
    sources.set(id, e);
  }
  if (sources.size) {
    lines.push('', '**Sources**', '');
    for (const [id, e] of sources) lines.push(`- ${id}${e.keys.length ? `: ${e.keys.join(', ')}` : ''}${e.status ? ` — ${e.status}` : ''}`);
  }
  return lines.join('\n');
}
