/** Invariants every calculator must keep, whatever the input (fast-check), plus the validation contract. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PRICE_KEYS, CALCULATORS, PRICE_KEYS, runCalculator } from '../../../src/shared/calc';
import { approx, ceilDiv, fromMicros, roundCents, toMicros, usd } from '../../../src/shared/calc/money';
import { REGIONS } from '../../../src/shared/kb/provenance';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = (r: string): PricePack => pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', `${r}.json`), 'utf8')));
const US = pack('us-east-1');

function run<T>(id: string, input: Record<string, unknown>, ctx = {}): T {
  const r = runCalculator(id, input, US, ctx);
  if (!r.ok) throw new Error(`${id}: ${r.error.message}`);
  return r.value as T;
}
function err(id: string, input: unknown): { message: string; issues?: { path: string }[] } {
  const r = runCalculator(id, input, US);
  if (r.ok) throw new Error('expected a validation error');
  expect(r.error.code).toBe('VALIDATION');
  return r.error;
}
/** Display totals are rounded once from the exact sum; each line is rounded on its own. */
function linesAddUp(lines: Record<string, number>, total: number): void {
  const n = Object.keys(lines).length;
  const s = Object.values(lines).reduce((a, b) => a + b, 0);
  expect(Math.abs(s - total)).toBeLessThanOrEqual(0.005 * (n + 1) + 1e-9);
}

describe('money helpers', () => {
  it('rounding to cents is idempotent, half-up and within half a cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (micros) => {
        const x = usd(micros).div(1e6);
        const c = roundCents(x);
        expect(roundCents(usd(c))).toBe(c);
        // Compared in decimals: a float difference of numbers near 1e5 carries ~1e-11 of its own error.
        expect(usd(c).minus(x).abs().lte('0.005')).toBe(true);
        expect(fromMicros(micros)).toBe(c);
      }),
    );
    expect(roundCents(usd('0.005'))).toBe(0.01);
    expect(roundCents(usd('2.345'))).toBe(2.35);
  });
  it('micro-dollars add exactly where floats drift', () => {
    const floats = Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0);
    expect(floats).not.toBe(1);
    expect(Array.from({ length: 10 }, () => toMicros(0.1)).reduce((a, b) => a + b, 0)).toBe(1_000_000);
  });
  it('ceilDiv never undercounts and ignores float noise', () => {
    expect(ceilDiv(0.3, 0.1)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e4 }), (a, b) => {
        const q = ceilDiv(a, b);
        expect(q * b).toBeGreaterThanOrEqual(a);
        expect((q - 1) * b).toBeLessThan(a);
      }),
    );
    expect(approx(0.1 + 0.2, 0.3)).toBe(true);
    expect(approx(1, 1.001)).toBe(false);
  });
});

