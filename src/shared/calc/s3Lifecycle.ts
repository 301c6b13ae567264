import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { count, positive, region } from './common';
import { fromMicros, toMicros } from './money';
import { priceOverrides, Prices, type PriceRef } from './prices';
import { IT_TIER_LABELS, IT_TIERS, itTierBands, itTierDays, S3_VOLUME_TIER_LABELS, volumeTieredCost, volumeTieredUSD, type ItSettings, type ItTier } from './s3Tiers';
import { fmt, Trace, type TraceStep } from './trace';

export const S3_CLASSES = ['standard', 'intelligent-tiering', 'standard-ia', 'onezone-ia', 'glacier-ir', 'glacier-flexible', 'deep-archive'] as const;
export type S3Class = (typeof S3_CLASSES)[number];

/**
 * Price-key stem, S3 API name, minimum storage days, minimum billable KB, archive overhead and the class's
 * place in the lifecycle "waterfall" (transitions only go down it) — S3 storage classes and lifecycle guides.
 */
export const CLASS_RULES: Record<S3Class, { key: string; apiName: string; minDays: number; minKB: number; archive: boolean; rank: number; label: string }> = {
  standard: { key: 'standard', apiName: 'STANDARD', minDays: 0, minKB: 0, archive: false, rank: 0, label: 'Standard' },
  'standard-ia': { key: 'standardIa', apiName: 'STANDARD_IA', minDays: 30, minKB: 128, archive: false, rank: 1, label: 'Standard-IA' },
  'intelligent-tiering': { key: 'intelligentTiering', apiName: 'INTELLIGENT_TIERING', minDays: 0, minKB: 0, archive: false, rank: 2, label: 'Intelligent-Tiering' },
  'onezone-ia': { key: 'onezoneIa', apiName: 'ONEZONE_IA', minDays: 30, minKB: 128, archive: false, rank: 3, label: 'One Zone-IA' },
  'glacier-ir': { key: 'glacierIr', apiName: 'GLACIER_IR', minDays: 90, minKB: 128, archive: false, rank: 4, label: 'Glacier Instant Retrieval' },
  'glacier-flexible': { key: 'glacierFlexible', apiName: 'GLACIER', minDays: 90, minKB: 0, archive: true, rank: 5, label: 'Glacier Flexible Retrieval' },
  'deep-archive': { key: 'deepArchive', apiName: 'DEEP_ARCHIVE', minDays: 180, minKB: 0, archive: true, rank: 6, label: 'Glacier Deep Archive' },
};
/** The S3 API's storage-class names (x-amz-storage-class, lifecycle `StorageClass`) → our ids. */
export const S3_API_CLASS_NAMES: Readonly<Record<string, S3Class>> = Object.fromEntries(S3_CLASSES.map((c) => [CLASS_RULES[c].apiName, c]));
/** Archived objects add 32 KB billed at the archive rate and 8 KB at the Standard rate. */
const ARCHIVE_INDEX_KB = 32;
const ARCHIVE_STANDARD_KB = 8;
/** Intelligent-Tiering neither monitors nor auto-tiers objects under 128 KB (no monitoring fee for them). */
const IT_MONITORED_MIN_KB = 128;
/** Since September 2024 lifecycle rules skip objects under 128 KB unless a size filter says otherwise. */
const LIFECYCLE_DEFAULT_MIN_KB = 128;
const DAYS_PER_MONTH = 30;
const KB_PER_GB = 1024 * 1024;

/** Price keys of the three volume bands (first 50 TB, next 450 TB, over 500 TB) of a banded price. */
const bandKeys = (stem: string): [string, string, string] => [`${stem}.gbMonth`, `${stem}.gbMonthNext450TB`, `${stem}.gbMonthOver500TB`];
const STANDARD_BANDS = bandKeys('s3.standard');
const IT_FREQUENT_BANDS = bandKeys('s3.intelligentTiering.frequent');
const IT_TIER_KEY: Record<ItTier, string> = {
  frequent: IT_FREQUENT_BANDS[0],
  infrequent: 's3.intelligentTiering.infrequent.gbMonth',
  archiveInstant: 's3.intelligentTiering.archiveInstant.gbMonth',
  archive: 's3.intelligentTiering.archive.gbMonth',
  deepArchive: 's3.intelligentTiering.deepArchive.gbMonth',
};
/** Output names of the Intelligent-Tiering storage lines, one per access tier. */
const IT_LINE: Record<ItTier, string> = {
  frequent: 'intelligent-tiering-frequent',
  infrequent: 'intelligent-tiering-infrequent',
  archiveInstant: 'intelligent-tiering-archive-instant',
  archive: 'intelligent-tiering-archive',
  deepArchive: 'intelligent-tiering-deep-archive',
};
const NON_STORAGE_LINES = ['transitions', 'minimumDuration', 'monitoring', 'retrieval'];
/** Storage lines in class order (Standard, Intelligent-Tiering tiers, colder classes, overhead), then the other lines. */
function orderedTotals(totals: ReadonlyMap<string, number>): [string, number][] {
  const order = ['standard', ...Object.values(IT_LINE), ...S3_CLASSES.filter((c) => c !== 'standard' && c !== 'intelligent-tiering'), 'archive-overhead', ...NON_STORAGE_LINES];
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...totals].sort((a, b) => rank(a[0]) - rank(b[0]));
}
/** Before the access tiers were modelled, Intelligent-Tiering had one storage price under this key. */
const LEGACY_IT_KEY = 's3.intelligentTiering.gbMonth';

export const S3_PRICE_KEYS = [
  ...STANDARD_BANDS,
  ...IT_FREQUENT_BANDS,
  ...IT_TIERS.filter((t) => t !== 'frequent').map((t) => IT_TIER_KEY[t]),
  ...S3_CLASSES.filter((c) => c !== 'standard' && c !== 'intelligent-tiering').map((c) => `s3.${CLASS_RULES[c].key}.gbMonth`),
  ...S3_CLASSES.filter((c) => c !== 'standard').map((c) => `s3.${CLASS_RULES[c].key}.transitionPer1000`),
  's3.intelligentTiering.monitoringPer1000Objects',
  's3.standardIa.retrievalGB',
  's3.onezoneIa.retrievalGB',
  's3.glacierIr.retrievalGB',
  's3.glacierFlexible.retrievalGB.expedited',
  's3.glacierFlexible.retrievalGB.standard',
  's3.glacierFlexible.retrievalGB.bulk',
  's3.deepArchive.retrievalGB.standard',
  's3.deepArchive.retrievalGB.bulk',
  's3.glacierFlexible.restoreRequestsPer1000.expedited',
  's3.glacierFlexible.restoreRequestsPer1000.standard',
  's3.glacierFlexible.restoreRequestsPer1000.bulk',
  's3.deepArchive.restoreRequestsPer1000.standard',
  's3.deepArchive.restoreRequestsPer1000.bulk',
] as const;

