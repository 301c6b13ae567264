import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import { pricePackSchema } from '../../../src/shared/kb/schemas';
import { generateNumericQuestion, NUMERIC_KINDS } from '../../../src/shared/quiz/numeric';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));
const ids = new Set((JSON.parse(readFileSync(join(ROOT, 'data', 'kb', '_ids.json'), 'utf8')) as { ids: string[] }).ids);

describe('generated numeric questions', () => {
  it.each(NUMERIC_KINDS)('%s: 1,000 seeds give valid questions with one correct, distinct options', (kind) => {
    const stems = new Set<string>();
    for (let seed = 1; seed <= 1000; seed++) {
      const q = generateNumericQuestion(kind, seed, pack);
      expect(q.options).toHaveLength(4);
      expect(q.options.filter((o) => o.correct)).toHaveLength(1);
      expect(q.options[q.correctIndex]!.correct).toBe(true);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
      for (const o of q.options) expect(o.explanation.length).toBeGreaterThan(10);
      expect(q.trace.length).toBeGreaterThan(0);
      expect(ids.has(q.kbEntry)).toBe(true);
      stems.add(q.stem);
    }
    // Fresh numbers: most seeds give a different question.
    expect(stems.size).toBeGreaterThan(50);
    // A thousand calculator runs per kind (Kinesis also prices a chart): generous on a shared machine.
  }, 300_000);

  it('the correct option equals the calculator result for WCU, shards and gp2 IOPS too', () => {
    const n = (x: string): number => Number(x.replace(/,/g, ''));
    for (let seed = 1; seed <= 200; seed++) {
      const w = generateNumericQuestion('dynamodb-wcu', seed, pack);
      const wm = /performs ([\d,]+) (transactional )?writes per second of ([\d.]+) KB/.exec(w.stem)!;
      const wr = runCalculator('dynamodb', { itemSizeKB: Number(wm[3]), readsPerSecond: 0, writesPerSecond: n(wm[1]!), writeMode: wm[2] ? 'transactional' : 'standard' }, pack);
      expect(wr.ok && n(w.options[w.correctIndex]!.text)).toBe(wr.ok && wr.value.wcu);

      const k = generateNumericQuestion('kinesis-shards', seed, pack);
      const km = /average ([\d,]+) records\/s \(peaks of ([\d,]+)\/s\), ([\d.]+) KB each, read by (\d+)/.exec(k.stem)!;
      const kr = runCalculator('kinesis', { recordsPerSecond: n(km[1]!), peakRecordsPerSecond: n(km[2]!), avgRecordKB: Number(km[3]), consumers: Number(km[4]) }, pack);
      expect(kr.ok && n(k.options[k.correctIndex]!.text)).toBe(kr.ok && kr.value.shards);

      const e = generateNumericQuestion('ebs-gp2-iops', seed, pack);
      const em = /a ([\d.,]+) (TiB|GiB) gp2/.exec(e.stem)!;
      const er = runCalculator('ebs', { volumeType: 'gp2', sizeGiB: em[2] === 'TiB' ? Number(em[1]) * 1024 : n(em[1]!) }, pack);
      expect(er.ok && n(e.options[e.correctIndex]!.text)).toBe(er.ok && er.value.baselineIops);
      // Every wrong option is a different number from the right one.
      for (const q of [w, k, e]) for (const o of q.options) if (!o.correct) expect(n(o.text)).not.toBe(n(q.options[q.correctIndex]!.text));
    }
  });

  it('is deterministic per seed', () => {
    for (const kind of NUMERIC_KINDS) expect(generateNumericQuestion(kind, 42, pack)).toEqual(generateNumericQuestion(kind, 42, pack));
  });

  it('the correct option equals the calculator result', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const q = generateNumericQuestion('dynamodb-rcu', seed, pack);
      const m = /serves ([\d,]+) (eventually consistent|strongly consistent|transactional) reads per second of ([\d.]+) KB/.exec(q.stem)!;
      const c = m[2] === 'eventually consistent' ? 'eventual' : m[2] === 'strongly consistent' ? 'strong' : 'transactional';
      const r = runCalculator('dynamodb', { region: 'us-east-1', itemSizeKB: Number(m[3]), readsPerSecond: Number(m[1]!.replace(/,/g, '')), readConsistency: c, writesPerSecond: 0 }, pack);
      expect(r.ok && q.options[q.correctIndex]!.text).toBe(r.ok ? (r.value.rcu as number).toLocaleString('en-US') : '');
      const l = generateNumericQuestion('lambda-cost', seed, pack);
      const lm = /(\d+) MB of memory \(x86\) runs ([\d,]+) times a month for (\d+) ms/.exec(l.stem)!;
      const lr = runCalculator('lambda', { region: 'us-east-1', memoryMB: Number(lm[1]), requestsPerMonth: Number(lm[2]!.replace(/,/g, '')), avgDurationMs: Number(lm[3]) }, pack);
      const total = lr.ok ? (lr.value.monthly as { total: number }).total : NaN;
      expect(l.options[l.correctIndex]!.text).toBe(`$${total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    }
  });
});
