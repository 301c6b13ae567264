import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_REGIONS, REGIONS } from '../../../src/shared/kb/provenance';
import { datasetSchema, type Dataset } from '../../../src/shared/kb/schemas';

const root = resolve(import.meta.dirname, '../../..');
function load(id: string): Dataset {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, 'data/datasets', `${id}.json`), 'utf8'));
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${id}: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}
type Row = Dataset['rows'][number];
function row(d: Dataset, key: string): Row {
  const r = d.rows.find((x) => x[d.keyColumn] === key);
  if (!r) throw new Error(`${d.id}: no row ${key}`);
  return r;
}
function regional(r: Row, key: string): Record<string, number | null> {
  const v = r[key];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${key} is not a regional map`);
  return v as Record<string, number | null>;
}

const ids = ['ec2-instances', 's3-storage-classes', 'ebs-volume-types', 'fargate-task-sizes'] as const;

describe.each(ids)('dataset %s', (id) => {
  const d = load(id);

  it('validates against datasetSchema and has unique, non-empty keys', () => {
    const keys = d.rows.map((r) => r[d.keyColumn]);
    expect(keys.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every column holding figures a source and date (its own or the dataset one)', () => {
    for (const c of d.columns) {
      const hasFigures = d.rows.some((r) => r[c.key] !== null && r[c.key] !== undefined);
      if (!hasFigures) continue;
      expect(c.source ?? d.source, `${c.key} source`).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      expect(c.asOf ?? d.asOf, `${c.key} asOf`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('types every cell as its column says', () => {
    // Collected, not asserted per cell: the EC2 table has ~38,000 cells.
    const bad: string[] = [];
    const known = new Set<string>(ALL_REGIONS);
    for (const c of d.columns) {
      const expected = { text: 'string', number: 'number', boolean: 'boolean', list: 'object' }[c.type];
      for (const r of d.rows) {
        const v = r[c.key];
        const at = `${String(r[d.keyColumn])}.${c.key}`;
        if (v === null || v === undefined) continue;
        if (c.regional) {
          // Sparse maps: every key is a known region (data/regions.json); a missing region has no price.
          for (const region of Object.keys(regional(r, c.key))) if (!known.has(region)) bad.push(`${at}: unknown region ${region}`);
          continue;
        }
        if (typeof v !== expected || (c.type === 'list') !== Array.isArray(v)) bad.push(`${at}: ${JSON.stringify(v)} is not ${c.type}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has prices that are positive where present', () => {
    const bad: string[] = [];
    for (const c of d.columns.filter((x) => x.regional && x.money))
      for (const r of d.rows)
        for (const [region, p] of Object.entries(regional(r, c.key))) if (p !== null && !(p > 0)) bad.push(`${String(r[d.keyColumn])} ${region}: ${p}`);
    expect(bad).toEqual([]);
  });
});

