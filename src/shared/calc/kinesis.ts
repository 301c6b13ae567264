import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { positive, region } from './common';
import { HOURS_PER_MONTH, roundCents, roundTo, sum, usd, ZERO, type Money } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const KINESIS_PRICE_KEYS = [
  'kinesis.provisioned.shardHour',
  'kinesis.provisioned.putPayloadUnitMillion',
  'kinesis.retention.extendedShardHour',
  'kinesis.retention.longTermGBMonth',
  'kinesis.efo.consumerShardHour',
  'kinesis.efo.dataGB',
  'kinesis.onDemand.streamHour',
  'kinesis.onDemand.ingestGB',
  'kinesis.onDemand.retrievalGB',
  'kinesis.onDemand.efoRetrievalGB',
  'kinesis.onDemand.extendedRetentionGBMonth',
] as const;

/** Per-shard limits (Kinesis Data Streams quotas): 1 MiB/s or 1,000 records/s in, 2 MiB/s shared out. */
export const SHARD_INGRESS_MIB_S = 1;
export const SHARD_INGRESS_RECORDS_S = 1000;
export const SHARD_EGRESS_MIB_S = 2;
const PUT_PAYLOAD_UNIT_KB = 25;

const kinesisFields = z.strictObject({
  region,
  recordsPerSecond: positive('recordsPerSecond', 1e9).optional(),
  /** Average record size in KB (1 KB = 1,024 bytes). */
  avgRecordKB: positive('avgRecordKB', 1e6).refine((v) => v <= 1024, { error: 'avgRecordKB: a Kinesis record is at most 1 MiB (1,024 KB)' }).optional(),
  /**
   * Write throughput as people state it, in MiB/s. With recordsPerSecond it gives the average record size;
   * with avgRecordKB, the record rate. Shards are then sized from this bandwidth as stated.
   */
  ingressMiBps: positive('ingressMiBps', 1e6).optional(),
  /** Consumer applications sharing the 2 MiB/s per-shard read throughput. */
  consumers: z.number().int().min(0).max(100).default(1),
  /** Enhanced fan-out consumers (each gets its own 2 MiB/s per shard). */
  efoConsumers: z.number().int().min(0).max(20, 'efoConsumers: at most 20 enhanced fan-out consumers per stream').default(0),
  retentionHours: z.number().min(24, 'retentionHours is at least 24').max(8760, 'retentionHours is at most 8,760 (365 days)').default(24),
  mode: z.enum(['provisioned', 'on-demand']).default('provisioned'),
  /** Peak records/s sizes the shards (provisioned); the average drives per-GB and per-unit charges. */
  peakRecordsPerSecond: positive('peakRecordsPerSecond', 1e9).optional(),
  hoursPerMonth: z.number().min(1).max(744).default(HOURS_PER_MONTH),
  prices: priceOverrides,
});

/**
 * Any two of recordsPerSecond, avgRecordKB and ingressMiBps describe the stream (all three must agree);
 * the third is derived. The output always carries recordsPerSecond and avgRecordKB.
 */
export const kinesisInput = kinesisFields
  .superRefine((v, ctx) => {
    const given = [v.recordsPerSecond, v.avgRecordKB, v.ingressMiBps].filter((x) => x !== undefined).length;
    if (given < 2)
      ctx.addIssue({
        code: 'custom',
        path: [v.recordsPerSecond === undefined ? 'recordsPerSecond' : 'avgRecordKB'],
        message: 'give two of recordsPerSecond, avgRecordKB and ingressMiBps (e.g. 3,000 records/s and 5 MiB/s)',
      });
    if (given === 3) {
      const implied = ((v.recordsPerSecond as number) * (v.avgRecordKB as number)) / 1024;
      if (Math.abs(implied - (v.ingressMiBps as number)) > Math.max(0.01, 0.01 * implied))
        ctx.addIssue({ code: 'custom', path: ['ingressMiBps'], message: `ingressMiBps disagrees with recordsPerSecond × avgRecordKB (${implied.toFixed(3)} MiB/s); give two of the three` });
    }
    if (v.recordsPerSecond === undefined && v.avgRecordKB !== undefined && v.ingressMiBps !== undefined && (v.ingressMiBps * 1024) / v.avgRecordKB > 1e9)
      ctx.addIssue({ code: 'custom', path: ['ingressMiBps'], message: 'that is more than 10⁹ records/s' });
    if (v.avgRecordKB === undefined && v.recordsPerSecond !== undefined && v.ingressMiBps !== undefined && (v.ingressMiBps * 1024) / v.recordsPerSecond > 1024)
      ctx.addIssue({ code: 'custom', path: ['ingressMiBps'], message: 'that makes the average record larger than 1 MiB, the Kinesis maximum' });
  })
  .transform((v) => ({
    ...v,
    recordsPerSecond: v.recordsPerSecond ?? ((v.ingressMiBps as number) * 1024) / (v.avgRecordKB as number),
    avgRecordKB: v.avgRecordKB ?? ((v.ingressMiBps as number) * 1024) / (v.recordsPerSecond as number),
    statedIngressMiBps: v.ingressMiBps,
  }));
