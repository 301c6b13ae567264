/**
 * AWS's own worked examples and documented rules, reproduced to the cent with the us-east-1 pack (or, for
 * historical examples printed with older rates, with those rates passed as `prices` overrides).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const US: PricePack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));

function run<T>(id: string, input: Record<string, unknown>, ctx = {}): T {
  const r = runCalculator(id, input, US, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe('DynamoDB developer guide', () => {
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html
  // "80 items per second, 3 KB each, strongly consistent → 80 RCU; eventually consistent → 40 RCU;
  //  100 writes per second of 512-byte items → 100 WCU."
  it('80 strongly consistent reads/s of 3 KB need 80 RCU, eventually consistent 40', () => {
    const strong = run<{ rcu: number }>('dynamodb', { itemSizeKB: 3, readsPerSecond: 80, readConsistency: 'strong', writesPerSecond: 0 });
    const eventual = run<{ rcu: number }>('dynamodb', { itemSizeKB: 3, readsPerSecond: 80, readConsistency: 'eventual', writesPerSecond: 0 });
    expect(strong.rcu).toBe(80);
    expect(eventual.rcu).toBe(40);
  });
  it('100 writes/s of 512-byte items need 100 WCU', () => {
    expect(run<{ wcu: number }>('dynamodb', { itemSizeKB: 0.5, readsPerSecond: 0, writesPerSecond: 100 }).wcu).toBe(100);
  });

  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
  // Reads round up to 4 KB (a 7 KB item counts as 8 KB); writes round up to 1 KB; transactions take two units.
  it('a 7 KB item: 2 RCU strong, 1 eventual, 4 transactional; 7 WCU standard, 14 transactional', () => {
    const r = (c: string): number => run<{ readUnitsPerRead: number; rcu: number }>('dynamodb', { itemSizeKB: 7, readsPerSecond: 1, readConsistency: c, writesPerSecond: 0 }).rcu;
    expect([r('strong'), r('eventual'), r('transactional')]).toEqual([2, 1, 4]);
    expect(run<{ wcu: number }>('dynamodb', { itemSizeKB: 7, readsPerSecond: 0, writesPerSecond: 1 }).wcu).toBe(7);
    expect(run<{ wcu: number }>('dynamodb', { itemSizeKB: 7, readsPerSecond: 0, writesPerSecond: 1, writeMode: 'transactional' }).wcu).toBe(14);
  });

  // https://aws.amazon.com/dynamodb/pricing/provisioned/ and /on-demand/ (us-east-1 rates)
  it('prices the same table provisioned and on-demand', () => {
    const o = run<{ monthly: { provisioned: Record<string, number>; onDemand: Record<string, number> } }>('dynamodb', {
      itemSizeKB: 1,
      readsPerSecond: 100,
      readConsistency: 'strong',
      writesPerSecond: 10,
      storageGB: 100,
    });
    // 100 RCU × 730 h × $0.00013 = $9.49; 10 WCU × 730 × $0.00065 = $4.745 → $4.75; 100 GB × $0.25 = $25
    expect(o.monthly.provisioned).toMatchObject({ reads: 9.49, writes: 4.75, storage: 25, total: 39.24 });
    // 262.8 M RRU × $0.125 = $32.85; 26.28 M WRU × $0.625 = $16.425 → $16.43 (total from exact sum $74.275 → $74.28)
    expect(o.monthly.onDemand).toMatchObject({ reads: 32.85, writes: 16.43, storage: 25, total: 74.28 });
  });

  it('global tables: every replica region replays each write and stores a copy', () => {
    const o = run<{ monthly: { provisioned: Record<string, number> } }>('dynamodb', {
      itemSizeKB: 1,
      readsPerSecond: 0,
      writesPerSecond: 100,
      storageGB: 10,
      globalTableReplicaRegions: 2,
    });
    // 100 WCU × 2 replicas × 730 × $0.00065 = $94.90; storage 10 GB × 3 copies × $0.25 = $7.50
    expect(o.monthly.provisioned).toMatchObject({ writes: 47.45, replicatedWrites: 94.9, storage: 7.5 });
  });
});

describe('Lambda pricing page', () => {
  // https://aws.amazon.com/lambda/pricing/ — Example 1, mobile application backend: 3 M requests a month,
  // 120 ms each, 1,536 MB, x86, free tier: 540,000 GB-s − 400,000 = 140,000 × $0.0000166667 = $2.33;
  // 2 M billable requests × $0.20/M = $0.40; total $2.73.
  it('mobile backend: $2.33 compute + $0.40 requests = $2.73', () => {
    const o = run<{ gbSeconds: number; billableGbSeconds: number; monthly: Record<string, number> }>('lambda', {
      requestsPerMonth: 3_000_000,
      avgDurationMs: 120,
      memoryMB: 1536,
      architecture: 'x86_64',
      includeFreeTier: true,
    });
    expect(o.gbSeconds).toBe(540_000);
    expect(o.billableGbSeconds).toBe(140_000);
    expect(o.monthly).toMatchObject({ compute: 2.33, requests: 0.4, total: 2.73 });
  });

  // The page's earlier examples were printed with $0.00001667 per GB-s (pre-1 ms billing rates); the override
  // reproduces them exactly. Example 1: 512 MB, 3 M × 1 s → 1,100,000 billable GB-s → $18.34 + $0.40 = $18.74.
  // Example 2: 128 MB, 30 M × 200 ms → 350,000 billable GB-s → $5.83 + 29 M × $0.20/M = $5.80 → $11.63.
  it('historical examples with the rate they were printed with ($18.74 and $11.63)', () => {
    const prices = { 'lambda.x86.gbSecondTier1': 0.00001667 };
    const e1 = run<{ monthly: Record<string, number>; trace: { fact?: { overridden?: boolean } }[] }>('lambda', { requestsPerMonth: 3_000_000, avgDurationMs: 1000, memoryMB: 512, includeFreeTier: true, prices });
    expect(e1.monthly).toMatchObject({ compute: 18.34, requests: 0.4, total: 18.74 });
    expect(e1.trace.some((s) => s.fact?.overridden)).toBe(true);
    const e2 = run<{ monthly: Record<string, number> }>('lambda', { requestsPerMonth: 30_000_000, avgDurationMs: 200, memoryMB: 128, includeFreeTier: true, prices });
    expect(e2.monthly).toMatchObject({ compute: 5.83, requests: 5.8, total: 11.63 });
  });

  // Same page: arm64 GB-second price $0.0000133334 (first 7.5 billion GB-s).
  it('the mobile backend on arm64 costs 140,000 × $0.0000133334 = $1.87 compute', () => {
    const o = run<{ monthly: Record<string, number> }>('lambda', { requestsPerMonth: 3_000_000, avgDurationMs: 120, memoryMB: 1536, architecture: 'arm64', includeFreeTier: true });
    expect(o.monthly).toMatchObject({ compute: 1.87, requests: 0.4, total: 2.27 });
  });

  // Same page: duration is rounded up to the nearest 1 ms; ephemeral storage above the free 512 MB is billed per GB-s.
  it('ephemeral storage: 10,240 MB for 1 M × 1 s = 1 M s × 9.5 GB × $0.0000000309 = $0.29', () => {
    const o = run<{ monthly: Record<string, number> }>('lambda', { requestsPerMonth: 1_000_000, avgDurationMs: 1000, memoryMB: 128, ephemeralStorageMB: 10_240 });
    expect(o.monthly.ephemeralStorage).toBe(0.29);
  });

  // Same page, provisioned concurrency: $0.0000041667 per GB-s configured, $0.0000097222 per GB-s of duration on it.
  it('provisioned concurrency: 10 × 1 GB for 730 h, plus the duration it serves', () => {
    const o = run<{ monthly: Record<string, number> }>('lambda', {
      requestsPerMonth: 1_000_000,
      avgDurationMs: 100,
      memoryMB: 1024,
      provisionedConcurrency: { count: 10, hoursPerMonth: 730 },
    });
    // 10 × 1 GB × 2,628,000 s × $0.0000041667 = $109.50; 100,000 GB-s × $0.0000097222 = $0.97; requests $0.20
    expect(o.monthly).toMatchObject({ provisionedConcurrency: 110.47, compute: 0, requests: 0.2, total: 110.67 });
  });
});

describe('Kinesis Data Streams pricing page', () => {
  // https://aws.amazon.com/kinesis/data-streams/pricing/ — provisioned example: 100 records/s of 35 KB
  // (3.4 MB/s) need 4 shards; a 31-day month costs 4 × $0.015 × 744 h = $44.64 in shard hours, and each
  // 35 KB record is 2 PUT payload units: 535.68 M units × $0.014/M = $7.50. Total $52.14.
  it('100 records/s of 35 KB: 4 shards, $44.64 + $7.50 = $52.14', () => {
    const o = run<{ shards: number; bindingLimit: string; putPayloadUnitsPerRecord: number; monthly: Record<string, number> }>('kinesis', {
      recordsPerSecond: 100,
      avgRecordKB: 35,
      consumers: 1,
      hoursPerMonth: 744,
    });
    expect(o).toMatchObject({ shards: 4, bindingLimit: 'ingress-mbps', putPayloadUnitsPerRecord: 2 });
    expect(o.monthly).toEqual({ shardHours: 44.64, putPayloadUnits: 7.5, total: 52.14 });
  });

  // Same page, PUT payload units: "a 5 KB record is one unit, a 45 KB record two, a 1 MB record 40".
  it('PUT payload units: 5 KB → 1, 45 KB → 2, 1 MiB → 41 (1,024 KB ÷ 25 rounded up)', () => {
    const units = (kb: number): number => run<{ putPayloadUnitsPerRecord: number }>('kinesis', { recordsPerSecond: 1, avgRecordKB: kb }).putPayloadUnitsPerRecord;
    expect(units(5)).toBe(1);
    expect(units(45)).toBe(2);
    // AWS's "1 MB = 40 units" uses 1,000 KB; a full 1 MiB record (1,024 KB) rounds up to 41.
    expect(units(1000)).toBe(40);
    expect(units(1024)).toBe(41);
  });

  // Same page, on-demand: "records are rounded up to the nearest 1 KB: 4.5 KB records count as 5 KB".
  it('on-demand bills 4.5 KB records as 5 KB of data in and out', () => {
    const o = run<{ monthly: Record<string, number> }>('kinesis', { recordsPerSecond: 1024, avgRecordKB: 4.5, consumers: 1, mode: 'on-demand', hoursPerMonth: 730 });
    // 1,024 × 5 KB × 2,628,000 s ÷ 1,048,576 KB/GB = 12,832.03 GB; × $0.08 = $1,026.56; × $0.04 = $513.28; 730 × $0.04 = $29.20
    expect(o.monthly).toMatchObject({ streamHours: 29.2, dataIngested: 1026.56, dataRetrieved: 513.28, total: 1569.04 });
  });

  it('enhanced fan-out and extended retention (provisioned)', () => {
    const o = run<{ shards: number; monthly: Record<string, number> }>('kinesis', { recordsPerSecond: 1000, avgRecordKB: 1, consumers: 1, efoConsumers: 2, retentionHours: 72 });
    // 1 shard; EFO 2 × 1 × 730 × $0.015 = $21.90; data 1,000 KB/s × 2,628,000 s = 2,506.26 GB × 2 × $0.013 = $65.16;
    // extended retention 1 × 730 × $0.02 = $14.60
    expect(o.shards).toBe(1);
    expect(o.monthly).toMatchObject({ efoConsumerShardHours: 21.9, efoDataRetrieval: 65.16, extendedRetention: 14.6 });
  });
});

describe('EBS user guide and pricing page', () => {
  // https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html — gp2 burst table: a full bucket of
  // 5.4 M credits lasts 5,400,000 ÷ (3,000 − baseline) seconds at 3,000 IOPS.
  it.each([
    [1, 100, 1862],
    [100, 300, 2000],
    [250, 750, 2400],
    [334, 1002, 2703],
    [500, 1500, 3600],
    [750, 2250, 7200],
  ])('gp2 %i GiB: baseline %i IOPS, bursts for %i s', (size, base, secs) => {
    const o = run<{ baselineIops: number; burstIops: number; burstSeconds: number }>('ebs', { volumeType: 'gp2', sizeGiB: size });
    expect(o).toMatchObject({ baselineIops: base, burstIops: 3000, burstSeconds: secs });
  });
  it('gp2 at 1,000 GiB and above does not burst; 5,334 GiB reaches 16,000 IOPS', () => {
    expect(run<{ burstIops: null; burstSeconds: null }>('ebs', { volumeType: 'gp2', sizeGiB: 1000 })).toMatchObject({ baselineIops: 3000, burstIops: null, burstSeconds: null });
    expect(run<{ baselineIops: number }>('ebs', { volumeType: 'gp2', sizeGiB: 5334 }).baselineIops).toBe(16000);
  });

  // https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html — st1: 40 MiB/s per TiB baseline, 250 burst,
  // 500 max; sc1: 12 and 80, 250 max.
  it('st1 and sc1 throughput per TiB', () => {
    expect(run<{ throughputMiBps: number; burstThroughputMiBps: number }>('ebs', { volumeType: 'st1', sizeGiB: 1024 })).toMatchObject({ throughputMiBps: 40, burstThroughputMiBps: 250 });
    expect(run<{ throughputMiBps: number; burstThroughputMiBps: number }>('ebs', { volumeType: 'st1', sizeGiB: 12_800 })).toMatchObject({ throughputMiBps: 500, burstThroughputMiBps: 500 });
    expect(run<{ throughputMiBps: number; burstThroughputMiBps: number }>('ebs', { volumeType: 'sc1', sizeGiB: 1024 })).toMatchObject({ throughputMiBps: 12, burstThroughputMiBps: 80 });
  });

  // https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html — io1 up to 32,000 IOPS: 500 MiB/s
  // at most (reached at 2,000 IOPS × 256 KiB); above 32,000 IOPS 16 KiB per IOPS, 1,000 MiB/s at 64,000.
  it('io1 throughput: 2,000 IOPS → 500 MiB/s, 10,000 → still 500, 48,000 → 750, 64,000 → 1,000', () => {
    const tput = (iops: number): number => run<{ throughputMiBps: number }>('ebs', { volumeType: 'io1', sizeGiB: 1300, iops }).throughputMiBps;
    expect([tput(1000), tput(2000), tput(10_000), tput(48_000), tput(64_000)]).toEqual([250, 500, 500, 750, 1000]);
  });

  // https://aws.amazon.com/ebs/pricing/ — gp3 includes 3,000 IOPS and 125 MiB/s; extra IOPS $0.005 per
  // IOPS-month, extra throughput $0.04 per MiB/s-month; storage $0.08 per GB-month (us-east-1).
  it('gp3 with the free baseline costs only storage; extras are billed above 3,000 IOPS / 125 MiB/s', () => {
    expect(run<{ monthly: Record<string, number> }>('ebs', { volumeType: 'gp3', sizeGiB: 100 }).monthly).toEqual({ storage: 8, iops: 0, throughput: 0, total: 8 });
    // 1,000 GiB, 10,000 IOPS, 500 MiB/s: $80 + 7,000 × $0.005 = $35 + 375 × $0.04 = $15 → $130
    expect(run<{ monthly: Record<string, number> }>('ebs', { volumeType: 'gp3', sizeGiB: 1000, iops: 10_000, throughputMiBps: 500 }).monthly).toEqual({ storage: 80, iops: 35, throughput: 15, total: 130 });
  });

  // Same page — io2 IOPS tiers: $0.065 up to 32,000; $0.0455 for 32,001–64,000; $0.03185 above 64,000.
  it('io2 100,000 IOPS: 32,000 × $0.065 + 32,000 × $0.0455 + 36,000 × $0.03185 = $4,682.60', () => {
    const o = run<{ monthly: Record<string, number> }>('ebs', { volumeType: 'io2', sizeGiB: 1000, iops: 100_000 });
    // 2,080 + 1,456 + 1,146.60 = 4,682.60; storage 1,000 × $0.125 = $125
    expect(o.monthly).toMatchObject({ iops: 4682.6, storage: 125, total: 4807.6 });
  });
});

describe('S3 pricing page and storage class rules', () => {
  const base = { months: 3, initialGB: 1000, monthlyIngestGB: 0, avgObjectSizeKB: 1024 };
  // https://aws.amazon.com/s3/pricing/ — objects deleted or transitioned before 30 days in Standard-IA are
  // billed for the rest of the 30 days. Here: into Standard-IA on day 30, expired on day 45.
  it('Standard-IA left after 15 days pays 15 days of storage and 15 days of minimum-duration charge', () => {
    const o = run<{ months: { storage: Record<string, number>; transitions: number; minimumDuration: number; total: number }[] }>('s3-lifecycle', {
      ...base,
      rules: [{ afterDays: 30, storageClass: 'standard-ia' }],
      expireAfterDays: 45,
    });
    // 1,000 GB × $0.0125 × 15/30 = $6.25 each; 1,024,000 objects × $0.01 per 1,000 transitions = $10.24
    expect(o.months[1]).toMatchObject({ storage: { 'standard-ia': 6.25 }, transitions: 10.24, minimumDuration: 6.25, total: 22.74 });
    expect(o.months[2]!.total).toBe(0);
  });

  // Same page: Glacier Instant Retrieval has a 90-day minimum; rules between month boundaries are pro-rated.
  it('Glacier IR from day 45 to day 60: 15 days stored, 75 days owed', () => {
    const o = run<{ months: { storage: Record<string, number>; minimumDuration: number }[] }>('s3-lifecycle', {
      ...base,
      rules: [{ afterDays: 45, storageClass: 'glacier-ir' }],
      expireAfterDays: 60,
    });
    // Month 2 (days 30–60): Standard 15 days = $11.50, Glacier IR 15 days = $2.00. The expiry on day 60 opens
    // month 3, which bills the 75 days still owed: 1,000 GB × $0.004 × 75/30 = $10.00.
    expect(o.months[1]).toMatchObject({ storage: { standard: 11.5, 'glacier-ir': 2 }, minimumDuration: 0 });
    expect(o.months[2]).toMatchObject({ storage: {}, minimumDuration: 10, total: 10 });
  });

  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html — Standard-IA bills objects
  // under 128 KB as 128 KB; archived objects add 32 KB at the archive rate and 8 KB at the Standard rate.
  it('minimum billable size: 32 KB objects in Standard-IA are billed as 128 KB (4×)', () => {
    const o = run<{ months: { storage: Record<string, number> }[] }>('s3-lifecycle', { ...base, months: 2, avgObjectSizeKB: 32, rules: [{ afterDays: 30, storageClass: 'standard-ia' }] });
    // 1,000 GB × 4 × $0.0125 = $50 (more than the $23 it cost in Standard)
    expect(o.months[1]!.storage['standard-ia']).toBe(50);
  });
  it('archive overhead: 64 KB objects in Deep Archive bill 96 KB at $0.00099 and 8 KB at $0.023', () => {
    const o = run<{ months: { storage: Record<string, number>; transitions: number }[] }>('s3-lifecycle', { ...base, months: 2, avgObjectSizeKB: 64, rules: [{ afterDays: 30, storageClass: 'deep-archive' }] });
    // 1,000 GB × 1.5 × $0.00099 = $1.485 → $1.49; 1,000 × 0.125 × $0.023 = $2.875 → $2.88; 16,384,000 × $0.05/1,000 = $819.20
    expect(o.months[1]).toMatchObject({ storage: { 'deep-archive': 1.49, 'archive-overhead': 2.88 }, transitions: 819.2 });
  });

  // Same page: Glacier Flexible Retrieval standard restores $0.01 per GB and $0.05 per 1,000 requests.
  it('restores from Glacier Flexible Retrieval are billed per GB and per request', () => {
    const o = run<{ months: { retrieval: number }[] }>('s3-lifecycle', {
      ...base,
      months: 2,
      rules: [{ afterDays: 0, storageClass: 'glacier-flexible' }],
      retrievalGBPerMonth: 100,
      retrievalTier: 'standard',
    });
    // 100 GB × $0.01 = $1.00; 102,400 objects × $0.05 / 1,000 = $5.12
    expect(o.months[0]!.retrieval).toBe(6.12);
  });
});