const TRANSITION_TARGETS = S3_CLASSES.filter((c) => c !== 'standard');
const CLASS_CHOICES = TRANSITION_TARGETS.map((c) => `${c} (${CLASS_RULES[c].apiName})`).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A rule's storage class: our id or the S3 API's name (STANDARD_IA, GLACIER, …), so a lifecycle configuration's
 * transitions can be pasted as they are.
 */
const storageClassInput = z.preprocess(
  (v) => (typeof v === 'string' && Object.hasOwn(S3_API_CLASS_NAMES, v) ? S3_API_CLASS_NAMES[v] : v),
  z
    .enum(S3_CLASSES, { error: (iss) => `storageClass ${JSON.stringify(iss.input)} is not a storage class; use one of: ${CLASS_CHOICES}` })
    .refine((c) => c !== 'standard', { error: `storageClass: lifecycle rules cannot transition objects to standard (STANDARD), where every object starts; use one of: ${CLASS_CHOICES}` }),
);

/** A transition rule, as `{ afterDays, storageClass }` or as the S3 API's `{ Days, StorageClass }`. */
const ruleInput = z.preprocess(
  (v) => {
    if (!isObject(v) || !('Days' in v || 'StorageClass' in v)) return v;
    const { Days, StorageClass, ...rest } = v;
    return { ...rest, ...(Days !== undefined ? { afterDays: Days } : {}), ...(StorageClass !== undefined ? { storageClass: StorageClass } : {}) };
  },
  z.strictObject({
    afterDays: z.number({ error: 'afterDays must be a number of days' }).int('afterDays must be a whole number of days').min(0).max(36500),
    storageClass: storageClassInput,
  }),
);

export const s3LifecycleInput = z
  .strictObject({
    region,
    months: z.number({ error: 'months must be a number' }).int('months must be a whole number').min(1, 'months is at least 1').max(240, 'months is at most 240 (20 years)'),
    initialGB: count('initialGB', 1e9),
    monthlyIngestGB: count('monthlyIngestGB', 1e8),
    /** Average object size in KB (1 KB = 1,024 bytes); drives per-object fees and minimum billable size. */
    avgObjectSizeKB: positive('avgObjectSizeKB', 5 * 1024 * 1024 * 1024),
    rules: z.array(ruleInput).max(20, 'at most 20 transition rules').default([]),
    expireAfterDays: z.number().int('expireAfterDays must be a whole number of days').min(1).max(36500).optional(),
    retrievalGBPerMonth: count('retrievalGBPerMonth', 1e9).default(0),
    retrievalTier: z.enum(['expedited', 'standard', 'bulk']).default('standard'),
    /** Share of the stored objects read in a month (drives Intelligent-Tiering's automatic tiers). */
    monthlyAccessPercent: z
      .number({ error: 'monthlyAccessPercent must be a number' })
      .finite('monthlyAccessPercent must be a finite number')
      .min(0, 'monthlyAccessPercent is 0 to 100')
      .max(100, 'monthlyAccessPercent is 0 to 100')
      .default(0)
      .describe('Share of the stored objects read in a month, 0–100. Intelligent-Tiering moves a read object back to Frequent Access.'),
    /** Intelligent-Tiering's opt-in Archive Access tier: days without access before an object moves there. */
    intelligentTieringArchiveAccessDays: z
      .number({ error: 'intelligentTieringArchiveAccessDays must be a number of days' })
      .int('intelligentTieringArchiveAccessDays must be a whole number of days')
      .min(90, 'intelligentTieringArchiveAccessDays is 90 to 730 days')
      .max(730, 'intelligentTieringArchiveAccessDays is 90 to 730 days')
      .optional()
      .describe('Opt-in Archive Access tier: days without access (90–730); empty = off.'),
    /** Intelligent-Tiering's opt-in Deep Archive Access tier: days without access before an object moves there. */
    intelligentTieringDeepArchiveAccessDays: z
      .number({ error: 'intelligentTieringDeepArchiveAccessDays must be a number of days' })
      .int('intelligentTieringDeepArchiveAccessDays must be a whole number of days')
      .min(180, 'intelligentTieringDeepArchiveAccessDays is 180 to 730 days')
      .max(730, 'intelligentTieringDeepArchiveAccessDays is 180 to 730 days')
      .optional()
      .describe('Opt-in Deep Archive Access tier: days without access (180–730); empty = off.'),
    prices: priceOverrides,
  })
  .superRefine((v, ctx) => {
    const sorted = [...v.rules].sort((a, b) => a.afterDays - b.afterDays);
    sorted.forEach((r, i) => {
      const prev = sorted[i - 1];
      if (prev && r.afterDays === prev.afterDays)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `rules: two rules transition at day ${r.afterDays}` });
      // Lifecycle transitions only go down the waterfall (e.g. never from Glacier back to Standard-IA).
      if (prev && CLASS_RULES[r.storageClass].rank <= CLASS_RULES[prev.storageClass].rank)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `rules: lifecycle cannot move objects from ${prev.storageClass} to ${r.storageClass} (transitions only go to colder classes)` });
      // Objects must spend 30 days in their current class before moving to Standard-IA or One Zone-IA.
      if ((r.storageClass === 'standard-ia' || r.storageClass === 'onezone-ia') && r.afterDays - (prev?.afterDays ?? 0) < 30)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `rules: lifecycle cannot move objects to ${r.storageClass} before they spend 30 days in their current class (day 30 at the earliest from Standard, got ${r.afterDays})` });
    });
    if (v.expireAfterDays !== undefined && sorted.some((r) => r.afterDays >= v.expireAfterDays!))
      ctx.addIssue({ code: 'custom', path: ['expireAfterDays'], message: 'expireAfterDays must come after every transition' });
    const a = v.intelligentTieringArchiveAccessDays;
    const d = v.intelligentTieringDeepArchiveAccessDays;
    // The bucket's Intelligent-Tiering configuration requires Deep Archive Access to come after Archive Access.
    if (a !== undefined && d !== undefined && d <= a)
      ctx.addIssue({ code: 'custom', path: ['intelligentTieringDeepArchiveAccessDays'], message: `intelligentTieringDeepArchiveAccessDays (${d}) must be more than intelligentTieringArchiveAccessDays (${a})` });
  });
