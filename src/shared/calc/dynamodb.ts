import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { count, positive, region } from './common';
import { ceilDiv, HOURS_PER_MONTH, roundCents, roundTo, SECONDS_PER_MONTH, sum, usd, type Money } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const DYNAMODB_PRICE_KEYS = [
  'dynamodb.provisioned.rcuHour',
  'dynamodb.provisioned.wcuHour',
  'dynamodb.provisioned.replicatedWcuHour',
  'dynamodb.provisionedIa.rcuHour',
  'dynamodb.provisionedIa.wcuHour',
  'dynamodb.onDemand.readRequestUnitMillion',
  'dynamodb.onDemand.writeRequestUnitMillion',
  'dynamodb.onDemand.replicatedWriteRequestUnitMillion',
  'dynamodb.onDemandIa.readRequestUnitMillion',
  'dynamodb.onDemandIa.writeRequestUnitMillion',
  'dynamodb.storage.gbMonth',
  'dynamodb.storageIa.gbMonth',
] as const;

const itemSize = (name: string): z.ZodType<number> =>
  positive(name, 1e6).refine((v) => v <= 400, {
    error: `${name}: a DynamoDB item is at most 400 KB; store large payloads in S3 and keep a pointer`,
  });

export const dynamodbInput = z
  .strictObject({
    region,
    /** Item size in KB, where 1 KB = 1,024 bytes (DynamoDB's unit). */
    itemSizeKB: itemSize('itemSizeKB').optional(),
    readsPerSecond: count('readsPerSecond', 1e9).optional(),
    readConsistency: z.enum(['eventual', 'strong', 'transactional']).default('eventual'),
    writesPerSecond: count('writesPerSecond', 1e9).optional(),
    writeMode: z.enum(['standard', 'transactional']).default('standard'),
    /**
     * The table's access patterns as an architect lists them (each with its own item size, rate, consistency
     * and peak), summed into one table's capacity. When given, it replaces itemSizeKB / readsPerSecond /
     * writesPerSecond (and their peaks, consistency and write mode).
     */
    accessPatterns: z
      .array(
        z.strictObject({
          name: z.string().trim().max(80).optional(),
          kind: z.enum(['read', 'write']),
          perSecond: count('perSecond', 1e9),
          peakPerSecond: count('peakPerSecond', 1e9).optional(),
          itemSizeKB: itemSize('itemSizeKB'),
          /** Reads: eventual, strong or transactional. Writes: standard or transactional. */
          consistency: z.enum(['eventual', 'strong', 'transactional', 'standard']).optional(),
        }),
      )
      .min(1, 'accessPatterns needs at least one pattern')
      .max(50)
      .optional(),
    storageGB: count('storageGB', 1e9).default(0),
    tableClass: z.enum(['standard', 'standard-ia']).default('standard'),
    /** Other regions holding a replica (global tables): each replays every write and stores a copy. */
    globalTableReplicaRegions: z.number().int('globalTableReplicaRegions must be a whole number').min(0).max(50).default(0),
    /** Peak rates size provisioned capacity; averages drive on-demand bills. Default: peak = average. */
    peakReadsPerSecond: count('peakReadsPerSecond', 1e9).optional(),
    peakWritesPerSecond: count('peakWritesPerSecond', 1e9).optional(),
    /** Auto scaling target: provisioned capacity = peak need / target (1 = provision exactly the peak). */
    targetUtilization: z.number().gt(0.05, 'targetUtilization must be above 0.05').max(1, 'targetUtilization is at most 1').default(1),
    prices: priceOverrides,
  })
  .superRefine((v, ctx) => {
    if (v.accessPatterns) {
      v.accessPatterns.forEach((p, i) => {
        if (p.peakPerSecond !== undefined && p.peakPerSecond < p.perSecond)
          ctx.addIssue({ code: 'custom', path: ['accessPatterns', i, 'peakPerSecond'], message: 'peakPerSecond cannot be below perSecond (the average)' });
        if (p.kind === 'read' && p.consistency === 'standard')
          ctx.addIssue({ code: 'custom', path: ['accessPatterns', i, 'consistency'], message: 'a read is eventual, strong or transactional' });
        if (p.kind === 'write' && (p.consistency === 'eventual' || p.consistency === 'strong'))
          ctx.addIssue({ code: 'custom', path: ['accessPatterns', i, 'consistency'], message: 'a write is standard or transactional' });
      });
      return;
    }
    for (const k of ['itemSizeKB', 'readsPerSecond', 'writesPerSecond'] as const)
      if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required (or describe the table with accessPatterns)` });
    if (v.readsPerSecond === undefined || v.writesPerSecond === undefined) return;
    if (v.peakReadsPerSecond !== undefined && v.peakReadsPerSecond < v.readsPerSecond)
      ctx.addIssue({ code: 'custom', path: ['peakReadsPerSecond'], message: 'peakReadsPerSecond cannot be below readsPerSecond (the average)' });
    if (v.peakWritesPerSecond !== undefined && v.peakWritesPerSecond < v.writesPerSecond)
      ctx.addIssue({ code: 'custom', path: ['peakWritesPerSecond'], message: 'peakWritesPerSecond cannot be below writesPerSecond (the average)' });
  });
export type DynamoDbInput = z.input<typeof dynamodbInput>;

export interface DynamoDbOutput {
  /** Units per item read / written (with access patterns: the largest item's). */
  readUnitsPerRead: number;
  writeUnitsPerWrite: number;
  /** Each access pattern's capacity, when the table was described by patterns. */
  patterns: { name: string; kind: 'read' | 'write'; unitsPerOperation: number; unitsPerSecond: number; peakUnitsPerSecond: number }[];
  rcu: number;
  wcu: number;
  provisionedRcu: number;
  provisionedWcu: number;
  monthly: {
    provisioned: { reads: number; writes: number; replicatedWrites: number; storage: number; total: number };
    onDemand: { reads: number; writes: number; replicatedWrites: number; storage: number; total: number };
  };
  cheaper: 'provisioned' | 'on-demand' | 'equal';
  /** Utilisation (average consumed ÷ provisioned) above which provisioned is cheaper. */
  breakEvenUtilizationPct: number;
  chart: { costVsUtilization: { utilizationPct: number; provisionedUSD: number; onDemandUSD: number }[] };
  trace: TraceStep[];
  warnings: string[];
}

/**
 * DynamoDB capacity and monthly cost, provisioned and on-demand side by side.
 *
 * Reads: units per read = ceil(itemSizeKB / 4); strong = 1×, eventual = ½×, transactional = 2×.
 * Writes: units per write = ceil(itemSizeKB / 1); transactional = 2×.
 * RCU = ceil(reads/s × units × factor); provisioned $ = units × 730 h × hourly price.
 * On-demand $ = reads/s × seconds per month × request units per read ÷ 10⁶ × price per million.
 *
 * Worked example (DynamoDB Developer Guide, provisioned capacity mode): 80 strongly consistent reads/s of
 * 3 KB items → ceil(3/4) = 1 unit → 80 RCU; 100 writes/s of 512-byte items → ceil(0.5) = 1 → 100 WCU.
 * At us-east-1 prices: 80 × 730 × $0.00013 = $7.592 and 100 × 730 × $0.00065 = $47.45 a month.
 */
export function dynamodb(raw: z.output<typeof dynamodbInput>, pack: PricePack): DynamoDbOutput {
  const input = raw;
  const prices = new Prices(pack, input.prices ?? {}, DYNAMODB_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const ia = input.tableClass === 'standard-ia';

  // Capacity as unit rates: one table's reads and writes, from a single item size or from access patterns.
  let readUnits: number;
  let writeUnits: number;
  let readRate: number; // read units per second (RCU-equivalents), average
  let readPeak: number;
  let writeRate: number; // write units per second, average
  let writePeak: number;
  const patterns: DynamoDbOutput['patterns'] = [];
  if (input.accessPatterns) {
    readRate = readPeak = writeRate = writePeak = 0;
    readUnits = writeUnits = 0;
    for (const [i, p] of input.accessPatterns.entries()) {
      const name = p.name || `${p.kind} pattern ${i + 1}`;
      const peak = p.peakPerSecond ?? p.perSecond;
      if (p.kind === 'read') {
        const consistency = p.consistency ?? 'eventual';
        const per = ceilDiv(p.itemSizeKB, 4) * (consistency === 'eventual' ? 0.5 : consistency === 'transactional' ? 2 : 1);
        readUnits = Math.max(readUnits, ceilDiv(p.itemSizeKB, 4));
        readRate += p.perSecond * per;
        readPeak += peak * per;
        patterns.push({ name, kind: 'read', unitsPerOperation: per, unitsPerSecond: roundTo(p.perSecond * per, 4), peakUnitsPerSecond: roundTo(peak * per, 4) });
        t.add({ label: `Read pattern: ${name}`, formula: 'reads/s × ceil(itemSizeKB ÷ 4) × consistency factor (eventual ½, strong 1, transactional 2)', substituted: `${fmt(p.perSecond)} × ceil(${fmt(p.itemSizeKB)} ÷ 4) × ${consistency}`, result: roundTo(p.perSecond * per, 4), unit: 'read units/s' });
      } else {
        const per = ceilDiv(p.itemSizeKB, 1) * (p.consistency === 'transactional' ? 2 : 1);
        writeUnits = Math.max(writeUnits, ceilDiv(p.itemSizeKB, 1));
        writeRate += p.perSecond * per;
        writePeak += peak * per;
        patterns.push({ name, kind: 'write', unitsPerOperation: per, unitsPerSecond: roundTo(p.perSecond * per, 4), peakUnitsPerSecond: roundTo(peak * per, 4) });
        t.add({ label: `Write pattern: ${name}`, formula: `writes/s × ceil(itemSizeKB ÷ 1 KB)${p.consistency === 'transactional' ? ' × 2 (transactional)' : ''}`, substituted: `${fmt(p.perSecond)} × ceil(${fmt(p.itemSizeKB)})${p.consistency === 'transactional' ? ' × 2' : ''}`, result: roundTo(p.perSecond * per, 4), unit: 'write units/s' });
      }
    }
    t.add({ label: 'Read units per second, all patterns', formula: 'Σ read patterns', substituted: '', result: roundTo(readRate, 4), unit: 'RCU' });
    t.add({ label: 'Write units per second, all patterns', formula: 'Σ write patterns', substituted: '', result: roundTo(writeRate, 4), unit: 'WCU' });
  } else {
    const itemKB = input.itemSizeKB as number;
    const reads = input.readsPerSecond as number;
    const writes = input.writesPerSecond as number;
    readUnits = ceilDiv(itemKB, 4);
    t.add({ label: 'Read units per item', formula: 'ceil(itemSizeKB ÷ 4 KB)', substituted: `ceil(${fmt(itemKB)} ÷ 4)`, rounding: 'up to a whole 4 KB unit', result: readUnits, unit: 'units' });
    const readFactor = input.readConsistency === 'eventual' ? 0.5 : input.readConsistency === 'transactional' ? 2 : 1;
    t.add({ label: 'Read consistency factor', formula: 'eventual = ½, strong = 1, transactional = 2', substituted: input.readConsistency, result: readFactor, unit: '×' });
    writeUnits = ceilDiv(itemKB, 1) * (input.writeMode === 'transactional' ? 2 : 1);
    t.add({ label: 'Write units per item', formula: `ceil(itemSizeKB ÷ 1 KB)${input.writeMode === 'transactional' ? ' × 2 (transactional)' : ''}`, substituted: `ceil(${fmt(itemKB)})${input.writeMode === 'transactional' ? ' × 2' : ''}`, rounding: 'up to a whole 1 KB unit', result: writeUnits, unit: 'units' });
    readRate = reads * readUnits * readFactor;
    readPeak = (input.peakReadsPerSecond ?? reads) * readUnits * readFactor;
    writeRate = writes * writeUnits;
    writePeak = (input.peakWritesPerSecond ?? writes) * writeUnits;
  }

  const rcu = Math.ceil(readRate - 1e-9);
  t.add({ label: 'RCU for the average read rate', formula: 'ceil(read units per second)', substituted: `ceil(${fmt(readRate)})`, rounding: 'up', result: rcu, unit: 'RCU' });
  const wcu = Math.ceil(writeRate - 1e-9);
  t.add({ label: 'WCU for the average write rate', formula: 'ceil(write units per second)', substituted: `ceil(${fmt(writeRate)})`, rounding: 'up', result: wcu, unit: 'WCU' });
  const provisionedRcu = Math.ceil(readPeak / input.targetUtilization - 1e-9);
  t.add({ label: 'Provisioned RCU (peak ÷ target utilisation)', formula: 'ceil(peak read units/s ÷ target)', substituted: `ceil(${fmt(readPeak)} ÷ ${input.targetUtilization})`, rounding: 'up', result: provisionedRcu, unit: 'RCU' });
  const provisionedWcu = Math.ceil(writePeak / input.targetUtilization - 1e-9);
  t.add({ label: 'Provisioned WCU (peak ÷ target utilisation)', formula: 'ceil(peak write units/s ÷ target)', substituted: `ceil(${fmt(writePeak)} ÷ ${input.targetUtilization})`, rounding: 'up', result: provisionedWcu, unit: 'WCU' });

  const pR = prices.get(ia ? 'dynamodb.provisionedIa.rcuHour' : 'dynamodb.provisioned.rcuHour');
  const pW = prices.get(ia ? 'dynamodb.provisionedIa.wcuHour' : 'dynamodb.provisioned.wcuHour');
  const pRep = prices.get('dynamodb.provisioned.replicatedWcuHour');
  const oR = prices.get(ia ? 'dynamodb.onDemandIa.readRequestUnitMillion' : 'dynamodb.onDemand.readRequestUnitMillion');
  const oW = prices.get(ia ? 'dynamodb.onDemandIa.writeRequestUnitMillion' : 'dynamodb.onDemand.writeRequestUnitMillion');
  const oRep = prices.get('dynamodb.onDemand.replicatedWriteRequestUnitMillion');
  const pS = prices.get(ia ? 'dynamodb.storageIa.gbMonth' : 'dynamodb.storage.gbMonth');
  const replicas = input.globalTableReplicaRegions;

  const money = (label: string, formula: string, substituted: string, amount: Money, fact?: TraceStep['fact']): number =>
    t.add({ label, formula, substituted, rounding: 'cents, for display only', result: roundCents(amount), unit: 'USD/month', ...(fact ? { fact } : {}) });

  const provReads = usd(provisionedRcu).times(HOURS_PER_MONTH).times(pR.value);
  money('Provisioned reads', 'provisioned RCU × 730 h × price per RCU-hour', `${provisionedRcu} × 730 × ${pR.usd}`, provReads, pR.fact);
  const provWrites = usd(provisionedWcu).times(HOURS_PER_MONTH).times(pW.value);
  money('Provisioned writes', 'provisioned WCU × 730 h × price per WCU-hour', `${provisionedWcu} × 730 × ${pW.usd}`, provWrites, pW.fact);
  const provRep = usd(provisionedWcu).times(replicas).times(HOURS_PER_MONTH).times(pRep.value);
  if (replicas) money('Replicated writes (global tables)', 'WCU × replica regions × 730 h × price per replicated WCU-hour', `${provisionedWcu} × ${replicas} × 730 × ${pRep.usd}`, provRep, pRep.fact);
  const storage = usd(input.storageGB).times(1 + replicas).times(pS.value);
  money('Storage (every replica holds a copy)', 'storageGB × (1 + replicas) × price per GB-month', `${fmt(input.storageGB)} × ${1 + replicas} × ${pS.usd}`, storage, pS.fact);

  const odReadUnits = usd(readRate).times(SECONDS_PER_MONTH);
  const odReads = odReadUnits.div(1e6).times(oR.value);
  money('On-demand reads', 'read request units/s × 2,628,000 s ÷ 10⁶ × price', `${fmt(readRate)} × 2,628,000 ÷ 10⁶ × ${oR.usd}`, odReads, oR.fact);
  const odWriteUnits = usd(writeRate).times(SECONDS_PER_MONTH);
  const odWrites = odWriteUnits.div(1e6).times(oW.value);
  money('On-demand writes', 'write request units/s × 2,628,000 s ÷ 10⁶ × price', `${fmt(writeRate)} × 2,628,000 ÷ 10⁶ × ${oW.usd}`, odWrites, oW.fact);
  const odRep = odWriteUnits.times(replicas).div(1e6).times(oRep.value);
  if (replicas) money('On-demand replicated writes', 'write request units × replicas ÷ 10⁶ × price', `${odWriteUnits.toFixed(0)} × ${replicas} ÷ 10⁶ × ${oRep.usd}`, odRep, oRep.fact);

  const provTotal = sum([provReads, provWrites, provRep, storage]);
  const odTotal = sum([odReads, odWrites, odRep, storage]);
  money('Provisioned total', 'reads + writes + replicated writes + storage', '', provTotal);
  money('On-demand total', 'reads + writes + replicated writes + storage', '', odTotal);

  // Provisioned cost if exactly the average were provisioned (100% utilisation) vs on-demand throughput cost.
  const exactProv = usd(readRate).times(HOURS_PER_MONTH).times(pR.value)
    .plus(usd(writeRate).times(1 + replicas).times(HOURS_PER_MONTH).times(pW.value));
  const odThroughput = sum([odReads, odWrites, odRep]);
  const breakEven = odThroughput.gt(0) ? Number(exactProv.div(odThroughput).times(100)) : 0;
  t.add({ label: 'Break-even utilisation', formula: 'provisioned cost at 100% utilisation ÷ on-demand throughput cost', substituted: `${exactProv.toFixed(4)} ÷ ${odThroughput.toFixed(4)}`, rounding: '0.1 %', result: roundTo(breakEven, 1), unit: '%' });

  const chart = [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100].map((u) => ({
    utilizationPct: u,
    provisionedUSD: roundCents(exactProv.times(100).div(u).plus(storage)),
    onDemandUSD: roundCents(odTotal),
  }));

  const largestItemKB = Math.max(input.itemSizeKB ?? 0, ...(input.accessPatterns ?? []).map((p) => p.itemSizeKB));
  if (largestItemKB > 100) warnings.push('Items above 100 KB are usually better stored in S3 with a pointer in DynamoDB.');
  if (provisionedRcu > 3000 || provisionedWcu > 1000)
    warnings.push('One partition serves at most 3,000 RCU and 1,000 WCU: spread load across partition keys to use this capacity.');
  if (input.tableClass === 'standard-ia' && input.storageGB > 0 && provTotal.gt(0) && storage.div(provTotal).lt(0.5))
    warnings.push('Standard-IA pays off when storage dominates the bill; here throughput dominates, so Standard is likely cheaper.');

  const total = (a: Money): number => roundCents(a);
  return {
    readUnitsPerRead: readUnits,
    writeUnitsPerWrite: writeUnits,
    patterns,
    rcu,
    wcu,
    provisionedRcu,
    provisionedWcu,
    monthly: {
      provisioned: { reads: total(provReads), writes: total(provWrites), replicatedWrites: total(provRep), storage: total(storage), total: total(provTotal) },
      onDemand: { reads: total(odReads), writes: total(odWrites), replicatedWrites: total(odRep), storage: total(storage), total: total(odTotal) },
    },
    cheaper: provTotal.eq(odTotal) ? 'equal' : provTotal.lt(odTotal) ? 'provisioned' : 'on-demand',
    breakEvenUtilizationPct: roundTo(breakEven, 1),
    chart: { costVsUtilization: chart },
    trace: t.steps,
    warnings,
  };
}
