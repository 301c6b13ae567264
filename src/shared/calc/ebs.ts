import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { AppError } from '../result';
import { positive, region } from './common';
import { roundCents, roundTo, sum, usd, ZERO, type Money } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const EBS_PRICE_KEYS = [
  'ebs.gp3.gbMonth',
  'ebs.gp3.iopsMonth',
  'ebs.gp3.throughputMiBpsMonth',
  'ebs.gp2.gbMonth',
  'ebs.io1.gbMonth',
  'ebs.io1.iopsMonth',
  'ebs.io2.gbMonth',
  'ebs.io2.iopsTier1Month',
  'ebs.io2.iopsTier2Month',
  'ebs.io2.iopsTier3Month',
  'ebs.st1.gbMonth',
  'ebs.sc1.gbMonth',
] as const;

export type VolumeType = 'gp2' | 'gp3' | 'io1' | 'io2' | 'st1' | 'sc1';

/** Per-type rules from the EBS User Guide (volume types page), current generation. */
export const EBS_RULES: Record<VolumeType, { minGiB: number; maxGiB: number; maxIops: number; maxIopsPerGiB?: number; minIops?: number; maxMiBps: number }> = {
  gp2: { minGiB: 1, maxGiB: 16_384, maxIops: 16_000, maxMiBps: 250 },
  gp3: { minGiB: 1, maxGiB: 65_536, maxIops: 80_000, maxIopsPerGiB: 500, minIops: 3000, maxMiBps: 2000 },
  io1: { minGiB: 4, maxGiB: 16_384, maxIops: 64_000, maxIopsPerGiB: 50, minIops: 100, maxMiBps: 1000 },
  io2: { minGiB: 4, maxGiB: 65_536, maxIops: 256_000, maxIopsPerGiB: 1000, minIops: 100, maxMiBps: 4000 },
  st1: { minGiB: 125, maxGiB: 16_384, maxIops: 500, maxMiBps: 500 },
  sc1: { minGiB: 125, maxGiB: 16_384, maxIops: 250, maxMiBps: 250 },
};
const GP2_BURST_IOPS = 3000;
const GP2_CREDIT_BUCKET = 5_400_000;
const GP2_SUSTAINED_MIBPS_PER_GIB = 0.75;
const GP3_FREE_IOPS = 3000;
const GP3_FREE_MIBPS = 125;
/** gp3 throughput ceiling per provisioned IOPS (MiB/s per IOPS). */
const GP3_MIBPS_PER_IOPS = 0.25;

export interface InstanceEbsLimits {
  ebsBaselineIops?: number | null;
  ebsMaxIops?: number | null;
  ebsBaselineThroughputMBps?: number | null;
  ebsMaxBandwidthMbps?: number | null;
}
export interface EbsContext {
  instanceLimits?: (instanceType: string) => InstanceEbsLimits | undefined;
}

