/** How calculator outputs are labelled and formatted for people (screen, Markdown export). Pure. */

const ACRONYMS: Record<string, string> = {
  rcu: 'RCU',
  wcu: 'WCU',
  gb: 'GB',
  gib: 'GiB',
  iops: 'IOPS',
  usd: 'USD',
  kb: 'KB',
  mib: 'MiB',
  mi: 'Mi',
  ms: 'ms',
  pct: '%',
  efo: 'EFO',
  mbps: 'Mbps',
  ia: 'IA',
};

export function humanKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_.]/g, ' ')
    .split(' ')
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w)
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Groups whose every leaf is a cost in USD (each calculator rounds them to cents). */
const MONEY_GROUPS = /^(monthly|totals|noLifecycle|cumulative)$/i;
/** Leaves that are costs wherever they appear (a stat card's `total`, `savings`, `…USD`). */
const MONEY_LEAF = /^(total|savings|storage|transitions|minimumDuration|retrieval|monitoring)$|USD$/i;

/** Whether a dotted output path (`monthly.onDemand.reads`, `savings`) holds a cost in USD. */
export function isMoneyKey(key: string): boolean {
  const parts = key.split('.');
  return (parts.length > 1 && MONEY_GROUPS.test(parts[0]!)) || MONEY_LEAF.test(parts.at(-1)!);
}

/** Costs are shown with $ and cents; other numbers with sensible precision. */
export function formatValue(key: string, v: unknown): string {
  if (typeof v === 'number') {
    if (isMoneyKey(key))
      return `$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
