import { randomUUID } from 'node:crypto';
import type { ExamSummary, ExamView } from '../../shared/ipc/channels/study';
import type { Question } from '../../shared/quiz/bankSchema';
import { assembleExam, isCorrect, remainingSeconds, scoreExam, type ExamScore } from '../../shared/quiz/exam';
import { EXAM_IDS, type ExamId } from '../../shared/quiz/examGuides';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import { questionView, type Bank } from './bank';
import { recordAttempt } from './attempts';
import { sql } from './sql';

interface ExamRow {
  id: string;
  seed: number;
  started_at: string;
  duration_s: number;
  question_ids: string;
  answers: string;
  flags: string;
  current: number;
  saved_at: string | null;
  submitted_at: string | null;
  score: string | null;
}

/** Answers arrive after a countdown ends in the browser; allow for clock skew and the autosave interval. */
const GRACE_S = 30;

function rowOf(user: Db, id: string): ExamRow {
  const r = sql(user, 'SELECT * FROM exams WHERE id = ?').get(id) as ExamRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', `No exam "${id}".`);
  return r;
}

function questionsOf(bank: Bank, ids: readonly string[]): Question[] {
  // A question removed from a newer KB is dropped from old exams rather than failing them.
  return ids.flatMap((id) => {
    const q = bank.byId.get(id);
    return q ? [q] : [];
  });
}

/** Keeps only answers to questions of this exam with valid option indexes. */
function cleanAnswers(qs: readonly Question[], answers: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const q of qs) {
    const a = answers[q.id];
    if (!a) continue;
    const valid = [...new Set(a)].filter((i) => i < q.options.length).sort((x, y) => x - y);
    if (valid.length) out[q.id] = valid;
  }
  return out;
}

function view(row: ExamRow, bank: Bank, now: Date): ExamView {
  const submitted = row.submitted_at !== null;
  const qs = questionsOf(bank, JSON.parse(row.question_ids) as string[]);
  const remainingS = submitted ? 0 : remainingSeconds(row.started_at, row.duration_s, now);
  return {
    id: row.id,
    exam: examOf(row.id),
    seed: row.seed,
    startedAt: row.started_at,
    durationS: row.duration_s,
    remainingS,
    expired: !submitted && remainingS === 0,
    // Right answers and explanations stay on this side until the exam is submitted.
    questions: qs.map((q) => questionView(bank, q, row.seed, submitted)),
    answers: JSON.parse(row.answers) as Record<string, number[]>,
    flags: JSON.parse(row.flags) as string[],
    current: row.current,
    savedAt: row.saved_at,
    submittedAt: row.submitted_at,
    score: row.score ? (JSON.parse(row.score) as ExamScore) : null,
  };
}

/**
 * Which exam an exam row was drawn for. The exam id is part of the row id (`exam-dva-c02-<uuid>`), so no
 * schema change is needed and rows from before there were two exams (`exam-<uuid>`) read as SAA-C03.
 */
export function examOf(rowId: string): ExamId {
  return EXAM_IDS.find((e) => rowId.startsWith(`exam-${e}-`)) ?? 'saa-c03';
}

function randomSeed(): number {
  return Math.floor(Math.random() * 0xffffffff);
}

export function startExam(
  user: Db,
  bank: Bank,
  opts: { count: number; minutes: number; seed?: number; exam?: ExamId },
  now: Date,
): ExamView {
  const seed = opts.seed ?? randomSeed();
  const exam = opts.exam ?? 'saa-c03';
  const ids = assembleExam(bank.questions, opts.count, seed, exam);
  if (ids.length === 0) throw new AppError('UNAVAILABLE', 'The question bank is empty: rebuild the knowledge base.');
  const id = `exam-${exam}-${randomUUID()}`;
  sql(user, 'INSERT INTO exams (id, seed, started_at, duration_s, question_ids) VALUES (?, ?, ?, ?, ?)').run(
    id,
    seed,
    now.toISOString(),
    opts.minutes * 60,
    JSON.stringify(ids),
  );
  return view(rowOf(user, id), bank, now);
}

export function getExam(user: Db, bank: Bank, id: string, now: Date): ExamView {
  return view(rowOf(user, id), bank, now);
}

