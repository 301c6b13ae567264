import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ebsContextFromRows } from '../../src/main/calc/context';
import { runCalculator } from '../../src/shared/calc';
import { pricePackSchema } from '../../src/shared/kb/schemas';

// The EBS calculator's instance check reads the EC2 table; it must work for every row, old and new.
const root = resolve(import.meta.dirname, '../..');
const rows = (JSON.parse(readFileSync(resolve(root, 'data/datasets/ec2-instances.json'), 'utf8')) as { rows: Record<string, unknown>[] }).rows;
const pack = pricePackSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/prices/us-east-1.json'), 'utf8')));
const ctx = ebsContextFromRows(rows);
interface Out { bottleneck: string; effectiveIops: number; effectiveThroughputMiBps: number; warnings: string[] }
function ebs(instanceType: string): Out {
  const r = runCalculator('ebs', { volumeType: 'gp3', sizeGiB: 500, iops: 16_000, throughputMiBps: 1000, instanceType }, pack, ctx);
  if (!r.ok) throw new Error(`${instanceType}: ${r.error.message}`);
  return r.value as unknown as Out;
}

describe('EBS instance check over the full EC2 table', () => {
  it('finds every type and returns finite limits or null, never NaN', () => {
    for (const r of rows) {
      const lim = ctx.instanceLimits?.(String(r.instanceType));
      expect(lim, String(r.instanceType)).toBeDefined();
      for (const v of Object.values(lim!)) expect(v === null || Number.isFinite(v), String(r.instanceType)).toBe(true);
    }
  });

  it('runs for current, previous-generation, bare metal and newest types', () => {
    for (const t of ['t2.micro', 'm1.small', 'm4.large', 'c3.large', 'm7i.metal-24xl', 'u-6tb1.metal', 'c9g.large', 'mac2.metal']) {
      const o = ebs(t);
      expect(Number.isFinite(o.effectiveIops), t).toBe(true);
      expect(o.warnings.join(' '), t).not.toMatch(/not in the EC2 table/);
    }
  });

  it('finds the instance bottleneck on a previous-generation type from its published limits', () => {
    // m4.large: 450 Mbps and 3,600 IOPS EBS-optimized maximums (2024 EC2 Instance Types guide).
    const o = ebs('m4.large');
    expect(o.bottleneck).toBe('instance');
    expect(o.effectiveIops).toBe(3600);
    expect(o.effectiveThroughputMiBps).toBeCloseTo((450e6 / 8 / 1048576), 0);
  });
});
