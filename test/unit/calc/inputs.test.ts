/**
 * Inputs as an architect states them (issue 17): DynamoDB as a list of access patterns summed into one
 * table, Kinesis by MiB/s, consumers and enhanced fan-out consumers counted separately and said so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import type { PricePack } from '../../../src/shared/kb/schemas';

const pack = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/prices/us-east-1.json'), 'utf8')) as PricePack;
const run = (id: string, input: unknown): Record<string, unknown> => {
  const r = runCalculator(id as never, input, pack, {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Record<string, unknown>;
};

describe('DynamoDB access patterns', () => {
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html
  it('sums reads and writes of different item sizes into one table (2,000 eventual reads/s of 6 KB + 500 writes/s of 2 KB)', () => {
    const out = run('dynamodb', {
      region: 'us-east-1',
      storageGB: 50,
      accessPatterns: [
        { name: 'get order', kind: 'read', perSecond: 2000, itemSizeKB: 6, consistency: 'eventual' },
        { name: 'put event', kind: 'write', perSecond: 500, itemSizeKB: 2 },
      ],
    });
    // Reads: ceil(6 / 4) = 2 units × ½ (eventual) = 1 RCU each → 2,000. Writes: ceil(2 / 1) = 2 WCU each → 1,000.
    expect(out.rcu).toBe(2000);
    expect(out.wcu).toBe(1000);
    // One item size for both (the old model) would have charged the writes at 6 WCU each.
    const single = run('dynamodb', { region: 'us-east-1', storageGB: 50, itemSizeKB: 6, readsPerSecond: 2000, writesPerSecond: 500 });
    expect(single.wcu).toBe(3000);
    expect((out.patterns as { name: string; unitsPerSecond: number }[]).map((p) => [p.name, p.unitsPerSecond])).toEqual([
      ['get order', 2000],
      ['put event', 1000],
    ]);
  });

  it('peaks, transactional reads and writes per pattern; the single-size form gives the same figures', () => {
    const patterns = run('dynamodb', {
      region: 'us-east-1',
      targetUtilization: 0.7,
      accessPatterns: [
        { kind: 'read', perSecond: 100, peakPerSecond: 300, itemSizeKB: 3, consistency: 'transactional' },
        { kind: 'write', perSecond: 50, peakPerSecond: 70, itemSizeKB: 1.5, consistency: 'transactional' },
      ],
    });
    const single = run('dynamodb', {
      region: 'us-east-1',
      targetUtilization: 0.7,
      itemSizeKB: 3,
      readsPerSecond: 100,
      peakReadsPerSecond: 300,
      readConsistency: 'transactional',
      writesPerSecond: 50,
      peakWritesPerSecond: 70,
      writeMode: 'transactional',
    });
    // Writes of 1.5 KB: ceil(1.5) × 2 = 4 units; of 3 KB: 3 × 2 = 6 — the patterns' own sizes count.
    expect(patterns.provisionedRcu).toBe(single.provisionedRcu); // 300 × 1 × 2 ÷ 0.7 → 858
    expect(patterns.provisionedWcu).toBe(Math.ceil((70 * 4) / 0.7));
    expect(single.provisionedWcu).toBe(Math.ceil((70 * 6) / 0.7));
  });

  it('says what is missing or inconsistent, per pattern', () => {
    const none = runCalculator('dynamodb', { region: 'us-east-1' }, pack, {});
    expect(!none.ok && none.error.message).toMatch(/itemSizeKB is required \(or describe the table with accessPatterns\)/);
    const bad = runCalculator('dynamodb', { region: 'us-east-1', accessPatterns: [{ kind: 'write', perSecond: 1, itemSizeKB: 500, consistency: 'strong' }] }, pack, {});
    expect(!bad.ok && bad.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['accessPatterns.0.itemSizeKB']));
  });
});

describe('Kinesis inputs', () => {
  // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
  it('takes MiB/s as stated: 3,000 records/s at 5 MiB/s need 5 shards, and the per-record rounding is a warning', () => {
    const out = run('kinesis', { region: 'us-east-1', recordsPerSecond: 3000, ingressMiBps: 5, consumers: 1 });
    expect(out.shards).toBe(5);
    expect(out.bindingLimitLabel).toBe('write bandwidth (1 MiB/s per shard)');
    expect((out.warnings as string[]).join(' ')).toMatch(/Sized by the stated 5 MiB\/s.*→ 6 shards/);
    // The same stream given as records × size follows AWS's per-record rounding: 6 shards.
    expect(run('kinesis', { region: 'us-east-1', recordsPerSecond: 3000, avgRecordKB: 5120 / 3000, consumers: 1 }).shards).toBe(6);
    // MiB/s and record size give the record rate: 2 MiB/s of 1 KB records is 2,048 records/s → 3 shards (records bind).
    const derived = run('kinesis', { region: 'us-east-1', ingressMiBps: 2, avgRecordKB: 1 });
    expect(derived.shards).toBe(3);
    expect(derived.bindingLimit).toBe('ingress-records');
  });

  it('needs two of the three and refuses three that disagree', () => {
    const one = runCalculator('kinesis', { region: 'us-east-1', recordsPerSecond: 10 }, pack, {});
    expect(!one.ok && one.error.message).toMatch(/give two of recordsPerSecond, avgRecordKB and ingressMiBps/);
    const three = runCalculator('kinesis', { region: 'us-east-1', recordsPerSecond: 1000, avgRecordKB: 1, ingressMiBps: 5 }, pack, {});
    expect(!three.ok && three.error.message).toMatch(/disagrees/);
  });

  it('counts shared and enhanced fan-out consumers separately and says so', () => {
    const out = run('kinesis', { region: 'us-east-1', recordsPerSecond: 1000, avgRecordKB: 1, consumers: 2, efoConsumers: 1 });
    expect((out.warnings as string[]).join(' ')).toMatch(/Counting 2 shared-throughput consumers and 1 enhanced fan-out consumer \(3 readers\)\. If the enhanced fan-out consumers are among the 2, lower consumers to 1\./);
    expect((out.trace as { label: string; substituted: string }[]).find((s) => s.label === 'Readers')?.substituted).toBe('2 shared + 1 enhanced fan-out');
  });
});
