import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, runCalculator } from '../../../src/shared/calc';
import { approx } from '../../../src/shared/calc/money';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';
import { REGIONS } from '../../../src/shared/kb/provenance';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = (r = 'us-east-1'): PricePack => pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', `${r}.json`), 'utf8')));
const US = pack();

function run<T = Record<string, unknown>>(id: string, input: Record<string, unknown>, p = US, ctx = {}): T {
  const r = runCalculator(id, input, p, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}
function err(id: string, input: Record<string, unknown>): string {
  const r = runCalculator(id, input, US);
  if (r.ok) throw new Error('expected a validation error');
  return r.error.message;
}

describe('DynamoDB', () => {
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html
  it('reproduces the developer guide example: 80 strong reads/s of 3 KB = 80 RCU; 100 writes/s of 512 B = 100 WCU', () => {
    const o = run<{ rcu: number; wcu: number; monthly: { provisioned: { reads: number; writes: number } } }>('dynamodb', {
      itemSizeKB: 3,
      readsPerSecond: 80,
      readConsistency: 'strong',
      writesPerSecond: 100,
      writeMode: 'standard',
    });
    expect(o.rcu).toBe(80);
    const w = run<{ wcu: number }>('dynamodb', { itemSizeKB: 0.5, readsPerSecond: 0, writesPerSecond: 100 });
    expect(w.wcu).toBe(100);
    // us-east-1: 80 × 730 × $0.00013 = $7.592. Writes of these 3 KB items take 3 WCU each → 300 × 730 × $0.00065.
    expect(o.monthly.provisioned.reads).toBe(7.59);
    expect(o.wcu).toBe(300);
    expect(o.monthly.provisioned.writes).toBe(142.35);
  });

  it('rounds item size up to 4 KB for reads and 1 KB for writes; eventual = half, transactional = double', () => {
    const base = { itemSizeKB: 6, readsPerSecond: 100, writesPerSecond: 10 };
    expect(run<{ rcu: number }>('dynamodb', { ...base, readConsistency: 'strong' }).rcu).toBe(200);
    expect(run<{ rcu: number }>('dynamodb', { ...base, readConsistency: 'eventual' }).rcu).toBe(100);
    expect(run<{ rcu: number }>('dynamodb', { ...base, readConsistency: 'transactional' }).rcu).toBe(400);
    expect(run<{ wcu: number }>('dynamodb', { ...base, itemSizeKB: 2.5 }).wcu).toBe(30);
    expect(run<{ wcu: number }>('dynamodb', { ...base, itemSizeKB: 2.5, writeMode: 'transactional' }).wcu).toBe(60);
  });

  it('prices on-demand per million request units and finds the break-even utilisation', () => {
    const o = run<{ monthly: { onDemand: { reads: number; writes: number } }; breakEvenUtilizationPct: number }>('dynamodb', {
      itemSizeKB: 1,
      readsPerSecond: 100,
      readConsistency: 'strong',
      writesPerSecond: 100,
    });
    // 100 × 2,628,000 s = 262.8 M RRU × $0.125 = $32.85; WRU × $0.625 = $164.25
    expect(o.monthly.onDemand.reads).toBe(32.85);
    expect(o.monthly.onDemand.writes).toBe(164.25);
    // $0.00013 per RCU-hour vs 3,600 RRU × $0.125/M = $0.00045 → 28.9 %
    expect(o.breakEvenUtilizationPct).toBe(28.9);
  });

  it('rejects items over 400 KB and negative or missing rates with the field named', () => {
    expect(err('dynamodb', { itemSizeKB: 401, readsPerSecond: 1, writesPerSecond: 1 })).toMatch(/itemSizeKB.*400 KB/);
    expect(err('dynamodb', { itemSizeKB: 1, readsPerSecond: -1, writesPerSecond: 1 })).toMatch(/readsPerSecond.*negative/);
    expect(err('dynamodb', { itemSizeKB: 1, writesPerSecond: 1 })).toMatch(/readsPerSecond/);
    expect(err('dynamodb', { itemSizeKB: Number.NaN, readsPerSecond: 1, writesPerSecond: 1 })).toMatch(/itemSizeKB/);
  });

  it('more reads never need fewer RCUs, and RCU is always a whole number (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 400, noNaN: true }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), fc.constantFrom('eventual', 'strong', 'transactional'), (kb, reads, extra, c) => {
        const a = run<{ rcu: number }>('dynamodb', { itemSizeKB: kb, readsPerSecond: reads, writesPerSecond: 0, readConsistency: c });
        const b = run<{ rcu: number }>('dynamodb', { itemSizeKB: kb, readsPerSecond: reads + extra, writesPerSecond: 0, readConsistency: c });
        expect(Number.isInteger(a.rcu)).toBe(true);
        expect(b.rcu).toBeGreaterThanOrEqual(a.rcu);
        expect(a.rcu).toBeGreaterThanOrEqual((reads * Math.ceil(kb / 4 - 1e-9) * (c === 'eventual' ? 0.5 : c === 'strong' ? 1 : 2)) - 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Lambda', () => {
  // https://aws.amazon.com/lambda/pricing/ — 3 M requests, 512 MB, 1 s each, with the free tier: $18.73
  it('reproduces the pricing page example', () => {
    const o = run<{ gbSeconds: number; monthly: { compute: number; requests: number; total: number } }>('lambda', {
      requestsPerMonth: 3_000_000,
      avgDurationMs: 1000,
      memoryMB: 512,
      includeFreeTier: true,
    });
    expect(o.gbSeconds).toBe(1_500_000);
    expect(o.monthly.compute).toBe(18.33);
    expect(o.monthly.requests).toBe(0.4);
    expect(o.monthly.total).toBe(18.73);
  });

  it('bills duration per 1 ms, arm64 cheaper per GB-second, ephemeral storage above 512 MB', () => {
    const a = run<{ billedDurationMs: number }>('lambda', { requestsPerMonth: 1, avgDurationMs: 1.2, memoryMB: 128 });
    expect(a.billedDurationMs).toBe(2);
    const x86 = run<{ monthly: { compute: number } }>('lambda', { requestsPerMonth: 10_000_000, avgDurationMs: 200, memoryMB: 1024 });
    const arm = run<{ monthly: { compute: number } }>('lambda', { requestsPerMonth: 10_000_000, avgDurationMs: 200, memoryMB: 1024, architecture: 'arm64' });
    expect(arm.monthly.compute).toBeLessThan(x86.monthly.compute);
    // 2 M GB-s × $0.0000166667 = $33.33
    expect(x86.monthly.compute).toBe(33.33);
    const eph = run<{ monthly: { ephemeralStorage: number } }>('lambda', { requestsPerMonth: 1_000_000, avgDurationMs: 1000, memoryMB: 128, ephemeralStorageMB: 10240 });
    // 1 M s × 9.5 GB × $0.0000000309 = $0.29
    expect(eph.monthly.ephemeralStorage).toBe(0.29);
  });

  it('applies the tier boundary at 6 billion GB-seconds (x86)', () => {
    const o = run<{ monthly: { compute: number } }>('lambda', { requestsPerMonth: 7_000_000_000, avgDurationMs: 1000, memoryMB: 1024 });
    // 6e9 × 0.0000166667 + 1e9 × 0.000015 = 100,000.2 + 15,000
    expect(o.monthly.compute).toBe(115000.2);
  });

  it('rejects memory outside 128–10,240 MB and durations over 15 minutes', () => {
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 64 })).toMatch(/128 and 10,240/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 20_000 })).toMatch(/128 and 10,240/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 130.5 })).toMatch(/1 MB steps/);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 900_001, memoryMB: 128 })).toMatch(/15 minutes/);
  });

  it('cost is monotonic in requests, duration and memory (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 128, max: 10_240 }), (req, ms, mem) => {
        const a = run<{ monthly: { total: number } }>('lambda', { requestsPerMonth: req, avgDurationMs: ms, memoryMB: mem });
        const b = run<{ monthly: { total: number } }>('lambda', { requestsPerMonth: req + 1000, avgDurationMs: ms + 1, memoryMB: Math.min(10_240, mem + 1) });
        expect(b.monthly.total).toBeGreaterThanOrEqual(a.monthly.total);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Kinesis', () => {
  it('finds the binding limit: bandwidth, records or egress', () => {
    // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html (1 MiB/s or 1,000 records/s in, 2 MiB/s out)
    const bw = run<{ shards: number; bindingLimit: string }>('kinesis', { recordsPerSecond: 100, avgRecordKB: 35, consumers: 1 });
    expect(bw).toMatchObject({ shards: 4, bindingLimit: 'ingress-mbps' }); // 3.42 MiB/s
    // Records are sized as at least 1 KiB (AWS's sizing formula), so the record limit binds just past a multiple
    // of 1,000: 5,050 records/s need ceil(5.05) = 6 shards for records, ceil(5,050 KiB ÷ 1,024) = 5 for bandwidth.
    const rec = run<{ shards: number; bindingLimit: string }>('kinesis', { recordsPerSecond: 5050, avgRecordKB: 0.1, consumers: 1 });
    expect(rec).toMatchObject({ shards: 6, bindingLimit: 'ingress-records' });
    const eg = run<{ shards: number; bindingLimit: string }>('kinesis', { recordsPerSecond: 1000, avgRecordKB: 1, consumers: 5 });
    expect(eg).toMatchObject({ shards: 3, bindingLimit: 'egress' }); // 0.977 × 5 ÷ 2 = 2.44
  });

  it('prices shard hours and 25 KB PUT payload units (us-east-1)', () => {
    const o = run<{ monthly: { shardHours: number; putPayloadUnits: number } }>('kinesis', { recordsPerSecond: 100, avgRecordKB: 35, consumers: 1, hoursPerMonth: 744 });
    expect(o.monthly.shardHours).toBe(44.64); // 4 × 744 × $0.015
    // 100 records/s × 2 units × 2,678,400 s = 535.68 M units × $0.014
    expect(o.monthly.putPayloadUnits).toBe(7.5);
  });

  it('rejects records over 1 MiB', () => {
    expect(err('kinesis', { recordsPerSecond: 1, avgRecordKB: 1025 })).toMatch(/1 MiB/);
  });

  it('more throughput never needs fewer shards (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.1, max: 1024, noNaN: true }), fc.integer({ min: 0, max: 10 }), (r, kb, c) => {
        const a = run<{ shards: number }>('kinesis', { recordsPerSecond: r, avgRecordKB: kb, consumers: c });
        const b = run<{ shards: number }>('kinesis', { recordsPerSecond: r * 2, avgRecordKB: kb, consumers: c });
        expect(b.shards).toBeGreaterThanOrEqual(a.shards);
        expect(a.shards).toBeGreaterThanOrEqual(Math.ceil(r / 1000));
      }),
      { numRuns: 200 },
    );
  });
});