describe('DynamoDB invariants', () => {
  const consistency = fc.constantFrom('eventual', 'strong', 'transactional');
  it('more reads or bigger items never need fewer RCU/WCU; units are whole', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 399, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 5000 }), consistency, (kb, dkb, n, dn, c) => {
        const a = run<{ rcu: number; wcu: number }>('dynamodb', { itemSizeKB: kb, readsPerSecond: n, writesPerSecond: n, readConsistency: c });
        const b = run<{ rcu: number; wcu: number }>('dynamodb', { itemSizeKB: kb + dkb, readsPerSecond: n + dn, writesPerSecond: n + dn, readConsistency: c });
        expect(Number.isInteger(a.rcu) && Number.isInteger(a.wcu)).toBe(true);
        expect(b.rcu).toBeGreaterThanOrEqual(a.rcu);
        expect(b.wcu).toBeGreaterThanOrEqual(a.wcu);
      }),
      { numRuns: 200 },
    );
  });
  it('eventual ≤ strong ≤ transactional, and strong is at most twice eventual (plus rounding)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 400, noNaN: true }), fc.integer({ min: 0, max: 100_000 }), (kb, n) => {
        const r = (c: string): number => run<{ rcu: number }>('dynamodb', { itemSizeKB: kb, readsPerSecond: n, readConsistency: c, writesPerSecond: 0 }).rcu;
        const [e, s, t] = [r('eventual'), r('strong'), r('transactional')];
        expect(e).toBeLessThanOrEqual(s);
        expect(s).toBeLessThanOrEqual(t);
        expect(t).toBe(2 * s);
        expect(s).toBeLessThanOrEqual(2 * e);
      }),
      { numRuns: 150 },
    );
  });
  it('cost lines add up to the totals, and break-even is where provisioned equals on-demand', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 400, noNaN: true }), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 5000 }), (kb, r, w, gb) => {
        const o = run<{ monthly: { provisioned: Record<string, number>; onDemand: Record<string, number> }; breakEvenUtilizationPct: number }>('dynamodb', { itemSizeKB: kb, readsPerSecond: r, writesPerSecond: w, storageGB: gb });
        for (const m of [o.monthly.provisioned, o.monthly.onDemand]) {
          const { total, ...lines } = m;
          linesAddUp(lines, total!);
        }
        expect(o.breakEvenUtilizationPct).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('Kinesis invariants', () => {
  it('shards cover every per-shard limit and grow with throughput', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.double({ min: 0.1, max: 1024, noNaN: true }), fc.integer({ min: 0, max: 10 }), (n, kb, c) => {
        const a = run<{ shards: number; shardsByLimit: Record<string, number>; bindingLimit: string }>('kinesis', { recordsPerSecond: n, avgRecordKB: kb, consumers: c });
        const b = run<{ shards: number }>('kinesis', { recordsPerSecond: n + 1000, avgRecordKB: kb, consumers: c });
        expect(a.shards * 1000).toBeGreaterThanOrEqual(n);
        expect(a.shards * 1024).toBeGreaterThanOrEqual(n * kb - 1e-6);
        expect(a.shards * 2 * 1024).toBeGreaterThanOrEqual(n * kb * c - 1e-6);
        expect(a.shards).toBe(Math.max(1, ...Object.values(a.shardsByLimit)));
        expect(a.shardsByLimit[a.bindingLimit]).toBe(Math.max(...Object.values(a.shardsByLimit)));
        expect(b.shards).toBeGreaterThanOrEqual(a.shards);
      }),
      { numRuns: 200 },
    );
  });
  it('monthly lines add up to the total in both modes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.double({ min: 0.1, max: 1024, noNaN: true }), fc.constantFrom('provisioned', 'on-demand'), fc.integer({ min: 24, max: 8760 }), (n, kb, mode, h) => {
        const o = run<{ monthly: Record<string, number> }>('kinesis', { recordsPerSecond: n, avgRecordKB: kb, mode, retentionHours: h, efoConsumers: 1 });
        const { total, ...lines } = o.monthly;
        linesAddUp(lines, total!);
      }),
      { numRuns: 150 },
    );
  });
});

describe('Lambda invariants', () => {
  it('billed duration is the next whole ms; arm64 never costs more than x86; more never costs less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0.1, max: 60_000, noNaN: true }), fc.integer({ min: 128, max: 10_240 }), fc.boolean(), (req, ms, mem, free) => {
        const x = run<{ billedDurationMs: number; monthly: Record<string, number> }>('lambda', { requestsPerMonth: req, avgDurationMs: ms, memoryMB: mem, includeFreeTier: free });
        const a = run<{ monthly: Record<string, number> }>('lambda', { requestsPerMonth: req, avgDurationMs: ms, memoryMB: mem, includeFreeTier: free, architecture: 'arm64' });
        const more = run<{ monthly: Record<string, number> }>('lambda', { requestsPerMonth: req + 1, avgDurationMs: ms + 1, memoryMB: mem, includeFreeTier: free });
        expect(x.billedDurationMs).toBeGreaterThanOrEqual(ms - 1e-9);
        expect(x.billedDurationMs - ms).toBeLessThan(1);
        expect(a.monthly.total).toBeLessThanOrEqual(x.monthly.total!);
        expect(more.monthly.total).toBeGreaterThanOrEqual(x.monthly.total!);
        const { total, ...lines } = x.monthly;
        linesAddUp(lines, total!);
      }),
      { numRuns: 200 },
    );
  });
});