export type S3LifecycleInput = z.input<typeof s3LifecycleInput>;

export interface S3MonthRow {
  month: number;
  /** Average GB stored during the month (GB-months), all classes. */
  storedGB: number;
  /**
   * Storage cost by class this month; Intelligent-Tiering by access tier (`intelligent-tiering-frequent`, …);
   * `archive-overhead` is the 8 KB per archived object billed at the Standard rate.
   */
  storage: Record<string, number>;
  transitions: number;
  minimumDuration: number;
  retrieval: number;
  monitoring: number;
  total: number;
  cumulative: number;
  noLifecycleTotal: number;
  noLifecycleCumulative: number;
}

export interface S3LifecycleOutput {
  objectsPerGB: number;
  months: S3MonthRow[];
  total: number;
  /** Horizon totals by cost line: storage per class (and Intelligent-Tiering tier), transitions, minimum-duration, retrieval, monitoring. */
  totals: Record<string, number>;
  /** GB-months spent in each Intelligent-Tiering access tier over the horizon (only when a rule uses the class). */
  intelligentTieringGBMonths?: Partial<Record<ItTier, number>>;
  /**
   * The baseline the savings are measured against: the same data in Standard with no transitions, and
   * expired at the same age when `expireAfterDays` is set (expiry is not a transition's saving).
   */
  noLifecycle: { total: number; baseline: string };
  /** `noLifecycle.total − total`: what the transitions save against that baseline. */
  savings: number;
  /**
   * Monthly cost once every cohort has passed its last rule or expiry with constant ingest (every later month
   * costs the same); null when stored data keeps growing (ingest with no expiry) and never settles.
   */
  steadyStateMonthlyUSD: number | null;
  /** First month (1-based) from which the monthly cost is steady; may lie beyond the horizon. Null if never. */
  steadyStateFromMonth: number | null;
  /** The steady state in words: when it starts, or why there is none. */
  steadyState: string;
  trace: TraceStep[];
  warnings: string[];
}

interface Segment {
  cls: S3Class;
  from: number;
  /** Day the data leaves this class (next transition or expiry); Infinity if it stays. */
  to: number;
}

/** Where one object lives over its life: the classes its rules put it in, by day since creation. */
export function lifecycleSchedule(rules: readonly { afterDays: number; storageClass: S3Class }[], expireAfterDays?: number): Segment[] {
  const sorted = [...rules].sort((a, b) => a.afterDays - b.afterDays);
  const segs: Segment[] = [{ cls: 'standard', from: 0, to: Infinity }];
  for (const r of sorted) {
    segs.at(-1)!.to = r.afterDays;
    segs.push({ cls: r.storageClass, from: r.afterDays, to: Infinity });
  }
  if (expireAfterDays !== undefined) segs.at(-1)!.to = expireAfterDays;
  return segs;
}

/** What happens to a cohort during its age window [30k, 30k + 30) days: the same for every cohort. */
interface AgeWindow {
  days: [S3Class, number][];
  /** Days in each Intelligent-Tiering access tier (they add up to the class's days). */
  itDays: [ItTier, number][];
  transitionsTo: S3Class[];
  /** Left a class before its minimum storage duration: the class and the days still billed. */
  early: [S3Class, number][];
}

function ageWindow(segs: readonly Segment[], k: number, it: ItSettings): AgeWindow {
  const w0 = k * DAYS_PER_MONTH;
  const w1 = w0 + DAYS_PER_MONTH;
  const w: AgeWindow = { days: [], itDays: [], transitionsTo: [], early: [] };
  segs.forEach((s, i) => {
    const d = Math.min(s.to, w1) - Math.max(s.from, w0);
    if (d > 0) {
      w.days.push([s.cls, d]);
      // Intelligent-Tiering's clock starts when the object enters the class (in Frequent Access).
      if (s.cls === 'intelligent-tiering')
        for (const [tier, td] of Object.entries(itTierDays(Math.max(s.from, w0) - s.from, Math.min(s.to, w1) - s.from, it))) w.itDays.push([tier as ItTier, td]);
    }
    if (i > 0 && s.from >= w0 && s.from < w1) w.transitionsTo.push(s.cls);
    if (Number.isFinite(s.to) && s.to >= w0 && s.to < w1) {
      const stayed = s.to - s.from;
      const min = CLASS_RULES[s.cls].minDays;
      if (stayed < min) w.early.push([s.cls, min - stayed]);
    }
  });
  return w;
}

/** Per-month sums by index; `order` lists the indexes in the order they were first added to. */
class Sums {
  readonly v: Float64Array;
  readonly seen: Uint8Array;
  readonly order: number[] = [];
  constructor(n: number) {
    this.v = new Float64Array(n);
    this.seen = new Uint8Array(n);
  }
  add(i: number, x: number): void {
    if (!this.seen[i]) {
      this.seen[i] = 1;
      this.order.push(i);
    }
    this.v[i] += x;
  }
  reset(): void {
    this.v.fill(0);
    this.seen.fill(0);
    this.order.length = 0;
  }
}

/** Age windows flattened by age k: entries [off[k], off[k + 1]) of a list (class or tier index, days). */
interface FlatWindows {
  off: Int32Array;
  idx: Int32Array;
  days: Float64Array;
}

/**
 * Month m's sums over every cohort alive in it (months² / 2 cohort-months over a run: the hot loop). It
 * lives in a small function of its own so V8 optimizes it during the first run: inside s3Lifecycle it was
 * only optimized with the whole function, which TurboFan took seconds to compile on a busy machine while
 * every run meanwhile took several times its optimized time. Class storage is inlined, the rarer lists go
 * through Sums; each sum is the same expression added in the same order as before.
 */
function cohortMonth(
  m: number,
  cohorts: readonly number[],
  objectsPerGB: number,
  wDays: FlatWindows,
  wIt: FlatWindows,
  wTo: FlatWindows,
  wEarly: FlatWindows,
  gbMonthsByClass: Sums,
  itGBMonths: Float64Array,
  transitionObjects: Sums,
  earlyGBDays: Sums,
): void {
  gbMonthsByClass.reset();
  itGBMonths.fill(0);
  transitionObjects.reset();
  earlyGBDays.reset();
  const { off: dOff, idx: dIdx, days: dDays } = wDays;
  const { v: gv, seen: gSeen, order: gOrder } = gbMonthsByClass;
  for (let c = 0; c <= m; c++) {
    const gb = cohorts[c]!;
    if (gb === 0) continue;
    const k = m - c;
    for (let j = dOff[k]!, end = dOff[k + 1]!; j < end; j++) {
      const i = dIdx[j]!;
      if (!gSeen[i]) {
        gSeen[i] = 1;
        gOrder.push(i);
      }
      gv[i] += (gb * dDays[j]!) / DAYS_PER_MONTH;
    }
    for (let j = wIt.off[k]!; j < wIt.off[k + 1]!; j++) itGBMonths[wIt.idx[j]!] += (gb * wIt.days[j]!) / DAYS_PER_MONTH;
    for (let j = wTo.off[k]!; j < wTo.off[k + 1]!; j++) transitionObjects.add(wTo.idx[j]!, gb * objectsPerGB);
    for (let j = wEarly.off[k]!; j < wEarly.off[k + 1]!; j++) earlyGBDays.add(wEarly.idx[j]!, gb * wEarly.days[j]!);
  }
}

