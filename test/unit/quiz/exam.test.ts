import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../../src/shared/kb/provenance';
import { apportion, assembleExam, isCorrect, remainingSeconds, scoreExam } from '../../../src/shared/quiz/exam';
import { optionOrder } from '../../../src/shared/quiz/rng';

function bank(perDomain: Record<Domain, number>): { id: string; domain: Domain }[] {
  return DOMAINS.flatMap((d) => Array.from({ length: perDomain[d] }, (_, i) => ({ id: `${d}-${String(i).padStart(3, '0')}`, domain: d })));
}
const BIG = bank({ secure: 80, resilient: 80, performant: 80, cost: 80 });

function q(id: string, domain: Domain, correct: number[], n = 4): { id: string; domain: Domain; options: { correct: boolean }[] } {
  return { id, domain, options: Array.from({ length: n }, (_, i) => ({ correct: correct.includes(i) })) };
}

describe('exam assembly', () => {
  it('apportions 65 questions like the SAA guide (30/26/24/20 %)', () => {
    const a = apportion(65, { secure: 99, resilient: 99, performant: 99, cost: 99 });
    // 19.5, 16.9, 15.6, 13.0 → 19, 16, 15, 13 = 63; remainders .9 and .6 get the last two.
    expect(a).toEqual({ secure: 19, resilient: 17, performant: 16, cost: 13 });
    expect(apportion(10, { secure: 99, resilient: 99, performant: 99, cost: 99 })).toEqual({
      secure: 3,
      resilient: 3,
      performant: 2,
      cost: 2,
    });
  });

  it('moves the shortfall of a thin domain to the others', () => {
    const a = apportion(20, { secure: 99, resilient: 99, performant: 99, cost: 1 });
    expect(a.cost).toBe(1);
    expect(a.secure + a.resilient + a.performant + a.cost).toBe(20);
  });

  it('is deterministic per seed and differs across seeds', () => {
    expect(assembleExam(BIG, 65, 42)).toEqual(assembleExam([...BIG].reverse(), 65, 42));
    expect(assembleExam(BIG, 65, 42)).not.toEqual(assembleExam(BIG, 65, 43));
  });

  it('always returns distinct questions, the requested count when the bank allows, domain counts as apportioned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65 }), fc.integer({ min: 0, max: 0xffffffff }), (n, seed) => {
        const ids = assembleExam(BIG, n, seed);
        expect(ids).toHaveLength(n);
        expect(new Set(ids).size).toBe(n);
        const want = apportion(n, { secure: 80, resilient: 80, performant: 80, cost: 80 });
        for (const d of DOMAINS) expect(ids.filter((i) => i.startsWith(`${d}-`)).length).toBe(want[d]);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the whole bank when asked for more than it has', () => {
    const small = bank({ secure: 2, resilient: 1, performant: 0, cost: 1 });
    expect(assembleExam(small, 65, 1).sort()).toEqual(small.map((x) => x.id).sort());
  });
});

describe('grading and scoring', () => {
  it('grades single and multi answers all-or-nothing', () => {
    expect(isCorrect(q('a', 'cost', [2]), [2])).toBe(true);
    expect(isCorrect(q('a', 'cost', [2]), [1])).toBe(false);
    expect(isCorrect(q('m', 'cost', [0, 3], 5), [3, 0])).toBe(true);
    expect(isCorrect(q('m', 'cost', [0, 3], 5), [0])).toBe(false);
    expect(isCorrect(q('m', 'cost', [0, 3], 5), [0, 3, 4])).toBe(false);
  });

  it('scores per domain, unanswered counts as wrong, pass mark 72 %', () => {
    const qs = [q('s1', 'secure', [0]), q('s2', 'secure', [1]), q('r1', 'resilient', [2]), q('c1', 'cost', [0, 1])];
    const s = scoreExam(qs, { s1: [0], s2: [0], c1: [1, 0] });
    expect(s.correct).toBe(2);
    expect(s.total).toBe(4);
    expect(s.answered).toBe(3);
    expect(s.ratio).toBe(0.5);
    expect(s.passed).toBe(false);
    expect(s.byDomain.secure).toEqual({ correct: 1, total: 2, ratio: 0.5 });
    expect(s.byDomain.resilient).toEqual({ correct: 0, total: 1, ratio: 0 });
    expect(s.byDomain.cost).toEqual({ correct: 1, total: 1, ratio: 1 });
    expect(s.byDomain.performant).toEqual({ correct: 0, total: 0, ratio: 0 });
    expect(s.missed).toEqual(['s2', 'r1']);
    expect(scoreExam(qs, { s1: [0], s2: [1], r1: [2] }).passed).toBe(true); // 3/4 = 75 %
  });

  it('counts down and never below zero', () => {
    const start = '2026-11-25T09:00:00.000Z';
    expect(remainingSeconds(start, 600, new Date('2026-11-25T09:01:00.000Z'))).toBe(540);
    expect(remainingSeconds(start, 600, new Date('2026-11-25T10:00:00.000Z'))).toBe(0);
  });

  it('shuffles options into a permutation that depends on the seed (the bank lists the answer first)', () => {
    const firsts = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const o = optionOrder('b-db-rds-multi-az-failover', 4, seed);
      expect([...o].sort()).toEqual([0, 1, 2, 3]);
      firsts.add(o[0]!);
    }
    expect(firsts.size).toBe(4);
    expect(optionOrder('x', 5, 7)).toEqual(optionOrder('x', 5, 7));
  });
});