describe('EBS invariants', () => {
  it('gp2 baseline is 3 IOPS/GiB within 100–16,000; gp3 cost grows with size, IOPS and throughput', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (size) => {
        const o = run<{ baselineIops: number }>('ebs', { volumeType: 'gp2', sizeGiB: size });
        expect(o.baselineIops).toBe(Math.min(16_000, Math.max(100, 3 * size)));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 60_000 }), fc.integer({ min: 3000, max: 3000 }), (size, base) => {
        const iops = Math.min(80_000, base + size);
        const tput = Math.min(2000, 125 + Math.floor(size / 100), iops / 4);
        const a = run<{ monthly: Record<string, number> }>('ebs', { volumeType: 'gp3', sizeGiB: size, iops, throughputMiBps: tput });
        const b = run<{ monthly: Record<string, number> }>('ebs', { volumeType: 'gp3', sizeGiB: size + 1, iops, throughputMiBps: tput });
        expect(b.monthly.total).toBeGreaterThanOrEqual(a.monthly.total!);
        const { total, ...lines } = a.monthly;
        linesAddUp(lines, total!);
      }),
      { numRuns: 200 },
    );
  });
  it('recommend mode returns a volume that meets the need, cheapest first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1500 }), (size, needIops, needMiBps) => {
        fc.pre(needIops + needMiBps > 0);
        const r = runCalculator('ebs', { mode: 'recommend', sizeGiB: size, requiredIops: needIops || undefined, requiredThroughputMiBps: needMiBps || undefined }, US);
        if (!r.ok) return; // no single volume meets it: a clear validation error is fine
        const o = r.value as { maxIops: number; throughputMiBps: number; recommendations: { monthly: { total: number } }[] };
        expect(o.maxIops).toBeGreaterThanOrEqual(needIops);
        expect(o.throughputMiBps).toBeGreaterThanOrEqual(needMiBps);
        const totals = o.recommendations.map((x) => x.monthly.total);
        expect([...totals].sort((a, b) => a - b)).toEqual(totals);
      }),
      { numRuns: 150 },
    );
  });
});

