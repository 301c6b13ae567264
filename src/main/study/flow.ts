import type { CardFilter, CardKind, CardRow, StudySummary } from '../../shared/ipc/channels/study';
import type { DeckOptions } from '../../shared/ipc/channels/study';
import { parseAnkiText, toAnkiText, type AnkiNote } from '../../shared/quiz/ankiText';
import { DOMAIN_LABELS } from '../../shared/quiz/exam';
import { MIN_FIT_REVIEWS } from '../../shared/quiz/fsrsFit';
import { countTrainingReviews, fsrsHistories, type LogRow } from '../../shared/quiz/fsrsItems';
import { topicLabel } from '../../shared/quiz/labels';
import { optionOrder } from '../../shared/quiz/rng';
import { STATE_NAMES, type CardState } from '../../shared/quiz/schedule';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import type { Bank } from './bank';
import { contentOf, kindOf, makeCard, rowToState, startOfDay, startOfNextDay, studyQueue, type StateRow } from './cards';
import { readSettings } from './settings';
import { hasTable, sql } from './sql';

const DAY_MS = 86_400_000;

/** The local calendar day of an instant, as YYYY-MM-DD. */
function dayKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Consecutive study days ending today, or yesterday when nothing was reviewed yet today. */
export function streak(days: ReadonlySet<string>, now: Date): number {
  const d = new Date(now);
  d.setHours(12, 0, 0, 0);
  if (!days.has(dayKey(d))) d.setDate(d.getDate() - 1);
  let n = 0;
  while (days.has(dayKey(d))) {
    n++;
    d.setDate(d.getDate() - 1);
  }
  return n;
}

function loggedReviews(user: Db): LogRow[] {
  return (sql(user, 'SELECT card_id, reviewed_at, rating, prev IS NULL AS was_new FROM review_log ORDER BY id').all() as {
    card_id: string;
    reviewed_at: string;
    rating: number;
    was_new: number;
  }[]).map((r) => ({ cardId: r.card_id, at: Date.parse(r.reviewed_at), rating: r.rating as LogRow['rating'], wasNew: r.was_new === 1 }));
}

/** Anki's home-screen numbers for the deck, plus retention, streak and the optimiser's readiness. */
export function studySummary(user: Db, bank: Bank | null, deck: DeckOptions, now: Date): StudySummary {
  const q = studyQueue(user, bank, deck, 1, now);
  const since = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const ret = sql(
    user,
    'SELECT COUNT(*) AS n, SUM(rating > 1) AS ok FROM review_log WHERE state_before = 2 AND reviewed_at >= ?',
  ).get(since) as { n: number; ok: number | null };
  // Study days from the local dates of the reviews (the last 400 days bound the scan).
  const days = new Set(
    (sql(user, 'SELECT reviewed_at FROM review_log WHERE reviewed_at >= ?').all(
      new Date(now.getTime() - 400 * DAY_MS).toISOString(),
    ) as { reviewed_at: string }[]).map((r) => dayKey(new Date(r.reviewed_at))),
  );
  const total = (sql(user, 'SELECT COUNT(*) AS n FROM review_log').get() as { n: number }).n;
  return {
    newCount: q.newCount,
    learningCount: q.learningCount,
    reviewCount: q.reviewCount,
    reviewedToday: q.reviewedToday,
    retention30: { rate: ret.n ? (ret.ok ?? 0) / ret.n : null, reviews: ret.n },
    streakDays: streak(days, now),
    studiedToday: days.has(dayKey(now)),
    totalReviews: total,
    optimizer: { usable: total ? countTrainingReviews(fsrsHistories(loggedReviews(user))) : 0, needed: MIN_FIT_REVIEWS },
    settings: readSettings(user),
  };
}

interface FlagRow {
  card_id: string;
  suspended: number;
  buried_until: string | null;
}

/** SQL for a browser filter over study_cards `s` and study_card_flags `f` (joined by card id). */
function filterSql(filter: CardFilter): string {
  switch (filter) {
    case 'all':
      return '1';
    case 'new':
      return 's.card_id IS NULL';
    case 'learning':
      return 's.state IN (1, 3)';
    case 'review':
      return 's.state NOT IN (1, 3)';
    case 'suspended':
      return 'f.suspended = 1';
    case 'buried':
      return 'f.buried_until > @now';
  }
}

/**
 * Ids of your cards or note cards matching the filter and every word (front, back and origin text), in
 * a stable order. Filtered in SQL: a library of 100k note cards is browsed without reading each one.
 */