describe('two associate exams (SAA-C03 and DVA-C02)', () => {
  const DVA = ['development', 'security', 'deployment', 'troubleshooting'] as const;
  // 80 questions per DVA domain, half of them also tagged for SAA-C03, plus 40 SAA-only questions.
  const tagged = [
    ...DVA.flatMap((d, k) =>
      Array.from({ length: 80 }, (_, i) => ({
        id: `dva-${d}-${String(i).padStart(3, '0')}`,
        domain: DOMAINS[k] ?? 'secure',
        exams: i % 2 ? { 'saa-c03': [DOMAINS[k] ?? 'secure'], 'dva-c02': [d] } : { 'dva-c02': [d] },
      })),
    ),
    ...Array.from({ length: 40 }, (_, i) => ({ id: `saa-only-${i}`, domain: 'cost' as const, exams: { 'saa-c03': ['cost' as const] } })),
  ];

  it('publishes the exam guides: 65 questions in 130 minutes, weights summing to 100', async () => {
    const { EXAMS } = await import('../../../src/shared/quiz/examGuides');
    for (const e of Object.values(EXAMS)) {
      expect([e.questionCount, e.minutes, e.passScaled]).toEqual([65, 130, 720]);
      expect(e.domains.reduce((s, d) => s + d.weight, 0)).toBe(100);
    }
    expect(EXAMS['dva-c02'].domains.map((d) => d.weight)).toEqual([32, 26, 24, 18]);
    expect(EXAMS['saa-c03'].domains.map((d) => d.weight)).toEqual([30, 26, 24, 20]);
  });

  it('draws a DVA-C02 exam only from DVA-tagged questions, apportioned 32/26/24/18 %', () => {
    const ids = assembleExam(tagged, 65, 7, 'dva-c02');
    expect(ids).toHaveLength(65);
    expect(ids.some((i) => i.startsWith('saa-only'))).toBe(false);
    const per = (d: string): number => ids.filter((i) => i.startsWith(`dva-${d}-`)).length;
    // 20.8, 16.9, 15.6, 11.7: largest remainders go to security, development, troubleshooting.
    expect(DVA.map(per)).toEqual([21, 17, 15, 12]);
    expect(apportion(65, { development: 99, security: 99, deployment: 99, troubleshooting: 99 }, { development: 32, security: 26, deployment: 24, troubleshooting: 18 })).toEqual({
      development: 21,
      security: 17,
      deployment: 15,
      troubleshooting: 12,
    });
  });

  it('leaves DVA-only questions out of SAA-C03 exams, and untagged (older) questions in', () => {
    const ids = assembleExam([...tagged, { id: 'legacy-1', domain: 'secure' as const }], 200, 3, 'saa-c03');
    for (const i of ids) {
      const q = [...tagged, { id: 'legacy-1', domain: 'secure' as const, exams: { 'saa-c03': ['secure' as const] } }].find((x) => x.id === i);
      expect(q?.exams && 'saa-c03' in q.exams, i).toBe(true);
    }
    expect(ids).toContain('legacy-1');
  });

  it('scores by the exam domains', () => {
    const qs = [
      { id: 'a', domain: 'secure' as const, exams: { 'saa-c03': ['secure' as const], 'dva-c02': ['security' as const] }, options: [{ correct: true }, { correct: false }] },
      { id: 'b', domain: 'cost' as const, exams: { 'dva-c02': ['troubleshooting' as const] }, options: [{ correct: true }, { correct: false }] },
    ];
    const s = scoreExam(qs, { a: [0], b: [1] }, 'dva-c02');
    expect(s.exam).toBe('dva-c02');
    expect(s.byDomain.security).toMatchObject({ correct: 1, total: 1 });
    expect(s.byDomain.troubleshooting).toMatchObject({ correct: 0, total: 1 });
    expect(Object.keys(s.byDomain)).toEqual([...DVA]);
  });
});