describe('S3 lifecycle invariants', () => {
  const classes = ['standard-ia', 'intelligent-tiering', 'onezone-ia', 'glacier-ir', 'glacier-flexible', 'deep-archive'] as const;
  it('with no rules it equals the no-lifecycle baseline; totals and cumulative rows agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.subarray([...classes], { minLength: 0, maxLength: 3 }),
        fc.integer({ min: 30, max: 200 }),
        (months, initialGB, monthlyIngestGB, kb, picked, gap) => {
          const rules = picked.map((storageClass, i) => ({ afterDays: 30 + i * gap, storageClass }));
          const o = run<{ months: { total: number; cumulative: number }[]; total: number; totals: Record<string, number>; noLifecycle: { total: number } }>('s3-lifecycle', {
            months,
            initialGB,
            monthlyIngestGB,
            avgObjectSizeKB: kb,
            rules,
          });
          if (!rules.length) expect(o.total).toBe(o.noLifecycle.total);
          let prev = 0;
          for (const m of o.months) {
            expect(m.total).toBeGreaterThanOrEqual(0);
            expect(m.cumulative).toBeGreaterThanOrEqual(prev);
            prev = m.cumulative;
          }
          expect(o.months.at(-1)!.cumulative).toBe(o.total);
          linesAddUp(o.totals, o.total);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('validation contract', () => {
  it('names the field for NaN, negative, empty, wrong-type and absurd values', () => {
    expect(err('dynamodb', {}).message).toMatch(/itemSizeKB/);
    expect(err('dynamodb', { itemSizeKB: Number.NaN, readsPerSecond: 1, writesPerSecond: 1 }).message).toMatch(/itemSizeKB/);
    expect(err('dynamodb', { itemSizeKB: 1, readsPerSecond: '10', writesPerSecond: 1 }).message).toMatch(/readsPerSecond must be a number/);
    expect(err('dynamodb', { itemSizeKB: 1, readsPerSecond: 1e12, writesPerSecond: 1 }).message).toMatch(/readsPerSecond above .* not plausible/);
    expect(err('kinesis', { recordsPerSecond: -5, avgRecordKB: 1 }).message).toMatch(/recordsPerSecond/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 0, memoryMB: 128 }).message).toMatch(/avgDurationMs/);
    expect(err('ebs', { volumeType: 'gp3' }).message).toMatch(/sizeGiB/);
    expect(err('s3-lifecycle', { months: 0, initialGB: 1, monthlyIngestGB: 0, avgObjectSizeKB: 1 }).message).toMatch(/months/);
    expect(err('dynamodb', null).message.length).toBeGreaterThan(5);
    expect(err('dynamodb', { itemSizeKB: 1, readsPerSecond: 1, writesPerSecond: 1, colour: 'red' }).message).toMatch(/colour/);
  });
  it('rejects the issue\'s impossible inputs', () => {
    expect(err('dynamodb', { itemSizeKB: 400.5, readsPerSecond: 1, writesPerSecond: 1 }).message).toMatch(/400 KB/);
    expect(err('kinesis', { recordsPerSecond: 1, avgRecordKB: 1025 }).message).toMatch(/1 MiB/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 127 }).message).toMatch(/128 and 10,240/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 10_241 }).message).toMatch(/128 and 10,240/);
    expect(err('ebs', { volumeType: 'io2', sizeGiB: 10, iops: 20_000 }).message).toMatch(/1000 IOPS per GiB/);
    expect(err('ebs', { volumeType: 'gp3', sizeGiB: 70_000 }).message).toMatch(/sizeGiB/);
    expect(err('ebs', { volumeType: 'gp2', sizeGiB: 100, iops: 500 }).message).toMatch(/gp2 IOPS follow size/);
    expect(err('ebs', { volumeType: 'sc1', sizeGiB: 500, iops: 100 }).message).toMatch(/cannot be provisioned/);
    expect(err('s3-lifecycle', { months: 12, initialGB: 1, monthlyIngestGB: 0, avgObjectSizeKB: 512, rules: [{ afterDays: 30, storageClass: 'glacier-flexible' }, { afterDays: 90, storageClass: 'standard-ia' }] }).message).toMatch(/colder/);
    expect(err('s3-lifecycle', { months: 12, initialGB: 1, monthlyIngestGB: 0, avgObjectSizeKB: 512, rules: [{ afterDays: 30, storageClass: 'standard-ia' }, { afterDays: 45, storageClass: 'onezone-ia' }] }).message).toMatch(/30 days in their current class/);
    expect(err('s3-lifecycle', { months: 12, initialGB: 1, monthlyIngestGB: 0, avgObjectSizeKB: 512, rules: [{ afterDays: 90, storageClass: 'glacier-ir' }], expireAfterDays: 60 }).message).toMatch(/expireAfterDays/);
  });
  it('unknown calculators and price keys list what is valid; overrides are marked in the trace', () => {
    expect(err('ec2', {}).message).toMatch(/dynamodb, kinesis, lambda, ebs, s3-lifecycle/);
    const e = err('kinesis', { recordsPerSecond: 1, avgRecordKB: 1, prices: { 'kinesis.shardHour': 0.01 } });
    expect(e.message).toMatch(/unknown key\(s\) kinesis\.shardHour/);
    expect(e.message).toMatch(/kinesis\.provisioned\.shardHour/);
    const o = run<{ monthly: { shardHours: number }; trace: { fact?: { priceKey?: string; overridden?: boolean } }[] }>('kinesis', { recordsPerSecond: 1000, avgRecordKB: 1, hoursPerMonth: 100, prices: { 'kinesis.provisioned.shardHour': 0.01 } });
    expect(o.monthly.shardHours).toBe(1);
    expect(o.trace.find((s) => s.fact?.priceKey === 'kinesis.provisioned.shardHour')?.fact?.overridden).toBe(true);
    expect(o.trace.find((s) => s.fact?.priceKey === 'kinesis.provisioned.putPayloadUnitMillion')?.fact?.overridden).toBeUndefined();
  });
  it('every region pack defines every price key, and each calculator lists its keys', () => {
    for (const r of REGIONS) {
      const p = pack(r);
      expect(p.region).toBe(r);
      for (const k of ALL_PRICE_KEYS) expect(p.prices[k], `${r} ${k}`).toBeDefined();
    }
    for (const [id, c] of Object.entries(CALCULATORS)) expect(c.priceKeys).toEqual(PRICE_KEYS[id as keyof typeof PRICE_KEYS]);
  });
});