function sqlIds(user: Db, kind: 'custom' | 'note', words: readonly string[], filter: CardFilter, now: Date): string[] {
  if (kind === 'note' && !hasTable(user, 'note_cards')) return [];
  const [table, text, order] =
    kind === 'custom'
      ? ['custom_cards', "c.front || ' ' || c.back || ' ' || c.origin || ' ' || c.tags", 'c.created_at DESC, c.id']
      : ['note_cards', "c.front || ' ' || c.back || ' ' || c.file || ' ' || c.section", 'c.file, c.ord, c.id'];
  const params: Record<string, string> = { now: now.toISOString() };
  const conds = words.map((w, i) => {
    params[`w${i}`] = w;
    return `instr(lower(${text}), @w${i}) > 0`;
  });
  return (
    user
      .prepare(
        `SELECT c.id FROM ${table} c
           LEFT JOIN study_cards s ON s.card_id = c.id
           LEFT JOIN study_card_flags f ON f.card_id = c.id
          WHERE ${[filterSql(filter), ...conds].join(' AND ')}
          ORDER BY ${order}`,
      )
      .pluck()
      .all(params) as string[]
  );
}

function tagsOf(user: Db, bank: Bank | null, cardId: string): string {
  const kind = kindOf(cardId);
  if (kind === 'custom') return (sql(user, 'SELECT tags FROM custom_cards WHERE id = ?').get(cardId) as { tags: string } | undefined)?.tags ?? '';
  if (kind === 'question') {
    const q = bank?.byId.get(cardId.slice(2));
    return q ? `${q.topic} ${q.domain}` : '';
  }
  return 'notes';
}

/** One card as the browser shows it, or null when its source is gone. */
export function cardRow(user: Db, bank: Bank | null, cardId: string, now: Date): CardRow | null {
  const c = contentOf(user, bank, cardId);
  if (!c) return null;
  const s = sql(user, 'SELECT * FROM study_cards WHERE card_id = ?').get(cardId) as StateRow | undefined;
  const f = sql(user, 'SELECT * FROM study_card_flags WHERE card_id = ?').get(cardId) as FlagRow | undefined;
  const state: CardState | null = s ? rowToState(s) : null;
  return {
    cardId,
    kind: kindOf(cardId),
    front: c.front,
    back: c.back,
    origin: c.origin,
    tags: tagsOf(user, bank, cardId),
    state: state ? (STATE_NAMES[state.state] as CardRow['state']) : 'new',
    due: state?.due ?? null,
    reps: state?.reps ?? 0,
    lapses: state?.lapses ?? 0,
    suspended: f?.suspended === 1,
    buriedUntil: f?.buried_until && f.buried_until > now.toISOString() ? f.buried_until : null,
    editable: kindOf(cardId) === 'custom',
  };
}

function matchesFilter(r: CardRow, filter: CardFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'new':
      return r.state === 'new';
    case 'learning':
      return r.state === 'learning' || r.state === 'relearning';
    case 'review':
      return r.state === 'review';
    case 'suspended':
      return r.suspended;
    case 'buried':
      return r.buriedUntil !== null;
  }
}

/** The card browser: every card of the chosen kinds whose text, origin or tags contain every word of `q`. */
export function browseCards(
  user: Db,
  bank: Bank | null,
  req: { q: string; filter: CardFilter; kinds?: CardKind[]; limit: number; offset: number },
  now: Date,
): { cards: CardRow[]; total: number } {
  const words = req.q.toLowerCase().split(/\s+/).filter(Boolean);
  const kinds = req.kinds?.length ? req.kinds : (['custom', 'note', 'question'] as CardKind[]);
  const ids: string[] = [];
  for (const kind of kinds) {
    if (kind !== 'question') {
      ids.push(...sqlIds(user, kind, words, req.filter, now));
      continue;
    }
    // The bank is a few hundred questions held in memory: filtered here.
    for (const q of bank?.questions ?? []) {
      const r = cardRow(user, bank, `q:${q.id}`, now);
      if (!r || !matchesFilter(r, req.filter)) continue;
      const hay = `${r.front}\n${r.back}\n${r.origin}\n${r.tags}`.toLowerCase();
      if (words.every((w) => hay.includes(w))) ids.push(r.cardId);
    }
  }
  const cards = ids
    .slice(req.offset, req.offset + req.limit)
    .map((id) => cardRow(user, bank, id, now))
    .filter((r): r is CardRow => r !== null);
  return { cards, total: ids.length };
}

/** Edits one of your own cards (front, back, tags). Run in a write transaction. */
export function editCard(user: Db, bank: Bank | null, cardId: string, front: string, back: string, tags: string | undefined, now: Date): CardRow {
  if (kindOf(cardId) !== 'custom')
    throw new AppError(
      'BAD_INPUT',
      kindOf(cardId) === 'note'
        ? 'Note cards come from your notes files: edit the file and import it again (the review history is kept).'
        : 'Question-bank cards are read-only; make your own card from the question instead.',
    );
  const r = sql(user, 'UPDATE custom_cards SET front = ?, back = ?, tags = COALESCE(?, tags) WHERE id = ?').run(front, back, tags ?? null, cardId);
  if (r.changes === 0) throw new AppError('NOT_FOUND', `No card "${cardId}".`);
  return cardRow(user, bank, cardId, now)!;
}

