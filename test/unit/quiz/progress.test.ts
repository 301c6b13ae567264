import { describe, expect, it } from 'vitest';
import { accuracyOverTime, domainTotals, examReadiness, weakAreas, weekOf, type AttemptRow } from '../../../src/shared/quiz/progress';

function a(day: string, domain: AttemptRow['domain'], topic: string, correct: boolean, kbEntry: string | null = null): AttemptRow {
  return { answeredAt: `${day}T10:00:00.000Z`, domain, topic, kbEntry, correct };
}

describe('progress aggregation', () => {
  it('buckets weeks from Monday (UTC)', () => {
    expect(weekOf('2026-11-25T10:00:00Z')).toBe('2026-11-23'); // a Wednesday
    expect(weekOf('2026-11-23T00:00:00Z')).toBe('2026-11-23');
    expect(weekOf('2026-11-22T23:59:59Z')).toBe('2026-11-16'); // Sunday belongs to the week before
  });

  it('computes accuracy per domain per day, null where a domain had no answers', () => {
    const rows = [
      a('2026-11-24', 'secure', 'iam', true),
      a('2026-11-24', 'secure', 'iam', false),
      a('2026-11-24', 'cost', 's3', true),
      a('2026-11-25', 'secure', 'iam', true),
    ];
    const pts = accuracyOverTime(rows, 'day');
    expect(pts.map((p) => p.period)).toEqual(['2026-11-24', '2026-11-25']);
    expect(pts[0]!.accuracy).toEqual({ secure: 50, resilient: null, performant: null, cost: 100 });
    expect(pts[0]!.overall).toBe(66.7);
    expect(pts[0]!.attempts).toBe(3);
    expect(pts[1]!.accuracy.secure).toBe(100);
    expect(accuracyOverTime(rows, 'week')).toHaveLength(1);
    expect(domainTotals(rows).find((t) => t.domain === 'secure')).toEqual({ domain: 'secure', attempts: 3, correct: 2, accuracy: 66.7 });
  });

  it('suggests weak topics, weakest first, with the most-missed entry, ignoring topics with too few answers', () => {
    const rows = [
      ...[false, false, true, false].map((c) => a('2026-11-20', 'performant', 'kinesis', c, 'kinesis-data-streams')),
      a('2026-11-21', 'performant', 'kinesis', false, 'kinesis-firehose'),
      ...[true, false, true, false].map((c) => a('2026-11-20', 'resilient', 'databases', c, 'rds')),
      ...[true, true, true, true].map((c) => a('2026-11-20', 'secure', 'iam', c, 'iam')),
      a('2026-11-20', 'cost', 's3', false, 's3'), // only one answer: not enough to judge
    ];
    const w = weakAreas(rows);
    expect(w.map((x) => x.topic)).toEqual(['kinesis', 'databases']);
    expect(w[0]).toMatchObject({ kbEntry: 'kinesis-data-streams', attempts: 5, correct: 1 });
    expect(w[0]!.score).toBeCloseTo(2 / 7, 3);
  });

  it('weighs only the recent window, so a topic you have since mastered drops out', () => {
    const old = Array.from({ length: 10 }, () => a('2026-10-01', 'cost', 'ebs', false));
    const recent = Array.from({ length: 20 }, () => a('2026-11-20', 'cost', 'ebs', true));
    expect(weakAreas([...old, ...recent])).toEqual([]);
    expect(weakAreas([...old, ...recent], { window: 30 })[0]?.topic).toBe('ebs');
  });
});

describe('examReadiness (per exam, per domain)', () => {
  const bankQs = [
    { id: 'q1', domain: 'secure' as const, exams: { 'saa-c03': ['secure' as const], 'dva-c02': ['security' as const] } },
    { id: 'q2', domain: 'secure' as const, exams: { 'saa-c03': ['secure' as const] } },
    { id: 'q3', domain: 'cost' as const, exams: { 'dva-c02': ['development' as const] } },
    { id: 'q4', domain: 'resilient' as const },
  ];
  const rows = [
    { questionId: 'q1', correct: false, answeredAt: '2026-12-01T10:00:00Z' },
    { questionId: 'q1', correct: true, answeredAt: '2026-12-02T10:00:00Z' },
    { questionId: 'q1', correct: true, answeredAt: '2026-12-02T11:00:00Z' },
    { questionId: 'q3', correct: false, answeredAt: '2026-12-02T10:00:00Z' },
    { questionId: 'gone', correct: true, answeredAt: '2026-12-02T10:00:00Z' },
  ];

  it('counts each question once, by its latest answer, under its primary domain of each exam', () => {
    const saa = examReadiness(rows, bankQs, 'saa-c03');
    const secure = saa.domains.find((d) => d.domain === 'secure');
    expect(secure).toMatchObject({ inBank: 2, seen: 1, rightLastTime: 1, accuracy: 100, coverage: 50, weight: 30 });
    expect(saa.domains.find((d) => d.domain === 'resilient')).toMatchObject({ inBank: 1, seen: 0, accuracy: null });
    expect(saa.projected).toBe(100);
    expect(saa.ready).toBe(false);
    const dva = examReadiness(rows, bankQs, 'dva-c02');
    expect(dva.domains.map((d) => [d.domain, d.seen, d.accuracy])).toEqual([
      ['development', 1, 0],
      ['security', 1, 100],
      ['deployment', 0, null],
      ['troubleshooting', 0, null],
    ]);
    // (32 × 0 + 26 × 100) ÷ 58
    expect(dva.projected).toBe(44.8);
  });

  it('is not started before any answer', () => {
    expect(examReadiness([], bankQs, 'dva-c02')).toMatchObject({ projected: null, ready: false });
  });
});