function assertOpen(row: ExamRow, now: Date): void {
  if (row.submitted_at) throw new AppError('CONFLICT', 'This exam was already submitted.');
  const deadline = Date.parse(row.started_at) + (row.duration_s + GRACE_S) * 1000;
  if (now.getTime() > deadline) throw new AppError('CONFLICT', 'Time is up for this exam: submit it to see your score.');
}

/** Autosave of answers, flags and position. Run inside a write transaction. */
export function saveExam(
  user: Db,
  bank: Bank,
  req: { id: string; answers: Record<string, number[]>; flags: string[]; current: number },
  now: Date,
): { savedAt: string } {
  const row = rowOf(user, req.id);
  assertOpen(row, now);
  const ids = JSON.parse(row.question_ids) as string[];
  const qs = questionsOf(bank, ids);
  const savedAt = now.toISOString();
  sql(user, 'UPDATE exams SET answers = ?, flags = ?, current = ?, saved_at = ? WHERE id = ?').run(
    JSON.stringify(cleanAnswers(qs, req.answers)),
    JSON.stringify(req.flags.filter((f) => ids.includes(f))),
    Math.min(req.current, Math.max(0, ids.length - 1)),
    savedAt,
    req.id,
  );
  return { savedAt };
}

/**
 * Submits: stores the score and one attempt per question (unanswered = wrong). Answers sent with the
 * submit win over the last autosave; after the deadline only the autosaved answers count.
 */
export function submitExam(
  user: Db,
  bank: Bank,
  req: { id: string; answers?: Record<string, number[]>; flags?: string[] },
  now: Date,
): ExamView {
  const row = rowOf(user, req.id);
  if (row.submitted_at) throw new AppError('CONFLICT', 'This exam was already submitted.');
  const ids = JSON.parse(row.question_ids) as string[];
  const qs = questionsOf(bank, ids);
  const deadline = Date.parse(row.started_at) + (row.duration_s + GRACE_S) * 1000;
  const late = now.getTime() > deadline;
  const answers = cleanAnswers(
    qs,
    req.answers && !late ? req.answers : (JSON.parse(row.answers) as Record<string, number[]>),
  );
  const flags = req.flags && !late ? req.flags.filter((f) => ids.includes(f)) : (JSON.parse(row.flags) as string[]);
  const score = scoreExam(qs, answers, examOf(row.id));
  const at = now.toISOString();
  for (const q of qs) {
    const chosen = answers[q.id] ?? [];
    recordAttempt(user, {
      questionId: q.id,
      mode: 'exam',
      chosen,
      correct: chosen.length > 0 && isCorrect(q, chosen),
      domain: q.domain,
      topic: q.topic,
      kbEntry: q.kbEntry,
      answeredAt: at,
      examId: row.id,
    });
  }
  sql(user, 'UPDATE exams SET answers = ?, flags = ?, submitted_at = ?, score = ?, saved_at = ? WHERE id = ?').run(
    JSON.stringify(answers),
    JSON.stringify(flags),
    at,
    JSON.stringify(score),
    at,
    row.id,
  );
  return view(rowOf(user, row.id), bank, now);
}

function summary(r: ExamRow): ExamSummary {
  return {
    id: r.id,
    exam: examOf(r.id),
    startedAt: r.started_at,
    submittedAt: r.submitted_at,
    count: (JSON.parse(r.question_ids) as string[]).length,
    durationS: r.duration_s,
    score: r.score ? (JSON.parse(r.score) as ExamScore) : null,
  };
}

/** Submitted exams, newest first, and the newest unsubmitted one to resume. */
export function examHistory(user: Db, limit = 50): { exams: ExamSummary[]; inProgress: ExamSummary | null } {
  const done = sql(user, 'SELECT * FROM exams WHERE submitted_at IS NOT NULL ORDER BY started_at DESC LIMIT ?').all(limit) as ExamRow[];
  const open = sql(user, 'SELECT * FROM exams WHERE submitted_at IS NULL ORDER BY started_at DESC LIMIT 1').get() as
    | ExamRow
    | undefined;
  return { exams: done.map(summary), inProgress: open ? summary(open) : null };
}
