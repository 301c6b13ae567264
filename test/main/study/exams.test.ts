import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/open';
import { examHistory, getExam, saveExam, startExam, submitExam } from '../../../src/main/study/exams';
import { testApp } from '../../helpers/app';
import { smallBank, userDb } from './fixtures';

const T0 = new Date('2026-11-25T09:00:00.000Z');
const at = (s: number): Date => new Date(T0.getTime() + s * 1000);
const bank = smallBank();

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = userDb()));
afterEach(() => dispose());
const tx = <T>(fn: () => T): T => db.transaction(fn).immediate();

describe('exams persisted in SQLite', () => {
  it('starts a weighted exam deterministically and hides answers until submitted', () => {
    const a = tx(() => startExam(db, bank, { count: 5, minutes: 10, seed: 7 }, T0));
    const b = tx(() => startExam(db, bank, { count: 5, minutes: 10, seed: 7 }, T0));
    expect(a.questions.map((q) => q.id)).toEqual(b.questions.map((q) => q.id));
    expect(a.id).not.toBe(b.id);
    expect(a.questions).toHaveLength(5);
    // 5 × (30/26/24/20 %) → secure 2, resilient 1, performant 1, cost 1.
    const domains = a.questions.map((q) => q.domain).sort();
    expect(domains).toEqual(['cost', 'performant', 'resilient', 'secure', 'secure']);
    expect(a.remainingS).toBe(600);
    for (const q of a.questions) {
      expect(q.revealed).toBe(false);
      for (const o of q.options) {
        expect(o.correct).toBeUndefined();
        expect(o.explanation).toBeUndefined();
      }
    }
  });

  it('autosaves answers, flags and position; submit scores per domain and records attempts', () => {
    const e = tx(() => startExam(db, bank, { count: 10, minutes: 30, seed: 1 }, T0));
    const ids = e.questions.map((q) => q.id);
    // Right answers for the secure questions, a wrong one for r1, nothing for the rest.
    const answers: Record<string, number[]> = {};
    for (const id of ids) if (id.startsWith('s')) answers[id] = [0];
    answers.r1 = [0];
    answers.p1 = [0, 2];
    tx(() => saveExam(db, bank, { id: e.id, answers, flags: ['r1', 'not-in-exam'], current: 4 }, at(60)));
    const saved = getExam(db, bank, e.id, at(61));
    expect(saved.answers).toEqual(answers);
    expect(saved.flags).toEqual(['r1']);
    expect(saved.current).toBe(4);
    expect(saved.remainingS).toBe(30 * 60 - 61);

    const done = tx(() => submitExam(db, bank, { id: e.id }, at(120)));
    expect(done.submittedAt).toBe(at(120).toISOString());
    expect(done.score).toMatchObject({ correct: 4, total: 10, answered: 5, passed: false });
    expect(done.score!.byDomain.secure).toEqual({ correct: 3, total: 3, ratio: 1 });
    expect(done.score!.byDomain.resilient).toEqual({ correct: 0, total: 3, ratio: 0 });
    expect(done.score!.byDomain.performant.correct).toBe(1);
    expect(done.score!.missed).toContain('r1');
    expect(done.score!.missed).toHaveLength(6);
    // Now the answers and explanations are shown.
    expect(done.questions.every((q) => q.revealed && q.options.every((o) => typeof o.explanation === 'string'))).toBe(true);
    const rows = db.prepare("SELECT question_id, correct FROM quiz_attempts WHERE exam_id = ? AND mode = 'exam'").all(e.id);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => (r as { correct: number }).correct === 1)).toHaveLength(4);

    expect(() => tx(() => submitExam(db, bank, { id: e.id }, at(130)))).toThrow(/already submitted/);
    expect(() => tx(() => saveExam(db, bank, { id: e.id, answers: {}, flags: [], current: 0 }, at(130)))).toThrow(/already submitted/);
    const h = examHistory(db);
    expect(h.exams.map((x) => x.id)).toEqual([e.id]);
    expect(h.inProgress).toBeNull();
  });

  it('after the deadline refuses saves and scores only what was autosaved', () => {
    const e = tx(() => startExam(db, bank, { count: 4, minutes: 1, seed: 3 }, T0));
    const first = e.questions[0]!.id;
    const right = bank.byId.get(first)!.options.findIndex((o) => o.correct);
    tx(() => saveExam(db, bank, { id: e.id, answers: { [first]: [right] }, flags: [], current: 0 }, at(30)));
    expect(getExam(db, bank, e.id, at(61)).expired).toBe(true);
    expect(() => tx(() => saveExam(db, bank, { id: e.id, answers: {}, flags: [], current: 0 }, at(120)))).toThrow(/Time is up/);
    const late = Object.fromEntries(e.questions.map((q) => [q.id, [0, 1, 2, 3]]));
    const done = tx(() => submitExam(db, bank, { id: e.id, answers: late }, at(120)));
    expect(done.score?.correct).toBe(1);
    expect(done.answers).toEqual({ [first]: [right] });
  });

  it('lists the unsubmitted exam to resume', () => {
    const e = tx(() => startExam(db, bank, { count: 3, minutes: 5, seed: 9 }, T0));
    expect(examHistory(db).inProgress?.id).toBe(e.id);
  });
});

