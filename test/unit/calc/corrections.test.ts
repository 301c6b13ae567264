/**
 * Issue 13 item 5: calculator corrections, each reproduced from the issue and checked against its AWS
 * source (us-east-1 pack).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_IDS, CALCULATORS, runCalculator } from '../../../src/shared/calc';
import { firstNonFinite } from '../../../src/shared/calc/index';
import { itTierDays, volumeTieredCost, volumeTieredUSD } from '../../../src/shared/calc/s3Tiers';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const US: PricePack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));

type S3Out = {
  total: number;
  totals: Record<string, number>;
  months: { storage: Record<string, number>; monitoring: number; retrieval: number; total: number; noLifecycleTotal: number }[];
  intelligentTieringGBMonths?: Record<string, number>;
  noLifecycle: { total: number };
  trace: { label: string; substituted: string; result: number | string; fact?: { source: string; priceKey?: string } }[];
  warnings: string[];
};
function run<T>(id: string, input: Record<string, unknown>, pack = US): T {
  const r = runCalculator(id, input, pack);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}
function err(id: string, input: unknown, pack = US): string {
  const r = runCalculator(id, input, pack);
  if (r.ok) throw new Error('expected an error');
  expect(r.error.code).toBe('VALIDATION');
  return r.error.message;
}
const storageSum = (o: S3Out): number =>
  Object.entries(o.totals)
    .filter(([k]) => !['transitions', 'minimumDuration', 'monitoring', 'retrieval'].includes(k))
    .reduce((a, [, v]) => a + v, 0);

describe('S3 storage volume bands', () => {
  // https://aws.amazon.com/s3/pricing/ — S3 Standard: first 50 TB / month $0.023 per GB, next 450 TB / month
  // $0.022, over 500 TB / month $0.021 (1 TB = 1,024 GB on the bill).
  it('52,900 GB-months of Standard cost $1,215.00, not 52,900 × $0.023 = $1,216.70 (the issue)', () => {
    const o = run<S3Out>('s3-lifecycle', { months: 1, initialGB: 52_900, monthlyIngestGB: 0, avgObjectSizeKB: 1024 });
    // 51,200 × $0.023 = $1,177.60; 1,700 × $0.022 = $37.40
    expect(o.months[0]!.storage.standard).toBe(1215);
    expect(o.noLifecycle.total).toBe(1215);
    const band = o.trace.find((s) => s.label === 'Volume bands in month 1')!;
    expect(band.substituted).toMatch(/51,200 GB × \$0\.023 \(first 50 TB\) \+ 1,700 GB × \$0\.022 \(next 450 TB\)/);
    expect(o.trace.filter((s) => s.fact?.priceKey?.startsWith('s3.standard.gbMonth')).map((s) => s.fact!.priceKey).slice(0, 3)).toEqual([
      's3.standard.gbMonth',
      's3.standard.gbMonthNext450TB',
      's3.standard.gbMonthOver500TB',
    ]);
  });
  it('all three bands: 600 TB = 51,200 × 0.023 + 460,800 × 0.022 + 102,400 × 0.021', () => {
    expect(volumeTieredCost(600 * 1024, [0.023, 0.022, 0.021]).usd).toBeCloseTo(1177.6 + 10137.6 + 2150.4, 6);
    expect(volumeTieredCost(0, [0.023, 0.022, 0.021])).toEqual({ parts: [], usd: 0 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2e6, noNaN: true }), (gb) => {
        expect(volumeTieredUSD(gb, [0.023, 0.022, 0.021])).toBeCloseTo(volumeTieredCost(gb, [0.023, 0.022, 0.021]).usd, 6);
      }),
    );
  });
  it('Intelligent-Tiering Frequent Access uses the same bands, and the 8 KB archive overhead joins the Standard volume', () => {
    const o = run<S3Out>('s3-lifecycle', { months: 1, initialGB: 52_900, monthlyIngestGB: 0, avgObjectSizeKB: 1024, rules: [{ afterDays: 0, storageClass: 'intelligent-tiering' }] });
    expect(o.months[0]!.storage['intelligent-tiering-frequent']).toBe(1215);
    // Month 2: the first 120,000 GB are in Deep Archive and the second 60,000 GB in Standard, which fills the
    // first band; the 8 KB per archived 2 MiB object (120,000 × 8 / 2,048 = 468.75 GB) is billed in the next
    // 450 TB band: 468.75 × $0.022 = $10.31 (at the first band's $0.023 it would be $10.78).
    const d = run<S3Out>('s3-lifecycle', { months: 2, initialGB: 60_000, monthlyIngestGB: 60_000, avgObjectSizeKB: 2048, rules: [{ afterDays: 30, storageClass: 'deep-archive' }] });
    expect(d.months[1]!.storage['archive-overhead']).toBe(10.31);
    // 51,200 × $0.023 + 8,800 × $0.022
    expect(d.months[1]!.storage.standard).toBe(1371.2);
  });
  it('regional packs carry each band (Frankfurt: 0.0245 / 0.0235 / 0.0225)', () => {
    const eu = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'eu-central-1.json'), 'utf8')));
    expect([eu.prices['s3.standard.gbMonth']!.usd, eu.prices['s3.standard.gbMonthNext450TB']!.usd, eu.prices['s3.standard.gbMonthOver500TB']!.usd]).toEqual([0.0245, 0.0235, 0.0225]);
  });
});

describe('Kinesis shard sizing rounds records up to 1 KiB', () => {
  // https://docs.aws.amazon.com/streams/latest/dev/amazon-kinesis-streams.html ("average_data_size_in_KiB …
  // rounded up to the nearest 1 KiB"; number_of_shards = max(incoming_write_bandwidth_in_KiB / 1,024,
  // outgoing_read_bandwidth_in_KiB / 2,048)) and https://aws.amazon.com/kinesis/data-streams/faqs/
  type K = { shards: number; bindingLimit: string; sizingRecordKiB: number; sizingIngressMiBps: number; ingressMiBps: number; trace: { label: string; result: number | string; fact?: { source: string } }[] };
  it('900 records/s of 1.1 KB need 2 shards, not 1 (the issue)', () => {
    const o = run<K>('kinesis', { recordsPerSecond: 900, avgRecordKB: 1.1, consumers: 1 });
    expect(o).toMatchObject({ shards: 2, bindingLimit: 'ingress-mbps', sizingRecordKiB: 2, sizingIngressMiBps: 1.7578, ingressMiBps: 0.9668 });
    const rule = o.trace.find((s) => s.label === 'Record size for shard sizing')!;
    expect(rule.result).toBe(2);
    expect(rule.fact?.source).toMatch(/amazon-kinesis-streams\.html/);
  });
  it('whole-KiB records are unchanged; records under 1 KiB count as 1 KiB', () => {
    expect(run<K>('kinesis', { recordsPerSecond: 1000, avgRecordKB: 3, consumers: 2 }).shards).toBe(3);
    expect(run<K>('kinesis', { recordsPerSecond: 900, avgRecordKB: 0.2, consumers: 1 }).sizingRecordKiB).toBe(1);
  });
});

describe('S3 lifecycle accepts the S3 API storage-class names', () => {
  // https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html — StorageClass: GLACIER |
  // STANDARD_IA | ONEZONE_IA | INTELLIGENT_TIERING | DEEP_ARCHIVE | GLACIER_IR
  const base = { months: 12, initialGB: 1000, monthlyIngestGB: 10, avgObjectSizeKB: 512 };
  it('a pasted lifecycle configuration prices the same as our ids', () => {
    const ours = run<S3Out>('s3-lifecycle', { ...base, rules: [{ afterDays: 30, storageClass: 'standard-ia' }, { afterDays: 90, storageClass: 'glacier-flexible' }, { afterDays: 180, storageClass: 'deep-archive' }] });
    const api = run<S3Out>('s3-lifecycle', { ...base, rules: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }, { afterDays: 180, storageClass: 'DEEP_ARCHIVE' }] });
    expect(api.total).toBe(ours.total);
    for (const [name, id] of [['ONEZONE_IA', 'onezone-ia'], ['INTELLIGENT_TIERING', 'intelligent-tiering'], ['GLACIER_IR', 'glacier-ir']] as const)
      expect(run<S3Out>('s3-lifecycle', { ...base, rules: [{ afterDays: 30, storageClass: name }] }).total).toBe(run<S3Out>('s3-lifecycle', { ...base, rules: [{ afterDays: 30, storageClass: id }] }).total);
  });
  it('errors list both forms; STANDARD is understood but is not a transition target', () => {
    const m = err('s3-lifecycle', { ...base, rules: [{ afterDays: 30, storageClass: 'COLD' }] });
    expect(m).toMatch(/"COLD" is not a storage class/);
    expect(m).toMatch(/standard-ia \(STANDARD_IA\).*glacier-flexible \(GLACIER\).*deep-archive \(DEEP_ARCHIVE\)/);
    expect(err('s3-lifecycle', { ...base, rules: [{ afterDays: 30, storageClass: 'STANDARD' }] })).toMatch(/cannot transition objects to standard \(STANDARD\)/);
  });
});

describe('S3 Intelligent-Tiering tiers down by itself', () => {
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html — Infrequent
  // Access after 30 consecutive days without access, Archive Instant Access after 90; opt-in Archive Access
  // (90–730 days) and Deep Archive Access (180–730 days): https://docs.aws.amazon.com/AmazonS3/latest/API/API_Tiering.html
  // Prices and the 128 KB monitoring minimum: https://aws.amazon.com/s3/pricing/
  const base = { months: 4, initialGB: 1000, monthlyIngestGB: 0, avgObjectSizeKB: 1024, rules: [{ afterDays: 0, storageClass: 'intelligent-tiering' }] };
  it('1,000 GB untouched for 4 months: $72.48, not $112.48, and cheaper than Standard (the issue)', () => {
    const o = run<S3Out>('s3-lifecycle', base);
    // Month 1 Frequent $23; months 2–3 Infrequent 2 × $12.50; month 4 Archive Instant $4; monitoring
    // 1,024,000 objects × $0.0025 / 1,000 × 4 = $10.24; day-0 transitions 1,024,000 × $0.01 / 1,000 = $10.24.
    expect(o.months.map((m) => m.storage)).toEqual([
      { 'intelligent-tiering-frequent': 23 },
      { 'intelligent-tiering-infrequent': 12.5 },
      { 'intelligent-tiering-infrequent': 12.5 },
      { 'intelligent-tiering-archive-instant': 4 },
    ]);
    expect(o.total).toBe(72.48);
    expect(o.totals.monitoring).toBe(10.24);
    expect(o.intelligentTieringGBMonths).toEqual({ frequent: 1000, infrequent: 2000, archiveInstant: 1000 });
    expect(o.warnings.join(' ')).not.toMatch(/costs more than keeping everything in Standard/);
    expect(o.trace.some((s) => s.label === 'Over 4 months: Intelligent-Tiering Infrequent Access' && s.result === 2000)).toBe(true);
  });
  it('opt-in archive tiers at 90 and 180 days, with the 8 KB + 32 KB overhead per archived object', () => {
    const o = run<S3Out>('s3-lifecycle', { ...base, months: 8, intelligentTieringArchiveAccessDays: 90, intelligentTieringDeepArchiveAccessDays: 180 });
    expect(o.intelligentTieringGBMonths).toEqual({ frequent: 1000, infrequent: 2000, archive: 3000, deepArchive: 2000 });
    // Month 4: 1,000 GB × (1,024 + 32)/1,024 × $0.0036 = $3.7125 → $3.71; 8 KB × 1,024,000 objects = 7.8125 GB × $0.023 = $0.18
    expect(o.months[3]!.storage).toEqual({ 'intelligent-tiering-archive': 3.71, 'archive-overhead': 0.18 });
    // Month 7: × $0.00099 = $1.020937… → $1.02
    expect(o.months[6]!.storage).toEqual({ 'intelligent-tiering-deep-archive': 1.02, 'archive-overhead': 0.18 });
  });
  it('objects read every month stay in Frequent Access; small objects are neither moved nor monitored', () => {
    const o = run<S3Out>('s3-lifecycle', { ...base, monthlyAccessPercent: 100 });
    expect(o.intelligentTieringGBMonths).toEqual({ frequent: 4000 });
    const small = run<S3Out>('s3-lifecycle', { ...base, avgObjectSizeKB: 64 });
    expect(small.intelligentTieringGBMonths).toEqual({ frequent: 4000 });
    expect(small.totals.monitoring).toBe(0);
    expect(small.warnings.join(' ')).toMatch(/under 128 KB/);
  });
  it('a monthly read share splits the data: 50 % read → q = 0.5', () => {
    // Share idle ≥ 30 days = 0.5, ≥ 90 days = 0.125: days 0–30 all Frequent; days 30–60: half Infrequent.
    const d = itTierDays(30, 60, { monthlyAccessPercent: 50, monitored: true });
    expect(d.frequent! + d.infrequent!).toBeCloseTo(30, 9);
    expect(d.infrequent).toBeCloseTo(15, 9);
    expect(itTierDays(0, 30, { monthlyAccessPercent: 50, monitored: true })).toEqual({ frequent: 30 });
  });
  it('archive-tier days are validated (90–730, 180–730, deep after archive)', () => {
    expect(err('s3-lifecycle', { ...base, intelligentTieringArchiveAccessDays: 60 })).toMatch(/90 to 730/);
    expect(err('s3-lifecycle', { ...base, intelligentTieringDeepArchiveAccessDays: 800 })).toMatch(/180 to 730/);
    expect(err('s3-lifecycle', { ...base, intelligentTieringArchiveAccessDays: 200, intelligentTieringDeepArchiveAccessDays: 180 })).toMatch(/must be more than/);
    expect(err('s3-lifecycle', { ...base, monthlyAccessPercent: 101 })).toMatch(/0 to 100/);
  });
  it('the old single Intelligent-Tiering price key still overrides the Frequent Access price', () => {
    const o = run<S3Out>('s3-lifecycle', { ...base, months: 1, prices: { 's3.intelligentTiering.gbMonth': 0.03 } });
    expect(o.months[0]!.storage['intelligent-tiering-frequent']).toBe(30);
  });
  it('property: untouched, it never costs more than Standard (storage, after 30+ days); read every month, it is Frequent pricing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 36 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 128, max: 100_000 }),
        fc.option(fc.integer({ min: 90, max: 400 }), { nil: undefined }),
        fc.option(fc.integer({ min: 401, max: 730 }), { nil: undefined }),
        (months, initialGB, monthlyIngestGB, kb, archiveDays, deepDays) => {
          const input = { months, initialGB, monthlyIngestGB, avgObjectSizeKB: kb, rules: [{ afterDays: 0, storageClass: 'intelligent-tiering' }], intelligentTieringArchiveAccessDays: archiveDays, intelligentTieringDeepArchiveAccessDays: deepDays };
          const idle = run<S3Out>('s3-lifecycle', { ...input, monthlyAccessPercent: 0 });
          expect(storageSum(idle)).toBeLessThanOrEqual(idle.noLifecycle.total + 0.005 * months * 6);
          // Month by month too: from the second month on, untouched data sits in cheaper tiers.
          idle.months.forEach((m, i) => {
            const storage = Object.values(m.storage).reduce((a, b) => a + b, 0);
            if (i > 0) expect(storage).toBeLessThanOrEqual(m.noLifecycleTotal + 0.03);
          });
          const busy = run<S3Out>('s3-lifecycle', { ...input, monthlyAccessPercent: 100 });
          expect(Object.keys(busy.intelligentTieringGBMonths!)).toEqual(['frequent']);
          // Frequent Access and Standard share prices and bands, so the storage equals the no-lifecycle baseline.
          expect(Math.abs(storageSum(busy) - busy.noLifecycle.total)).toBeLessThanOrEqual(0.005 * months + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('retrieval above what is stored', () => {
  // https://aws.amazon.com/s3/pricing/ — retrieval is billed per GB actually retrieved.
  it('warns with the figure used instead of capping silently', () => {
    const o = run<S3Out>('s3-lifecycle', { months: 2, initialGB: 100, monthlyIngestGB: 0, avgObjectSizeKB: 1024, rules: [{ afterDays: 0, storageClass: 'glacier-flexible' }], retrievalGBPerMonth: 500 });
    expect(o.warnings.join(' ')).toMatch(/retrievalGBPerMonth \(500 GB\) is more than the 100 GB stored in Glacier Flexible Retrieval in month 1 \(and in 1 more month\): 100 GB was used there/);
    // 100 GB × $0.01 + 102,400 restores × $0.05 / 1,000
    expect(o.months[0]!.retrieval).toBe(6.12);
    expect(run<S3Out>('s3-lifecycle', { months: 2, initialGB: 100, monthlyIngestGB: 0, avgObjectSizeKB: 1024, rules: [{ afterDays: 0, storageClass: 'glacier-flexible' }], retrievalGBPerMonth: 50 }).warnings.join(' ')).not.toMatch(/retrievalGBPerMonth/);
  });
});

describe('non-finite results and implausible unit prices', () => {
  it('a 1e308 override is a validation error naming the key, for all five calculators', () => {
    for (const id of CALCULATOR_IDS) {
      const key = CALCULATORS[id].priceKeys[0]!;
      expect(err(id, { ...CALCULATORS[id].defaults, prices: { [key]: 1e308 } })).toBe(`prices.${key}: a unit price above 1,000,000,000 USD is not plausible`);
      expect(err(id, { ...CALCULATORS[id].defaults, prices: { [key]: -1 } })).toMatch(new RegExp(`prices\\.${key.replaceAll('.', '\\.')}: .*negative`));
    }
  });
  it('a pack with overflowing prices fails with the path and the keys, never null totals or a throw', () => {
    const huge = structuredClone(US);
    for (const p of Object.values(huge.prices)) p.usd = 1e308;
    for (const id of CALCULATOR_IDS) {
      const m = err(id, CALCULATORS[id].defaults, huge);
      expect(m).toMatch(/is not a finite number at \S+/);
      expect(m).toContain(CALCULATORS[id].priceKeys.find((k) => m.includes(k)) ?? '∅');
    }
  });
  it('firstNonFinite finds the first bad number by path', () => {
    expect(firstNonFinite({ a: 1, b: [2, { c: Number.POSITIVE_INFINITY }] })).toBe('b[1].c');
    expect(firstNonFinite({ a: null, b: 'x', c: [1, 2] })).toBeNull();
    expect(firstNonFinite(Number.NaN)).toBe('(result)');
  });
});