export type KinesisInput = z.input<typeof kinesisInput>;
type KinesisParsed = z.output<typeof kinesisInput>;

export type BindingLimit = 'ingress-mbps' | 'ingress-records' | 'egress';
const BINDING_LABEL: Record<BindingLimit, string> = {
  'ingress-mbps': 'write bandwidth (1 MiB/s per shard)',
  'ingress-records': 'write records (1,000 records/s per shard)',
  egress: 'shared read bandwidth (2 MiB/s per shard)',
};

export interface KinesisOutput {
  /** Data written and read (shared consumers), at the average record size. */
  ingressMiBps: number;
  egressMiBps: number;
  /** The average record size rounded up to 1 KiB, and the write bandwidth AWS's shard formula uses. */
  sizingRecordKiB: number;
  sizingIngressMiBps: number;
  shards: number;
  bindingLimit: BindingLimit;
  /** The binding limit in words (ingress-mbps is MiB/s of writes, not megabits). */
  bindingLimitLabel: string;
  shardsByLimit: Record<BindingLimit, number>;
  putPayloadUnitsPerRecord: number;
  monthly: Record<string, number> & { total: number };
  chart: { shardsAndCostVsThroughput: { recordsPerSecond: number; shards: number; provisionedUSD: number; onDemandUSD: number }[] };
  trace: TraceStep[];
  warnings: string[];
}

/**
 * AWS's sizing formula rounds the average record up to the nearest 1 KiB before multiplying by the record
 * rate (a shard's 1 MiB/s is consumed in whole-KiB steps per record): 900 records/s of 1.1 KB are sized as
 * 900 × 2 KiB = 1,800 KiB/s, which needs 2 shards, not 1.
 * https://docs.aws.amazon.com/streams/latest/dev/amazon-kinesis-streams.html and
 * https://aws.amazon.com/kinesis/data-streams/faqs/
 */
export function sizingRecordKiB(avgRecordKB: number): number {
  return Math.max(1, Math.ceil(avgRecordKB - 1e-9));
}

function shardsFor(
  recordsPerSecond: number,
  kb: number,
  consumers: number,
  /** Write bandwidth as the user stated it (MiB/s): sizes the bandwidth term as stated, without per-record rounding. */
  statedMiB?: number,
): { shards: number; by: Record<BindingLimit, number>; inMiB: number; outMiB: number; sizingKiB: number; sizingInMiB: number; sizingOutMiB: number } {
  const inMiB = (recordsPerSecond * kb) / 1024;
  const outMiB = inMiB * consumers;
  const sizingKiB = sizingRecordKiB(kb);
  const sizingInMiB = statedMiB ?? (recordsPerSecond * sizingKiB) / 1024;
  const sizingOutMiB = sizingInMiB * consumers;
  const by: Record<BindingLimit, number> = {
    'ingress-mbps': Math.ceil(sizingInMiB / SHARD_INGRESS_MIB_S - 1e-9),
    'ingress-records': Math.ceil(recordsPerSecond / SHARD_INGRESS_RECORDS_S - 1e-9),
    egress: Math.ceil(sizingOutMiB / SHARD_EGRESS_MIB_S - 1e-9),
  };
  return { shards: Math.max(1, by['ingress-mbps'], by['ingress-records'], by.egress), by, inMiB, outMiB, sizingKiB, sizingInMiB, sizingOutMiB };
}