describe('study and quiz channels through dispatch (bundled KB)', () => {
  const app = testApp();
  afterAll(() => app.dispose());

  it('rejects malformed payloads with VALIDATION before any handler runs', async () => {
    const r = await app.call('study.answer', { cardId: 'custom:x', rating: 5 as 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    const extra = await app.call('exam.start', { count: 5, minutes: 5, extra: true } as never);
    expect(extra.ok).toBe(false);
  });

  it('makes a card, reviews it (committed), undoes, and the queue follows', async () => {
    const made = await app.call('study.makeCard', { front: 'S3 Standard-IA minimum storage duration?', back: '30 days' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const due = await app.call('study.due', {});
    expect(due.ok && due.value.cards[0]?.cardId).toBe(made.value.id);
    const ans = await app.call('study.answer', { cardId: made.value.id, rating: 3 });
    expect(ans.ok).toBe(true);
    if (!ans.ok) return;
    expect(ans.value.committed.interval).toBe('10m');
    expect(ans.value.queue.cards.map((c) => c.cardId)).not.toContain(made.value.id);
    const undo = await app.call('study.undo', {});
    expect(undo.ok && undo.value.undone?.cardId).toBe(made.value.id);
    const missing = await app.call('study.answer', { cardId: 'custom:nope', rating: 3 });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('serves practice questions with revealed explanations, grades answers and records them', async () => {
    const cat = await app.call('quiz.catalog', {});
    expect(cat.ok).toBe(true);
    if (!cat.ok) return;
    expect(cat.value.total).toBeGreaterThan(0);
    const topic = cat.value.topics[0]!.topic;
    const qs = await app.call('quiz.questions', { topic, limit: 3, seed: 5 });
    expect(qs.ok).toBe(true);
    if (!qs.ok) return;
    const q = qs.value.questions[0]!;
    expect(q.topic).toBe(topic);
    expect(q.revealed).toBe(true);
    const right = q.options.filter((o) => o.correct).map((o) => o.index);
    const r = await app.call('quiz.answer', { questionId: q.id, chosen: right });
    expect(r.ok && r.value.correct).toBe(true);
    const one = await app.call('quiz.question', { id: q.id });
    expect(one.ok && one.value.stem).toBe(q.stem);
    const stats = await app.call('progress.stats', {});
    expect(stats.ok && stats.value.attempts).toBe(1);
  });

  it('runs an exam through start → save → submit → get → history', async () => {
    const s = await app.call('exam.start', { count: 5, minutes: 10, seed: 11 });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const [q1] = s.value.questions;
    const saved = await app.call('exam.save', { id: s.value.id, answers: { [q1!.id]: [q1!.options[0]!.index] }, flags: [q1!.id], current: 1 });
    expect(saved.ok).toBe(true);
    const sub = await app.call('exam.submit', { id: s.value.id });
    expect(sub.ok && sub.value.score?.total).toBe(5);
    const h = await app.call('exam.history', {});
    expect(h.ok && h.value.exams[0]?.id).toBe(s.value.id);
  });
});

describe('exams for both associate certifications', () => {
  // s* serve DVA-C02 security, r* development, p* troubleshooting; c* stay SAA-C03 only.
  const dvaOf: Record<string, 'security' | 'development' | 'troubleshooting'> = { s: 'security', r: 'development', p: 'troubleshooting' };
  const questions = bank.questions.map((q) => {
    const d = dvaOf[q.id[0] ?? ''];
    return { ...q, exams: d ? { 'saa-c03': [q.domain], 'dva-c02': [d] } : { 'saa-c03': [q.domain] } };
  });
  const tagged = { ...bank, questions, byId: new Map(questions.map((q) => [q.id, q])) };

  it('draws a DVA-C02 exam from DVA-tagged questions and scores it by the DVA domains, also after a reload', () => {
    const e = tx(() => startExam(db, tagged, { count: 8, minutes: 20, seed: 5, exam: 'dva-c02' }, T0));
    expect(e.exam).toBe('dva-c02');
    expect(e.questions.map((q) => q.id).filter((id) => id.startsWith('c'))).toEqual([]);
    expect(getExam(db, tagged, e.id, at(1)).exam).toBe('dva-c02');
    const answers = Object.fromEntries(e.questions.filter((q) => q.id.startsWith('s')).map((q) => [q.id, [0]]));
    const done = tx(() => submitExam(db, tagged, { id: e.id, answers }, at(60)));
    expect(Object.keys(done.score!.byDomain)).toEqual(['development', 'security', 'deployment', 'troubleshooting']);
    expect(done.score!.byDomain.security).toMatchObject({ correct: 3, total: 3 });
    expect(examHistory(db).exams[0]).toMatchObject({ id: e.id, exam: 'dva-c02' });
  });

  it('keeps SAA-C03 the default, so exams started before there were two still read as SAA-C03', () => {
    const e = tx(() => startExam(db, tagged, { count: 4, minutes: 10, seed: 2 }, T0));
    expect(e.exam).toBe('saa-c03');
  });
});
