import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { count, positive, region } from './common';
import { fromMicros, toMicros } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const S3_CLASSES = ['standard', 'intelligent-tiering', 'standard-ia', 'onezone-ia', 'glacier-ir', 'glacier-flexible', 'deep-archive'] as const;
export type S3Class = (typeof S3_CLASSES)[number];

/** Price-key stem, minimum storage days, minimum billable KB, archive overhead — S3 storage classes guide. */
export const CLASS_RULES: Record<S3Class, { key: string; minDays: number; minKB: number; archive: boolean; label: string }> = {
  standard: { key: 'standard', minDays: 0, minKB: 0, archive: false, label: 'Standard' },
  'intelligent-tiering': { key: 'intelligentTiering', minDays: 0, minKB: 0, archive: false, label: 'Intelligent-Tiering (frequent)' },
  'standard-ia': { key: 'standardIa', minDays: 30, minKB: 128, archive: false, label: 'Standard-IA' },
  'onezone-ia': { key: 'onezoneIa', minDays: 30, minKB: 128, archive: false, label: 'One Zone-IA' },
  'glacier-ir': { key: 'glacierIr', minDays: 90, minKB: 128, archive: false, label: 'Glacier Instant Retrieval' },
  'glacier-flexible': { key: 'glacierFlexible', minDays: 90, minKB: 0, archive: true, label: 'Glacier Flexible Retrieval' },
  'deep-archive': { key: 'deepArchive', minDays: 180, minKB: 0, archive: true, label: 'Glacier Deep Archive' },
};
/** Archived objects add 32 KB billed at the archive rate and 8 KB at the Standard rate. */
const ARCHIVE_INDEX_KB = 32;
const ARCHIVE_STANDARD_KB = 8;
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
] as const;

const transitionClass = z.enum(S3_CLASSES.filter((c) => c !== 'standard') as [S3Class, ...S3Class[]]);

export const s3LifecycleInput = z
  .strictObject({
    region,
    months: z.number().int('months must be a whole number').min(1, 'months is at least 1').max(240, 'months is at most 240 (20 years)'),
    initialGB: count('initialGB', 1e9),
    monthlyIngestGB: count('monthlyIngestGB', 1e8),
    avgObjectSizeKB: positive('avgObjectSizeKB', 5 * 1024 * 1024 * 1024),
    rules: z
      .array(z.strictObject({ afterDays: z.number().int().min(0).max(36500), storageClass: transitionClass }))
      .max(20, 'at most 20 transition rules')
      .default([]),
    expireAfterDays: z.number().int().min(1).max(36500).optional(),
    retrievalGBPerMonth: count('retrievalGBPerMonth', 1e9).default(0),
    retrievalTier: z.enum(['expedited', 'standard', 'bulk']).default('standard'),
    prices: priceOverrides,
  })
  .superRefine((v, ctx) => {
    const sorted = [...v.rules].sort((a, b) => a.afterDays - b.afterDays);
    sorted.forEach((r, i) => {
      if (i > 0 && r.afterDays === sorted[i - 1]!.afterDays)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `two rules transition at day ${r.afterDays}` });
      // S3 lifecycle: objects must stay 30 days in Standard before moving to Standard-IA or One Zone-IA.
      if ((r.storageClass === 'standard-ia' || r.storageClass === 'onezone-ia') && r.afterDays < 30)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `lifecycle cannot move objects to ${r.storageClass} before day 30 (got ${r.afterDays})` });
    });
    if (v.expireAfterDays !== undefined && sorted.some((r) => r.afterDays >= v.expireAfterDays!))
      ctx.addIssue({ code: 'custom', path: ['expireAfterDays'], message: 'expireAfterDays must come after every transition' });
  });
export type S3LifecycleInput = z.input<typeof s3LifecycleInput>;

export interface S3MonthRow {
  month: number;
  storedGB: number;
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
  noLifecycle: { total: number };
  savings: number;
  trace: TraceStep[];
  warnings: string[];
}

/** Class a cohort is in at `ageDays` (rules sorted by afterDays), or null when expired. */
function classAt(ageDays: number, rules: { afterDays: number; storageClass: S3Class }[], expire?: number): S3Class | null {
  if (expire !== undefined && ageDays >= expire) return null;
  let c: S3Class = 'standard';
  for (const r of rules) if (ageDays >= r.afterDays) c = r.storageClass;
  return c;
}