describe('ec2-instances', () => {
  const d = load('ec2-instances');
  const price = (r: Row, region: string): number | null => regional(r, 'priceLinuxOnDemand')[region] ?? null;

  it('covers every instance type the EC2 API describes: current and previous generation, metal included', () => {
    expect(d.rows.length).toBeGreaterThanOrEqual(1300);
    const families = new Set(d.rows.map((r) => r.family));
    expect(families.size).toBeGreaterThanOrEqual(150);
    // The free-tier type, previous-generation classics, bare metal and the Mac and High Memory families.
    for (const t of ['t2.micro', 'm1.small', 'c3.large', 'm7i.metal-24xl', 'mac2.metal', 'u-6tb1.metal', 'p4d.24xlarge', 'hpc7g.16xlarge'])
      expect(() => row(d, t), t).not.toThrow();
    expect(new Set(d.rows.map((r) => r.category))).toEqual(new Set(['general', 'compute', 'memory', 'storage', 'accelerated']));
    expect(new Set(d.rows.map((r) => r.processorVendor))).toEqual(new Set(['intel', 'amd', 'aws', 'apple']));
  });

  it('has a generation column of exactly "current" or "previous" that agrees with currentGeneration', () => {
    for (const r of d.rows) {
      expect(['current', 'previous'], String(r.instanceType)).toContain(r.generation);
      expect(r.currentGeneration, String(r.instanceType)).toBe(r.generation === 'current');
    }
    const previous = d.rows.filter((r) => r.generation === 'previous');
    expect(previous.length).toBeGreaterThanOrEqual(40);
    expect(row(d, 'm1.small').generation).toBe('previous');
    expect(row(d, 't2.micro').generation).toBe('current');
    // AWS's previous-generation page lists M4 and C4 although the API flag still says current.
    expect([row(d, 'm4.large').generation, row(d, 'c4.large').generation]).toEqual(['previous', 'previous']);
  });

  it('prices nearly every type in us-east-1 and uses only regions from data/regions.json', () => {
    const priced = d.rows.filter((r) => price(r, 'us-east-1') !== null).length;
    expect(priced / d.rows.length).toBeGreaterThan(0.95);
    // Every region with a bundled price pack has EC2 prices for most current types.
    const current = d.rows.filter((r) => r.generation === 'current');
    for (const region of REGIONS) expect(current.filter((r) => price(r, region) !== null).length / current.length, region).toBeGreaterThan(0.5);
    const withPrices = new Set(d.rows.flatMap((r) => Object.keys(regional(r, 'priceLinuxOnDemand'))));
    expect(withPrices.size).toBeGreaterThanOrEqual(30);
  });

  it('pins the snapshots its figures came from', () => {
    expect(d.snapshots?.length).toBeGreaterThanOrEqual(3);
    for (const s of d.snapshots ?? []) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('matches known figures', () => {
    const m5 = row(d, 'm5.large');
    expect([m5.vCPU, m5.memoryGiB, m5.architecture, m5.processorVendor]).toEqual([2, 8, 'x86_64', 'intel']);
    expect(m5.networkPerformance).toBe('Up to 10 Gigabit');
    expect([m5.ebsBaselineBandwidthMbps, m5.ebsMaxBandwidthMbps, m5.ebsBaselineIops, m5.ebsMaxIops]).toEqual([650, 4750, 3600, 18750]);
    expect(price(m5, 'us-east-1')).toBe(0.096);
    expect(m5.instanceStorage).toBe('EBS only');
    expect(m5.instanceStorageGB).toBe(0);

    const t2 = row(d, 't2.micro');
    expect([t2.vCPU, t2.memoryGiB, t2.burstable, t2.networkPerformance, price(t2, 'us-east-1')]).toEqual([1, 1, true, 'Low to Moderate', 0.0116]);
    // t2 is not EBS-optimized: no dedicated EBS limits are published.
    expect(t2.ebsMaxBandwidthMbps).toBeNull();

    const m1 = row(d, 'm1.small');
    expect([m1.vCPU, m1.memoryGiB, m1.instanceStorage, m1.instanceStorageGB]).toEqual([1, 1.7, '1 x 160 GB HDD', 160]);

    const c7g = row(d, 'c7g.large');
    expect([c7g.architecture, c7g.processorVendor, c7g.vCPU, c7g.memoryGiB]).toEqual(['arm64', 'aws', 2, 4]);

    const m7a = row(d, 'm7a.large');
    expect(m7a.processorVendor).toBe('amd');

    const p5 = row(d, 'p5.48xlarge');
    expect([p5.gpus, p5.gpuModel, p5.gpuMemoryGiB, p5.vCPU, p5.memoryGiB, p5.instanceStorageGB]).toEqual([8, 'NVIDIA H100', 640, 192, 2048, 30400]);
    const p4d = row(d, 'p4d.24xlarge');
    expect([p4d.gpus, p4d.gpuModel, p4d.gpuMemoryGiB]).toEqual([8, 'NVIDIA A100', 320]);
    // Inferentia chips are accelerators, not GPUs.
    const inf2 = row(d, 'inf2.xlarge');
    expect([inf2.gpus, inf2.gpuModel]).toEqual([0, null]);
    expect(inf2.accelerators).toBe('1 x AWS Inferentia2');

    const i3en = row(d, 'i3en.large');
    expect(i3en.instanceStorage).toBe('1 x 1250 GB NVMe SSD');
    expect(i3en.category).toBe('storage');

    const t3 = row(d, 't3.micro');
    expect([t3.burstable, t3.vCPU, t3.memoryGiB]).toEqual([true, 2, 1]);

    const mac = row(d, 'mac2.metal');
    expect([mac.processorVendor, mac.architecture, mac.vCPU, mac.memoryGiB]).toEqual(['apple', 'arm64', 8, 16]);
  });

  it('keeps EBS and network figures internally consistent', () => {
    for (const r of d.rows) {
      const id = String(r.instanceType);
      if (typeof r.ebsBaselineBandwidthMbps === 'number' && typeof r.ebsMaxBandwidthMbps === 'number')
        expect(r.ebsBaselineBandwidthMbps, id).toBeLessThanOrEqual(r.ebsMaxBandwidthMbps);
      if (typeof r.ebsBaselineIops === 'number' && typeof r.ebsMaxIops === 'number')
        expect(r.ebsBaselineIops, id).toBeLessThanOrEqual(r.ebsMaxIops);
      // MB/s throughput is the Mbps bandwidth divided by 8.
      if (typeof r.ebsMaxThroughputMBps === 'number' && typeof r.ebsMaxBandwidthMbps === 'number')
        expect(r.ebsMaxThroughputMBps, id).toBeCloseTo(r.ebsMaxBandwidthMbps / 8, -1);
      expect(r.architecture === 'arm64', id).toBe(r.processorVendor === 'aws' || (r.processorVendor === 'apple' && r.family !== 'mac1'));
      // Unknown store stays unknown (null) in both columns; "EBS only" is exactly 0 GB.
      expect(r.instanceStorage === 'EBS only', id).toBe(r.instanceStorageGB === 0);
      expect(r.instanceStorage === null, id).toBe(r.instanceStorageGB === null);
      if (r.gpus === 0) expect([r.gpuModel, r.gpuMemoryGiB], id).toEqual([null, null]);
    }
  });
});

describe('s3-storage-classes', () => {
  const d = load('s3-storage-classes');

  it('lists every current class, the Intelligent-Tiering tiers and legacy RRS', () => {
    const names = d.rows.map((r) => String(r.storageClass));
    for (const n of ['S3 Standard', 'S3 Express One Zone', 'S3 Standard-IA', 'S3 One Zone-IA', 'S3 Glacier Instant Retrieval',
      'S3 Glacier Flexible Retrieval', 'S3 Glacier Deep Archive'])
      expect(names).toContain(n);
    for (const tier of ['Frequent Access', 'Infrequent Access', 'Archive Instant Access', 'Archive Access', 'Deep Archive Access'])
      expect(names.some((n) => n.startsWith('S3 Intelligent-Tiering') && n.includes(`: ${tier} tier`)), tier).toBe(true);
    expect(row(d, 'Reduced Redundancy Storage (legacy)').kind).toBe('legacy');
  });

  it('matches known figures', () => {
    const std = row(d, 'S3 Standard');
    expect(std.durability).toContain('99.999999999%');
    expect([std.minStorageDurationDays, std.minBillableObjectKB, std.availabilityPct]).toEqual([0, 0, 99.99]);
    expect(regional(std, 'storagePriceGBMonth')['us-east-1']).toBe(0.023);
    expect(row(d, 'S3 Glacier Deep Archive').minStorageDurationDays).toBe(180);
    expect(row(d, 'S3 Glacier Flexible Retrieval').minStorageDurationDays).toBe(90);
    expect(row(d, 'S3 Glacier Instant Retrieval').minStorageDurationDays).toBe(90);
    expect(row(d, 'S3 Standard-IA').minStorageDurationDays).toBe(30);
    expect(row(d, 'S3 Standard-IA').minBillableObjectKB).toBe(128);
    expect(row(d, 'S3 One Zone-IA').availabilityZones).toBe('1');
    expect(row(d, 'S3 One Zone-IA').availabilityPct).toBe(99.5);
    expect(String(row(d, 'S3 Glacier Deep Archive').perObjectOverheadKB)).toMatch(/40 KB.*32 KB.*8 KB/);
    expect(row(d, 'S3 Intelligent-Tiering: Frequent Access tier').minStorageDurationDays).toBe(0);
  });

  it('prices every class in us-east-1 and orders the cheaper classes below Standard', () => {
    const std = regional(row(d, 'S3 Standard'), 'storagePriceGBMonth')['us-east-1'] ?? 0;
    for (const r of d.rows) {
      const p = regional(r, 'storagePriceGBMonth')['us-east-1'];
      expect(p, String(r.storageClass)).not.toBeNull();
      if (/IA|Glacier|Archive/.test(String(r.storageClass))) expect(p!).toBeLessThan(std);
    }
  });
});

describe('ebs-volume-types', () => {
  const d = load('ebs-volume-types');

  it('lists every volume type', () => {
    expect(d.rows.map((r) => r.volumeType).sort()).toEqual(['gp2', 'gp3', 'io1', 'io2', 'sc1', 'st1', 'standard']);
    expect(String(row(d, 'io2').name)).toContain('Block Express');
  });

  it('matches known figures', () => {
    const gp2 = row(d, 'gp2');
    expect(gp2.maxIopsPerGiB).toBe(3);
    expect(String(gp2.baselineIops)).toMatch(/3 IOPS per GiB, minimum 100/);
    expect(gp2.maxIops).toBe(16000);
    // 16,000 / 3 rounds up to the 5,334 GiB where gp2 reaches its maximum.
    expect(Math.ceil(16000 / 3)).toBe(5334);
    const gp3 = row(d, 'gp3');
    expect([gp3.baselineIopsFixed, gp3.maxIopsPerGiB]).toEqual([3000, 500]);
    const io2 = row(d, 'io2');
    expect([io2.maxIops, io2.maxSizeGiB, io2.maxIopsPerGiB, io2.multiAttach]).toEqual([256000, 65536, 1000, true]);
    expect(io2.durability).toBe('99.999%');
    expect(row(d, 'io1').maxIops).toBe(64000);
    for (const hdd of ['st1', 'sc1']) expect(row(d, hdd).bootVolume).toBe(false);
    expect(row(d, 'st1').maxThroughputMiBps).toBe(500);
    expect(row(d, 'sc1').maxThroughputMiBps).toBe(250);
    expect(row(d, 'standard').currentGeneration).toBe(false);
    expect(regional(row(d, 'gp3'), 'priceGBMonth')['us-east-1']).toBe(0.08);
    expect(regional(row(d, 'gp2'), 'priceGBMonth')['us-east-1']).toBe(0.1);
  });

  it('keeps ratios consistent with maximums and sizes', () => {
    for (const r of d.rows) {
      if (typeof r.maxIopsPerGiB === 'number' && typeof r.maxIops === 'number' && typeof r.maxSizeGiB === 'number')
        expect(r.maxIopsPerGiB * r.maxSizeGiB, String(r.volumeType)).toBeGreaterThanOrEqual(r.maxIops);
      if (typeof r.minSizeGiB === 'number' && typeof r.maxSizeGiB === 'number') expect(r.minSizeGiB).toBeLessThan(r.maxSizeGiB);
      expect(r.multiAttach, String(r.volumeType)).toBe(r.volumeType === 'io1' || r.volumeType === 'io2');
    }
  });
});

describe('fargate-task-sizes', () => {
  const d = load('fargate-task-sizes');

  it('lists the seven Fargate CPU sizes with the memory each allows', () => {
    expect(d.rows.map((r) => [r.cpuUnits, r.vCPU])).toEqual([
      [256, 0.25],
      [512, 0.5],
      [1024, 1],
      [2048, 2],
      [4096, 4],
      [8192, 8],
      [16384, 16],
    ]);
    expect([row(d, '0.25 vCPU').memoryValuesGB, row(d, '0.25 vCPU').memoryStepGB]).toEqual([['0.5', '1', '2'], null]);
    expect(['2 vCPU', '8 vCPU', '16 vCPU'].map((k) => [row(d, k).memoryMinGB, row(d, k).memoryMaxGB, row(d, k).memoryStepGB])).toEqual([
      [4, 16, 1],
      [16, 60, 4],
      [32, 120, 8],
    ]);
  });

  it('agrees with itself: CPU units are 1,024 per vCPU, each range is whole steps, the words say the same figures', () => {
    for (const r of d.rows) {
      const at = String(r.taskCpu);
      expect(r.cpuUnits, at).toBe((r.vCPU as number) * 1024);
      const [min, max, step] = [r.memoryMinGB as number, r.memoryMaxGB as number, r.memoryStepGB as number | null];
      if (step !== null) expect(Number.isInteger((max - min) / step), at).toBe(true);
      expect(String(r.memory), at).toContain(`${min} GB`);
      expect(String(r.memory), at).toContain(`${max} GB`);
    }
    // Windows containers need at least 1 vCPU and the 8 and 16 vCPU sizes are Linux only.
    expect(d.rows.filter((r) => (r.operatingSystems as string[]).includes('Windows')).map((r) => r.vCPU)).toEqual([1, 2, 4]);
  });
});
