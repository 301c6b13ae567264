import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDb, type Db } from '../../../src/main/db/open';
import { answerCard, makeCard, studyQueue, undoLast } from '../../../src/main/study/cards';
import { deckOptions } from '../../../src/shared/ipc/channels/study';
import { smallBank, userDb } from './fixtures';

const T0 = new Date('2026-11-25T09:00:00.000Z');
const at = (min: number): Date => new Date(T0.getTime() + min * 60_000);
const DECK = deckOptions.parse({});
const WITH_Q = deckOptions.parse({ questions: true, newLimit: 3 });

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = userDb()));
afterEach(() => dispose());

function tx<T>(fn: () => T): T {
  return db.transaction(fn).immediate();
}

describe('review scheduling persisted in SQLite', () => {
  it('a made card is new and due; answering Good persists the FSRS state and a log row', () => {
    const id = makeCard(db, 'Max gp3 IOPS?', '16,000', { kind: 'table-cell', label: 'EBS volume types › gp3' }, T0);
    expect(id).toMatch(/^custom:/);
    const q0 = studyQueue(db, null, DECK, 20, T0);
    expect(q0.cards.map((c) => c.cardId)).toEqual([id]);
    expect(q0.cards[0]).toMatchObject({ state: 'new', origin: 'EBS volume types › gp3', front: 'Max gp3 IOPS?' });
    const goodPreview = q0.cards[0]!.previews[2]!;
    expect(goodPreview.interval).toBe('10m');

    const c = tx(() => answerCard(db, null, id, 3, T0, 4200));
    expect(c.due).toBe(goodPreview.due);
    const row = db.prepare('SELECT * FROM study_cards WHERE card_id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ kind: 'custom', state: 1, reps: 1, due: goodPreview.due, last_review: T0.toISOString() });
    const log = db.prepare('SELECT * FROM review_log').all() as Record<string, unknown>[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ card_id: id, rating: 3, prev: null, duration_ms: 4200, due_after: goodPreview.due });

    // Not due again until its learning step has passed.
    const waiting = studyQueue(db, null, DECK, 20, at(5));
    expect(waiting.cards).toEqual([]);
    expect(waiting.nextDue).toBe(goodPreview.due);
    expect(studyQueue(db, null, DECK, 20, at(11)).cards.map((x) => x.cardId)).toEqual([id]);
  });

  it('survives closing and reopening the database (the answer was committed)', () => {
    const id = makeCard(db, 'front', 'back', { kind: 'manual' }, T0);
    tx(() => answerCard(db, null, id, 4, T0));
    const path = db.name;
    db.close();
    db = openUserDb(path).db;
    const row = db.prepare('SELECT state, reps FROM study_cards WHERE card_id = ?').get(id);
    expect(row).toEqual({ state: 2, reps: 1 });
  });

  it('undo restores the previous state exactly, one answer at a time', () => {
    const id = makeCard(db, 'front', 'back', { kind: 'manual' }, T0);
    tx(() => answerCard(db, null, id, 3, T0));
    const afterFirst = db.prepare('SELECT * FROM study_cards').get();
    tx(() => answerCard(db, null, id, 3, at(11)));
    expect((db.prepare('SELECT state FROM study_cards').get() as { state: number }).state).toBe(2);

    const undone = tx(() => undoLast(db, null, at(12)));
    expect(undone?.cardId).toBe(id);
    expect(undone?.state).toBe('learning');
    expect(db.prepare('SELECT * FROM study_cards').get()).toEqual(afterFirst);
    expect(db.prepare('SELECT COUNT(*) AS n FROM review_log').get()).toEqual({ n: 1 });

    const again = tx(() => undoLast(db, null, at(12)));
    expect(again?.state).toBe('new');
    expect(db.prepare('SELECT COUNT(*) AS n FROM study_cards').get()).toEqual({ n: 0 });
    expect(tx(() => undoLast(db, null, at(12)))).toBeNull();
    expect(studyQueue(db, null, DECK, 20, at(12)).canUndo).toBe(false);
  });

  it('orders due reviews oldest-due first, before new cards, and caps new cards per day', () => {
    const a = makeCard(db, 'A', 'a', { kind: 'manual' }, T0);
    const b = makeCard(db, 'B', 'b', { kind: 'manual' }, at(1));
    const c = makeCard(db, 'C', 'c', { kind: 'manual' }, at(2));
    tx(() => answerCard(db, null, b, 1, T0)); // Again: due in 1 minute
    tx(() => answerCard(db, null, a, 3, T0)); // Good: due in 10 minutes
    const q = studyQueue(db, null, DECK, 20, at(30));
    expect(q.cards.map((x) => x.cardId)).toEqual([b, a, c]);
    expect(q.dueCount).toBe(2);
    expect(q.newCount).toBe(1);
    expect(q.reviewedToday).toBe(2);

    // Two new cards were introduced today; with a limit of 2 no more new ones show.
    const capped = studyQueue(db, null, deckOptions.parse({ newLimit: 2 }), 20, at(30));
    expect(capped.cards.map((x) => x.cardId)).toEqual([b, a]);
  });

  it('includes curated questions as flashcards when asked, and never a card whose source is gone', () => {
    const bank = smallBank();
    const q = studyQueue(db, bank, WITH_Q, 20, T0);
    expect(q.cards).toHaveLength(3);
    const card = q.cards[0]!;
    expect(card.cardId).toMatch(/^q:/);
    expect(card.kind).toBe('question');
    expect(card.kbEntry).toBe('s3');
    expect(card.back).toContain('Because');
    tx(() => answerCard(db, bank, card.cardId, 1, T0));
    // The KB no longer has the question: its history stays, the card is skipped, answering it is refused.
    const smaller = { ...bank, byId: new Map([...bank.byId].filter(([k]) => `q:${k}` !== card.cardId)) };
    const later = studyQueue(db, smaller, WITH_Q, 20, at(5));
    expect(later.cards.map((x) => x.cardId)).not.toContain(card.cardId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM study_cards').get()).toEqual({ n: 1 });
    expect(() => tx(() => answerCard(db, smaller, card.cardId, 3, at(5)))).toThrow(/No card/);
  });

  it('reads note cards from note_cards when the importer has created it, keyed without a foreign key', () => {
    expect(studyQueue(db, null, DECK, 20, T0).cards).toEqual([]);
    // A stand-in for the importer's table (the real one, from migration 20, is exercised in test/main/notes).
    db.exec(`DROP TABLE IF EXISTS note_cards; CREATE TABLE note_cards (id TEXT PRIMARY KEY, front TEXT NOT NULL, back TEXT NOT NULL, file TEXT, section TEXT) STRICT;
             INSERT INTO note_cards VALUES ('note:abc', 'Kinesis shard write limit?', '1 MB/s or 1,000 records/s', 'notes.txt', 'Kinesis');`);
    const q = studyQueue(db, null, DECK, 20, T0);
    expect(q.cards[0]).toMatchObject({ cardId: 'note:abc', kind: 'note', origin: 'notes.txt › Kinesis' });
    tx(() => answerCard(db, null, 'note:abc', 3, T0));
    // A re-import replaces the row: the schedule is kept because it is keyed by the stable id.
    db.exec(`DELETE FROM note_cards; INSERT INTO note_cards VALUES ('note:abc', 'Kinesis shard write limit?', '1 MiB/s', 'notes.txt', 'Kinesis');`);
    const later = studyQueue(db, null, DECK, 20, at(11));
    expect(later.cards[0]).toMatchObject({ cardId: 'note:abc', state: 'learning', back: '1 MiB/s' });
  });

  it('uses the due index (EXPLAIN QUERY PLAN)', () => {
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM study_cards WHERE due <= ? ORDER BY due, card_id').all('x') as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/study_cards_due/);
  });
});