/**
 * S3 lifecycle cost, month by month, by monthly cohort (each month's ingest ages separately).
 * Each month a cohort is billed in the class its age selects (30-day months, evaluated at month start):
 * billable GB includes the 128 KB minimum object size (IA classes, Glacier IR) and 32 KB + 8 KB per
 * archived object. A transition bills one request per object; leaving a class before its minimum
 * duration bills the remaining days. Retrievals are billed from the coldest class holding data.
 * Example: 1 TB in Standard-IA deleted after 10 days is billed for 30 days (S3 pricing, minimum duration).
 */
export function s3Lifecycle(input: z.output<typeof s3LifecycleInput>, pack: PricePack): S3LifecycleOutput {
  const prices = new Prices(pack, input.prices ?? {}, S3_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const rules = [...input.rules].sort((a, b) => a.afterDays - b.afterDays);
  const objectsPerGB = KB_PER_GB / input.avgObjectSizeKB;
  t.add({ label: 'Objects per GB', formula: '1,048,576 KB ÷ average object KB', substituted: `1,048,576 ÷ ${fmt(input.avgObjectSizeKB)}`, result: objectsPerGB, unit: 'objects/GB' });
  const price = (c: S3Class): number => prices.get(`s3.${CLASS_RULES[c].key}.gbMonth`).usd;
  const stdPrice = price('standard');
  /** Billable GB-month factor per stored GB in class c (minimum size and archive overhead). */
  const billable = (c: S3Class): { factor: number; standardExtraGBPerGB: number } => {
    const r = CLASS_RULES[c];
    const kb = Math.max(input.avgObjectSizeKB, r.minKB) + (r.archive ? ARCHIVE_INDEX_KB : 0);
    return { factor: kb / input.avgObjectSizeKB, standardExtraGBPerGB: r.archive ? ARCHIVE_STANDARD_KB / input.avgObjectSizeKB : 0 };
  };
  for (const c of new Set(rules.map((r) => r.storageClass))) {
    const b = billable(c);
    if (b.factor > 1.0001 || b.standardExtraGBPerGB > 0)
      t.add({ label: `Billable size in ${CLASS_RULES[c].label}`, formula: CLASS_RULES[c].archive ? '(object KB + 32 KB) ÷ object KB, plus 8 KB per object at the Standard rate' : 'max(object KB, 128 KB) ÷ object KB', substituted: `${fmt(input.avgObjectSizeKB)} KB objects`, result: b.factor, unit: '× stored GB' });
    if (b.factor > 1.5) warnings.push(`Objects of ${fmt(input.avgObjectSizeKB)} KB are billed as ${fmt(b.factor, 2)}× their size in ${CLASS_RULES[c].label}: small objects often cost more after transition.`);
  }

  // Cohort sizes: month 0 holds the initial data plus its ingest; later months add their ingest.
  const cohorts = Array.from({ length: input.months }, (_, i) => (i === 0 ? input.initialGB : 0) + input.monthlyIngestGB);
  const rows: S3MonthRow[] = [];
  // A 10-year × 10-rule simulation touches thousands of cohort-months: amounts are accumulated as
  // integer micro-dollars (exact sums, no drift) and shown rounded to cents.
  let cum = 0;
  let cumNo = 0;
  const classOrder = S3_CLASSES;
  // A cohort's class depends only on its age in months: work it out once per age, not per cohort-month.
  const classByAge: (S3Class | null)[] = Array.from({ length: input.months }, (_, k) => classAt(k * DAYS_PER_MONTH, rules, input.expireAfterDays));
  const enteredByAge: number[] = classByAge.map((c, k) => {
    let entered = 0;
    for (const r of rules) if (r.afterDays <= k * DAYS_PER_MONTH && r.storageClass === c) entered = Math.max(entered, r.afterDays);
    return entered;
  });
  let storedNo = 0;
  for (let m = 0; m < input.months; m++) {
    const gbByClass = new Map<S3Class, number>();
    let transitionObjects: [S3Class, number][] = [];
    const minDurationGBDays: [S3Class, number][] = [];
    for (let c = 0; c <= m; c++) {
      const gb = cohorts[c]!;
      if (gb === 0) continue;
      const k = m - c;
      const age = k * DAYS_PER_MONTH;
      const now = classByAge[k]!;
      if (k > 0) {
        const before = classByAge[k - 1]!;
        if (before !== now && before !== null) {
          // Left `before` this month: was its minimum storage duration met?
          const stayed = age - enteredByAge[k - 1]!;
          const minDays = CLASS_RULES[before].minDays;
          if (stayed < minDays) minDurationGBDays.push([before, gb * (minDays - stayed)]);
          if (now !== null) transitionObjects.push([now, gb * objectsPerGB]);
        }
      }
      if (now !== null) gbByClass.set(now, (gbByClass.get(now) ?? 0) + gb);
    }
    if (m === 0) transitionObjects = transitionObjects.filter(() => false);
    const storage: Record<string, number> = {};
    let storageTotal = 0;
    let standardOverheadGB = 0;
    for (const c of classOrder) {
      const gb = gbByClass.get(c);
      if (!gb) continue;
      const b = billable(c);
      const amt = toMicros(gb * b.factor * price(c));
      standardOverheadGB += gb * b.standardExtraGBPerGB;
      storage[c] = fromMicros(amt);
      storageTotal += amt;
    }
    if (standardOverheadGB > 0) {
      const amt = toMicros(standardOverheadGB * stdPrice);
      storage['archive-overhead'] = fromMicros(amt);
      storageTotal += amt;
    }
    const transitions = transitionObjects.reduce((a, [c, objs]) => a + toMicros((objs / 1000) * prices.get(`s3.${CLASS_RULES[c].key}.transitionPer1000`).usd), 0);
    const minDuration = minDurationGBDays.reduce((a, [c, gbDays]) => a + toMicros((gbDays / DAYS_PER_MONTH) * billable(c).factor * price(c)), 0);
    const itGB = gbByClass.get('intelligent-tiering') ?? 0;
    const monitoring = itGB ? toMicros(((itGB * objectsPerGB) / 1000) * prices.get('s3.intelligentTiering.monitoringPer1000Objects').usd) : 0;
    let retrieval = 0;
    if (input.retrievalGBPerMonth > 0) {
      const coldest = [...classOrder].reverse().find((c) => gbByClass.get(c));
      const key =
        coldest === 'glacier-flexible'
          ? `s3.glacierFlexible.retrievalGB.${input.retrievalTier}`
          : coldest === 'deep-archive'
            ? `s3.deepArchive.retrievalGB.${input.retrievalTier === 'expedited' ? 'standard' : input.retrievalTier}`
            : coldest && coldest !== 'standard' && coldest !== 'intelligent-tiering'
              ? `s3.${CLASS_RULES[coldest].key}.retrievalGB`
              : null;
      if (key) retrieval = toMicros(Math.min(input.retrievalGBPerMonth, gbByClass.get(coldest!) ?? 0) * prices.get(key).usd);
    }
    const total = storageTotal + transitions + minDuration + monitoring + retrieval;
    cum += total;
    storedNo += cohorts[m]!;
    const noTotal = toMicros(storedNo * stdPrice);
    cumNo += noTotal;
    rows.push({
      month: m + 1,
      storedGB: [...gbByClass.values()].reduce((a, b) => a + b, 0),
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
  t.add({ label: 'Month 1', formula: 'Σ class GB × billable factor × price + transitions + minimum-duration + retrieval', substituted: Object.entries(first.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: first.total, unit: 'USD' });
  t.add({ label: `Month ${last.month}`, formula: 'same, with every cohort at its age', substituted: Object.entries(last.storage).map(([c, v]) => `${c} $${v}`).join(' + ') || '—', rounding: 'cents', result: last.total, unit: 'USD' });
  t.add({ label: `Total over ${input.months} months`, formula: 'Σ monthly totals', substituted: '', rounding: 'cents', result: fromMicros(cum), unit: 'USD', fact: prices.get('s3.standard.gbMonth').fact });
  t.add({ label: 'Same data in Standard, no lifecycle', formula: 'Σ stored GB × Standard price', substituted: `Standard at $${stdPrice}/GB-month`, rounding: 'cents', result: fromMicros(cumNo), unit: 'USD', fact: prices.get('s3.standard.gbMonth').fact });
  if (rows.some((r) => r.minimumDuration > 0)) warnings.push('Some data leaves a class before its minimum storage duration and is billed for the remaining days.');
  if (cum > cumNo) warnings.push('This lifecycle costs more than keeping everything in Standard over the horizon (transitions, minimums or small objects).');
  return {
    objectsPerGB,
    months: rows,
    total: fromMicros(cum),
    noLifecycle: { total: fromMicros(cumNo) },
    savings: fromMicros(cumNo - cum),
    trace: t.steps,
    warnings,
  };
}
