import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { count, positive, region } from './common';
import { fromMicros, toMicros } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const S3_CLASSES = ['standard', 'intelligent-tiering', 'standard-ia', 'onezone-ia', 'glacier-ir', 'glacier-flexible', 'deep-archive'] as const;
export type S3Class = (typeof S3_CLASSES)[number];

/**
 * Price-key stem, minimum storage days, minimum billable KB, archive overhead and the class's place in the
 * lifecycle "waterfall" (transitions only go down it) — S3 storage classes and lifecycle guides.
 */
export const CLASS_RULES: Record<S3Class, { key: string; minDays: number; minKB: number; archive: boolean; rank: number; label: string }> = {
  standard: { key: 'standard', minDays: 0, minKB: 0, archive: false, rank: 0, label: 'Standard' },
  'standard-ia': { key: 'standardIa', minDays: 30, minKB: 128, archive: false, rank: 1, label: 'Standard-IA' },
  'intelligent-tiering': { key: 'intelligentTiering', minDays: 0, minKB: 0, archive: false, rank: 2, label: 'Intelligent-Tiering (frequent)' },
  'onezone-ia': { key: 'onezoneIa', minDays: 30, minKB: 128, archive: false, rank: 3, label: 'One Zone-IA' },
  'glacier-ir': { key: 'glacierIr', minDays: 90, minKB: 128, archive: false, rank: 4, label: 'Glacier Instant Retrieval' },
  'glacier-flexible': { key: 'glacierFlexible', minDays: 90, minKB: 0, archive: true, rank: 5, label: 'Glacier Flexible Retrieval' },
  'deep-archive': { key: 'deepArchive', minDays: 180, minKB: 0, archive: true, rank: 6, label: 'Glacier Deep Archive' },
};
/** Archived objects add 32 KB billed at the archive rate and 8 KB at the Standard rate. */
const ARCHIVE_INDEX_KB = 32;
const ARCHIVE_STANDARD_KB = 8;
/** Intelligent-Tiering neither monitors nor auto-tiers objects under 128 KB (no monitoring fee for them). */
const IT_MONITORED_MIN_KB = 128;
/** Since September 2024 lifecycle rules skip objects under 128 KB unless a size filter says otherwise. */
const LIFECYCLE_DEFAULT_MIN_KB = 128;
const DAYS_PER_MONTH = 30;
const KB_PER_GB = 1024 * 1024;

