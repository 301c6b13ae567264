/**
 * Generated numeric questions: fresh numbers for every seed, the correct answer computed by the same
 * calculators the app uses, and distractors built from the mistakes people really make (not rounding up,
 * forgetting eventual = half or transactional = double, KB vs KiB, 1,000 vs 1,024, average vs peak).
 * Every distractor names the mistake it models; numbers that cannot give three distinct named mistakes
 * are redrawn rather than padded.
 */
import type { PricePack } from '../kb/schemas';
import type { Domain } from '../kb/provenance';
import { runCalculator } from '../calc';
import type { TraceStep } from '../calc/trace';

export const NUMERIC_KINDS = ['dynamodb-rcu', 'dynamodb-wcu', 'kinesis-shards', 'lambda-cost', 'ebs-gp2-iops', 'ebs-gp2-burst', 's3-min-duration'] as const;
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export interface GeneratedOption {
  text: string;
  correct: boolean;
  explanation: string;
  /** For a distractor: the named mistake it models (e.g. `no-round-up`, `avg-not-peak`). */
  mistake?: string;
}

export interface GeneratedQuestion {
  id: string;
  kind: NumericKind;
  stem: string;
  options: GeneratedOption[];
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

/** A distractor: the value a named mistake produces, and why it is wrong. */
interface Candidate {
  mistake: string;
  value: number;
  why: string;
}

/** ceil that ignores binary float noise: 680 × 2.2 is 1,496.0000000000002 in floats, and its ceiling is 1,496. */
export function ceilSafe(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

/**
 * Three distractors from the mistake models, distinct from each other and from the answer once
 * formatted. Returns null when fewer than three mistakes give distinct wrong values for these numbers:
 * the generator then draws new numbers rather than pad with made-up "off by a factor" options.
 */
function assemble(
  r: ReturnType<typeof rng>,
  correct: number,
  correctWhy: string,
  mistakes: Candidate[],
  format: (n: number) => string,
): { options: GeneratedOption[]; correctIndex: number } | null {
  const seen = new Set([format(correct)]);
  const chosen: Candidate[] = [];
  for (const m of mistakes) {
    const f = format(m.value);
    if (!Number.isFinite(m.value) || m.value < 0 || seen.has(f)) continue;
    seen.add(f);
    chosen.push(m);
    if (chosen.length === 3) break;
  }
  if (chosen.length < 3) return null;
  const opts: GeneratedOption[] = [
    { text: format(correct), correct: true, explanation: correctWhy },
    ...chosen.map((c) => ({ text: format(c.value), correct: false, explanation: c.why, mistake: c.mistake })),
  ];
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

type Draft = Omit<GeneratedQuestion, 'id' | 'kind'>;

/** One attempt at a question of `kind` with the numbers `r` draws; null when the numbers do not make a fair question. */
function draft(kind: NumericKind, r: ReturnType<typeof rng>, pack: PricePack): Draft | null {
  switch (kind) {
    case 'dynamodb-rcu': {
      const size = r.pick([0.5, 1, 2.5, 3, 4, 5, 6, 7.5, 9, 12, 15, 20, 33]);
      const reads = r.int(2, 200) * 10;
      const consistency = r.pick(['eventual', 'strong', 'transactional'] as const);
      const o = calc('dynamodb', { itemSizeKB: size, readsPerSecond: reads, readConsistency: consistency, writesPerSecond: 0 }, pack);
      const rcu = o.rcu as number;
      const units = ceilSafe(size / 4);
      const f = consistency === 'eventual' ? 0.5 : consistency === 'strong' ? 1 : 2;
      // The fourth mistake confuses this consistency with a neighbouring one, named for what it did.
      const confusion: Candidate =
        consistency === 'eventual'
          ? { mistake: 'eventual-as-transactional', value: reads * units * 2, why: 'Charged 2 RCU per unit as for transactional reads; eventually consistent reads cost half of one.' }
          : consistency === 'strong'
            ? { mistake: 'strong-as-transactional', value: reads * units * 2, why: 'Doubled as for transactional reads; a strongly consistent read costs 1 RCU per 4 KB unit.' }
            : { mistake: 'transactional-as-eventual', value: reads * units * 0.5, why: 'Halved as for eventually consistent reads; transactional reads cost 2 RCU per 4 KB unit.' };
      const a = assemble(r, rcu, `ceil(${size} ÷ 4) = ${units} unit(s) per read × ${reads} reads/s × ${f} (${consistency}) = ${int(rcu)} RCU.`, [
        { mistake: 'no-round-up', value: ceilSafe(reads * (size / 4) * f), why: 'Item size must be rounded up to a whole 4 KB unit per item before multiplying.' },
        consistency === 'eventual'
          ? { mistake: 'eventual-at-full-price', value: reads * units, why: 'Forgot that eventually consistent reads cost half.' }
          : consistency === 'transactional'
            ? { mistake: 'transactional-at-single-price', value: reads * units, why: 'Forgot that transactional reads cost double.' }
            : { mistake: 'strong-as-eventual', value: reads * units * 0.5, why: 'Halved for eventual consistency, but the reads are strongly consistent.' },
        { mistake: 'write-unit-size', value: ceilSafe(reads * ceilSafe(size) * f), why: 'Used 1 KB units (the write unit) instead of 4 KB read units.' },
        confusion,
        { mistake: 'round-total-not-item', value: ceilSafe((reads * size * f) / 4), why: 'Rounded the total bytes instead of each item: every read is rounded up to whole 4 KB units.' },
      ], int);
      if (!a) return null;
      return { stem: `A table serves ${int(reads)} ${consistency === 'eventual' ? 'eventually consistent' : consistency === 'strong' ? 'strongly consistent' : 'transactional'} reads per second of ${size} KB items. How many RCUs must be provisioned?`, ...a, trace: o.trace, domain: 'performant', topic: 'databases', kbEntry: 'dynamodb-capacity' };
    }
    case 'dynamodb-wcu': {
      const size = r.pick([0.3, 0.5, 1, 1.5, 2.2, 3, 4.5, 7, 10, 25]);
      const writes = r.int(1, 100) * 10;
      const tx = r.next() < 0.35;
      const o = calc('dynamodb', { itemSizeKB: size, readsPerSecond: 0, writesPerSecond: writes, writeMode: tx ? 'transactional' : 'standard' }, pack);
      const wcu = o.wcu as number;
      const units = ceilSafe(size);
      const m = tx ? 2 : 1;
      const a = assemble(r, wcu, `ceil(${size} KB) = ${units} unit(s) per write${tx ? ' × 2 (transactional)' : ''} × ${writes} writes/s = ${int(wcu)} WCU.`, [
        { mistake: 'round-total-not-item', value: ceilSafe(writes * size * m), why: 'Rounded the total instead of each item: every write is rounded up to whole 1 KB units.' },
        { mistake: 'read-unit-size', value: writes * ceilSafe(size / 4) * m, why: 'Used 4 KB units: that is the read unit; writes use 1 KB.' },
        tx
          ? { mistake: 'transactional-at-single-price', value: writes * units, why: 'Forgot that transactional writes cost double.' }
          : { mistake: 'standard-as-transactional', value: writes * units * 2, why: 'Doubled as if transactional; these are standard writes.' },
        { mistake: 'kb-1000-vs-1024', value: ceilSafe((writes * size * 1000 * m) / 1024), why: 'Mixed 1,000 and 1,024 and rounded the total: units are 1 KB (1,024 bytes), rounded up per item.' },
        { mistake: 'round-down', value: writes * Math.max(1, Math.floor(size)) * m, why: 'Rounded the item size down; DynamoDB rounds each write up to the next whole 1 KB.' },
      ], int);
      if (!a) return null;
      return { stem: `An application performs ${int(writes)} ${tx ? 'transactional ' : ''}writes per second of ${size} KB items. How many WCUs are needed?`, ...a, trace: o.trace, domain: 'performant', topic: 'databases', kbEntry: 'dynamodb-capacity' };
    }
    case 'kinesis-shards': {
      const avg = r.int(2, 60) * 100;
      const peak = avg * r.pick([1, 2, 3]);
      const kbStated = r.pick([0.5, 1, 2, 5, 10, 20, 50]);
      // AWS's sizing formula rounds the average record up to the nearest 1 KiB (a 0.5 KB record counts as 1).
      const kb = Math.max(1, Math.ceil(kbStated));
      const consumers = r.int(1, 4);
      const count = (recs: number, perMB: number, readLimit = true, recLimit = true): number =>
        Math.max(ceilSafe((recs * kb) / perMB), recLimit ? ceilSafe(recs / 1000) : 0, readLimit ? ceilSafe(((recs * kb) / perMB) * consumers / 2) : 0, 1);
      // AWS writes the shard limits as "1 MB/s" and "2 MB/s"; a learner reading MB as 1,000 KB must get the
      // same count, so only numbers where both readings agree make a question (checked before the costly
      // calculator run).
      if (count(peak, 1000) !== count(peak, 1024)) return null;
      const o = calc('kinesis', { recordsPerSecond: avg, peakRecordsPerSecond: peak, avgRecordKB: kbStated, consumers }, pack);
      const shards = o.shards as number;
      const inMiB = (peak * kb) / 1024;
      const a = assemble(r, shards, `Size for the peak${kbStated < 1 ? ` (each record counts as at least 1 KiB: AWS's sizing formula rounds the average record up to whole KiB)` : ''}: max(ceil(${inMiB.toFixed(2)} MB/s ÷ 1), ceil(${peak} ÷ 1,000), ceil(${inMiB.toFixed(2)} × ${consumers} ÷ 2)) = ${shards} shards (binding: ${String(o.bindingLimit)}).`, [
        ...(kbStated < 1
          ? [{ mistake: 'sub-kib-record-not-rounded', value: Math.max(ceilSafe((peak * kbStated) / 1024), ceilSafe(peak / 1000), ceilSafe(((peak * kbStated) / 1024) * consumers / 2), 1), why: 'Used the raw 0.5 KB: AWS sizes each record as at least 1 KiB (rounded up to whole KiB).' }]
          : []),
        { mistake: 'avg-not-peak', value: count(avg, 1024), why: 'Sized for the average: shards must absorb the peak or writes are throttled.' },
        { mistake: 'ignored-read-limit', value: count(peak, 1024, false), why: 'Ignored the 2 MB/s read limit shared by the consumers.' },
        { mistake: 'ignored-record-limit', value: count(peak, 1024, true, false), why: 'Forgot the 1,000 records per second per shard limit.' },
        { mistake: 'read-limit-per-consumer-2x', value: Math.max(ceilSafe(inMiB), ceilSafe(peak / 1000), ceilSafe(inMiB * consumers), 1), why: 'Used 1 MB/s of reads per shard: shared-throughput consumers split 2 MB/s per shard.' },
        { mistake: 'records-limit-per-second-wrong', value: Math.max(ceilSafe(inMiB), ceilSafe(peak / 500), ceilSafe((inMiB * consumers) / 2), 1), why: 'Used 500 records/s per shard; a shard accepts 1,000 records per second.' },
      ], int);
      if (!a) return null;
      return { stem: `Producers send on average ${int(avg)} records/s (peaks of ${int(peak)}/s), ${kbStated} KB each, read by ${consumers} shared-throughput consumer application${consumers > 1 ? 's' : ''}. A shard takes 1 MB/s or 1,000 records/s in and serves 2 MB/s out. How many provisioned shards does the stream need?`, ...a, trace: o.trace, domain: 'performant', topic: 'analytics-data-engineering', kbEntry: 'kinesis-data-streams' };
    }
    case 'lambda-cost': {
      const req = r.int(1, 50) * 1_000_000;
      const ms = r.pick([45, 120, 250, 380, 800, 1500, 3000]);
      const mem = r.pick([128, 256, 512, 1024, 1769, 2048, 3008]);
      const o = calc('lambda', { requestsPerMonth: req, avgDurationMs: ms, memoryMB: mem, includeFreeTier: false }, pack);
      const mo = o.monthly as { total: number; requests: number; compute: number };
      const gbs = (req * ms * mem) / 1000 / 1024;
      const p = pack.prices['lambda.x86.gbSecondTier1']!.usd;
      const pr = pack.prices['lambda.x86.requestsMillion']!.usd;
      const a = assemble(r, mo.total, `${int(req)} × ${ms / 1000} s × ${mem}/1,024 GB = ${int(gbs)} GB-s × $${p} + ${req / 1e6} M requests × $${pr} = ${dollars(mo.total)}.`, [
        { mistake: 'mb-1000-per-gb', value: ((req * ms * mem) / 1000 / 1000) * p + (req / 1e6) * pr, why: 'Divided memory by 1,000: Lambda GB-seconds use 1 GB = 1,024 MB.' },
        { mistake: 'no-request-charge', value: mo.compute, why: 'Left out the request charge (per million requests).' },
        { mistake: 'round-to-100ms', value: ((req * (Math.ceil(ms / 100) * 100) * mem) / 1000 / 1024) * p + (req / 1e6) * pr, why: 'Rounded duration up to 100 ms: Lambda has billed per 1 ms since December 2020.' },
        { mistake: 'ms-as-seconds', value: ((req * ms * mem) / 1024) * p + (req / 1e6) * pr, why: 'Treated milliseconds as seconds.' },
        { mistake: 'requests-per-thousand', value: mo.compute + (req / 1e3) * pr, why: 'Charged requests per thousand; the request price is per million.' },
      ], dollars);
      if (!a) return null;
      return { stem: `A function with ${mem} MB of memory (x86) runs ${int(req)} times a month for ${ms} ms each. Ignoring the free tier, what is the monthly Lambda bill in ${pack.region}?`, ...a, trace: o.trace, domain: 'cost', topic: 'serverless', kbEntry: 'lambda' };
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
        inTiB
          ? { mistake: 'tib-as-1000-gib', value: Math.min(16_000, Math.max(100, 3 * tib * 1000)), why: 'Used 1 TiB = 1,000 GiB: a TiB is 1,024 GiB.' }
          : { mistake: 'gib-gb-conversion', value: Math.round((3 * size * 1000) / 1024), why: 'Converted GiB to GB (or back) along the way: gp2 counts 3 IOPS per GiB as provisioned.' },
        { mistake: 'burst-as-baseline', value: 3000, why: 'Quoted the 3,000 IOPS burst: it lasts only while burst credits remain; the baseline is what the volume sustains.' },
        size < 34
          ? { mistake: 'no-floor', value: 3 * size, why: 'Forgot the 100 IOPS floor: small gp2 volumes still get 100 IOPS.' }
          : { mistake: 'no-ceiling', value: 3 * size, why: 'Forgot the 16,000 IOPS ceiling of gp2 (reached at 5,334 GiB).' },
        { mistake: 'max-as-baseline', value: 16_000, why: 'Gave the gp2 maximum: a volume gets it only from 5,334 GiB upwards.' },
        { mistake: 'io1-ratio', value: Math.min(16_000, Math.max(100, 5 * size)), why: 'Used 5 IOPS per GiB (an io-style ratio); gp2 earns 3 per GiB.' },
        { mistake: 'io2-ratio', value: Math.min(256_000, 500 * size), why: 'Used the io2 ratio of up to 500 IOPS per GiB; gp2 earns 3 IOPS per GiB.' },
      ], int);
      if (!a) return null;
      return { stem: `What baseline IOPS does a ${sizeText} gp2 volume sustain?`, ...a, trace: o.trace, domain: 'performant', topic: 'storage', kbEntry: 'ebs' };
    }
    case 'ebs-gp2-burst': {
      const size = r.int(2, 99) * 10; // below 1,000 GiB: gp2 bursts
      const o = calc('ebs', { volumeType: 'gp2', sizeGiB: size }, pack);
      const base = o.baselineIops as number;
      // Exact minutes from the credit arithmetic, rounded once (the calculator's seconds are already rounded).
      const minutes = 5_400_000 / (3000 - base) / 60;
      const fm = (n: number): string => `${(Math.round(n * 10) / 10).toLocaleString('en-US')} minutes`;
      const a = assemble(r, minutes, `Baseline = max(100, 3 × ${size}) = ${base} IOPS; 5,400,000 credits ÷ (3,000 − ${base}) = ${(5_400_000 / (3000 - base)).toFixed(1)} s ≈ ${fm(minutes)}.`, [
        { mistake: 'ignored-baseline', value: 5_400_000 / 3000 / 60, why: 'Ignored the baseline: credits drain at the burst rate minus the baseline the volume earns.' },
        { mistake: 'no-floor', value: 5_400_000 / (3000 - 3 * size) / 60, why: 'Forgot the 100 IOPS minimum baseline of gp2.' },
        { mistake: 'seconds-not-minutes', value: 5_400_000 / (3000 - base), why: 'Gave seconds, not minutes.' },
        { mistake: 'added-baseline', value: 5_400_000 / (3000 + base) / 60, why: 'Added the baseline instead of subtracting it.' },
        { mistake: 'hours-not-minutes', value: 5_400_000 / (3000 - base) / 3600, why: 'Divided by 3,600: that gives hours, not minutes.' },
      ], fm);
      if (!a) return null;
      return { stem: `A ${size} GiB gp2 volume starts with a full burst bucket and runs at 3,000 IOPS. About how long can it sustain that before falling back to its baseline?`, ...a, trace: o.trace, domain: 'performant', topic: 'storage', kbEntry: 'ebs' };
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
        { mistake: 'only-days-stored', value: (gb * price * days) / 30, why: `Billed only the ${days} days stored: ${cls.label} charges a ${cls.min}-day minimum.` },
        { mistake: 'tb-as-1000-gb', value: (tb * 1000 * price * cls.min) / 30, why: 'Used 1 TB = 1,000 GB; S3 bills 1 TB = 1,024 GB.' },
        { mistake: 'one-month', value: gb * price, why: 'Billed one month: the minimum is measured in days, not a calendar month.' },
        { mistake: 'remaining-days-only', value: (gb * price * (cls.min - days)) / 30, why: 'Billed only the remaining days and forgot the days already stored.' },
      ], dollars);
      if (!a) return null;
      return { stem: `${tb} TB is uploaded straight into ${cls.label} (${pack.region}) and deleted after ${days} days. What storage charge does it incur in total (ignore requests; a month is 30 days)?`, ...a, trace: [
        { label: 'Size', formula: 'TB × 1,024', substituted: `${tb} × 1,024`, result: gb, unit: 'GB' },
        { label: `${cls.label} minimum storage duration`, formula: 'objects deleted earlier are billed for the minimum', substituted: `${days} days stored < ${cls.min} days`, result: cls.min, unit: 'days', fact: { source: 'https://aws.amazon.com/s3/pricing/', asOf: pack.asOf } },
        { label: 'Storage charge', formula: 'GB × price per GB-month × minimum days ÷ 30', substituted: `${int(gb)} × ${price} × ${cls.min} ÷ 30`, rounding: 'cents', result: Math.round(correct * 100) / 100, unit: 'USD', fact: { source: pack.prices[`s3.${cls.key}.gbMonth`]!.source, asOf: pack.prices[`s3.${cls.key}.gbMonth`]!.asOf, priceKey: `s3.${cls.key}.gbMonth` } },
      ], domain: 'cost', topic: 'storage', kbEntry: 's3-storage-classes' };
    }
  }
}

