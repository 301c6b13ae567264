import { randomUUID } from 'node:crypto';
import type { CardKind, CardOrigin, DeckOptions, DueCard, StudyQueue } from '../../shared/ipc/channels/study';
import { hashString } from '../../shared/quiz/rng';
import { applyRating, formatInterval, previewIntervals, STATE_NAMES, type CardState, type RatingValue } from '../../shared/quiz/schedule';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import type { Bank } from './bank';
import { hasTable, sql } from './sql';

/** A study_cards row. */
interface StateRow {
  card_id: string;
  kind: CardKind;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

interface Content {
  front: string;
  back: string;
  origin: string;
  kbEntry: string | null;
}

export function kindOf(cardId: string): CardKind {
  if (cardId.startsWith('note:')) return 'note';
  if (cardId.startsWith('custom:')) return 'custom';
  if (cardId.startsWith('q:')) return 'question';
  throw new AppError('BAD_INPUT', `"${cardId}" is not a card id.`);
}

function rowToState(r: StateRow): CardState {
  return {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state as CardState['state'],
    lastReview: r.last_review,
  };
}

function originLabel(json: string): string {
  try {
    const o = JSON.parse(json) as Partial<CardOrigin>;
    return o.label ?? (o.kind === 'manual' || !o.kind ? 'Made by you' : o.kind);
  } catch {
    return 'Made by you';
  }
}

/** Note cards come from the notes importer's table; its optional columns are read when present. */
function noteContent(r: Record<string, unknown>): Content {
  const where = [r.file, r.section].filter((x): x is string => typeof x === 'string' && x.length > 0).join(' › ');
  return { front: String(r.front ?? ''), back: String(r.back ?? ''), origin: where || 'Your notes', kbEntry: null };
}

function questionContent(bank: Bank | null, cardId: string): Content | null {
  const q = bank?.byId.get(cardId.slice(2));
  if (!q) return null;
  const right = q.options.filter((o) => o.correct);
  return {
    front: q.stem,
    back: right.map((o) => `**${o.text}**: ${o.explanation}`).join('\n\n'),
    origin: `Question bank · ${q.topic}`,
    kbEntry: q.kbEntry,
  };
}

/** What a card shows, or null when its source is gone (a note removed by a re-import, a deleted card). */
export function contentOf(user: Db, bank: Bank | null, cardId: string): Content | null {
  switch (kindOf(cardId)) {
    case 'custom': {
      const r = sql(user, 'SELECT front, back, origin FROM custom_cards WHERE id = ?').get(cardId) as
        | { front: string; back: string; origin: string }
        | undefined;
      return r ? { front: r.front, back: r.back, origin: originLabel(r.origin), kbEntry: null } : null;
    }
    case 'note': {
      if (!hasTable(user, 'note_cards')) return null;
      const r = sql(user, 'SELECT * FROM note_cards WHERE id = ?').get(cardId) as Record<string, unknown> | undefined;
      return r ? noteContent(r) : null;
    }
    case 'question':
      return questionContent(bank, cardId);
  }
}

function dueCard(cardId: string, c: Content, s: CardState | null, now: Date): DueCard {
  return {
    cardId,
    kind: kindOf(cardId),
    front: c.front,
    back: c.back,
    origin: c.origin,
    kbEntry: c.kbEntry,
    state: s ? (STATE_NAMES[s.state] as DueCard['state']) : 'new',
    due: s?.due ?? null,
    previews: previewIntervals(s, now),
  };
}

function startOfDay(now: Date): string {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

function enabled(deck: DeckOptions): CardKind[] {
  return [...(deck.notes ? ['note' as const] : []), ...(deck.custom ? ['custom' as const] : []), ...(deck.questions ? ['question' as const] : [])];
}

/** Ids of never-reviewed cards of the enabled kinds, in introduction order: yours first, then notes, then questions. */
function newIds(user: Db, bank: Bank | null, deck: DeckOptions): string[] {
  const out: string[] = [];
  if (deck.custom)
    for (const r of sql(
      user,
      `SELECT c.id FROM custom_cards c LEFT JOIN study_cards s ON s.card_id = c.id
        WHERE s.card_id IS NULL ORDER BY c.created_at, c.id`,
    ).all() as { id: string }[])
      out.push(r.id);
  if (deck.notes && hasTable(user, 'note_cards')) {
    // Import order (rowid) when the importer's table has one; otherwise by id.
    const ddl = (sql(user, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'note_cards'").get() as { sql: string }).sql;
    const order = /without\s+rowid/i.test(ddl) ? 'n.id' : 'n.rowid';
    for (const r of sql(
      user,
      `SELECT n.id FROM note_cards n LEFT JOIN study_cards s ON s.card_id = n.id
        WHERE s.card_id IS NULL ORDER BY ${order}`,
    ).all() as { id: string }[])
      out.push(r.id);
  }
  if (deck.questions && bank) {
    const seen = new Set(
      (sql(user, "SELECT card_id FROM study_cards WHERE kind = 'question'").all() as { card_id: string }[]).map((r) => r.card_id),
    );
    // A stable mix of topics rather than the bank's alphabetical order.
    const ids = bank.questions.map((q) => `q:${q.id}`).filter((id) => !seen.has(id));
    ids.sort((a, b) => hashString(a) - hashString(b) || (a < b ? -1 : 1));
    out.push(...ids);
  }
  return out;
}

/**
 * The review queue at `now`: cards whose due time has passed (oldest first), then new cards up to what is
 * left of today's new-card allowance. Cards whose source is gone are skipped but keep their history.
 */
export function studyQueue(user: Db, bank: Bank | null, deck: DeckOptions, limit: number, now: Date): StudyQueue {
  const kinds = enabled(deck);
  const dueRows = (
    sql(user, 'SELECT * FROM study_cards WHERE due <= ? ORDER BY due, card_id').all(now.toISOString()) as StateRow[]
  ).filter((r) => kinds.includes(r.kind));
  const due: DueCard[] = [];
  for (const r of dueRows) {
    const c = contentOf(user, bank, r.card_id);
    if (c) due.push(dueCard(r.card_id, c, rowToState(r), now));
  }
  const today = startOfDay(now);
  const introducedToday = (
    sql(user, 'SELECT COUNT(*) AS n FROM review_log WHERE prev IS NULL AND reviewed_at >= ?').get(today) as { n: number }
  ).n;
  const allowance = Math.max(0, deck.newLimit - introducedToday);
  const fresh = newIds(user, bank, deck);
  const newCards: DueCard[] = [];
  for (const id of fresh.slice(0, Math.min(allowance, Math.max(0, limit - due.length)))) {
    const c = contentOf(user, bank, id);
    if (c) newCards.push(dueCard(id, c, null, now));
  }
  const reviewedToday = (sql(user, 'SELECT COUNT(*) AS n FROM review_log WHERE reviewed_at >= ?').get(today) as { n: number }).n;
  const canUndo = sql(user, 'SELECT 1 FROM review_log LIMIT 1').get() !== undefined;
  const upcoming = sql(
    user,
    `SELECT MIN(due) AS due FROM study_cards
      WHERE due > @now AND ((@note AND kind = 'note') OR (@custom AND kind = 'custom') OR (@question AND kind = 'question'))`,
  ).get({ now: now.toISOString(), note: deck.notes ? 1 : 0, custom: deck.custom ? 1 : 0, question: deck.questions ? 1 : 0 }) as {
    due: string | null;
  };
  return {
    cards: [...due, ...newCards].slice(0, limit),
    dueCount: due.length,
    newCount: Math.min(allowance, fresh.length),
    reviewedToday,
    canUndo,
    nextDue: upcoming.due,
  };
}

export interface Committed {
  cardId: string;
  rating: RatingValue;
  due: string;
  interval: string;
}

/** Records one answer: the new FSRS state and a log row holding the previous state. Run inside a write transaction. */
export function answerCard(
  user: Db,
  bank: Bank | null,
  cardId: string,
  rating: RatingValue,
  now: Date,
  durationMs?: number,
): Committed {
  if (!contentOf(user, bank, cardId)) throw new AppError('NOT_FOUND', `No card "${cardId}" (was it deleted or re-imported?).`);
  const kind = kindOf(cardId);
  const prevRow = sql(user, 'SELECT * FROM study_cards WHERE card_id = ?').get(cardId) as StateRow | undefined;
  const prev = prevRow ? rowToState(prevRow) : null;
  const next = applyRating(prev, rating, now);
  sql(
    user,
    `INSERT INTO study_cards (card_id, kind, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                              reps, lapses, state, last_review)
     VALUES (@cardId, @kind, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps,
             @reps, @lapses, @state, @lastReview)
     ON CONFLICT(card_id) DO UPDATE SET
       due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
       learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
       state = excluded.state, last_review = excluded.last_review`,
  ).run({ cardId, kind, ...next });
  sql(
    user,
    `INSERT INTO review_log (card_id, kind, rating, reviewed_at, state_before, due_after, scheduled_days, duration_ms, prev)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    cardId,
    kind,
    rating,
    now.toISOString(),
    prev?.state ?? 0,
    next.due,
    next.scheduledDays,
    durationMs ?? null,
    prev ? JSON.stringify(prev) : null,
  );
  return { cardId, rating, due: next.due, interval: formatInterval(Date.parse(next.due) - now.getTime()) };
}

/** Takes back the most recent answer: restores the card's previous state and removes the log row. */
export function undoLast(user: Db, bank: Bank | null, now: Date): DueCard | null {
  const last = sql(user, 'SELECT id, card_id, prev FROM review_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; card_id: string; prev: string | null }
    | undefined;
  if (!last) return null;
  let restored: CardState | null = null;
  if (last.prev === null) sql(user, 'DELETE FROM study_cards WHERE card_id = ?').run(last.card_id);
  else {
    restored = JSON.parse(last.prev) as CardState;
    sql(
      user,
      `UPDATE study_cards SET due = @due, stability = @stability, difficulty = @difficulty, elapsed_days = @elapsedDays,
              scheduled_days = @scheduledDays, learning_steps = @learningSteps, reps = @reps, lapses = @lapses,
              state = @state, last_review = @lastReview
        WHERE card_id = @cardId`,
    ).run({ cardId: last.card_id, ...restored });
  }
  sql(user, 'DELETE FROM review_log WHERE id = ?').run(last.id);
  const c = contentOf(user, bank, last.card_id);
  return c ? dueCard(last.card_id, c, restored, now) : null;
}

export function makeCard(user: Db, front: string, back: string, origin: CardOrigin, now: Date): string {
  const id = `custom:${randomUUID()}`;
  sql(user, 'INSERT INTO custom_cards (id, front, back, origin, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    front,
    back,
    JSON.stringify(origin),
    now.toISOString(),
  );
  return id;
}