export const S3_PRICE_KEYS = [
  ...S3_CLASSES.map((c) => `s3.${CLASS_RULES[c].key}.gbMonth`),
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

const transitionClass = z.enum(S3_CLASSES.filter((c) => c !== 'standard') as [S3Class, ...S3Class[]]);

export const s3LifecycleInput = z
  .strictObject({
    region,
    months: z.number({ error: 'months must be a number' }).int('months must be a whole number').min(1, 'months is at least 1').max(240, 'months is at most 240 (20 years)'),
    initialGB: count('initialGB', 1e9),
    monthlyIngestGB: count('monthlyIngestGB', 1e8),
    /** Average object size in KB (1 KB = 1,024 bytes); drives per-object fees and minimum billable size. */
    avgObjectSizeKB: positive('avgObjectSizeKB', 5 * 1024 * 1024 * 1024),
    rules: z
      .array(z.strictObject({ afterDays: z.number().int('afterDays must be a whole number of days').min(0).max(36500), storageClass: transitionClass }))
      .max(20, 'at most 20 transition rules')
      .default([]),
    expireAfterDays: z.number().int('expireAfterDays must be a whole number of days').min(1).max(36500).optional(),
    retrievalGBPerMonth: count('retrievalGBPerMonth', 1e9).default(0),
    retrievalTier: z.enum(['expedited', 'standard', 'bulk']).default('standard'),
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
  });
export type S3LifecycleInput = z.input<typeof s3LifecycleInput>;

export interface S3MonthRow {
  month: number;
  /** Average GB stored during the month (GB-months), all classes. */
  storedGB: number;
  /** Storage cost by class this month (plus `archive-overhead` for the 8 KB per archived object at the Standard rate). */
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
  /** Horizon totals by cost line: storage per class, transitions, minimum-duration, retrieval, monitoring. */
  totals: Record<string, number>;
  noLifecycle: { total: number };
  savings: number;
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
  transitionsTo: S3Class[];
  /** Left a class before its minimum storage duration: the class and the days still billed. */
  early: [S3Class, number][];
}

function ageWindow(segs: readonly Segment[], k: number): AgeWindow {
  const w0 = k * DAYS_PER_MONTH;
  const w1 = w0 + DAYS_PER_MONTH;
  const w: AgeWindow = { days: [], transitionsTo: [], early: [] };
  segs.forEach((s, i) => {
    const d = Math.min(s.to, w1) - Math.max(s.from, w0);
    if (d > 0) w.days.push([s.cls, d]);
    if (i > 0 && s.from >= w0 && s.from < w1) w.transitionsTo.push(s.cls);
    if (Number.isFinite(s.to) && s.to >= w0 && s.to < w1) {
      const stayed = s.to - s.from;
      const min = CLASS_RULES[s.cls].minDays;
      if (stayed < min) w.early.push([s.cls, min - stayed]);
    }
  });
  return w;
}

/**
 * S3 lifecycle cost, month by month, by monthly cohort (each month's new data ages on its own, created on
 * day 0 of its month; months are 30 days). Each cohort follows the rule schedule day by day: storage is
 * billed pro rata for the days spent in each class, at its billable size — the 128 KB minimum object size
 * (Standard-IA, One Zone-IA, Glacier IR) and 32 KB + 8 KB per archived object (Glacier Flexible Retrieval,
 * Deep Archive). A transition bills one request per object in the month it happens; leaving a class before
 * its minimum duration (30/90/180 days) bills the remaining days. Retrievals are billed from the coldest
 * class holding data, per GB and (archives) per restore request.
 *
 * Worked example (S3 pricing page rules, us-east-1): 1,000 GB of 1 MiB objects moved to Glacier IR on day 30
 * and expired on day 60 pay 30 days in Standard ($23), 30 days in Glacier IR ($4), 1,024,000 transitions ×
 * $0.02 per 1,000 ($20.48) and the 60 days of the 90-day minimum still owed (1,000 × $0.004 × 2 = $8).
 * Sources: https://aws.amazon.com/s3/pricing/ and
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
 */
export function s3Lifecycle(input: z.output<typeof s3LifecycleInput>, pack: PricePack): S3LifecycleOutput {
  const prices = new Prices(pack, input.prices ?? {}, S3_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const rules = [...input.rules].sort((a, b) => a.afterDays - b.afterDays);
  const objectsPerGB = KB_PER_GB / input.avgObjectSizeKB;
  t.add({ label: 'Objects per GB', formula: '1,048,576 KB ÷ average object KB', substituted: `1,048,576 ÷ ${fmt(input.avgObjectSizeKB)}`, result: objectsPerGB, unit: 'objects/GB' });
  const priceRef = (c: S3Class): ReturnType<Prices['get']> => prices.get(`s3.${CLASS_RULES[c].key}.gbMonth`);
  const price = (c: S3Class): number => priceRef(c).usd;
  const stdPrice = price('standard');
  /** Billable GB-month factor per stored GB in class c (minimum size and archive overhead). */
  const billable = (c: S3Class): { factor: number; standardExtraGBPerGB: number } => {
    const r = CLASS_RULES[c];
    const kb = Math.max(input.avgObjectSizeKB, r.minKB) + (r.archive ? ARCHIVE_INDEX_KB : 0);
    return { factor: kb / input.avgObjectSizeKB, standardExtraGBPerGB: r.archive ? ARCHIVE_STANDARD_KB / input.avgObjectSizeKB : 0 };
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
    t.add({ label: `${CLASS_RULES[c].label} price`, formula: 'price per GB-month', substituted: '', result: price(c), unit: 'USD/GB-month', fact: priceRef(c).fact });
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

  // Cohort sizes: month 0 holds the initial data plus its ingest; later months add their ingest.
  const cohorts = Array.from({ length: input.months }, (_, i) => (i === 0 ? input.initialGB : 0) + input.monthlyIngestGB);
  // A cohort's behaviour depends only on its age: work each age window out once, not per cohort-month.
  const windows = Array.from({ length: input.months }, (_, k) => ageWindow(segs, k));

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
  let cum = 0;
  let cumNo = 0;
  let storedNo = 0;
  for (let m = 0; m < input.months; m++) {
    const gbMonthsByClass = new Map<S3Class, number>();
    const transitionObjects = new Map<S3Class, number>();
    const earlyGBDays = new Map<S3Class, number>();
    for (let c = 0; c <= m; c++) {
      const gb = cohorts[c]!;
      if (gb === 0) continue;
      const w = windows[m - c]!;
      for (const [cls, d] of w.days) gbMonthsByClass.set(cls, (gbMonthsByClass.get(cls) ?? 0) + (gb * d) / DAYS_PER_MONTH);
      for (const cls of w.transitionsTo) transitionObjects.set(cls, (transitionObjects.get(cls) ?? 0) + gb * objectsPerGB);
      for (const [cls, d] of w.early) earlyGBDays.set(cls, (earlyGBDays.get(cls) ?? 0) + gb * d);
    }
    const storage: Record<string, number> = {};
    let storageTotal = 0;
    let standardOverheadGB = 0;
    for (const c of S3_CLASSES) {
      const gbm = gbMonthsByClass.get(c);
      if (!gbm) continue;
      const b = billable(c);
      const amt = toMicros(gbm * b.factor * price(c));
      standardOverheadGB += gbm * b.standardExtraGBPerGB;
      storage[c] = fromMicros(amt);
      storageTotal += amt;
      addTotal(c, amt);
    }
    if (standardOverheadGB > 0) {
      const amt = toMicros(standardOverheadGB * stdPrice);
      storage['archive-overhead'] = fromMicros(amt);
      storageTotal += amt;
      addTotal('archive-overhead', amt);
    }
    let transitions = 0;
    for (const [c, objs] of transitionObjects) transitions += toMicros((objs / 1000) * prices.get(`s3.${CLASS_RULES[c].key}.transitionPer1000`).usd);
    let minDuration = 0;
    for (const [c, gbDays] of earlyGBDays) minDuration += toMicros((gbDays / DAYS_PER_MONTH) * billable(c).factor * price(c));
    const itGB = gbMonthsByClass.get('intelligent-tiering') ?? 0;
    const monitoring =
      itGB && input.avgObjectSizeKB >= IT_MONITORED_MIN_KB ? toMicros(((itGB * objectsPerGB) / 1000) * prices.get('s3.intelligentTiering.monitoringPer1000Objects').usd) : 0;
    let retrieval = 0;
    if (input.retrievalGBPerMonth > 0) {
      const coldest = [...S3_CLASSES].reverse().find((c) => gbMonthsByClass.get(c));
      const k = retrievalKeys(coldest);
      const gb = Math.min(input.retrievalGBPerMonth, gbMonthsByClass.get(coldest!) ?? 0);
      if (k.gb) retrieval += toMicros(gb * prices.get(k.gb).usd);
      if (k.req) retrieval += toMicros(((gb * objectsPerGB) / 1000) * prices.get(k.req).usd);
    }
    addTotal('transitions', transitions);
    addTotal('minimumDuration', minDuration);
    addTotal('monitoring', monitoring);
    addTotal('retrieval', retrieval);
    const total = storageTotal + transitions + minDuration + monitoring + retrieval;
    cum += total;
    storedNo += cohorts[m]!;
    const noTotal = toMicros(storedNo * stdPrice);
    cumNo += noTotal;
    rows.push({
      month: m + 1,
      storedGB: [...gbMonthsByClass.values()].reduce((a, b) => a + b, 0),
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
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  t.add({ label: 'Month 1', formula: 'Σ class GB-months × billable factor × price + transitions + minimum-duration + retrieval', substituted: Object.entries(first.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: first.total, unit: 'USD' });
  t.add({ label: `Month ${last.month}`, formula: 'same, with every cohort at its age', substituted: Object.entries(last.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: last.total, unit: 'USD' });
  for (const [k, v] of totals) if (v) t.add({ label: `Over ${input.months} months: ${k}`, formula: 'Σ monthly amounts', substituted: '', rounding: 'cents', result: fromMicros(v), unit: 'USD' });
  t.add({ label: `Total over ${input.months} months`, formula: 'Σ monthly totals', substituted: '', rounding: 'cents', result: fromMicros(cum), unit: 'USD' });
  t.add({ label: 'Same data in Standard, no lifecycle', formula: 'Σ stored GB × Standard price', substituted: `Standard at $${stdPrice}/GB-month`, rounding: 'cents', result: fromMicros(cumNo), unit: 'USD', fact: priceRef('standard').fact });
  if (rows.some((r) => r.minimumDuration > 0)) warnings.push('Some data leaves a class before its minimum storage duration and is billed for the remaining days.');
  if (cum > cumNo) warnings.push('This lifecycle costs more than keeping everything in Standard over the horizon (transitions, minimums or small objects).');
  return {
    objectsPerGB,
    months: rows,
    total: fromMicros(cum),
    totals: Object.fromEntries([...totals].map(([k, v]) => [k, fromMicros(v)])),
    noLifecycle: { total: fromMicros(cumNo) },
    savings: fromMicros(cumNo - cum),
    trace: t.steps,
    warnings,
  };
}