describe('EBS', () => {
  // https://aws.amazon.com/ebs/pricing/ — gp3: 3,000 IOPS and 125 MiB/s included
  it('gp3: 2,000 GiB with 5,000 IOPS and 200 MiB/s = $160 + $10 + $3', () => {
    const o = run<{ monthly: { storage: number; iops: number; throughput: number; total: number } }>('ebs', { volumeType: 'gp3', sizeGiB: 2000, iops: 5000, throughputMiBps: 200 });
    expect(o.monthly).toEqual({ storage: 160, iops: 10, throughput: 3, total: 173 });
  });

  it('io2 prices IOPS in tiers: 80,000 IOPS = 32,000 × 0.065 + 32,000 × 0.0455 + 16,000 × 0.03185', () => {
    const o = run<{ monthly: { iops: number } }>('ebs', { volumeType: 'io2', sizeGiB: 100, iops: 80_000 });
    expect(o.monthly.iops).toBe(4045.6);
  });

  it('gp2 baseline, burst and burst duration from a full bucket', () => {
    const o = run<{ baselineIops: number; burstIops: number; burstSeconds: number }>('ebs', { volumeType: 'gp2', sizeGiB: 100 });
    expect(o.baselineIops).toBe(300);
    expect(o.burstIops).toBe(3000);
    expect(o.burstSeconds).toBe(2000); // 5,400,000 ÷ (3,000 − 300)
    expect(run<{ baselineIops: number; burstIops: null }>('ebs', { volumeType: 'gp2', sizeGiB: 6000 })).toMatchObject({ baselineIops: 16000, burstIops: null });
  });

  it('enforces size, IOPS:GiB and maximum rules with clear errors', () => {
    expect(err('ebs', { volumeType: 'gp3', sizeGiB: 100, iops: 80_000 })).toMatch(/500 IOPS per GiB/);
    expect(err('ebs', { volumeType: 'io1', sizeGiB: 100, iops: 6000 })).toMatch(/50 IOPS per GiB/);
    expect(err('ebs', { volumeType: 'st1', sizeGiB: 100 })).toMatch(/125/);
    expect(err('ebs', { volumeType: 'io2', sizeGiB: 100 })).toMatch(/iops/);
    expect(err('ebs', { volumeType: 'gp3', sizeGiB: 1000, iops: 4000, throughputMiBps: 1500 })).toMatch(/0.25 MiB\/s per provisioned IOPS/);
  });

  it('warns when the instance, not the volume, is the bottleneck', () => {
    const ctx = { instanceLimits: (t: string) => (t === 't3.micro' ? { ebsMaxIops: 11_800, ebsBaselineIops: 500, ebsMaxBandwidthMbps: 2085 } : undefined) };
    const o = run<{ bottleneck: string; effectiveIops: number; warnings: string[] }>('ebs', { volumeType: 'gp3', sizeGiB: 100, iops: 16_000, instanceType: 't3.micro' }, US, ctx);
    expect(o.bottleneck).toBe('instance');
    expect(o.effectiveIops).toBe(11_800);
    expect(o.warnings.join(' ')).toMatch(/t3\.micro/);
  });

  it('recommend mode picks the cheapest type meeting IOPS and throughput', () => {
    const o = run<{ volumeType: string; recommendations: { volumeType: string; monthly: { total: number } }[] }>('ebs', { mode: 'recommend', sizeGiB: 500, requiredIops: 10_000 });
    expect(o.volumeType).toBe('gp3');
    const totals = o.recommendations.map((r) => r.monthly.total);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
    const hdd = run<{ volumeType: string }>('ebs', { mode: 'recommend', sizeGiB: 8000, requiredThroughputMiBps: 200, requiredIops: 100 });
    // sc1 would need 17,067 GiB to sustain 200 MiB/s (12 MiB/s per TiB): st1 is the cheapest that can.
    expect(hdd.volumeType).toBe('st1');
  });
});

