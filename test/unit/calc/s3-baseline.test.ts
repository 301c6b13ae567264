import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

// Issue 17: the S3 lifecycle savings were measured against a bucket that never expires data, and there was
// no steady-state monthly figure. Prices: us-east-1 Standard $0.023/GB-month, Glacier IR $0.004/GB-month,
// $0.02 per 1,000 transitions into Glacier IR (https://aws.amazon.com/s3/pricing/).
const ROOT = join(import.meta.dirname, '..', '..', '..');
const US: PricePack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));

interface Out {
  total: number;
  months: { total: number; noLifecycleTotal: number }[];
  noLifecycle: { total: number; baseline: string };
  savings: number;
  steadyStateMonthlyUSD: number | null;
  steadyStateFromMonth: number | null;
  steadyState: string;
  trace: { label: string; result?: unknown }[];
  warnings: string[];
}
function run(input: Record<string, unknown>): Out {
  const r = runCalculator('s3-lifecycle', input, US);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as unknown as Out;
}

describe('S3 lifecycle baseline and steady state (issue 17)', () => {
  it('an expiry alone saves nothing: the Standard baseline expires at the same age', () => {
    // 1,000 GB of 1 MiB objects, no transitions, expired at day 60: months 1–2 cost 1,000 × $0.023 = $23,
    // months 3–4 nothing. The old baseline kept the data: 4 × $23 = $92 and "saved" $46.
    const o = run({ months: 4, initialGB: 1000, monthlyIngestGB: 0, avgObjectSizeKB: 1024, expireAfterDays: 60 });
    expect(o.total).toBe(46);
    expect(o.noLifecycle.total).toBe(46);
    expect(o.savings).toBe(0);
    expect(o.noLifecycle.baseline).toBe('All in Standard, expired at day 60 like the lifecycle');
    // Last change at day 60, the start of month 3 → steady from month 3, at $0 (everything expired).
    expect(o.steadyStateFromMonth).toBe(3);
    expect(o.steadyStateMonthlyUSD).toBe(0);
  });

  it('steady state with constant ingest: Glacier IR at day 30, expiry at day 90', () => {
    // 100 GB a month of 1 MiB objects (102,400 objects), from empty. A steady month holds one cohort of each age:
    //   age 0: 100 GB in Standard                     100 × $0.023            = $2.30
    //   ages 1–2: 200 GB in Glacier IR                200 × $0.004            = $0.80
    //   transitions into Glacier IR (age 1)           102,400 × $0.02 ÷ 1,000 = $2.048
    //   expiry at day 90 after 60 of Glacier IR's 90 days: 30 days owed, 100 × $0.004 = $0.40
    //   = $5.548 → $5.55, from month ⌊90 ÷ 30⌋ + 1 = 4 (no initial data, every cohort is alike).
    const o = run({ months: 6, initialGB: 0, monthlyIngestGB: 100, avgObjectSizeKB: 1024, rules: [{ afterDays: 30, storageClass: 'glacier-ir' }], expireAfterDays: 90 });
    expect(o.steadyStateFromMonth).toBe(4);
    expect(o.steadyStateMonthlyUSD).toBeCloseTo(5.55, 2);
    expect(o.months.slice(3).every((m) => m.total === o.steadyStateMonthlyUSD)).toBe(true);
    // Baseline: each cohort 3 months in Standard then expired: 100 + 200 + 300 × 4 = 1,500 GB-months × $0.023
    // = $34.50 (the never-expiring baseline was 2,100 GB-months = $48.30).
    expect(o.noLifecycle.total).toBe(34.5);
    expect(o.months.map((m) => m.noLifecycleTotal)).toEqual([2.3, 4.6, 6.9, 6.9, 6.9, 6.9]);
    expect(o.savings).toBe(Math.round((34.5 - o.total) * 100) / 100);
    expect(o.trace.some((s) => s.label === 'Steady-state monthly cost (from month 4)')).toBe(true);
  });

  it('names a steady month beyond the horizon and works its cost out', () => {
    const o = run({ months: 2, initialGB: 0, monthlyIngestGB: 100, avgObjectSizeKB: 1024, rules: [{ afterDays: 30, storageClass: 'glacier-ir' }], expireAfterDays: 90 });
    expect(o.steadyStateFromMonth).toBe(4);
    expect(o.steadyStateMonthlyUSD).toBeCloseTo(5.55, 2);
    expect(o.steadyState).toBe('From month 4, beyond the 2-month horizon');
    expect(o.warnings.some((w) => /not yet steady within 2 months: it settles from month 4/.test(w))).toBe(true);
  });

  it('initial data delays the steady month by one (the first cohort is larger)', () => {
    const o = run({ months: 8, initialGB: 1000, monthlyIngestGB: 100, avgObjectSizeKB: 1024, expireAfterDays: 90 });
    // Steady month: 300 GB in Standard = $6.90. The bound is month ⌊90 ÷ 30⌋ + 2 = 5, but the first cohort
    // (1,100 GB) expires exactly at day 90, the start of month 4, so month 4 already costs $6.90; month 3
    // (1,100 + 100 + 100 GB = $29.90) does not.
    expect(o.steadyStateFromMonth).toBe(4);
    expect(o.steadyStateMonthlyUSD).toBe(6.9);
    expect(o.months[2]!.total).toBe(29.9);
    expect(o.savings).toBe(0);
  });

  it('has no steady state when data is ingested and never expired', () => {
    const o = run({ months: 12, initialGB: 0, monthlyIngestGB: 100, avgObjectSizeKB: 1024, rules: [{ afterDays: 30, storageClass: 'glacier-ir' }] });
    expect(o.steadyStateMonthlyUSD).toBeNull();
    expect(o.steadyStateFromMonth).toBeNull();
    expect(o.steadyState).toBe('None: 100 GB is added a month and never expired, so the monthly cost keeps growing (set an expiry to see it settle).');
    expect(o.noLifecycle.baseline).toBe('All in Standard, never expired');
  });

  it('without ingest, settles after the last transition', () => {
    // 1,000 GB → Glacier IR at day 30, kept: from month ⌊30 ÷ 30⌋ + 2 = 3 it costs 1,000 × $0.004 = $4.
    const o = run({ months: 12, initialGB: 1000, monthlyIngestGB: 0, avgObjectSizeKB: 1024, rules: [{ afterDays: 30, storageClass: 'glacier-ir' }] });
    expect(o.steadyStateFromMonth).toBe(3);
    expect(o.steadyStateMonthlyUSD).toBe(4);
  });
});
