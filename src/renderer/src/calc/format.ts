/** Display helpers for calculator outputs (pure). */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export { formatValue, humanKey, isMoneyKey } from '../../../shared/calc/display';

/** Flattens nested objects to dotted keys (arrays and trace excluded). */
export function leaves(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'trace' || k === 'warnings' || Array.isArray(v)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (isRecord(v)) out.push(...leaves(v, key));
    else out.push([key, v]);
  }
  return out;
}

export interface ChartSeries {
  key: string;
  rows: Record<string, number>[];
  x: string;
  lines: string[];
}

/** Arrays of rows with at least two numeric fields anywhere in the output become charts. */
export function findSeries(output: Record<string, unknown>, path = ''): ChartSeries[] {
  const found: ChartSeries[] = [];
  for (const [k, v] of Object.entries(output)) {
    const key = path ? `${path}.${k}` : k;
    if (k === 'trace') continue;
    // A list of named items (access patterns) is a table, not a series over an x axis.
    if (k === 'patterns') continue;
    if (Array.isArray(v) && v.length > 1 && v.every(isRecord)) {
      const rows = (v as Record<string, unknown>[]).map((r) =>
        Object.fromEntries(leaves(r).filter(([, x]) => typeof x === 'number') as [string, number][]),
      );
      const numeric = Object.keys(rows[0] ?? {});
      if (numeric.length >= 2) found.push({ key, rows, x: numeric[0]!, lines: numeric.slice(1, 9) });
    } else if (isRecord(v)) found.push(...findSeries(v, key));
  }
  return found;
}
