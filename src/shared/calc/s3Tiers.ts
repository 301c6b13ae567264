/**
 * Two S3 pricing rules the lifecycle simulation needs, each a pure function:
 *
 * 1. Volume tiers. S3 Standard and the Intelligent-Tiering Frequent Access tier are priced per GB-month in
 *    three bands per month: the first 50 TB, the next 450 TB, and over 500 TB (1 TB = 1,024 GB on the bill).
 *    Example (us-east-1, https://aws.amazon.com/s3/pricing/): 52,900 GB-months of Standard cost
 *    51,200 × $0.023 + 1,700 × $0.022 = $1,177.60 + $37.40 = $1,215.00 (not 52,900 × $0.023 = $1,216.70).
 *
 * 2. Intelligent-Tiering access tiers. An object that is not read for 30 consecutive days moves to the
 *    Infrequent Access tier, after 90 days to Archive Instant Access; when the bucket enables them, to
 *    Archive Access after 90–730 days and Deep Archive Access after 180–730 days. A read brings it back to
 *    Frequent Access and restarts its clock.
 *    https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html and
 *    https://docs.aws.amazon.com/AmazonS3/latest/API/API_Tiering.html
 */

/** Where the volume bands end, in GB-months per month: 50 TB and 500 TB. */
export const S3_VOLUME_TIER_BOUNDS_GB = [50 * 1024, 500 * 1024] as const;
export const S3_VOLUME_TIER_LABELS = ['first 50 TB', 'next 450 TB', 'over 500 TB'] as const;

export interface TierPart {
  label: string;
  gb: number;
  priceUSD: number;
  usd: number;
}

/**
 * Cost of `gb` GB-months in one month at banded prices [first 50 TB, next 450 TB, over 500 TB]. Only the
 * bands that hold data are returned.
 */
export function volumeTieredCost(gb: number, prices: readonly [number, number, number]): { parts: TierPart[]; usd: number } {
  const parts: TierPart[] = [];
  if (!(gb > 0)) return { parts, usd: 0 };
  let lower = 0;
  const bounds = [...S3_VOLUME_TIER_BOUNDS_GB, Infinity];
  bounds.forEach((upper, i) => {
    const inBand = Math.min(gb, upper) - lower;
    if (inBand > 0) parts.push({ label: S3_VOLUME_TIER_LABELS[i]!, gb: inBand, priceUSD: prices[i]!, usd: inBand * prices[i]! });
    lower = upper;
  });
  return { parts, usd: parts.reduce((a, p) => a + p.usd, 0) };
}

/** The same amount as volumeTieredCost(gb, prices).usd, without the breakdown (no allocation: hot loop). */
export function volumeTieredUSD(gb: number, prices: readonly [number, number, number]): number {
  if (!(gb > 0)) return 0;
  const [b1, b2] = S3_VOLUME_TIER_BOUNDS_GB;
  return Math.min(gb, b1) * prices[0] + Math.max(0, Math.min(gb, b2) - b1) * prices[1] + Math.max(0, gb - b2) * prices[2];
}

export const IT_TIERS = ['frequent', 'infrequent', 'archiveInstant', 'archive', 'deepArchive'] as const;
export type ItTier = (typeof IT_TIERS)[number];
export const IT_TIER_LABELS: Record<ItTier, string> = {
  frequent: 'Frequent Access',
  infrequent: 'Infrequent Access',
  archiveInstant: 'Archive Instant Access',
  archive: 'Archive Access',
  deepArchive: 'Deep Archive Access',
};
/** Days without access after which an object moves down (the automatic tiers). */
export const IT_INFREQUENT_AFTER_DAYS = 30;
export const IT_ARCHIVE_INSTANT_AFTER_DAYS = 90;

export interface ItSettings {
  /** Share of the stored objects read in a month, 0–100. */
  monthlyAccessPercent: number;
  /** Opt-in Archive Access tier: days without access (90–730), or undefined when off. */
  archiveAccessDays?: number | undefined;
  /** Opt-in Deep Archive Access tier: days without access (180–730), or undefined when off. */
  deepArchiveAccessDays?: number | undefined;
  /** Objects under 128 KB are never monitored or moved: they stay in Frequent Access. */
  monitored: boolean;
}

/** Idle-day bands of each tier, in order; tiers that are off (or skipped) are left out. */
export function itTierBands(s: ItSettings): { tier: ItTier; from: number; to: number }[] {
  if (!s.monitored) return [{ tier: 'frequent', from: 0, to: Infinity }];
  const starts: [ItTier, number][] = [
    ['frequent', 0],
    ['infrequent', IT_INFREQUENT_AFTER_DAYS],
    ['archiveInstant', IT_ARCHIVE_INSTANT_AFTER_DAYS],
  ];
  if (s.archiveAccessDays !== undefined) starts.push(['archive', s.archiveAccessDays]);
  if (s.deepArchiveAccessDays !== undefined) starts.push(['deepArchive', s.deepArchiveAccessDays]);
  starts.sort((a, b) => a[1] - b[1]);
  // An archive tier that starts on day 90 replaces Archive Instant Access (an empty band is dropped).
  const bands = starts.map(([tier, from], i) => ({ tier, from, to: starts[i + 1]?.[1] ?? Infinity }));
  return bands.filter((b) => b.to > b.from);
}

/**
 * GB-days per GB in each tier while an object is in Intelligent-Tiering from day `t0` to day `t1` after it
 * entered the class (it enters in Frequent Access with its clock at 0).
 *
 * Reads are spread evenly over time and independent of earlier reads, so with q = 1 − monthlyAccessPercent
 * ÷ 100 the share of objects idle for at least x days at time t is q^(x/30) when x ≤ t (and 0 when x > t:
 * nothing has been idle longer than it has existed). Integrating over [t0, t1), the days spent idle at least
 * x days are q^(x/30) × max(0, t1 − max(t0, x)); a tier's days are that at its start minus that at its end.
 * With 0 % every object follows its clock (30 days Frequent, 60 Infrequent, then Archive Instant); with
 * 100 % nothing stays idle and everything is billed at Frequent.
 */
export function itTierDays(t0: number, t1: number, s: ItSettings): Partial<Record<ItTier, number>> {
  const q = 1 - s.monthlyAccessPercent / 100;
  const idleAtLeast = (x: number): number => (Number.isFinite(x) ? q ** (x / 30) * Math.max(0, t1 - Math.max(t0, x)) : 0);
  const out: Partial<Record<ItTier, number>> = {};
  for (const b of itTierBands(s)) {
    const d = idleAtLeast(b.from) - idleAtLeast(b.to);
    if (d > 1e-12) out[b.tier] = d;
  }
  return out;
}