/**
 * A generated question for `seed`: deterministic, and when one draw of numbers cannot make three distinct
 * named mistakes (or, for Kinesis, the MB conventions disagree), the next draw from the same seed is used.
 */
export function generateNumericQuestion(kind: NumericKind, seed: number, pack: PricePack): GeneratedQuestion {
  for (let attempt = 0; attempt < 64; attempt++) {
    const r = rng(seed * 7919 + NUMERIC_KINDS.indexOf(kind) + attempt * 104_729);
    const d = draft(kind, r, pack);
    if (d) return { id: `num-${kind}-${seed}`, kind, ...d };
  }
  throw new Error(`no fair ${kind} question found for seed ${seed}`);
}

/**
 * Seeds for a practice session of `count` questions of `kind` with no repeated stem, starting at
 * `firstSeed` and skipping seeds whose numbers repeat an earlier question. Fewer when the kind has fewer
 * distinct questions than asked within `maxTries` seeds.
 */
export function sessionSeeds(kind: NumericKind, firstSeed: number, count: number, pack: PricePack, maxTries = count * 20): number[] {
  const stems = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < maxTries && out.length < count; i++) {
    const seed = (firstSeed + i) >>> 0;
    const stem = generateNumericQuestion(kind, seed, pack).stem;
    if (stems.has(stem)) continue;
    stems.add(stem);
    out.push(seed);
  }
  return out;
}

export function explainTrace(q: GeneratedQuestion): string {
  return fmtTrace(q.trace);
}
