/**
 * Generated numeric questions: fresh numbers for every seed, the correct answer computed by the same
 * calculators the app uses, and distractors built from the mistakes people really make (not rounding up,
 * forgetting eventual = half or transactional = double, KB vs KiB, 1,000 vs 1,024, average vs peak).
 */
import type { PricePack } from '../kb/schemas';
import type { Domain } from '../kb/provenance';
import { runCalculator } from '../calc';
import type { TraceStep } from '../calc/trace';

export const NUMERIC_KINDS = ['dynamodb-rcu', 'dynamodb-wcu', 'kinesis-shards', 'lambda-cost', 'ebs-gp2-iops', 'ebs-gp2-burst', 's3-min-duration'] as const;
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export interface GeneratedQuestion {
  id: string;
  kind: NumericKind;
  stem: string;
  options: { text: string; correct: boolean; explanation: string }[];
  correctIndex: number;
  trace: TraceStep[];
  domain: Domain;
  topic: string;
  kbEntry: string;
}

/** Small deterministic PRNG (mulberry32): the same seed always gives the same question. */
function rng(seed: number): { int: (lo: number, hi: number) => number; pick: <T>(xs: readonly T[]) => T; next: () => number } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)]! };
}

interface Candidate {
  value: number;
  why: string;
}

/**
 * Three distractors from the mistake models, distinct from each other and from the answer once
 * formatted; nearby wrong values fill in when mistakes happen to coincide with the truth.
 */