describe('S3 lifecycle', () => {
  const base = { months: 12, initialGB: 1000, monthlyIngestGB: 0, avgObjectSizeKB: 1024 };
  it('with no rules equals Standard storage month by month', () => {
    const o = run<{ total: number; noLifecycle: { total: number } }>('s3-lifecycle', base);
    expect(o.total).toBe(276); // 1,000 GB × $0.023 × 12
    expect(o.noLifecycle.total).toBe(276);
  });

  it('bills the minimum storage duration on early expiry (Standard-IA 30 days)', () => {
    // Move at day 30 to IA, expire at day 45 → IA billed for its 30-day minimum.
    const o = run<{ months: { minimumDuration: number }[] }>('s3-lifecycle', { ...base, months: 3, rules: [{ afterDays: 30, storageClass: 'standard-ia' }], expireAfterDays: 45 });
    // Expired at month 3 start (age 60): stayed 30 days ≥ 30 → no charge; try 90-day Glacier IR left after 30.
    expect(o.months.every((m) => m.minimumDuration >= 0)).toBe(true);
    const early = run<{ months: { minimumDuration: number }[]; warnings: string[] }>('s3-lifecycle', { ...base, months: 3, rules: [{ afterDays: 30, storageClass: 'glacier-ir' }], expireAfterDays: 60 });
    // Left Glacier IR after 30 days: 60 remaining days × 1,000 GB × $0.004 ÷ 30 = $8.00
    expect(early.months[2]!.minimumDuration).toBe(8);
    expect(early.warnings.join(' ')).toMatch(/minimum storage duration/);
  });

  it('charges transitions per object and the 32 KB + 8 KB archive overhead', () => {
    const o = run<{ months: { transitions: number; storage: Record<string, number> }[] }>('s3-lifecycle', { ...base, months: 2, avgObjectSizeKB: 64, rules: [{ afterDays: 30, storageClass: 'glacier-flexible' }] });
    // 1,000 GB of 64 KB objects = 16,384,000 objects → 16,384 × $0.03 = $491.52
    expect(o.months[1]!.transitions).toBe(491.52);
    // Billed as 96 KB per object at $0.0036 and 8 KB at $0.023
    expect(o.months[1]!.storage['glacier-flexible']).toBe(5.4);
    expect(o.months[1]!.storage['archive-overhead']).toBe(2.88);
  });

  it('rejects IA transitions before day 30 and runs a 10-year horizon', () => {
    expect(err('s3-lifecycle', { ...base, rules: [{ afterDays: 10, storageClass: 'standard-ia' }] })).toMatch(/day 30/);
    const o = run<{ months: unknown[] }>('s3-lifecycle', { ...CALCULATORS['s3-lifecycle'].defaults, months: 120 });
    expect(o.months).toHaveLength(120);
  });
});