function monthlyCost(input: KinesisParsed, prices: Prices, shards: number, t?: Trace): { lines: Record<string, Money>; total: Money } {
  const hours = input.hoursPerMonth;
  const seconds = hours * 3600;
  const ingestGB = usd(input.recordsPerSecond).times(input.avgRecordKB).times(seconds).div(1024 * 1024);
  const lines: Record<string, Money> = {};
  const add = (name: string, label: string, formula: string, substituted: string, amount: Money, fact?: TraceStep['fact']): void => {
    lines[name] = amount;
    t?.add({ label, formula, substituted, rounding: 'cents, for display only', result: roundCents(amount), unit: 'USD/month', ...(fact ? { fact } : {}) });
  };
  if (input.mode === 'provisioned') {
    const sh = prices.get('kinesis.provisioned.shardHour');
    add('shardHours', 'Shard hours', 'shards × hours × price per shard-hour', `${shards} × ${hours} × ${sh.usd}`, usd(shards).times(hours).times(sh.value), sh.fact);
    const units = Math.ceil(input.avgRecordKB / PUT_PAYLOAD_UNIT_KB - 1e-9);
    const pu = prices.get('kinesis.provisioned.putPayloadUnitMillion');
    const unitCount = usd(input.recordsPerSecond).times(units).times(seconds);
    add('putPayloadUnits', 'PUT payload units (25 KB each)', 'records/s × ceil(KB ÷ 25) × seconds ÷ 10⁶ × price', `${fmt(input.recordsPerSecond)} × ${units} × ${fmt(seconds)} ÷ 10⁶ × ${pu.usd}`, unitCount.div(1e6).times(pu.value), pu.fact);
    if (input.retentionHours > 24) {
      const ext = prices.get('kinesis.retention.extendedShardHour');
      add('extendedRetention', 'Extended retention (beyond 24 h)', 'shards × hours × price per shard-hour', `${shards} × ${hours} × ${ext.usd}`, usd(shards).times(hours).times(ext.value), ext.fact);
    }
    if (input.efoConsumers > 0) {
      const c = prices.get('kinesis.efo.consumerShardHour');
      add('efoConsumerShardHours', 'Enhanced fan-out consumer-shard hours', 'EFO consumers × shards × hours × price', `${input.efoConsumers} × ${shards} × ${hours} × ${c.usd}`, usd(input.efoConsumers).times(shards).times(hours).times(c.value), c.fact);
      const d = prices.get('kinesis.efo.dataGB');
      add('efoDataRetrieval', 'Enhanced fan-out data retrieved', 'EFO consumers × GB ingested × price per GB', `${input.efoConsumers} × ${ingestGB.toFixed(2)} × ${d.usd}`, ingestGB.times(input.efoConsumers).times(d.value), d.fact);
    }
  } else {
    const sh = prices.get('kinesis.onDemand.streamHour');
    add('streamHours', 'Stream hours', 'hours × price per stream-hour', `${hours} × ${sh.usd}`, usd(hours).times(sh.value), sh.fact);
    // On-demand meters each record rounded up to the next 1 KB.
    const billedGB = usd(input.recordsPerSecond).times(Math.ceil(input.avgRecordKB - 1e-9)).times(seconds).div(1024 * 1024);
    const ig = prices.get('kinesis.onDemand.ingestGB');
    add('dataIngested', 'Data ingested (records rounded up to 1 KB)', 'GB ingested × price per GB', `${billedGB.toFixed(3)} × ${ig.usd}`, billedGB.times(ig.value), ig.fact);
    const rg = prices.get('kinesis.onDemand.retrievalGB');
    add('dataRetrieved', 'Data retrieved (shared-throughput consumers)', 'consumers × GB × price per GB', `${input.consumers} × ${billedGB.toFixed(3)} × ${rg.usd}`, billedGB.times(input.consumers).times(rg.value), rg.fact);
    if (input.retentionHours > 24) {
      // On-demand bills the data kept between 24 hours and 7 days per GB-month (steady state: daily ingest × extra days).
      const x = prices.get('kinesis.onDemand.extendedRetentionGBMonth');
      const extraDays = (Math.min(input.retentionHours, 168) - 24) / 24;
      const dailyGB = billedGB.div(hours / 24);
      add('extendedRetention', 'Extended retention (24 hours to 7 days)', 'GB per day × days beyond 1 (up to 7) × price per GB-month', `${dailyGB.toFixed(3)} × ${fmt(extraDays)} × ${x.usd}`, dailyGB.times(extraDays).times(x.value), x.fact);
    }
    if (input.efoConsumers > 0) {
      const e = prices.get('kinesis.onDemand.efoRetrievalGB');
      add('efoDataRetrieval', 'Enhanced fan-out data retrieved', 'EFO consumers × GB × price per GB', `${input.efoConsumers} × ${billedGB.toFixed(3)} × ${e.usd}`, billedGB.times(input.efoConsumers).times(e.value), e.fact);
    }
  }
  if (input.retentionHours > 168) {
    // Data older than 7 days, at steady state: daily ingest × days beyond 7.
    const lt = prices.get('kinesis.retention.longTermGBMonth');
    const daysBeyond = (input.retentionHours - 168) / 24;
    const storedGB = ingestGB.div(hours / 24).times(daysBeyond);
    add('longTermRetention', 'Long-term retention (beyond 7 days)', 'GB per day × days beyond 7 × price per GB-month', `${ingestGB.div(hours / 24).toFixed(3)} × ${fmt(daysBeyond)} × ${lt.usd}`, storedGB.times(lt.value), lt.fact);
  }
  return { lines, total: sum(Object.values(lines)) };
}

