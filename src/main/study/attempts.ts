import type { Domain } from '../../shared/kb/provenance';
import type { AttemptRow } from '../../shared/quiz/progress';
import type { Db } from '../db/open';
import { sql } from './sql';

export interface NewAttempt {
  questionId: string;
  mode: 'practice' | 'exam' | 'numeric';
  chosen: readonly number[];
  correct: boolean;
  domain: Domain;
  topic: string;
  kbEntry: string | null;
  answeredAt: string;
  timeMs?: number;
  examId?: string;
}

export function recordAttempt(user: Db, a: NewAttempt): void {
  sql(
    user,
    `INSERT INTO quiz_attempts (question_id, mode, chosen, correct, domain, topic, kb_entry, answered_at, time_ms, exam_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.questionId,
    a.mode,
    JSON.stringify(a.chosen),
    a.correct ? 1 : 0,
    a.domain,
    a.topic,
    a.kbEntry,
    a.answeredAt,
    a.timeMs ?? null,
    a.examId ?? null,
  );
}

/** Every attempt, oldest first, in the shape the progress aggregation takes. */
export function allAttempts(user: Db): AttemptRow[] {
  return (
    sql(user, 'SELECT question_id, answered_at, domain, topic, kb_entry, correct FROM quiz_attempts ORDER BY answered_at, id').all() as {
      question_id: string;
      answered_at: string;
      domain: Domain;
      topic: string;
      kb_entry: string | null;
      correct: number;
    }[]
  ).map((r) => ({ questionId: r.question_id, answeredAt: r.answered_at, domain: r.domain, topic: r.topic, kbEntry: r.kb_entry, correct: r.correct === 1 }));
}

export function reviewsPerDay(user: Db, days: number, now: Date): { day: string; count: number }[] {
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();
  return sql(
    user,
    `SELECT substr(reviewed_at, 1, 10) AS day, COUNT(*) AS count FROM review_log
      WHERE reviewed_at >= ? GROUP BY day ORDER BY day`,
  ).all(since) as { day: string; count: number }[];
}