describe('price packs and overrides', () => {
  it('every region has a valid pack with the keys each calculator uses', () => {
    for (const r of REGIONS) {
      const p = pack(r);
      for (const c of Object.values(CALCULATORS)) for (const k of c.priceKeys) expect(p.prices[k], `${r} ${k}`).toBeDefined();
    }
  });

  it('overrides apply, are marked in the trace, and unknown keys list the valid ones', () => {
    const o = run<{ monthly: { total: number }; trace: { fact?: { overridden?: boolean } }[] }>('lambda', {
      requestsPerMonth: 1_000_000,
      avgDurationMs: 100,
      memoryMB: 1024,
      prices: { 'lambda.x86.requestsMillion': 0.1 },
    });
    expect(o.trace.some((s) => s.fact?.overridden)).toBe(true);
    expect(err('lambda', { requestsPerMonth: 1, avgDurationMs: 1, memoryMB: 128, prices: { 'lambda.nope': 1 } })).toMatch(/Valid keys: .*lambda\.x86\.requestsMillion/);
  });

  it('every default input runs in every region, and totals are finite', () => {
    for (const r of REGIONS)
      for (const [id, c] of Object.entries(CALCULATORS)) {
        const o = run(id, { ...c.defaults, region: r }, pack(r), {});
        expect(JSON.stringify(o)).not.toMatch(/NaN|Infinity/);
        expect(approx(1, 1)).toBe(true);
      }
  });
});

describe('traces', () => {
  type Traced = { trace: { label: string; result: unknown }[] };
  it.each(Object.keys(CALCULATORS))('%s: every numeric trace result is free of floating-point noise', (id) => {
    const out = run<Traced>(id, CALCULATORS[id as keyof typeof CALCULATORS].defaults);
    const digits = (r: number): number => String(r).replace(/^-?0\.0*|\./g, '').length;
    const noisy = out.trace.filter((s) => typeof s.result === 'number' && digits(s.result) > 12);
    expect(noisy.map((s) => `${s.label}: ${String(s.result)}`)).toEqual([]);
  });

  it('shows the lifecycle transition cost per GB as 0.06144, not 0.061439999999999995', () => {
    const out = run<Traced>('s3-lifecycle', CALCULATORS['s3-lifecycle'].defaults);
    const step = out.trace.find((s) => s.label.startsWith('Transition into Glacier Flexible'));
    expect(step?.result).toBe(0.06144);
  });
});