/** GB-months stored in month m by the baseline (everything in Standard, same expiry): a loop over every cohort. */
function baselineStoredGB(m: number, cohorts: readonly number[], baselineDays: readonly number[]): number {
  let storedNo = 0;
  for (let c = 0; c <= m; c++) storedNo += (cohorts[c]! * baselineDays[m - c]!) / DAYS_PER_MONTH;
  return storedNo;
}

/**
 * S3 lifecycle cost, month by month, by monthly cohort (each month's new data ages on its own, created on
 * day 0 of its month; months are 30 days). Each cohort follows the rule schedule day by day: storage is
 * billed pro rata for the days spent in each class, at its billable size — the 128 KB minimum object size
 * (Standard-IA, One Zone-IA, Glacier IR) and 32 KB + 8 KB per archived object (Glacier Flexible Retrieval,
 * Deep Archive, and Intelligent-Tiering's Archive and Deep Archive Access tiers). S3 Standard and the
 * Intelligent-Tiering Frequent Access tier are priced in volume bands per month (first 50 TB, next 450 TB,
 * over 500 TB), applied to the month's GB-months of this simulation. Intelligent-Tiering moves data
 * through its access tiers by days without access (see s3Tiers.ts), with `monthlyAccessPercent` of the
 * objects read each month. A transition bills one request per object in the month it happens; leaving a
 * class before its minimum duration (30/90/180 days) bills the remaining days. Retrievals are billed from
 * the coldest class holding data, per GB and (archives) per restore request.
 *
 * Worked example (S3 pricing page rules, us-east-1): 1,000 GB of 1 MiB objects moved to Glacier IR on day 30
 * and expired on day 60 pay 30 days in Standard ($23), 30 days in Glacier IR ($4), 1,024,000 transitions ×
 * $0.02 per 1,000 ($20.48) and the 60 days of the 90-day minimum still owed (1,000 × $0.004 × 2 = $8).
 * Sources: https://aws.amazon.com/s3/pricing/ and
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
 */