/**
 * Kinesis Data Streams shard count and monthly cost.
 *
 * shards = max(ceil(W ÷ 1), ceil(records/s ÷ 1,000), ceil(W × shared consumers ÷ 2)), where W = records/s ×
 * the average record size rounded up to the nearest 1 KiB ÷ 1,024 (MiB/s), as AWS's sizing formula does;
 * the largest term is the binding limit. Provisioned cost = shard-hours + PUT payload units (each record
 * rounded up to 25 KB units) + retention + enhanced fan-out; on-demand = stream-hours + per-GB charges.
 * Example: 1,000 records/s of 3 KB with 2 consumers → 2.93 MiB/s in, 5.86 MiB/s out → 3 shards (bandwidth and egress both need 3);
 * 900 records/s of 1.1 KB are sized as 2 KiB records: 1.76 MiB/s → 2 shards.
 */
export function kinesis(input: KinesisParsed, pack: PricePack): KinesisOutput {
  const prices = new Prices(pack, input.prices ?? {}, KINESIS_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const sizing = input.peakRecordsPerSecond ?? input.recordsPerSecond;
  if (input.peakRecordsPerSecond !== undefined && input.peakRecordsPerSecond < input.recordsPerSecond)
    warnings.push('peakRecordsPerSecond is below the average; the average was used to size shards.');
  const peak = Math.max(sizing, input.recordsPerSecond);
  // A stated bandwidth scales with the peak like the record rate does.
  const stated = input.statedIngressMiBps === undefined ? undefined : (input.statedIngressMiBps * peak) / input.recordsPerSecond;
  const s = shardsFor(peak, input.avgRecordKB, input.consumers, stated);
  if (stated !== undefined) {
    const byRecords = shardsFor(peak, input.avgRecordKB, input.consumers);
    if (byRecords.shards > Math.max(1, s.by['ingress-mbps'], s.by['ingress-records'], s.by.egress))
      warnings.push(
        `Sized by the stated ${fmt(stated, 3)} MiB/s. AWS's sizing formula rounds each record up to whole KiB: ${fmt(peak)} records/s of ${fmt(input.avgRecordKB, 3)} KB would be sized as ${fmt(byRecords.sizingInMiB, 3)} MiB/s → ${byRecords.shards} shards, if the records really are that size on average.`,
      );
  }
  t.add({
    label: 'Readers',
    formula: 'shared-throughput consumers share 2 MiB/s per shard; each enhanced fan-out consumer has its own',
    substituted: `${input.consumers} shared + ${input.efoConsumers} enhanced fan-out`,
    result: input.consumers + input.efoConsumers,
    unit: 'consumers',
  });
  if (input.consumers > 0 && input.efoConsumers > 0)
    warnings.push(
      `Counting ${input.consumers} shared-throughput consumer${input.consumers === 1 ? '' : 's'} and ${input.efoConsumers} enhanced fan-out consumer${input.efoConsumers === 1 ? '' : 's'} (${input.consumers + input.efoConsumers} readers). If the enhanced fan-out consumers are among the ${input.consumers}, lower consumers to ${Math.max(0, input.consumers - input.efoConsumers)}.`,
    );
  t.add({ label: 'Ingress throughput', formula: 'records/s × KB ÷ 1,024', substituted: `${fmt(peak)} × ${fmt(input.avgRecordKB)} ÷ 1,024`, result: roundTo(s.inMiB, 4), unit: 'MiB/s' });
  t.add({
    label: 'Record size for shard sizing',
    formula: 'average record KB rounded up to the nearest 1 KiB (AWS sizing rule)',
    substituted: `ceil(${fmt(input.avgRecordKB)})`,
    rounding: 'up',
    result: s.sizingKiB,
    unit: 'KiB',
    fact: { source: 'https://docs.aws.amazon.com/streams/latest/dev/amazon-kinesis-streams.html', asOf: pack.asOf },
  });
  if (stated === undefined)
    t.add({ label: 'Write bandwidth for sizing', formula: 'records/s × rounded KiB ÷ 1,024', substituted: `${fmt(peak)} × ${s.sizingKiB} ÷ 1,024`, result: roundTo(s.sizingInMiB, 4), unit: 'MiB/s' });
  else t.add({ label: 'Write bandwidth for sizing (as stated)', formula: 'ingressMiBps (scaled to the peak rate)', substituted: `${fmt(input.statedIngressMiBps ?? 0, 4)} × ${fmt(peak)} ÷ ${fmt(input.recordsPerSecond)}`, result: roundTo(stated, 4), unit: 'MiB/s' });
  t.add({ label: 'Shards for ingress bandwidth (1 MiB/s each)', formula: 'ceil(write bandwidth for sizing ÷ 1)', substituted: `ceil(${fmt(s.sizingInMiB, 4)})`, rounding: 'up', result: s.by['ingress-mbps'], unit: 'shards' });
  t.add({ label: 'Shards for ingress records (1,000 records/s each)', formula: 'ceil(records/s ÷ 1,000)', substituted: `ceil(${fmt(peak)} ÷ 1,000)`, rounding: 'up', result: s.by['ingress-records'], unit: 'shards' });
  t.add({ label: 'Shards for shared egress (2 MiB/s each)', formula: 'ceil(write bandwidth for sizing × consumers ÷ 2)', substituted: `ceil(${fmt(s.sizingInMiB, 4)} × ${input.consumers} ÷ 2)`, rounding: 'up', result: s.by.egress, unit: 'shards' });
  const binding = (Object.entries(s.by) as [BindingLimit, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  t.add({ label: 'Shards (the largest of the three)', formula: 'max(bandwidth, records, egress)', substituted: `max(${s.by['ingress-mbps']}, ${s.by['ingress-records']}, ${s.by.egress})`, result: s.shards, unit: 'shards' });
  const units = Math.ceil(input.avgRecordKB / PUT_PAYLOAD_UNIT_KB - 1e-9);
  const cost = monthlyCost(input, prices, s.shards, t);
  t.add({ label: 'Total', formula: 'sum of the lines above', substituted: '', rounding: 'cents', result: roundCents(cost.total), unit: 'USD/month' });
  if (input.consumers > 2 && input.efoConsumers === 0) warnings.push('More than two consumers share 2 MiB/s per shard: enhanced fan-out gives each its own 2 MiB/s.');
  if (s.shards > 500 && input.mode === 'provisioned') warnings.push('Over 500 shards: the default shard quota per account may need raising.');

  const rates = [0.25, 0.5, 1, 2, 4, 8].map((f) => Math.max(1, Math.round(peak * f)));
  const chart = rates.map((r) => {
    const sh = shardsFor(r, input.avgRecordKB, input.consumers).shards;
    const prov = monthlyCost({ ...input, recordsPerSecond: r, mode: 'provisioned' }, prices, sh).total;
    const od = monthlyCost({ ...input, recordsPerSecond: r, mode: 'on-demand' }, prices, sh).total;
    return { recordsPerSecond: r, shards: sh, provisionedUSD: roundCents(prov), onDemandUSD: roundCents(od) };
  });

  const monthly: Record<string, number> = Object.fromEntries(Object.entries(cost.lines).map(([k, v]) => [k, roundCents(v)]));
  return {
    ingressMiBps: roundTo(s.inMiB, 4),
    egressMiBps: roundTo(s.outMiB, 4),
    sizingRecordKiB: s.sizingKiB,
    sizingIngressMiBps: roundTo(s.sizingInMiB, 4),
    shards: s.shards,
    bindingLimit: binding,
    bindingLimitLabel: BINDING_LABEL[binding],
    shardsByLimit: s.by,
    putPayloadUnitsPerRecord: units,
    monthly: { ...monthly, total: roundCents(cost.total ?? ZERO) },
    chart: { shardsAndCostVsThroughput: chart },
    trace: t.steps,
    warnings,
  };
}