function assemble(
  r: ReturnType<typeof rng>,
  correct: number,
  correctWhy: string,
  mistakes: Candidate[],
  format: (n: number) => string,
): { options: GeneratedQuestion['options']; correctIndex: number } {
  const seen = new Set([format(correct)]);
  const chosen: Candidate[] = [];
  for (const m of mistakes) {
    const f = format(m.value);
    if (!Number.isFinite(m.value) || m.value < 0 || seen.has(f)) continue;
    seen.add(f);
    chosen.push(m);
    if (chosen.length === 3) break;
  }
  for (const factor of [2, 0.5, 1.5, 4, 3, 0.25, 10]) {
    if (chosen.length === 3) break;
    const v = correct === 0 ? factor : correct * factor;
    const f = format(v);
    if (seen.has(f)) continue;
    seen.add(f);
    chosen.push({ value: v, why: 'Off by a constant factor: redo the unit conversions step by step.' });
  }
  const opts = [{ text: format(correct), correct: true, explanation: correctWhy }, ...chosen.map((c) => ({ text: format(c.value), correct: false, explanation: c.why }))];
  for (let i = opts.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [opts[i], opts[j]] = [opts[j]!, opts[i]!];
  }
  return { options: opts, correctIndex: opts.findIndex((o) => o.correct) };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const dollars = (n: number): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fmtTrace = (t: TraceStep[]): string => t.map((s) => `${s.label}: ${s.formula} = ${s.substituted} → ${String(s.result)} ${s.unit}`).join('; ');

function calc(id: string, input: Record<string, unknown>, pack: PricePack): Record<string, unknown> & { trace: TraceStep[] } {
  const r = runCalculator(id, { region: pack.region, ...input }, pack);
  if (!r.ok) throw new Error(`generator produced invalid ${id} input: ${r.error.message}`);
  return r.value as Record<string, unknown> & { trace: TraceStep[] };
}

export function generateNumericQuestion(kind: NumericKind, seed: number, pack: PricePack): GeneratedQuestion {
  const r = rng(seed * 7919 + NUMERIC_KINDS.indexOf(kind));
  const id = `num-${kind}-${seed}`;
  switch (kind) {
    case 'dynamodb-rcu': {
      const size = r.pick([0.5, 1, 2.5, 3, 4, 5, 6, 7.5, 9, 12, 15, 20, 33]);
      const reads = r.int(2, 200) * 10;
      const consistency = r.pick(['eventual', 'strong', 'transactional'] as const);
      const o = calc('dynamodb', { itemSizeKB: size, readsPerSecond: reads, readConsistency: consistency, writesPerSecond: 0 }, pack);
      const rcu = o.rcu as number;
      const units = Math.ceil(size / 4);
      const f = consistency === 'eventual' ? 0.5 : consistency === 'strong' ? 1 : 2;
      const a = assemble(r, rcu, `ceil(${size} ÷ 4) = ${units} unit(s) per read × ${reads} reads/s × ${f} (${consistency}) = ${int(rcu)} RCU.`, [
        { value: Math.ceil(reads * (size / 4) * f), why: 'Item size must be rounded up to a whole 4 KB unit per item before multiplying.' },
        { value: reads * units * (consistency === 'eventual' ? 1 : f === 2 ? 1 : 0.5), why: consistency === 'eventual' ? 'Forgot that eventually consistent reads cost half.' : consistency === 'transactional' ? 'Forgot that transactional reads cost double.' : 'Halved for eventual consistency, but the reads are strongly consistent.' },
        { value: Math.ceil(reads * Math.ceil(size) * f), why: 'Used 1 KB units (the write unit) instead of 4 KB read units.' },
        { value: reads * units * f * 2, why: 'Doubled without reason: only transactional reads cost 2×.' },
      ], int);
      return { id, kind, stem: `A table serves ${int(reads)} ${consistency === 'eventual' ? 'eventually consistent' : consistency === 'strong' ? 'strongly consistent' : 'transactional'} reads per second of ${size} KB items. How many RCUs must be provisioned?`, ...a, trace: o.trace, domain: 'performant', topic: 'databases', kbEntry: 'dynamodb-capacity' };
    }
    case 'dynamodb-wcu': {
      const size = r.pick([0.3, 0.5, 1, 1.5, 2.2, 3, 4.5, 7, 10, 25]);
      const writes = r.int(1, 100) * 10;
      const tx = r.next() < 0.35;
      const o = calc('dynamodb', { itemSizeKB: size, readsPerSecond: 0, writesPerSecond: writes, writeMode: tx ? 'transactional' : 'standard' }, pack);
      const wcu = o.wcu as number;
      const units = Math.ceil(size);
      const a = assemble(r, wcu, `ceil(${size} KB) = ${units} unit(s) per write${tx ? ' × 2 (transactional)' : ''} × ${writes} writes/s = ${int(wcu)} WCU.`, [
        { value: Math.ceil(writes * size * (tx ? 2 : 1)), why: 'Rounded the total instead of each item: every write is rounded up to whole 1 KB units.' },
        { value: writes * Math.ceil(size / 4) * (tx ? 2 : 1), why: 'Used 4 KB units: that is the read unit; writes use 1 KB.' },
        { value: writes * units * (tx ? 1 : 2), why: tx ? 'Forgot that transactional writes cost double.' : 'Doubled as if transactional; these are standard writes.' },
        { value: Math.ceil((writes * size * 1000) / 1024), why: 'Mixed 1,000 and 1,024: DynamoDB units are 1 KB = 1,024 bytes, rounded up per item.' },
      ], int);
      return { id, kind, stem: `An application performs ${int(writes)} ${tx ? 'transactional ' : ''}writes per second of ${size} KB items. How many WCUs are needed?`, ...a, trace: o.trace, domain: 'performant', topic: 'databases', kbEntry: 'dynamodb-capacity' };
    }
    case 'kinesis-shards': {
      const avg = r.int(2, 60) * 100;
      const peak = avg * r.pick([1, 2, 3]);
      const kb = r.pick([0.5, 1, 2, 5, 10, 20, 50]);
      const consumers = r.int(1, 4);
      const o = calc('kinesis', { recordsPerSecond: avg, peakRecordsPerSecond: peak, avgRecordKB: kb, consumers }, pack);
      const shards = o.shards as number;
      const inMiB = (peak * kb) / 1024;
      const a = assemble(r, shards, `Size for the peak: max(ceil(${inMiB.toFixed(2)} MiB/s ÷ 1), ceil(${peak} ÷ 1,000), ceil(${inMiB.toFixed(2)} × ${consumers} ÷ 2)) = ${shards} shards (binding: ${String(o.bindingLimit)}).`, [
        { value: Math.max(Math.ceil((avg * kb) / 1024), Math.ceil(avg / 1000), Math.ceil(((avg * kb) / 1024) * consumers / 2), 1), why: 'Sized for the average: shards must absorb the peak or writes are throttled.' },
        { value: Math.max(Math.ceil(inMiB), Math.ceil(peak / 1000), 1), why: 'Ignored the 2 MiB/s read limit shared by the consumers.' },
        { value: Math.max(Math.ceil((peak * kb) / 1000), Math.ceil(peak / 1000), Math.ceil(((peak * kb) / 1000) * consumers / 2), 1), why: 'Used 1,000 KB per MB: the shard limit is 1 MiB = 1,024 KB.' },
        { value: Math.max(Math.ceil(inMiB), Math.ceil((inMiB * consumers) / 2), 1), why: 'Forgot the 1,000 records per second per shard limit.' },
      ], int);
      return { id, kind, stem: `Producers send on average ${int(avg)} records/s (peaks of ${int(peak)}/s), ${kb} KB each, read by ${consumers} shared-throughput consumer application${consumers > 1 ? 's' : ''}. How many provisioned shards does the stream need?`, ...a, trace: o.trace, domain: 'performant', topic: 'analytics-data-engineering', kbEntry: 'kinesis-data-streams' };
    }
    case 'lambda-cost': {
      const req = r.int(1, 50) * 1_000_000;
      const ms = r.pick([45, 120, 250, 380, 800, 1500, 3000]);
      const mem = r.pick([128, 256, 512, 1024, 1769, 2048, 3008]);
      const o = calc('lambda', { requestsPerMonth: req, avgDurationMs: ms, memoryMB: mem, includeFreeTier: false }, pack);
      const m = o.monthly as { total: number; requests: number; compute: number };
      const gbs = (req * ms * mem) / 1000 / 1024;
      const p = pack.prices['lambda.x86.gbSecondTier1']!.usd;
      const pr = pack.prices['lambda.x86.requestsMillion']!.usd;
      const a = assemble(r, m.total, `${int(req)} × ${ms / 1000} s × ${mem}/1,024 GB = ${int(gbs)} GB-s × $${p} + ${req / 1e6} M requests × $${pr} = ${dollars(m.total)}.`, [
        { value: (req * ms * mem) / 1000 / 1000 * p + (req / 1e6) * pr, why: 'Divided memory by 1,000: Lambda GB-seconds use 1 GB = 1,024 MB.' },
        { value: m.compute, why: 'Left out the request charge ($0.20 per million).' },
        { value: (req * (Math.ceil(ms / 100) * 100) * mem) / 1000 / 1024 * p + (req / 1e6) * pr, why: 'Rounded duration up to 100 ms: Lambda has billed per 1 ms since December 2020.' },
        { value: (req * ms * mem) / 1024 * p + (req / 1e6) * pr, why: 'Treated milliseconds as seconds.' },
      ], dollars);
      return { id, kind, stem: `A function with ${mem} MB of memory (x86) runs ${int(req)} times a month for ${ms} ms each. Ignoring the free tier, what is the monthly Lambda bill in ${pack.region}?`, ...a, trace: o.trace, domain: 'cost', topic: 'serverless', kbEntry: 'lambda' };
    }
    case 'ebs-gp2-iops': {
      // Half the questions state the size in TiB, where 1 TiB = 1,024 GiB trips people up.
      const inTiB = r.next() < 0.5;
      const tib = r.pick([0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]);
      const size = inTiB ? tib * 1024 : r.pick([r.int(1, 3) * 10, r.int(2, 99) * 10, r.int(10, 160) * 100]);
      const o = calc('ebs', { volumeType: 'gp2', sizeGiB: size }, pack);
      const base = o.baselineIops as number;
      const sizeText = inTiB ? `${tib} TiB` : `${int(size)} GiB`;
      const a = assemble(r, base, `gp2 earns 3 IOPS per GiB, at least 100 and at most 16,000: clamp(3 × ${int(size)}, 100, 16,000) = ${int(base)} IOPS.`, [
        { value: inTiB ? Math.min(16_000, Math.max(100, 3 * tib * 1000)) : Math.round((3 * size * 1000) / 1024), why: inTiB ? 'Used 1 TiB = 1,000 GiB: a TiB is 1,024 GiB.' : 'Converted GiB to GB (or back) along the way: gp2 counts 3 IOPS per GiB as provisioned.' },
        { value: 3000, why: 'Quoted the 3,000 IOPS burst: it lasts only while burst credits remain; the baseline is what the volume sustains.' },
        { value: 3 * size, why: size < 34 ? 'Forgot the 100 IOPS floor: small gp2 volumes still get 100 IOPS.' : 'Forgot the 16,000 IOPS ceiling of gp2 (reached at 5,334 GiB).' },
        { value: 16_000, why: 'Gave the gp2 maximum: a volume gets it only from 5,334 GiB upwards.' },
        { value: 5 * size, why: 'Used 5 IOPS per GiB (an old io1-style ratio); gp2 earns 3 per GiB.' },
      ], int);
      return { id, kind, stem: `What baseline IOPS does a ${sizeText} gp2 volume sustain?`, ...a, trace: o.trace, domain: 'performant', topic: 'storage', kbEntry: 'ebs' };
    }
    case 'ebs-gp2-burst': {
      const size = r.int(2, 99) * 10; // below 1,000 GiB: gp2 bursts
      const o = calc('ebs', { volumeType: 'gp2', sizeGiB: size }, pack);
      const base = o.baselineIops as number;
      const minutes = Math.round(((o.burstSeconds as number) / 60) * 10) / 10;
      const fm = (n: number): string => `${(Math.round(n * 10) / 10).toLocaleString('en-US')} minutes`;
      const a = assemble(r, minutes, `Baseline = max(100, 3 × ${size}) = ${base} IOPS; 5,400,000 credits ÷ (3,000 − ${base}) = ${int(o.burstSeconds as number)} s ≈ ${fm(minutes)}.`, [
        { value: 5_400_000 / 3000 / 60, why: 'Ignored the baseline: credits drain at the burst rate minus the baseline the volume earns.' },
        { value: 5_400_000 / (3000 - 3 * size) / 60, why: size < 34 ? 'Forgot the 100 IOPS minimum baseline of gp2.' : 'Baseline used correctly, but check the unit conversion.' },
        { value: 5_400_000 / (3000 - base), why: 'Gave seconds, not minutes.' },
        { value: 5_400_000 / (3000 + base) / 60, why: 'Added the baseline instead of subtracting it.' },
      ], fm);
      return { id, kind, stem: `A ${size} GiB gp2 volume starts with a full burst bucket and runs at 3,000 IOPS. About how long can it sustain that before falling back to its baseline?`, ...a, trace: o.trace, domain: 'performant', topic: 'storage', kbEntry: 'ebs' };
    }
    case 's3-min-duration': {
      const cls = r.pick([
        { id: 'standard-ia', key: 'standardIa', min: 30, label: 'S3 Standard-IA' },
        { id: 'glacier-ir', key: 'glacierIr', min: 90, label: 'S3 Glacier Instant Retrieval' },
        { id: 'deep-archive', key: 'deepArchive', min: 180, label: 'S3 Glacier Deep Archive' },
      ] as const);
      const tb = r.int(1, 20);
      const gb = tb * 1024;
      const days = r.int(3, cls.min - 1);
      const price = pack.prices[`s3.${cls.key}.gbMonth`]!.usd;
      const correct = (gb * price * cls.min) / 30;
      const a = assemble(r, correct, `Deleting before ${cls.min} days bills the full minimum: ${int(gb)} GB × $${price} × ${cls.min}/30 = ${dollars(correct)}.`, [
        { value: (gb * price * days) / 30, why: `Billed only the ${days} days stored: ${cls.label} charges a ${cls.min}-day minimum.` },
        { value: (tb * 1000 * price * cls.min) / 30, why: 'Used 1 TB = 1,000 GB; S3 bills 1 TB = 1,024 GB.' },
        { value: gb * price, why: 'Billed one month: the minimum is measured in days, not a calendar month.' },
        { value: (gb * price * (cls.min - days)) / 30, why: 'Billed only the remaining days and forgot the days already stored.' },
      ], dollars);
      return { id, kind, stem: `${tb} TB is uploaded straight into ${cls.label} (${pack.region}) and deleted after ${days} days. What storage charge does it incur in total (ignore requests; a month is 30 days)?`, ...a, trace: [
        { label: 'Size', formula: 'TB × 1,024', substituted: `${tb} × 1,024`, result: gb, unit: 'GB' },
        { label: `${cls.label} minimum storage duration`, formula: 'objects deleted earlier are billed for the minimum', substituted: `${days} days stored < ${cls.min} days`, result: cls.min, unit: 'days', fact: { source: 'https://aws.amazon.com/s3/pricing/', asOf: pack.asOf } },
        { label: 'Storage charge', formula: 'GB × price per GB-month × minimum days ÷ 30', substituted: `${int(gb)} × ${price} × ${cls.min} ÷ 30`, rounding: 'cents', result: Math.round(correct * 100) / 100, unit: 'USD', fact: { source: pack.prices[`s3.${cls.key}.gbMonth`]!.source, asOf: pack.prices[`s3.${cls.key}.gbMonth`]!.asOf, priceKey: `s3.${cls.key}.gbMonth` } },
      ], domain: 'cost', topic: 'storage', kbEntry: 's3-storage-classes' };
    }
  }
}

export function explainTrace(q: GeneratedQuestion): string {
  return fmtTrace(q.trace);
}