export const ebsInput = z
  .strictObject({
    region,
    mode: z.enum(['evaluate', 'recommend']).default('evaluate'),
    volumeType: z.enum(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1']).default('gp3'),
    sizeGiB: positive('sizeGiB', 1e7).int('sizeGiB must be a whole number of GiB'),
    iops: positive('iops', 1e7).int('iops must be a whole number').optional(),
    throughputMiBps: positive('throughputMiBps', 1e6).optional(),
    /** For recommend mode: what the workload needs. */
    requiredIops: positive('requiredIops', 1e7).optional(),
    requiredThroughputMiBps: positive('requiredThroughputMiBps', 1e6).optional(),
    instanceType: z.string().regex(/^[a-z0-9]+[a-z0-9-]*\.[a-z0-9-]+$/, 'instanceType looks like m7g.large').optional(),
    prices: priceOverrides,
  });
export type EbsInput = z.input<typeof ebsInput>;

export interface EbsEvaluation {
  volumeType: VolumeType;
  sizeGiB: number;
  baselineIops: number;
  maxIops: number;
  throughputMiBps: number;
  burstIops: number | null;
  burstSeconds: number | null;
  /** st1/sc1: throughput while burst credits last (null for SSD types). */
  burstThroughputMiBps: number | null;
  monthly: { storage: number; iops: number; throughput: number; total: number };
}

export type Limiter = 'volume' | 'instance' | 'unknown';

export interface EbsOutput extends EbsEvaluation {
  chart: { costVsSize: { sizeGiB: number; monthlyUSD: number; baselineIops: number; throughputMiBps: number }[] };
  effectiveIops: number;
  effectiveThroughputMiBps: number;
  /**
   * What caps the peak (burst) figures `effectiveIops` / `effectiveThroughputMiBps`: the volume's maximum or the
   * instance's maximum EBS figures. Kept under this name for scripts; the screen shows `burstBottleneck`.
   */
  bottleneck: Limiter;
  /** Same as `bottleneck`: what caps the peak figures, reached only in bursts on smaller instances. */
  burstBottleneck: Limiter;
  /**
   * What caps the figures sustained all day (`sustainedIops`, `sustainedThroughputMiBps`): `instance` when either
   * is the instance's baseline (below the volume's), `volume` when both are the volume's; from the same minimums.
   */
  sustainedBottleneck?: Limiter;
  /**
   * What the pair sustains all day when the instance's EBS limits are known: the lower of the volume's
   * baseline and the instance's baseline (smaller instances reach their maximum only in bursts).
   */
  sustainedIops?: number;
  sustainedThroughputMiBps?: number;
  recommendations?: (EbsEvaluation & { meets: boolean; note: string })[];
  trace: TraceStep[];
  warnings: string[];
}

function fail(field: string, message: string): never {
  throw new AppError('VALIDATION', `${field}: ${message}`, [{ path: field, message }]);
}

/**
 * Provisioned IOPS SSD throughput from the IOPS (EBS User Guide, Provisioned IOPS volumes): io1 up to
 * 32,000 IOPS moves 256 KiB I/Os but caps at 500 MiB/s; above 32,000 IOPS it grows 16 KiB per IOPS to
 * 1,000 MiB/s at 64,000. io2 (Block Express) moves 256 KiB per IOPS up to 4,000 MiB/s.
 */
export function ioThroughput(type: 'io1' | 'io2', iops: number): { MiBps: number; formula: string; substituted: string } {
  if (type === 'io2') return { MiBps: Math.min(4000, (iops * 256) / 1024), formula: 'min(4,000, IOPS × 256 KiB ÷ 1,024)', substituted: `min(4,000, ${fmt(iops)} × 256 ÷ 1,024)` };
  if (iops <= 32_000) return { MiBps: Math.min(500, (iops * 256) / 1024), formula: 'min(500, IOPS × 256 KiB ÷ 1,024) up to 32,000 IOPS', substituted: `min(500, ${fmt(iops)} × 256 ÷ 1,024)` };
  return { MiBps: Math.min(1000, (iops * 16) / 1024), formula: 'IOPS × 16 KiB ÷ 1,024 above 32,000 IOPS (max 1,000)', substituted: `${fmt(iops)} × 16 ÷ 1,024` };
}

function io2Iops(iops: number, prices: Prices, t?: Trace): Money {
  const tiers: [number, string][] = [
    [Math.min(iops, 32_000), 'ebs.io2.iopsTier1Month'],
    [Math.max(0, Math.min(iops, 64_000) - 32_000), 'ebs.io2.iopsTier2Month'],
    [Math.max(0, iops - 64_000), 'ebs.io2.iopsTier3Month'],
  ];
  return sum(
    tiers.map(([q, k], i) => {
      if (q <= 0) return ZERO;
      const p = prices.get(k);
      const a = usd(q).times(p.value);
      t?.add({ label: `io2 IOPS, tier ${i + 1}`, formula: 'IOPS in tier × price per IOPS-month', substituted: `${fmt(q)} × ${p.usd}`, rounding: 'cents, for display only', result: roundCents(a), unit: 'USD/month', fact: p.fact });
      return a;
    }),
  );
}

/** Performance and monthly cost of one volume; throws VALIDATION for sizes/IOPS the type does not allow. */
export function evaluateVolume(type: VolumeType, sizeGiB: number, iopsIn: number | undefined, tputIn: number | undefined, prices: Prices, t?: Trace): EbsEvaluation {
  const r = EBS_RULES[type];
  if (sizeGiB < r.minGiB || sizeGiB > r.maxGiB) fail('sizeGiB', `${type} volumes are ${r.minGiB.toLocaleString('en-US')}–${r.maxGiB.toLocaleString('en-US')} GiB (got ${sizeGiB})`);
  let baselineIops: number;
  let maxIops: number;
  let tput: number;
  let burstIops: number | null = null;
  let burstSeconds: number | null = null;
  let burstThroughputMiBps: number | null = null;
  let iopsCost: Money = ZERO;
  let tputCost: Money = ZERO;
  const storageP = prices.get(`ebs.${type}.gbMonth`);
  const storage = usd(sizeGiB).times(storageP.value);
  t?.add({ label: 'Storage', formula: 'size (GiB) × price per GB-month', substituted: `${fmt(sizeGiB)} × ${storageP.usd}`, rounding: 'cents, for display only', result: roundCents(storage), unit: 'USD/month', fact: storageP.fact });
  switch (type) {
    case 'gp2': {
      if (iopsIn !== undefined) fail('iops', 'gp2 IOPS follow size (3 IOPS per GiB); they cannot be provisioned — use gp3');
      baselineIops = Math.min(16_000, Math.max(100, 3 * sizeGiB));
      t?.add({ label: 'gp2 baseline IOPS', formula: 'clamp(3 × GiB, 100, 16,000)', substituted: `clamp(3 × ${fmt(sizeGiB)}, 100, 16,000)`, result: baselineIops, unit: 'IOPS' });
      if (baselineIops < GP2_BURST_IOPS) {
        burstIops = GP2_BURST_IOPS;
        burstSeconds = Math.round(GP2_CREDIT_BUCKET / (GP2_BURST_IOPS - baselineIops));
        t?.add({ label: 'gp2 burst duration from a full credit bucket', formula: '5,400,000 credits ÷ (3,000 − baseline IOPS)', substituted: `5,400,000 ÷ (3,000 − ${baselineIops})`, rounding: 'nearest second', result: burstSeconds, unit: 's' });
      }
      maxIops = Math.max(baselineIops, burstIops ?? 0);
      tput = sizeGiB <= 170 ? 128 : 250;
      t?.add({ label: 'gp2 maximum throughput', formula: '128 MiB/s up to 170 GiB, else 250 MiB/s (170–334 GiB only while burst credits last)', substituted: `${fmt(sizeGiB)} GiB`, result: tput, unit: 'MiB/s' });
      t?.add({ label: 'gp2 sustained throughput', formula: 'min(250, baseline IOPS × 256 KiB ÷ 1,024)', substituted: `min(250, ${baselineIops} × 256 ÷ 1,024)`, result: Math.min(250, (baselineIops * 256) / 1024), unit: 'MiB/s' });
      break;
    }
    case 'gp3': {
      const iops = iopsIn ?? GP3_FREE_IOPS;
      if (iops < GP3_FREE_IOPS) fail('iops', 'gp3 always delivers at least 3,000 IOPS (included in the price)');
      if (iops > r.maxIops) fail('iops', `gp3 allows at most ${r.maxIops.toLocaleString('en-US')} IOPS`);
      if (iops > r.maxIopsPerGiB! * sizeGiB && iops > GP3_FREE_IOPS) fail('iops', `gp3 allows at most 500 IOPS per GiB: ${fmt(sizeGiB)} GiB allows ${(500 * sizeGiB).toLocaleString('en-US')}`);
      tput = tputIn ?? GP3_FREE_MIBPS;
      if (tput < GP3_FREE_MIBPS) fail('throughputMiBps', 'gp3 always delivers at least 125 MiB/s (included in the price)');
      if (tput > r.maxMiBps) fail('throughputMiBps', `gp3 allows at most ${r.maxMiBps.toLocaleString('en-US')} MiB/s`);
      if (tput > GP3_FREE_MIBPS && tput > iops * GP3_MIBPS_PER_IOPS) fail('throughputMiBps', `gp3 allows at most 0.25 MiB/s per provisioned IOPS: ${fmt(iops)} IOPS allow ${fmt(iops * GP3_MIBPS_PER_IOPS)} MiB/s`);
      baselineIops = maxIops = iops;
      const pI = prices.get('ebs.gp3.iopsMonth');
      iopsCost = usd(Math.max(0, iops - GP3_FREE_IOPS)).times(pI.value);
      t?.add({ label: 'gp3 IOPS above the free 3,000', formula: 'max(0, IOPS − 3,000) × price per IOPS-month', substituted: `max(0, ${fmt(iops)} − 3,000) × ${pI.usd}`, rounding: 'cents, for display only', result: roundCents(iopsCost), unit: 'USD/month', fact: pI.fact });
      const pT = prices.get('ebs.gp3.throughputMiBpsMonth');
      tputCost = usd(Math.max(0, tput - GP3_FREE_MIBPS)).times(pT.value);
      t?.add({ label: 'gp3 throughput above the free 125 MiB/s', formula: 'max(0, MiB/s − 125) × price per MiB/s-month', substituted: `max(0, ${fmt(tput)} − 125) × ${pT.usd}`, rounding: 'cents, for display only', result: roundCents(tputCost), unit: 'USD/month', fact: pT.fact });
      break;
    }
    case 'io1':
    case 'io2': {
      if (iopsIn === undefined) fail('iops', `${type} needs provisioned iops`);
      const iops = iopsIn;
      if (iops < r.minIops!) fail('iops', `${type} needs at least ${r.minIops} IOPS`);
      if (iops > r.maxIops) fail('iops', `${type} allows at most ${r.maxIops.toLocaleString('en-US')} IOPS`);
      if (iops > r.maxIopsPerGiB! * sizeGiB) fail('iops', `${type} allows at most ${r.maxIopsPerGiB} IOPS per GiB: ${fmt(sizeGiB)} GiB allows ${(r.maxIopsPerGiB! * sizeGiB).toLocaleString('en-US')}`);
      baselineIops = maxIops = iops;
      const th = ioThroughput(type, iops);
      tput = th.MiBps;
      if (tputIn !== undefined && tputIn > tput) fail('throughputMiBps', `${type} with ${fmt(iops)} IOPS delivers at most ${fmt(tput)} MiB/s`);
      t?.add({ label: `${type} throughput`, formula: th.formula, substituted: th.substituted, result: tput, unit: 'MiB/s' });
      if (type === 'io1') {
        const p = prices.get('ebs.io1.iopsMonth');
        iopsCost = usd(iops).times(p.value);
        t?.add({ label: 'io1 provisioned IOPS', formula: 'IOPS × price per IOPS-month', substituted: `${fmt(iops)} × ${p.usd}`, rounding: 'cents, for display only', result: roundCents(iopsCost), unit: 'USD/month', fact: p.fact });
      } else iopsCost = io2Iops(iops, prices, t);
      break;
    }
    case 'st1':
    case 'sc1': {
      if (iopsIn !== undefined) fail('iops', `${type} is throughput-optimised HDD: IOPS cannot be provisioned`);
      const tib = sizeGiB / 1024;
      const [base, burst] = type === 'st1' ? [40, 250] : [12, 80];
      const baseT = Math.min(r.maxMiBps, base * tib);
      const burstT = Math.min(r.maxMiBps, burst * tib);
      tput = baseT;
      burstThroughputMiBps = roundTo(burstT, 2);
      t?.add({ label: `${type} baseline throughput`, formula: `min(${r.maxMiBps}, ${base} MiB/s per TiB × TiB)`, substituted: `min(${r.maxMiBps}, ${base} × ${fmt(tib, 4)})`, result: roundTo(baseT, 2), unit: 'MiB/s' });
      t?.add({ label: `${type} burst throughput`, formula: `min(${r.maxMiBps}, ${burst} MiB/s per TiB × TiB)`, substituted: `min(${r.maxMiBps}, ${burst} × ${fmt(tib, 4)})`, result: roundTo(burstT, 2), unit: 'MiB/s' });
      // A full bucket holds 1 TiB of burst credit per TiB of volume.
      burstSeconds = burstT > baseT ? Math.round((tib * 1024 * 1024) / (burstT - baseT)) : null;
      if (burstSeconds !== null)
        t?.add({ label: `${type} burst duration from a full bucket`, formula: 'bucket (1 TiB per TiB, in MiB) ÷ (burst − baseline MiB/s)', substituted: `${fmt(tib * 1024 * 1024)} ÷ (${fmt(burstT, 2)} − ${fmt(baseT, 2)})`, rounding: 'nearest second', result: burstSeconds, unit: 's' });
      baselineIops = maxIops = r.maxIops;
      burstIops = null;
      break;
    }
  }
  const total = storage.plus(iopsCost).plus(tputCost);
  t?.add({ label: 'Total', formula: 'storage + IOPS + throughput', substituted: '', rounding: 'cents', result: roundCents(total), unit: 'USD/month' });
  return {
    volumeType: type,
    sizeGiB,
    baselineIops,
    maxIops,
    throughputMiBps: roundTo(tput, 2),
    burstIops,
    burstSeconds,
    burstThroughputMiBps,
    monthly: { storage: roundCents(storage), iops: roundCents(iopsCost), throughput: roundCents(tputCost), total: roundCents(total) },
  };
}

/** Cheapest configuration of `type` meeting the need, or null if the type cannot. */
function cheapestOf(type: VolumeType, sizeGiB: number, needIops: number, needMiBps: number, prices: Prices): (EbsEvaluation & { meets: boolean; note: string }) | null {
  const r = EBS_RULES[type];
  let size = Math.max(sizeGiB, r.minGiB);
  try {
    switch (type) {
      case 'gp2': {
        // Sustained (credit-free) gp2 throughput is baseline IOPS × 256 KiB = 0.75 MiB/s per GiB, up to 250.
        size = Math.max(size, Math.ceil(needIops / 3), Math.ceil(needMiBps / GP2_SUSTAINED_MIBPS_PER_GIB));
        if (needIops > 16_000 || needMiBps > 250 || size > r.maxGiB) return null;
        return { ...evaluateVolume('gp2', size, undefined, undefined, prices), meets: true, note: size > sizeGiB ? `size raised to ${size} GiB for the IOPS` : 'baseline meets the need' };
      }
      case 'gp3': {
        const iops = Math.max(GP3_FREE_IOPS, needIops, Math.ceil(needMiBps / GP3_MIBPS_PER_IOPS) * (needMiBps > GP3_FREE_MIBPS ? 1 : 0));
        size = Math.max(size, Math.ceil(iops / 500));
        if (iops > r.maxIops || needMiBps > r.maxMiBps) return null;
        return { ...evaluateVolume('gp3', size, iops, Math.max(GP3_FREE_MIBPS, needMiBps), prices), meets: true, note: `${iops.toLocaleString('en-US')} IOPS, ${Math.max(125, needMiBps)} MiB/s provisioned` };
      }
      case 'io1':
      case 'io2': {
        // io1 needs more than 32,000 IOPS (16 KiB each) to pass 500 MiB/s.
        const forTput = type === 'io1' && needMiBps > 500 ? Math.max(32_001, Math.ceil((needMiBps * 1024) / 16)) : Math.ceil((needMiBps * 1024) / 256);
        const iops = Math.max(r.minIops!, needIops, forTput);
        size = Math.max(size, Math.ceil(iops / r.maxIopsPerGiB!));
        if (iops > r.maxIops || needMiBps > r.maxMiBps || size > r.maxGiB) return null;
        return { ...evaluateVolume(type, size, iops, undefined, prices), meets: true, note: `${iops.toLocaleString('en-US')} IOPS provisioned` };
      }
      case 'st1':
      case 'sc1': {
        if (needIops > r.maxIops) return null;
        const perTiB = type === 'st1' ? 40 : 12;
        size = Math.max(size, Math.ceil((needMiBps / perTiB) * 1024));
        if (size > r.maxGiB || needMiBps > r.maxMiBps) return null;
        return { ...evaluateVolume(type, size, undefined, undefined, prices), meets: true, note: 'sequential workloads only (large I/O)' };
      }
    }
  } catch {
    return null;
  }
}

/**
 * EBS volume performance and monthly cost, with the instance cross-check and a recommend mode.
 * gp3: 3,000 IOPS and 125 MiB/s included; extra IOPS at the IOPS-month price (up to 500 per GiB), extra
 * throughput at the MiB/s-month price (up to 0.25 MiB/s per IOPS). io2 IOPS priced in tiers (≤32,000;
 * 32,001–64,000; above). Example (EBS pricing page rates, us-east-1): 2,000 GiB gp3 with 5,000 IOPS and
 * 200 MiB/s = 2,000 × $0.08 + 2,000 × $0.005 + 75 × $0.04 = $160 + $10 + $3 = $173 a month.
 */
export function ebs(input: z.output<typeof ebsInput>, pack: PricePack, ctx: EbsContext = {}): EbsOutput {
  const prices = new Prices(pack, input.prices ?? {}, EBS_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  let recommendations: EbsOutput['recommendations'];
  let chosen: EbsEvaluation;
  if (input.mode === 'recommend') {
    const needIops = input.requiredIops ?? input.iops ?? 0;
    const needMiBps = input.requiredThroughputMiBps ?? input.throughputMiBps ?? 0;
    if (!needIops && !needMiBps) fail('requiredIops', 'recommend mode needs requiredIops and/or requiredThroughputMiBps');
    recommendations = (['gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1'] as VolumeType[])
      .map((v) => cheapestOf(v, input.sizeGiB, needIops, needMiBps, prices))
      .filter((x): x is NonNullable<typeof x> => x !== null)
      .sort((a, b) => a.monthly.total - b.monthly.total);
    if (!recommendations.length) fail('requiredIops', 'no single EBS volume meets this; stripe volumes (RAID 0) or use instance store');
    const best = recommendations[0]!;
    t.add({ label: 'Cheapest volume meeting the need', formula: 'evaluate each type at its minimum configuration, sort by monthly total', substituted: recommendations.map((r) => `${r.volumeType} $${r.monthly.total}`).join(', '), result: best.volumeType, unit: '' });
    chosen = evaluateVolume(best.volumeType, best.sizeGiB, best.volumeType === 'gp3' || best.volumeType.startsWith('io') ? best.baselineIops : undefined, best.volumeType === 'gp3' ? best.throughputMiBps : undefined, prices, t);
  } else chosen = evaluateVolume(input.volumeType, input.sizeGiB, input.iops, input.throughputMiBps, prices, t);

  let effectiveIops = chosen.maxIops;
  let effectiveTput = chosen.throughputMiBps;
  let bottleneck: Limiter = 'unknown';
  const sustained: { iops?: number; throughputMiBps?: number; limitedBy?: Limiter; instIops?: number; instMiBps?: number } = {};
  if (input.instanceType) {
    const lim = ctx.instanceLimits?.(input.instanceType);
    if (!ctx.instanceLimits) warnings.push('The EC2 instance table is not available; the instance check was skipped.');
    else if (!lim) warnings.push(`Instance ${input.instanceType} is not in the EC2 table; the instance check was skipped.`);
    else {
      bottleneck = 'volume';
      if (lim.ebsMaxIops && lim.ebsMaxIops < chosen.maxIops) {
        effectiveIops = lim.ebsMaxIops;
        bottleneck = 'instance';
        warnings.push(`${input.instanceType} supports at most ${lim.ebsMaxIops.toLocaleString('en-US')} EBS IOPS${lim.ebsBaselineIops ? ` (baseline ${lim.ebsBaselineIops.toLocaleString('en-US')})` : ''}: the instance, not the volume, is the bottleneck.`);
      }
      if (lim.ebsMaxBandwidthMbps) {
        const instMiBps = (lim.ebsMaxBandwidthMbps * 1e6) / 8 / 1048576;
        if (instMiBps < chosen.throughputMiBps) {
          effectiveTput = roundTo(instMiBps, 1);
          bottleneck = 'instance';
          warnings.push(`${input.instanceType} EBS bandwidth is ${lim.ebsMaxBandwidthMbps.toLocaleString('en-US')} Mbps ≈ ${roundTo(instMiBps, 1)} MiB/s: below the volume's ${chosen.throughputMiBps} MiB/s.`);
        }
      }
      // Smaller instances reach their maximum EBS figures only in bursts (30 minutes a day); the baseline is sustained.
      if (bottleneck === 'volume' && lim.ebsBaselineIops && lim.ebsBaselineIops < chosen.maxIops)
        warnings.push(`${input.instanceType} sustains ${lim.ebsBaselineIops.toLocaleString('en-US')} EBS IOPS (baseline) and reaches ${lim.ebsMaxIops?.toLocaleString('en-US') ?? 'its maximum'} only in bursts: sustained load above the baseline is limited by the instance.`);
      t.add({ label: 'Effective IOPS (volume vs instance)', formula: 'min(volume max IOPS, instance max EBS IOPS)', substituted: `min(${chosen.maxIops}, ${lim.ebsMaxIops ?? '—'})`, result: effectiveIops, unit: 'IOPS' });
      const instIops = lim.ebsBaselineIops ?? lim.ebsMaxIops;
      if (instIops) {
        sustained.iops = Math.min(chosen.baselineIops, instIops);
        sustained.limitedBy = instIops < chosen.baselineIops ? 'instance' : 'volume';
        sustained.instIops = instIops;
        t.add({ label: 'Sustained IOPS (volume baseline vs instance baseline)', formula: 'min(volume baseline IOPS, instance baseline EBS IOPS)', substituted: `min(${chosen.baselineIops}, ${instIops})`, result: sustained.iops, unit: 'IOPS' });
      }
      const instMBps = lim.ebsBaselineThroughputMBps ?? (lim.ebsMaxBandwidthMbps ? lim.ebsMaxBandwidthMbps / 8 : null);
      if (instMBps) {
        const instMiBps = roundTo((instMBps * 1e6) / 1048576, 1);
        sustained.throughputMiBps = Math.min(chosen.throughputMiBps, instMiBps);
        sustained.instMiBps = instMiBps;
        if (instMiBps < chosen.throughputMiBps) sustained.limitedBy = 'instance';
        else sustained.limitedBy ??= 'volume';
        if (lim.ebsBaselineThroughputMBps && instMiBps < chosen.throughputMiBps && effectiveTput === chosen.throughputMiBps)
          warnings.push(`${input.instanceType} sustains ${fmt(instMBps)} MB/s ≈ ${instMiBps} MiB/s of EBS throughput (baseline): the volume's ${chosen.throughputMiBps} MiB/s is reached only in bursts.`);
        t.add({ label: 'Sustained throughput (volume vs instance baseline)', formula: 'min(volume MiB/s, instance baseline MB/s × 10⁶ ÷ 2²⁰)', substituted: `min(${chosen.throughputMiBps}, ${fmt(instMBps)} × 1,000,000 ÷ 1,048,576)`, rounding: '0.1 MiB/s', result: sustained.throughputMiBps, unit: 'MiB/s' });
      }
    }
  }
  if (sustained.limitedBy) {
    const parts = [
      sustained.iops !== undefined ? `IOPS min(volume ${chosen.baselineIops}, instance ${sustained.instIops}) = ${sustained.iops}` : null,
      sustained.throughputMiBps !== undefined ? `MiB/s min(volume ${chosen.throughputMiBps}, instance ${sustained.instMiBps}) = ${sustained.throughputMiBps}` : null,
    ].filter(Boolean);
    t.add({ label: 'Sustained bottleneck', formula: 'instance if the instance baseline is the lower side of either sustained minimum, else volume', substituted: parts.join('; '), result: sustained.limitedBy, unit: '' });
  }
  if (chosen.volumeType === 'gp2' && chosen.sizeGiB < 1000) warnings.push('gp2 below 1,000 GiB relies on burst credits; gp3 gives 3,000 IOPS steadily and costs about 20% less per GB.');
  if (chosen.volumeType === 'io1') warnings.push('io2 offers higher durability (99.999%) and more IOPS per GiB at the same base price as io1.');
  // How cost and performance move with size for this type and configuration (invalid sizes are skipped).
  const r = EBS_RULES[chosen.volumeType];
  const sizes = [0.25, 0.5, 1, 2, 4, 8].map((f) => Math.round(chosen.sizeGiB * f)).filter((s) => s >= r.minGiB && s <= r.maxGiB);
  const costVsSize = sizes.flatMap((s) => {
    try {
      const e = evaluateVolume(chosen.volumeType, s, chosen.volumeType === 'gp2' || chosen.volumeType.startsWith('s') ? undefined : chosen.baselineIops, chosen.volumeType === 'gp3' ? chosen.throughputMiBps : undefined, prices);
      return [{ sizeGiB: s, monthlyUSD: e.monthly.total, baselineIops: e.baselineIops, throughputMiBps: e.throughputMiBps }];
    } catch {
      return [];
    }
  });
  return { ...chosen, chart: { costVsSize }, effectiveIops, effectiveThroughputMiBps: effectiveTput, bottleneck, burstBottleneck: bottleneck, ...(sustained.limitedBy ? { sustainedBottleneck: sustained.limitedBy } : {}), ...(sustained.iops !== undefined ? { sustainedIops: sustained.iops } : {}), ...(sustained.throughputMiBps !== undefined ? { sustainedThroughputMiBps: sustained.throughputMiBps } : {}), ...(recommendations ? { recommendations } : {}), trace: t.steps, warnings };
}
