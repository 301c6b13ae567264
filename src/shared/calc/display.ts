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
  mibps: 'MiB/s',
  vs: 'vs',
  ms: 'ms',
  pct: '%',
  efo: 'EFO',
  mbps: 'Mbps',
  ia: 'IA',
};

/**
 * A label for a camelCase or dotted output key, with units and acronyms intact:
 * `sizeGiB` → "Size GiB", `throughputMiBps` → "Throughput MiB/s", `retrievalGBPerMonth` →
 * "Retrieval GB Per Month", `provisionedRcu` → "Provisioned RCU".
 */
export function humanKey(key: string): string {
  const words =
    key
      .replace(/[-_.]+/g, ' ')
      .match(
        /(?:GiB|MiBps|MiB|TiB|KiB|Mbps|Gbps)(?![a-z])|[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+\d*|[A-Z]|\d+|[^\sA-Za-z\d]+/g,
      ) ?? [];
  return words
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
