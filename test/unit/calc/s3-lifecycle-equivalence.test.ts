/**
 * The S3 lifecycle month loop was restructured for speed (index arrays and per-class figures looked up once
 * instead of Maps rebuilt every month). It must not change any result: over many random valid inputs the
 * output — every month, total, trace step and warning — is identical, bit for bit, to the frozen reference.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { s3Lifecycle, s3LifecycleInput } from '../../../src/shared/calc/s3Lifecycle';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';
import { s3Lifecycle as reference } from './s3LifecycleReference';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = (r: string): PricePack => pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', `${r}.json`), 'utf8')));
const PACKS = [pack('us-east-1'), pack('eu-central-1')];
const CLASSES = ['standard-ia', 'intelligent-tiering', 'onezone-ia', 'glacier-ir', 'glacier-flexible', 'deep-archive'] as const;
const OVERRIDABLE = ['s3.standard.gbMonth', 's3.intelligentTiering.gbMonth', 's3.glacierIr.gbMonth', 's3.deepArchive.transitionPer1000', 's3.intelligentTiering.monitoringPer1000Objects'];

/** Either the output or the error a run throws, so both sides can be compared whatever happens. */
function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    return { threw: String(e) };
  }
}

const rawInput = fc.record(
  {
    months: fc.integer({ min: 1, max: 48 }),
    initialGB: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
    monthlyIngestGB: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e8, noNaN: true })),
    avgObjectSizeKB: fc.oneof(fc.double({ min: 0.5, max: 5e6, noNaN: true }), fc.constantFrom(1, 64, 128, 512, 1024)),
    picked: fc.subarray([...CLASSES]),
    gaps: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 6, maxLength: 6 }),
    expire: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
    retrievalGBPerMonth: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
    retrievalTier: fc.constantFrom('expedited', 'standard', 'bulk'),
    monthlyAccessPercent: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
    archiveDays: fc.option(fc.integer({ min: 90, max: 730 }), { nil: undefined }),
    deepDays: fc.option(fc.integer({ min: 180, max: 730 }), { nil: undefined }),
    override: fc.option(fc.tuple(fc.constantFrom(...OVERRIDABLE), fc.double({ min: 0, max: 10, noNaN: true })), { nil: undefined }),
    region: fc.constantFrom(0, 1),
  },
  { requiredKeys: ['months', 'initialGB', 'monthlyIngestGB', 'avgObjectSizeKB', 'picked', 'gaps', 'retrievalGBPerMonth', 'retrievalTier', 'monthlyAccessPercent', 'region'] },
);

describe('S3 lifecycle: restructured loop vs the frozen reference', () => {
  it('gives identical results over many random valid inputs', () => {
    let compared = 0;
    fc.assert(
      fc.property(rawInput, (r) => {
        let day = 0;
        const rules = r.picked.map((storageClass, i) => ({ afterDays: (day += r.gaps[i]! + (i === 0 ? 0 : 1)), storageClass }));
        const p = PACKS[r.region]!;
        const parsed = s3LifecycleInput.safeParse({
          region: p.region,
          months: r.months,
          initialGB: r.initialGB,
          monthlyIngestGB: r.monthlyIngestGB,
          avgObjectSizeKB: r.avgObjectSizeKB,
          rules,
          ...(r.expire !== undefined ? { expireAfterDays: r.expire } : {}),
          retrievalGBPerMonth: r.retrievalGBPerMonth,
          retrievalTier: r.retrievalTier,
          monthlyAccessPercent: r.monthlyAccessPercent,
          ...(r.archiveDays !== undefined ? { intelligentTieringArchiveAccessDays: r.archiveDays } : {}),
          ...(r.deepDays !== undefined ? { intelligentTieringDeepArchiveAccessDays: r.deepDays } : {}),
          ...(r.override ? { prices: { [r.override[0]]: r.override[1] } } : {}),
        });
        fc.pre(parsed.success);
        compared++;
        const input = parsed.data!;
        expect(outcome(() => s3Lifecycle(input, p))).toStrictEqual(outcome(() => reference(input, p)));
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(100);
  }, 120_000);

  it('is identical on the bench input (10 years, the longest waterfall, expiry)', () => {
    const input = s3LifecycleInput.parse({
      region: 'us-east-1',
      months: 120,
      initialGB: 10_000,
      monthlyIngestGB: 1000,
      avgObjectSizeKB: 512,
      rules: [
        { afterDays: 30, storageClass: 'standard-ia' },
        { afterDays: 60, storageClass: 'intelligent-tiering' },
        { afterDays: 120, storageClass: 'onezone-ia' },
        { afterDays: 210, storageClass: 'glacier-ir' },
        { afterDays: 300, storageClass: 'glacier-flexible' },
        { afterDays: 400, storageClass: 'deep-archive' },
      ],
      expireAfterDays: 3000,
    });
    expect(s3Lifecycle(input, PACKS[0]!)).toStrictEqual(reference(input, PACKS[0]!));
  });
});
