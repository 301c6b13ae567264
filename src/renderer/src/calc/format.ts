/** Display helpers for calculator outputs (pure). */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ACRONYMS: Record<string, string> = { rcu: 'RCU', wcu: 'WCU', gb: 'GB', gib: 'GiB', iops: 'IOPS', usd: 'USD', kb: 'KB', mib: 'MiB', mi: 'Mi', ms: 'ms', pct: '%', efo: 'EFO', mbps: 'Mbps', ia: 'IA' };

export function humanKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]/g, ' ')
    .split(' ')
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w)
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Money-looking keys are shown with $ and cents; others with sensible precision. */
export function formatValue(key: string, v: unknown): string {
  if (typeof v === 'number') {
    // Money: anything under monthly/total/savings, or named …USD (paths are dotted: monthly.onDemand.reads).
    const money = /(^|\.)(monthly|total|totals|savings|noLifecycle|storage|transitions|minimumDuration|retrieval|monitoring|cumulative)(\.|$)|USD$/i.test(key) && !/GB$|Gb|iops|units?$|Pct$/i.test(key.split('.').at(-1) ?? key);
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
