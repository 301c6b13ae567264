import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pricePackSchema } from '../../../src/shared/kb/schemas';
import { ceilSafe, generateNumericQuestion, NUMERIC_KINDS, sessionSeeds, type GeneratedQuestion } from '../../../src/shared/quiz/numeric';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));
const SEEDS = 3000;

const num = (s: string): number => Number(s.replace(/[$,]|minutes/g, '').trim());
/** Integer ceiling of a ÷ b for non-negative integers, with no floating-point division involved in rounding. */
const idiv = (a: number, b: number): number => Math.floor((a + b - 1) / b);
const usd = (n: number): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * The marked answer, recomputed from the stem alone with integer arithmetic where the generator uses the
 * calculators: an independent check that the generator and the calculators agree with the AWS formulas.
 */
function expected(q: GeneratedQuestion): string | number {
  const n = (s: string | undefined): number => Number((s ?? '').replace(/,/g, ''));
  switch (q.kind) {
    case 'dynamodb-rcu': {
      const m = /serves ([\d,]+) (eventually consistent|strongly consistent|transactional) reads per second of ([\d.]+) KB/.exec(q.stem)!;
      const units = idiv(Math.round(Number(m[3]) * 10), 40);
      const reads = n(m[1]);
      return m[2] === 'eventually consistent' ? (reads * units) / 2 : m[2] === 'strongly consistent' ? reads * units : reads * units * 2;
    }
    case 'dynamodb-wcu': {
      const m = /performs ([\d,]+) (transactional )?writes per second of ([\d.]+) KB/.exec(q.stem)!;
      return n(m[1]) * idiv(Math.round(Number(m[3]) * 10), 10) * (m[2] ? 2 : 1);
    }
    case 'kinesis-shards': {
      const m = /\(peaks of ([\d,]+)\/s\), ([\d.]+) KB each, read by (\d+)/.exec(q.stem)!;
      const peak = n(m[1]);
      // AWS's sizing formula: the average record rounded up to whole KiB (0.5 KB counts as 1).
      const halfKb = 2 * Math.max(1, Math.ceil(Number(m[2])));
      const consumers = Number(m[3]);
      const binary = Math.max(idiv(peak * halfKb, 2 * 1024), idiv(peak, 1000), idiv(peak * halfKb * consumers, 2 * 2 * 1024), 1);
      const decimal = Math.max(idiv(peak * halfKb, 2 * 1000), idiv(peak, 1000), idiv(peak * halfKb * consumers, 2 * 2 * 1000), 1);
      // The stem says "1 MB/s": both readings of MB must give the marked count.
      expect(decimal, q.stem).toBe(binary);
      return binary;
    }
    case 'lambda-cost': {
      const m = /(\d+) MB of memory \(x86\) runs ([\d,]+) times a month for (\d+) ms/.exec(q.stem)!;
      const gbs = (n(m[2]) * Number(m[3]) * Number(m[1])) / 1000 / 1024;
      return usd(gbs * pack.prices['lambda.x86.gbSecondTier1']!.usd + (n(m[2]) / 1e6) * pack.prices['lambda.x86.requestsMillion']!.usd);
    }
    case 'ebs-gp2-iops': {
      const m = /a ([\d.,]+) (TiB|GiB) gp2/.exec(q.stem)!;
      const gib = m[2] === 'TiB' ? Number(m[1]) * 1024 : n(m[1]);
      return Math.min(16_000, Math.max(100, 3 * gib));
    }
    case 'ebs-gp2-burst': {
      const gib = n(/A ([\d,]+) GiB gp2/.exec(q.stem)![1]);
      const baseline = Math.max(100, 3 * gib);
      // Tenths of a minute, rounded once: 5,400,000 credits ÷ (3,000 − baseline) IOPS ÷ 60.
      return Math.round((5_400_000 * 10) / ((3000 - baseline) * 60)) / 10;
    }
    case 's3-min-duration': {
      const m = /^(\d+) TB is uploaded straight into (S3 Standard-IA|S3 Glacier Instant Retrieval|S3 Glacier Deep Archive)/.exec(q.stem)!;
      const [key, min] = m[2] === 'S3 Standard-IA' ? ['standardIa', 30] : m[2] === 'S3 Glacier Instant Retrieval' ? ['glacierIr', 90] : ['deepArchive', 180];
      return usd((Number(m[1]) * 1024 * pack.prices[`s3.${key}.gbMonth`]!.usd * (min as number)) / 30);
    }
  }
}

describe(`generated questions: ${SEEDS} seeds per generator`, () => {
  it.each(NUMERIC_KINDS)('%s: the marked answer matches an independent computation; distractors are distinct named mistakes', (kind) => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const q = generateNumericQuestion(kind, seed, pack);
      const marked = q.options[q.correctIndex]!;
      expect(marked.correct).toBe(true);
      const want = expected(q);
      if (typeof want === 'string') expect(marked.text, `${kind} seed ${seed}: ${q.stem}`).toBe(want);
      else expect(num(marked.text), `${kind} seed ${seed}: ${q.stem}`).toBeCloseTo(want, 6);
      const wrong = q.options.filter((o) => !o.correct);
      expect(wrong).toHaveLength(3);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
      for (const o of wrong) {
        expect(o.mistake, `${kind} seed ${seed}`).toMatch(/^[a-z0-9-]+$/);
        expect(o.explanation).not.toMatch(/constant factor/i);
      }
      expect(new Set(wrong.map((o) => o.mistake)).size).toBe(3);
    }
    // Thousands of calculator runs (the Kinesis one also prices a chart): allow minutes on a shared machine.
  }, 600_000);

  it('reproduces the issue-16 cases: gp2 burst rounds once, and 680 × 2.2 KB rounds to 1,496 not 1,497', () => {
    // 330 GiB: baseline 990 IOPS, 5,400,000 ÷ 2,010 = 2,686.57 s = 44.776 min → 44.8 (not 44.7 or 44.9 via rounded seconds).
    expect(ceilSafe(680 * 2.2)).toBe(1496);
    expect(Math.ceil(680 * 2.2)).toBe(1497);
    for (let seed = 1; seed <= SEEDS; seed++) {
      const q = generateNumericQuestion('ebs-gp2-burst', seed, pack);
      const gib = Number(/A ([\d,]+) GiB/.exec(q.stem)![1]!.replace(/,/g, ''));
      const exact = 5_400_000 / (3000 - Math.max(100, 3 * gib)) / 60;
      expect(num(q.options[q.correctIndex]!.text)).toBe(Math.round(exact * 10) / 10);
    }
  });

  it('names the transactional-read confusion correctly (no "doubled without reason" for a 4× value)', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const q = generateNumericQuestion('dynamodb-rcu', seed, pack);
      for (const o of q.options) expect(o.explanation).not.toMatch(/without reason/);
    }
  });

  it.each(NUMERIC_KINDS)('%s: a session of 20 has no repeated stem', (kind) => {
    const seeds = sessionSeeds(kind, 1, 20, pack);
    expect(seeds).toHaveLength(20);
    const stems = seeds.map((s) => generateNumericQuestion(kind, s, pack).stem);
    expect(new Set(stems).size).toBe(20);
  });
});