describe('EBS instance cross-check', () => {
  const ctx = { instanceLimits: (t: string) => (t === 'm5.large' ? { ebsBaselineIops: 3600, ebsMaxIops: 18_750, ebsMaxBandwidthMbps: 4750 } : undefined) };
  it('warns when the volume outruns the instance baseline but not its burst maximum', () => {
    const o = run<{ bottleneck: string; warnings: string[] }>('ebs', { volumeType: 'gp3', sizeGiB: 100, iops: 10_000, instanceType: 'm5.large' }, ctx);
    expect(o.bottleneck).toBe('volume');
    expect(o.warnings.join(' ')).toMatch(/sustains 3,600 EBS IOPS/);
  });
  it('gives what the pair sustains: the lower baseline of volume and instance', () => {
    type Out = { effectiveIops: number; sustainedIops?: number; sustainedThroughputMiBps?: number };
    const o = run<Out>('ebs', { volumeType: 'gp3', sizeGiB: 100, iops: 10_000, throughputMiBps: 700, instanceType: 'm5.large' }, ctx);
    expect(o.effectiveIops).toBe(10_000);
    expect(o.sustainedIops).toBe(3600);
    // No baseline throughput given: the maximum bandwidth, 4,750 Mbps = 593.75 MB/s = 566.2 MiB/s.
    expect(o.sustainedThroughputMiBps).toBe(566.2);
    const small = run<Out>('ebs', { volumeType: 'gp3', sizeGiB: 100, iops: 3000, instanceType: 'm5.large' }, ctx);
    expect(small.sustainedIops).toBe(3000);
    expect(small.sustainedThroughputMiBps).toBe(125);
    expect(run<Out>('ebs', { volumeType: 'gp3', sizeGiB: 100 }).sustainedIops).toBeUndefined();
    const withBaseline = {
      instanceLimits: () => ({ ebsBaselineIops: 3600, ebsMaxIops: 40_000, ebsBaselineThroughputMBps: 81.25, ebsMaxBandwidthMbps: 10_000 }),
    };
    const m7i = run<Out & { warnings: string[] }>('ebs', { volumeType: 'gp3', sizeGiB: 2000, iops: 5000, throughputMiBps: 200, instanceType: 'm7i.large' }, withBaseline);
    expect(m7i.sustainedThroughputMiBps).toBe(77.5);
    expect(m7i.warnings.join(' ')).toMatch(/81\.25 MB\/s ≈ 77\.5 MiB\/s of EBS throughput \(baseline\)/);
  });
  it('says the check was skipped when the EC2 table or the instance is missing', () => {
    expect(run<{ warnings: string[] }>('ebs', { volumeType: 'gp3', sizeGiB: 100, instanceType: 'm5.large' }).warnings.join(' ')).toMatch(/table is not available/);
    expect(run<{ warnings: string[] }>('ebs', { volumeType: 'gp3', sizeGiB: 100, instanceType: 'zz9.huge' }, ctx).warnings.join(' ')).toMatch(/not in the EC2 table/);
  });
  it('gp2 recommendations are sized for sustained throughput (0.75 MiB/s per GiB)', () => {
    const o = run<{ recommendations: { volumeType: string; sizeGiB: number }[] }>('ebs', { mode: 'recommend', sizeGiB: 100, requiredThroughputMiBps: 200 });
    expect(o.recommendations.find((r) => r.volumeType === 'gp2')?.sizeGiB).toBe(267);
  });
});