/** Suspend / bury (until tomorrow) / undo those / reset to new. Run in a write transaction. */
export function setFlag(user: Db, cardIds: readonly string[], action: 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'reset', now: Date): number {
  let changed = 0;
  const upsert = (id: string, suspended: number | null, buried: string | null | undefined): void => {
    sql(user, 'INSERT INTO study_card_flags(card_id) VALUES (?) ON CONFLICT(card_id) DO NOTHING').run(id);
    if (suspended !== null) changed += sql(user, 'UPDATE study_card_flags SET suspended = ? WHERE card_id = ? AND suspended <> ?').run(suspended, id, suspended).changes;
    if (buried !== undefined) changed += sql(user, 'UPDATE study_card_flags SET buried_until = ? WHERE card_id = ? AND buried_until IS NOT ?').run(buried, id, buried).changes;
  };
  for (const id of cardIds) {
    kindOf(id);
    if (action === 'suspend') upsert(id, 1, undefined);
    else if (action === 'unsuspend') upsert(id, 0, undefined);
    else if (action === 'bury') upsert(id, null, startOfNextDay(now));
    else if (action === 'unbury') upsert(id, null, null);
    else {
      // Forget: the card is new again; its past answers stay in the log (retention, streak, the optimiser).
      changed += sql(user, 'DELETE FROM study_cards WHERE card_id = ?').run(id).changes;
      sql(user, 'UPDATE study_card_flags SET buried_until = NULL WHERE card_id = ?').run(id);
    }
  }
  sql(user, 'DELETE FROM study_card_flags WHERE suspended = 0 AND buried_until IS NULL').run();
  return changed;
}

const ROOT_DECK = 'AWS Study Desk';

/** Your cards and/or the question bank as Anki's text import format. */
export function exportAnki(user: Db, bank: Bank | null, include: 'mine' | 'bank' | 'all', now: Date): { text: string; count: number; fileName: string } {
  const notes: AnkiNote[] = [];
  if (include !== 'bank') {
    for (const r of sql(user, 'SELECT id, front, back, tags FROM custom_cards ORDER BY created_at, rowid').all() as {
      id: string;
      front: string;
      back: string;
      tags: string;
    }[])
      notes.push({ front: r.front, back: r.back, deck: `${ROOT_DECK}::My cards`, tags: ['study-desk', ...r.tags.split(/\s+/).filter(Boolean)] });
    if (hasTable(user, 'note_cards'))
      for (const r of sql(user, 'SELECT front, back, file FROM note_cards ORDER BY file, ord').all() as { front: string; back: string; file: string }[])
        notes.push({ front: r.front, back: r.back, deck: `${ROOT_DECK}::My notes`, tags: ['study-desk', 'notes'] });
  }
  if (include !== 'mine' && bank)
    for (const q of bank.questions) {
      // The bank lists the right answer first: show the options in a fixed shuffled order instead.
      const shown = optionOrder(q.id, q.options.length, 0).map((i) => q.options[i]!);
      const letters = shown.map((o, i) => `${String.fromCharCode(65 + i)}. ${o.text}`).join('\n');
      notes.push({
        front: `${q.stem}\n\n${letters}`,
        back: `${shown.flatMap((o, i) => (o.correct ? [`${String.fromCharCode(65 + i)}. ${o.text}: ${o.explanation}`] : [])).join('\n')}\n\nRead more: ${bank.kbTitles.get(q.kbEntry) ?? q.kbEntry}\nSource: ${q.source} (as of ${q.asOf})`,
        deck: `${ROOT_DECK}::Question bank::${topicLabel(q.topic)}`,
        tags: ['study-desk', `topic::${q.topic}`, `domain::${DOMAIN_LABELS[q.domain]}`],
      });
    }
  return { text: toAnkiText(notes), count: notes.length, fileName: `study-desk-${include}-${dayKey(now)}.txt` };
}

/** Imports an Anki text export (or a plain front/back file) as your cards; exact duplicates are skipped. Run in a write transaction. */
export function importAnki(user: Db, text: string, fileName: string | undefined, now: Date): { added: number; duplicates: number; skipped: number; problems: string[] } {
  const parsed = parseAnkiText(text);
  const have = new Set(
    (sql(user, 'SELECT front, back FROM custom_cards').all() as { front: string; back: string }[]).map((r) => `${r.front}\u0000${r.back}`),
  );
  let added = 0;
  let duplicates = 0;
  for (const n of parsed.notes) {
    const key = `${n.front}\u0000${n.back}`;
    if (have.has(key)) {
      duplicates++;
      continue;
    }
    have.add(key);
    const label = `Anki import · ${n.deck ?? fileName ?? 'text file'}`.slice(0, 300);
    makeCard(user, n.front.slice(0, 2000), n.back.slice(0, 8000), { kind: 'manual', label }, now, n.tags.join(' ').slice(0, 500));
    added++;
  }
  return { added, duplicates, skipped: parsed.problems.length, problems: parsed.problems.slice(0, 20) };
}

export { startOfDay };
