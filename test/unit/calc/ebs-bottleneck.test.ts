import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

// Issue 17: evaluate mode said "Bottleneck: volume" next to a sustained figure that was the instance's limit.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const US: PricePack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));
// m7i.large (EC2 EBS-optimized table): baseline 3,600 IOPS / 81.25 MB/s, maximum 40,000 IOPS / 10,000 Mbps.
const ctx = { instanceLimits: (t: string) => (t === 'm7i.large' ? { ebsBaselineIops: 3600, ebsMaxIops: 40_000, ebsBaselineThroughputMBps: 81.25, ebsMaxBandwidthMbps: 10_000 } : undefined) };

interface Out {
  bottleneck: string;
  burstBottleneck: string;
  sustainedBottleneck?: string;
  effectiveIops: number;
  effectiveThroughputMiBps: number;
  sustainedIops?: number;
  sustainedThroughputMiBps?: number;
  trace: { label: string; substituted?: string; result?: unknown }[];
}
function run(input: Record<string, unknown>): Out {
  const r = runCalculator('ebs', input, US, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as unknown as Out;
}

describe('EBS burst and sustained bottlenecks (issue 17)', () => {
  it('m7i.large + gp3 5,000 IOPS / 200 MiB/s: bursts are the volume, all day is the instance', () => {
    const o = run({ volumeType: 'gp3', sizeGiB: 2000, iops: 5000, throughputMiBps: 200, instanceType: 'm7i.large' });
    // Peak: min(5,000, 40,000) = 5,000 IOPS and min(200, 10,000 Mbps ≈ 1,192.1 MiB/s) = 200: the volume's.
    expect(o.effectiveIops).toBe(5000);
    expect(o.effectiveThroughputMiBps).toBe(200);
    expect(o.burstBottleneck).toBe('volume');
    expect(o.bottleneck).toBe('volume');
    // All day: min(5,000, 3,600) = 3,600 IOPS and min(200, 81.25 MB/s × 10⁶ ÷ 2²⁰ = 77.5) = 77.5 MiB/s: the instance's.
    expect(o.sustainedIops).toBe(3600);
    expect(o.sustainedThroughputMiBps).toBe(77.5);
    expect(o.sustainedBottleneck).toBe('instance');
    const step = o.trace.find((s) => s.label === 'Sustained bottleneck')!;
    expect(step.substituted).toBe('IOPS min(volume 5000, instance 3600) = 3600; MiB/s min(volume 200, instance 77.5) = 77.5');
  });

  it('a volume under both instance baselines is the bottleneck all day', () => {
    // sc1 of 1,000 GiB sustains about 12 MiB/s (12 MiB/s per TiB) and a few hundred IOPS: both under m7i.large's
    // baselines (77.5 MiB/s, 3,600 IOPS), so the volume limits bursts and the day alike.
    const o = run({ volumeType: 'sc1', sizeGiB: 1000, instanceType: 'm7i.large' });
    expect(o.sustainedThroughputMiBps).toBeLessThan(77.5);
    expect(o.sustainedBottleneck).toBe('volume');
    expect(o.burstBottleneck).toBe('volume');
  });

  it('has no sustained bottleneck without an instance', () => {
    const o = run({ volumeType: 'gp3', sizeGiB: 100 });
    expect(o.sustainedBottleneck).toBeUndefined();
    expect(o.burstBottleneck).toBe('unknown');
  });
});
