import { randomUUID } from 'node:crypto';
import type { CardKind, CardOrigin, DeckOptions, DueCard, StudyQueue } from '../../shared/ipc/channels/study';
import { topicLabel } from '../../shared/quiz/labels';
import { hashString } from '../../shared/quiz/rng';
import {
  applyRating,
  formatInterval,
  previewIntervals,
  STATE_NAMES,
  type CardState,
  type RatingValue,
  type SchedulerParams,
} from '../../shared/quiz/schedule';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import type { Bank } from './bank';
import { readSettings, schedulerParams } from './settings';
import { hasTable, sql } from './sql';

/** A study_cards row. */
export interface StateRow {
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

export interface Content {
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

export function rowToState(r: StateRow): CardState {
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
    origin: `Question bank · ${topicLabel(q.topic)}`,
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

function dueCard(cardId: string, c: Content, s: CardState | null, now: Date, params?: SchedulerParams): DueCard {
  return {
    cardId,
    kind: kindOf(cardId),
    front: c.front,
    back: c.back,
    origin: c.origin,
    kbEntry: c.kbEntry,
    state: s ? (STATE_NAMES[s.state] as DueCard['state']) : 'new',
    due: s?.due ?? null,
    previews: previewIntervals(s, now, params),
  };
}

/** Local midnight at the start of `now`'s day (the study day, as in Anki without a day-rollover hour). */
export function startOfDay(now: Date): string {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

export function startOfNextDay(now: Date): string {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.toISOString();
}

/** Cards kept out of the queue at `now`: suspended, or buried until a later instant. */
export function hiddenCards(user: Db, now: Date): Set<string> {
  return new Set(
    (
      sql(user, 'SELECT card_id FROM study_card_flags WHERE suspended = 1 OR buried_until > ?').all(now.toISOString()) as {
        card_id: string;
      }[]
    ).map((r) => r.card_id),
  );
}

function enabled(deck: DeckOptions): CardKind[] {
  return [...(deck.notes ? ['note' as const] : []), ...(deck.custom ? ['custom' as const] : []), ...(deck.questions ? ['question' as const] : [])];
}

/** Ids of never-reviewed cards of the enabled kinds, in introduction order: yours first, then notes, then questions. */
export function newIds(user: Db, bank: Bank | null, deck: DeckOptions): string[] {
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
 * The review queue at `now`: learning cards and reviews whose due time has passed (oldest first; reviews
 * within what is left of the daily review limit), then new cards up to what is left of today's new-card
 * allowance. Suspended and buried cards stay out. Cards whose source is gone are skipped but keep their
 * history.
 */
export function studyQueue(user: Db, bank: Bank | null, deck: DeckOptions, limit: number, now: Date): StudyQueue {
  const settings = readSettings(user);
  const params = schedulerParams(settings);
  const kinds = enabled(deck);
  const hidden = hiddenCards(user, now);
  const today = startOfDay(now);
  const visible = (r: StateRow): boolean => kinds.includes(r.kind) && !hidden.has(r.card_id) && contentOf(user, bank, r.card_id) !== null;
  const reviewedReviewsToday = (
    sql(user, 'SELECT COUNT(*) AS n FROM review_log WHERE state_before = 2 AND reviewed_at >= ?').get(today) as { n: number }
  ).n;
  const reviewAllowance = Math.max(0, settings.reviewsPerDay - reviewedReviewsToday);
  const learningRows = (
    sql(user, 'SELECT * FROM study_cards WHERE state IN (1, 3) AND due < ? ORDER BY due, card_id').all(startOfNextDay(now)) as StateRow[]
  ).filter(visible);
  const reviewRows = (
    sql(user, 'SELECT * FROM study_cards WHERE state NOT IN (1, 3) AND due <= ? ORDER BY due, card_id').all(now.toISOString()) as StateRow[]
  )
    .filter(visible)
    .slice(0, reviewAllowance);
  const nowIso = now.toISOString();
  const dueRows = [...learningRows.filter((r) => r.due <= nowIso), ...reviewRows].sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.card_id < b.card_id ? -1 : 1,
  );
  const due: DueCard[] = dueRows.map((r) => dueCard(r.card_id, contentOf(user, bank, r.card_id)!, rowToState(r), now, params));
  const introducedToday = (
    sql(user, 'SELECT COUNT(*) AS n FROM review_log WHERE prev IS NULL AND reviewed_at >= ?').get(today) as { n: number }
  ).n;
  const allowance = Math.max(0, (deck.newLimit ?? settings.newPerDay) - introducedToday);
  const fresh = hidden.size ? newIds(user, bank, deck).filter((id) => !hidden.has(id)) : newIds(user, bank, deck);
  const newCards: DueCard[] = [];
  for (const id of fresh.slice(0, Math.min(allowance, Math.max(0, limit - due.length)))) {
    const c = contentOf(user, bank, id);
    if (c) newCards.push(dueCard(id, c, null, now, params));
  }
  const reviewedToday = (sql(user, 'SELECT COUNT(*) AS n FROM review_log WHERE reviewed_at >= ?').get(today) as { n: number }).n;
  const canUndo = sql(user, 'SELECT 1 FROM review_log LIMIT 1').get() !== undefined;
  const upcoming = sql(
    user,
    `SELECT MIN(due) AS due FROM study_cards
      WHERE due > @now AND ((@note AND kind = 'note') OR (@custom AND kind = 'custom') OR (@question AND kind = 'question'))
        AND card_id NOT IN (SELECT card_id FROM study_card_flags WHERE suspended = 1 OR buried_until > @now)`,
  ).get({ now: nowIso, note: deck.notes ? 1 : 0, custom: deck.custom ? 1 : 0, question: deck.questions ? 1 : 0 }) as {
    due: string | null;
  };
  return {
    cards: [...due, ...newCards].slice(0, limit),
    dueCount: due.length,
    newCount: Math.min(allowance, fresh.length),
    learningCount: learningRows.length,
    reviewCount: reviewRows.length,
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
  const next = applyRating(prev, rating, now, schedulerParams(readSettings(user)));
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
  return c ? dueCard(last.card_id, c, restored, now, schedulerParams(readSettings(user))) : null;
}

export function makeCard(user: Db, front: string, back: string, origin: CardOrigin, now: Date, tags = ''): string {
  const id = `custom:${randomUUID()}`;
  sql(user, 'INSERT INTO custom_cards (id, front, back, origin, created_at, tags) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    front,
    back,
    JSON.stringify(origin),
    now.toISOString(),
    tags,
  );
  return id;
}