export function s3Lifecycle(input: z.output<typeof s3LifecycleInput>, pack: PricePack): S3LifecycleOutput {
  // The single Intelligent-Tiering price of earlier versions is the Frequent Access tier's first band.
  const overrides = { ...(input.prices ?? {}) };
  if (overrides[LEGACY_IT_KEY] !== undefined && overrides[IT_FREQUENT_BANDS[0]] === undefined) overrides[IT_FREQUENT_BANDS[0]] = overrides[LEGACY_IT_KEY];
  delete overrides[LEGACY_IT_KEY];
  const prices = new Prices(pack, overrides, S3_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const rules = [...input.rules].sort((a, b) => a.afterDays - b.afterDays);
  const objectsPerGB = KB_PER_GB / input.avgObjectSizeKB;
  t.add({ label: 'Objects per GB', formula: '1,048,576 KB ÷ average object KB', substituted: `1,048,576 ÷ ${fmt(input.avgObjectSizeKB)}`, result: objectsPerGB, unit: 'objects/GB' });
  const classKey = (c: S3Class): string => (c === 'standard' ? STANDARD_BANDS[0] : c === 'intelligent-tiering' ? IT_FREQUENT_BANDS[0] : `s3.${CLASS_RULES[c].key}.gbMonth`);
  const priceRef = (c: S3Class): PriceRef => prices.get(classKey(c));
  const price = (c: S3Class): number => priceRef(c).usd;
  const bands = (keys: readonly [string, string, string]): [number, number, number] => [prices.get(keys[0]).usd, prices.get(keys[1]).usd, prices.get(keys[2]).usd];
  const stdBands = bands(STANDARD_BANDS);
  const itBands = bands(IT_FREQUENT_BANDS);
  /** Billable GB-month factor per stored GB in class c (minimum size and archive overhead). */
  const billable = (c: S3Class): { factor: number; standardExtraGBPerGB: number } => {
    const r = CLASS_RULES[c];
    const kb = Math.max(input.avgObjectSizeKB, r.minKB) + (r.archive ? ARCHIVE_INDEX_KB : 0);
    return { factor: kb / input.avgObjectSizeKB, standardExtraGBPerGB: r.archive ? ARCHIVE_STANDARD_KB / input.avgObjectSizeKB : 0 };
  };
  const itArchived = (tier: ItTier): boolean => tier === 'archive' || tier === 'deepArchive';
  const itFactor = (tier: ItTier): number => (itArchived(tier) ? (input.avgObjectSizeKB + ARCHIVE_INDEX_KB) / input.avgObjectSizeKB : 1);
  const it: ItSettings = {
    monthlyAccessPercent: input.monthlyAccessPercent,
    archiveAccessDays: input.intelligentTieringArchiveAccessDays,
    deepArchiveAccessDays: input.intelligentTieringDeepArchiveAccessDays,
    monitored: input.avgObjectSizeKB >= IT_MONITORED_MIN_KB,
  };
  const bandTrace = (label: string, keys: readonly [string, string, string]): void => {
    keys.forEach((k, i) => {
      const p = prices.get(k);
      t.add({ label: `${label} price, ${S3_VOLUME_TIER_LABELS[i]} per month`, formula: 'price per GB-month in this volume band', substituted: '', result: p.usd, unit: 'USD/GB-month', fact: p.fact });
    });
  };

  const segs = lifecycleSchedule(rules, input.expireAfterDays);
  t.add({
    label: 'Schedule of each cohort',
    formula: 'rules sorted by afterDays; expiry ends the last class',
    substituted: segs.map((s) => `${CLASS_RULES[s.cls].label} day ${s.from}–${Number.isFinite(s.to) ? s.to : '∞'}`).join(', '),
    result: segs.length,
    unit: 'classes',
  });
  for (const s of segs) {
    const c = s.cls;
    if (c === 'standard') bandTrace('Standard', STANDARD_BANDS);
    else if (c === 'intelligent-tiering') {
      bandTrace('Intelligent-Tiering Frequent Access', IT_FREQUENT_BANDS);
      const itBandsUsed = itTierBands(it);
      for (const b of itBandsUsed.filter((x) => x.tier !== 'frequent')) {
        const p = prices.get(IT_TIER_KEY[b.tier]);
        t.add({ label: `Intelligent-Tiering ${IT_TIER_LABELS[b.tier]} price`, formula: 'price per GB-month', substituted: '', result: p.usd, unit: 'USD/GB-month', fact: p.fact });
      }
      t.add({
        label: 'Intelligent-Tiering access tiers',
        formula: it.monitored
          ? 'days without access → tier; share of objects idle ≥ x days = (1 − monthly access % ÷ 100)^(x ÷ 30); a read returns an object to Frequent Access'
          : 'objects under 128 KB are not monitored: always Frequent Access, no monitoring fee',
        substituted: `${itBandsUsed.map((b) => `${IT_TIER_LABELS[b.tier]} from day ${b.from}`).join(', ')}; ${fmt(input.monthlyAccessPercent)} % read per month`,
        result: itBandsUsed.length,
        unit: 'tiers',
        fact: { source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html', asOf: pack.asOf },
      });
      if (itBandsUsed.some((b) => itArchived(b.tier)))
        t.add({
          label: 'Billable size in the Archive / Deep Archive Access tiers',
          formula: '(object KB + 32 KB) ÷ object KB at the tier price, plus 8 KB per object at the Standard rate',
          substituted: `(${fmt(input.avgObjectSizeKB)} + 32) ÷ ${fmt(input.avgObjectSizeKB)}`,
          result: itFactor('archive'),
          unit: '× stored GB',
          fact: { source: 'https://aws.amazon.com/s3/pricing/', asOf: pack.asOf },
        });
    } else t.add({ label: `${CLASS_RULES[c].label} price`, formula: 'price per GB-month', substituted: '', result: price(c), unit: 'USD/GB-month', fact: priceRef(c).fact });
    const b = billable(c);
    if (b.factor > 1.0001 || b.standardExtraGBPerGB > 0)
      t.add({
        label: `Billable size in ${CLASS_RULES[c].label}`,
        formula: CLASS_RULES[c].archive ? '(object KB + 32 KB) ÷ object KB, plus 8 KB per object at the Standard rate' : 'max(object KB, 128 KB) ÷ object KB',
        substituted: CLASS_RULES[c].archive ? `(${fmt(input.avgObjectSizeKB)} + 32) ÷ ${fmt(input.avgObjectSizeKB)}` : `max(${fmt(input.avgObjectSizeKB)}, 128) ÷ ${fmt(input.avgObjectSizeKB)}`,
        result: b.factor,
        unit: '× stored GB',
      });
    if (b.factor > 1.5) warnings.push(`Objects of ${fmt(input.avgObjectSizeKB)} KB are billed as ${fmt(b.factor, 2)}× their size in ${CLASS_RULES[c].label}: small objects often cost more after transition.`);
    const min = CLASS_RULES[c].minDays;
    if (Number.isFinite(s.to) && s.to - s.from < min)
      t.add({ label: `Early departure from ${CLASS_RULES[c].label}`, formula: 'minimum days − days stayed, billed at the class price', substituted: `${min} − ${s.to - s.from}`, result: min - (s.to - s.from), unit: 'days billed' });
  }
  for (const s of segs.slice(1)) {
    const p = prices.get(`s3.${CLASS_RULES[s.cls].key}.transitionPer1000`);
    t.add({ label: `Transition into ${CLASS_RULES[s.cls].label} (day ${s.from})`, formula: 'objects per GB × price per 1,000 requests ÷ 1,000', substituted: `${fmt(objectsPerGB, 2)} × ${p.usd} ÷ 1,000`, result: (objectsPerGB * p.usd) / 1000, unit: 'USD per GB moved', fact: p.fact });
  }
  if (rules.length && input.avgObjectSizeKB < LIFECYCLE_DEFAULT_MIN_KB)
    warnings.push('By default (since September 2024) lifecycle rules do not transition objects smaller than 128 KB; this simulation assumes a size filter that lets them move.');
  if (rules.some((r) => r.afterDays === 0)) warnings.push('A transition at day 0 still pays a transition request per object: uploading straight into that class avoids it.');
  const usesIt = segs.some((s) => s.cls === 'intelligent-tiering');
  const itInputs = [
    input.monthlyAccessPercent > 0 ? 'monthlyAccessPercent' : null,
    input.intelligentTieringArchiveAccessDays !== undefined ? 'intelligentTieringArchiveAccessDays' : null,
    input.intelligentTieringDeepArchiveAccessDays !== undefined ? 'intelligentTieringDeepArchiveAccessDays' : null,
  ].filter(Boolean);
  if (!usesIt && itInputs.length) warnings.push(`${itInputs.join(' and ')} only shape Intelligent-Tiering, and no rule moves data there: ignored.`);
  if (usesIt && !it.monitored) warnings.push(`Objects of ${fmt(input.avgObjectSizeKB)} KB are under 128 KB: Intelligent-Tiering never moves them out of Frequent Access (the Standard price), though it charges no monitoring fee for them.`);
  if (usesIt && it.monitored && input.retrievalGBPerMonth > 0 && input.monthlyAccessPercent === 0)
    warnings.push('retrievalGBPerMonth does not bring Intelligent-Tiering objects back to Frequent Access: set monthlyAccessPercent to the share of objects read each month for that.');
  if (usesIt && it.monitored && input.monthlyAccessPercent > 0 && (it.archiveAccessDays !== undefined || it.deepArchiveAccessDays !== undefined))
    warnings.push('Objects in the Archive Access and Deep Archive Access tiers must be restored (hours) before they can be read; the reads assumed here wait for that.');

  // Cohort sizes: month 0 holds the initial data plus its ingest; later months add their ingest.
  const cohorts = Array.from({ length: input.months }, (_, i) => (i === 0 ? input.initialGB : 0) + input.monthlyIngestGB);
  // A cohort's behaviour depends only on its age: work each age window out once, not per cohort-month.
  const windows = Array.from({ length: input.months }, (_, k) => ageWindow(segs, k, it));

  // Retrieval: a restore from an archive class is billed per GB and per request; expedited does not exist
  // for Deep Archive, so standard is used there.
  const retrievalKeys = (c: S3Class | undefined): { gb: string | null; req: string | null } => {
    if (c === 'glacier-flexible') return { gb: `s3.glacierFlexible.retrievalGB.${input.retrievalTier}`, req: `s3.glacierFlexible.restoreRequestsPer1000.${input.retrievalTier}` };
    if (c === 'deep-archive') {
      const tier = input.retrievalTier === 'expedited' ? 'standard' : input.retrievalTier;
      return { gb: `s3.deepArchive.retrievalGB.${tier}`, req: `s3.deepArchive.restoreRequestsPer1000.${tier}` };
    }
    if (c === 'standard-ia' || c === 'onezone-ia' || c === 'glacier-ir') return { gb: `s3.${CLASS_RULES[c].key}.retrievalGB`, req: null };
    return { gb: null, req: null };
  };
  if (input.retrievalGBPerMonth > 0) {
    const k = retrievalKeys(segs.at(-1)!.cls);
    for (const key of [k.gb, k.req]) if (key) t.add({ label: `Retrieval price (${CLASS_RULES[segs.at(-1)!.cls].label})`, formula: 'unit price', substituted: '', result: prices.get(key).usd, unit: prices.get(key).unit, fact: prices.get(key).fact });
  }
  if (input.retrievalGBPerMonth > 0 && input.retrievalTier === 'expedited' && segs.some((s) => s.cls === 'deep-archive'))
    warnings.push('Deep Archive has no expedited retrieval: its restores are priced at the standard tier (up to 12 hours).');

  // A 10-year × 10-rule simulation touches thousands of cohort-months: amounts are accumulated as integer
  // micro-dollars (exact sums, no drift) and shown rounded to cents.
  const rows: S3MonthRow[] = [];
  const totals = new Map<string, number>();
  const addTotal = (k: string, micros: number): void => void totals.set(k, (totals.get(k) ?? 0) + micros);
  const itHorizon = new Map<ItTier, number>();
  /** Volume-band breakdowns of Standard and Frequent Access for the first and last month's trace. */
  const bandNotes = new Map<number, string[]>();
  const retrievalCapped: { month: number; asked: number; stored: number; cls: S3Class }[] = [];
  let cum = 0;
  let cumNo = 0;
  /** Days of the age window [30k, 30k + 30) a cohort is still stored in the baseline (same expiry), by age k. */
  const baselineDays = Array.from({ length: input.months }, (_, k) => Math.max(0, Math.min(input.expireAfterDays ?? Infinity, (k + 1) * DAYS_PER_MONTH) - k * DAYS_PER_MONTH));
  const bandText = (parts: ReturnType<typeof volumeTieredCost>['parts']): string => parts.map((p) => `${fmt(p.gb, 2)} GB × $${p.priceUSD} (${p.label})`).join(' + ');
  // The hot loop works on class and tier indexes and per-class figures looked up once (each on first use, so
  // a price the run never needs is never asked for). Every sum is the same expression added in the same
  // order as the Map-per-month version it replaces, so results are identical to the last bit; sums whose
  // order could matter (micro-dollar totals past 2^53) keep the order in which classes first appear.
  const nC = S3_CLASSES.length;
  const nT = IT_TIERS.length;
  const cIdx = Object.fromEntries(S3_CLASSES.map((c, i) => [c, i])) as Record<S3Class, number>;
  const tIdx = Object.fromEntries(IT_TIERS.map((x, i) => [x, i])) as Record<ItTier, number>;
  // The windows flattened by age k: entries [off[k], off[k + 1]) of each list (class or tier index, days).
  const flat = <T>(pick: (w: AgeWindow) => readonly T[], idx: (x: T) => number, days: (x: T) => number): FlatWindows => {
    const off = new Int32Array(windows.length + 1);
    windows.forEach((w, k) => (off[k + 1] = off[k]! + pick(w).length));
    const out = { off, idx: new Int32Array(off[windows.length]!), days: new Float64Array(off[windows.length]!) };
    windows.forEach((w, k) => pick(w).forEach((x, j) => ((out.idx[off[k]! + j] = idx(x)), (out.days[off[k]! + j] = days(x)))));
    return out;
  };
  const wDays = flat((w) => w.days, ([c]) => cIdx[c], ([, d]) => d);
  const wIt = flat((w) => w.itDays, ([x]) => tIdx[x], ([, d]) => d);
  const wTo = flat((w) => w.transitionsTo, (c) => cIdx[c], () => 0);
  const wEarly = flat((w) => w.early, ([c]) => cIdx[c], ([, d]) => d);
  const billableOf = S3_CLASSES.map((c) => billable(c));
  const memo = <T>(f: (i: number) => T): ((i: number) => T) => {
    const cache: (T | undefined)[] = [];
    return (i) => (cache[i] ??= f(i));
  };
  const priceOf = memo((i) => price(S3_CLASSES[i]!));
  const transitionPriceOf = memo((i) => prices.get(`s3.${CLASS_RULES[S3_CLASSES[i]!].key}.transitionPer1000`).usd);
  const tierPriceOf = memo((i) => prices.get(IT_TIER_KEY[IT_TIERS[i]!]).usd);
  const retrievalPricesOf = memo((i) => {
    const k = retrievalKeys(S3_CLASSES[i]);
    return { gb: k.gb ? prices.get(k.gb).usd : null, req: k.req ? prices.get(k.req).usd : null };
  });
  const STANDARD = cIdx.standard;
  const IT = cIdx['intelligent-tiering'];
  const gbMonthsByClass = new Sums(nC);
  const itGBMonths = new Float64Array(nT);
  const transitionObjects = new Sums(nC);
  const earlyGBDays = new Sums(nC);
  // One month's bill, a function of its own (not the loop's body): V8 optimizes it on its own within the
  // first runs, where as part of this long function it waited for TurboFan to compile all of it.
  const billMonth = (m: number): void => {
    cohortMonth(m, cohorts, objectsPerGB, wDays, wIt, wTo, wEarly, gbMonthsByClass, itGBMonths, transitionObjects, earlyGBDays);
    const gbm = gbMonthsByClass.v;
    // Each class's and tier's amount first (in USD), then the Standard volume bands, which also carry the
    // 8 KB per archived object billed at the Standard rate.
    const lines: [string, number][] = [];
    let standardExtraGB = 0;
    for (let c = 0; c < nC; c++) {
      const g = gbm[c]!;
      if (!g || c === STANDARD || c === IT) continue;
      const b = billableOf[c]!;
      lines.push([S3_CLASSES[c]!, g * b.factor * priceOf(c)]);
      standardExtraGB += g * b.standardExtraGBPerGB;
    }
    for (let x = 0; x < nT; x++) {
      const g = itGBMonths[x]!;
      if (!g) continue;
      const tier = IT_TIERS[x]!;
      itHorizon.set(tier, (itHorizon.get(tier) ?? 0) + g);
      if (tier === 'frequent') {
        lines.push([IT_LINE[tier], volumeTieredUSD(g, itBands)]);
        if (m === 0 || m === input.months - 1) bandNotes.set(m, [...(bandNotes.get(m) ?? []), `Frequent Access ${bandText(volumeTieredCost(g, itBands).parts)}`]);
      } else lines.push([IT_LINE[tier], g * itFactor(tier) * tierPriceOf(x)]);
      if (itArchived(tier)) standardExtraGB += (g * ARCHIVE_STANDARD_KB) / input.avgObjectSizeKB;
    }
    const stdGB = gbm[STANDARD]!;
    const stdOnly = volumeTieredUSD(stdGB, stdBands);
    if (stdGB > 0) lines.unshift(['standard', stdOnly]);
    if (standardExtraGB > 0) lines.push(['archive-overhead', volumeTieredUSD(stdGB + standardExtraGB, stdBands) - stdOnly]);
    if ((m === 0 || m === input.months - 1) && stdGB + standardExtraGB > 0)
      bandNotes.set(m, [`Standard ${bandText(volumeTieredCost(stdGB + standardExtraGB, stdBands).parts)}`, ...(bandNotes.get(m) ?? [])]);
    const storage: Record<string, number> = {};
    let storageTotal = 0;
    for (const [name, usdAmount] of lines) {
      const amt = toMicros(usdAmount);
      storage[name] = fromMicros(amt);
      storageTotal += amt;
      addTotal(name, amt);
    }
    let transitions = 0;
    for (const c of transitionObjects.order) transitions += toMicros((transitionObjects.v[c]! / 1000) * transitionPriceOf(c));
    let minDuration = 0;
    for (const c of earlyGBDays.order) minDuration += toMicros((earlyGBDays.v[c]! / DAYS_PER_MONTH) * billableOf[c]!.factor * priceOf(c));
    const itGB = gbm[IT]!;
    const monitoring = itGB && it.monitored ? toMicros(((itGB * objectsPerGB) / 1000) * prices.get('s3.intelligentTiering.monitoringPer1000Objects').usd) : 0;
    let retrieval = 0;
    if (input.retrievalGBPerMonth > 0) {
      let coldest = -1;
      for (let c = nC - 1; c >= 0; c--)
        if (gbm[c]) {
          coldest = c;
          break;
        }
      const stored = coldest >= 0 ? gbm[coldest]! : 0;
      if (coldest >= 0 && input.retrievalGBPerMonth > stored) retrievalCapped.push({ month: m + 1, asked: input.retrievalGBPerMonth, stored, cls: S3_CLASSES[coldest]! });
      const gb = Math.min(input.retrievalGBPerMonth, stored);
      const k = coldest >= 0 ? retrievalPricesOf(coldest) : { gb: null, req: null };
      if (k.gb !== null) retrieval += toMicros(gb * k.gb);
      if (k.req !== null) retrieval += toMicros(((gb * objectsPerGB) / 1000) * k.req);
    }
    addTotal('transitions', transitions);
    addTotal('minimumDuration', minDuration);
    addTotal('monitoring', monitoring);
    addTotal('retrieval', retrieval);
    const total = storageTotal + transitions + minDuration + monitoring + retrieval;
    cum += total;
    const noTotal = toMicros(volumeTieredUSD(baselineStoredGB(m, cohorts, baselineDays), stdBands));
    cumNo += noTotal;
    let storedGB = 0;
    for (const c of gbMonthsByClass.order) storedGB += gbm[c]!;
    rows.push({
      month: m + 1,
      storedGB,
      storage,
      transitions: fromMicros(transitions),
      minimumDuration: fromMicros(minDuration),
      retrieval: fromMicros(retrieval),
      monitoring: fromMicros(monitoring),
      total: fromMicros(total),
      cumulative: fromMicros(cum),
      noLifecycleTotal: fromMicros(noTotal),
      noLifecycleCumulative: fromMicros(cumNo),
    });
  };
  for (let m = 0; m < input.months; m++) billMonth(m);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  // Sum of cent amounts: Math.round keeps it exact to the cent (and lets an overflow reach the finite check).
  const banded = (st: Record<string, number>): number => Math.round(((st.standard ?? 0) + (st['archive-overhead'] ?? 0) + (st[IT_LINE.frequent] ?? 0)) * 100) / 100;
  for (const [m, notes] of [...bandNotes].sort((a, b) => a[0] - b[0]))
    t.add({ label: `Volume bands in month ${m + 1}`, formula: 'GB-months in each band × the band price (first 50 TB, next 450 TB, over 500 TB per month)', substituted: notes.join('; '), rounding: 'cents', result: banded(rows[m]!.storage), unit: 'USD (Standard, archive overhead and Frequent Access lines)' });
  t.add({ label: 'Month 1', formula: 'Σ class GB-months × billable factor × price + transitions + minimum-duration + retrieval', substituted: Object.entries(first.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: first.total, unit: 'USD' });
  t.add({ label: `Month ${last.month}`, formula: 'same, with every cohort at its age', substituted: Object.entries(last.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: last.total, unit: 'USD' });
  for (const tier of IT_TIERS) {
    const g = itHorizon.get(tier);
    if (g) t.add({ label: `Over ${input.months} months: Intelligent-Tiering ${IT_TIER_LABELS[tier]}`, formula: 'Σ GB-months in this access tier', substituted: '', result: g, unit: 'GB-months' });
  }
  for (const [k, v] of orderedTotals(totals)) if (v) t.add({ label: `Over ${input.months} months: ${k}`, formula: 'Σ monthly amounts', substituted: '', rounding: 'cents', result: fromMicros(v), unit: 'USD' });
  t.add({ label: `Total over ${input.months} months`, formula: 'Σ monthly totals', substituted: '', rounding: 'cents', result: fromMicros(cum), unit: 'USD' });
  const baseline = input.expireAfterDays !== undefined ? `All in Standard, expired at day ${input.expireAfterDays} like the lifecycle` : 'All in Standard, never expired';
  t.add({
    label: `Baseline: ${baseline}`,
    formula: input.expireAfterDays !== undefined ? 'Σ GB-months stored before the expiry day × Standard price (volume bands per month)' : 'Σ stored GB × Standard price (volume bands per month)',
    substituted: `Standard at $${stdBands.join(' / $')} per GB-month`,
    rounding: 'cents',
    result: fromMicros(cumNo),
    unit: 'USD',
    fact: priceRef('standard').fact,
  });
  t.add({ label: 'Savings against the baseline', formula: 'baseline total − lifecycle total', substituted: `${fmt(fromMicros(cumNo), 2)} − ${fmt(fromMicros(cum), 2)}`, rounding: 'cents', result: fromMicros(cumNo - cum), unit: 'USD' });
  const steady = steadyState(input, rules, rows, (month) => s3Lifecycle({ ...input, months: month }, pack).months.at(-1)!.total);
  if (steady.fromMonth === null) t.add({ label: 'Steady-state monthly cost', formula: 'none: with ingest and no expiry the stored data grows every month', substituted: `${fmt(input.monthlyIngestGB)} GB added a month, never expired`, result: 'none', unit: '' });
  else
    t.add({
      label: `Steady-state monthly cost (from month ${steady.fromMonth})`,
      formula: 'a month in which every cohort has passed its last transition or expiry (each later month is the same)',
      substituted: `last change at day ${steady.settleDay}: from month ⌊${steady.settleDay} ÷ 30⌋ + ${steady.fromMonth - Math.floor(steady.settleDay / DAYS_PER_MONTH)}${steady.fromMonth > input.months ? `, beyond the ${input.months}-month horizon (simulated to month ${steady.fromMonth})` : ''}`,
      rounding: 'cents',
      result: steady.monthlyUSD!,
      unit: 'USD/month',
    });
  if (steady.fromMonth !== null && steady.fromMonth > input.months)
    warnings.push(`The monthly cost is not yet steady within ${input.months} months: it settles from month ${steady.fromMonth} at $${fmt(steady.monthlyUSD!, 2)} a month.`);
  if (retrievalCapped.length) {
    const r = retrievalCapped[0]!;
    const more = retrievalCapped.length > 1 ? ` (and in ${retrievalCapped.length - 1} more month${retrievalCapped.length > 2 ? 's' : ''})` : '';
    warnings.push(`retrievalGBPerMonth (${fmt(r.asked)} GB) is more than the ${fmt(r.stored, 2)} GB stored in ${CLASS_RULES[r.cls].label} in month ${r.month}${more}: ${fmt(r.stored, 2)} GB was used there.`);
    t.add({ label: `Retrieval in month ${r.month} (capped)`, formula: 'min(retrieval GB per month, GB stored in the coldest class)', substituted: `min(${fmt(r.asked)}, ${fmt(r.stored, 2)})`, result: r.stored, unit: 'GB' });
  }
  if (rows.some((r) => r.minimumDuration > 0)) warnings.push('Some data leaves a class before its minimum storage duration and is billed for the remaining days.');
  if (cum > cumNo) warnings.push('This lifecycle costs more than keeping everything in Standard over the horizon (transitions, minimums, monitoring or small objects).');
  return {
    objectsPerGB,
    months: rows,
    total: fromMicros(cum),
    totals: Object.fromEntries(orderedTotals(totals).map(([k, v]) => [k, fromMicros(v)])),
    ...(usesIt ? { intelligentTieringGBMonths: Object.fromEntries([...itHorizon].map(([k, v]) => [k, Number(v.toPrecision(12))])) } : {}),
    noLifecycle: { total: fromMicros(cumNo), baseline },
    savings: fromMicros(cumNo - cum),
    steadyStateMonthlyUSD: steady.monthlyUSD,
    steadyStateFromMonth: steady.fromMonth,
    steadyState:
      steady.fromMonth === null
        ? input.monthlyIngestGB > 0
          ? `None: ${fmt(input.monthlyIngestGB)} GB is added a month and never expired, so the monthly cost keeps growing (set an expiry to see it settle).`
          : 'None: Intelligent-Tiering keeps moving the data between its access tiers as it is read.'
        : steady.fromMonth > input.months
          ? `From month ${steady.fromMonth}, beyond the ${input.months}-month horizon`
          : `From month ${steady.fromMonth}`,
    trace: t.steps,
    warnings,
  };
}

/**
 * When the monthly cost stops changing. A cohort's cost depends only on its age, so once the oldest cohort has
 * passed the last day anything happens to it (expiry; or, with no ingest, its last transition and
 * Intelligent-Tiering's last tier move), every month is the same sum. Settle day D: month index ⌊D ÷ 30⌋ is
 * the last age window with an event, so month ⌊D ÷ 30⌋ + 1 (1-based) holds every non-empty age, and one
 * more month is needed while the first cohort (which also holds `initialGB`) is larger than the others.
 * With ingest and no expiry the data grows without end: no steady state.
 * Worked example: 1,000 GB + 100 GB a month, expired at day 90 → D = 90, steady from month ⌊90 ÷ 30⌋ + 2 = 5.
 */
function steadyState(
  input: z.output<typeof s3LifecycleInput>,
  rules: readonly { afterDays: number; storageClass: S3Class }[],
  rows: readonly S3MonthRow[],
  totalInMonth: (month: number) => number,
): { fromMonth: number | null; settleDay: number; monthlyUSD: number | null } {
  let settleDay: number;
  if (input.expireAfterDays !== undefined) settleDay = input.expireAfterDays;
  else if (input.monthlyIngestGB > 0) return { fromMonth: null, settleDay: Infinity, monthlyUSD: null };
  else {
    const last = rules.at(-1);
    settleDay = last?.afterDays ?? 0;
    // Intelligent-Tiering keeps moving idle data down its tiers (and, with reads, only approaches a mix):
    // the last opt-in tier's day, or 90 days to Archive Instant Access, bounds the moves.
    if (last?.storageClass === 'intelligent-tiering')
      settleDay += input.monthlyAccessPercent > 0 ? Infinity : (input.intelligentTieringDeepArchiveAccessDays ?? input.intelligentTieringArchiveAccessDays ?? 90);
    if (!Number.isFinite(settleDay)) return { fromMonth: null, settleDay, monthlyUSD: null };
  }
  const extra = input.monthlyIngestGB > 0 && input.initialGB === 0 ? 1 : 2;
  let fromMonth = Math.floor(settleDay / DAYS_PER_MONTH) + extra;
  if (fromMonth <= rows.length) {
    // The bound is safe but can be a month late (an expiry on a month boundary empties that month's window):
    // earlier months that already cost the same belong to the steady run too.
    const steady = rows[fromMonth - 1]!.total;
    while (fromMonth > 1 && rows[fromMonth - 2]!.total === steady) fromMonth--;
    return { fromMonth, settleDay, monthlyUSD: steady };
  }
  // Past the horizon: run the same model up to that month (at most 240 + a few months) and read it there.
  return { fromMonth, settleDay, monthlyUSD: totalInMonth(fromMonth) };
}
