/** Display helpers for calculator outputs (pure). */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function humanKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]/g, ' ')
    .replace(/\bUSD\b/i, 'USD')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Money-looking keys are shown with $ and cents; others with sensible precision. */
export function formatValue(key: string, v: unknown): string {
  if (typeof v === 'number') {
    const money = /usd|cost|total|price|monthly|requests$|compute|storage|fee|charge/i.test(key) && !/count|gb$|iops|units?$/i.test(key);
    if (money) return `$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

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
