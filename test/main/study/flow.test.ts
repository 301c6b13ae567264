import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/open';
import { answerCard, makeCard, studyQueue } from '../../../src/main/study/cards';
import { browseCards, editCard, exportAnki, importAnki, setFlag, streak, studySummary } from '../../../src/main/study/flow';
import { readSettings, saveSettings } from '../../../src/main/study/settings';
import { deckOptions } from '../../../src/shared/ipc/channels/study';
import { parseAnkiText } from '../../../src/shared/quiz/ankiText';
import { smallBank, userDb } from './fixtures';

const T0 = new Date('2026-11-25T09:00:00.000Z');
const at = (min: number): Date => new Date(T0.getTime() + min * 60_000);
const DECK = deckOptions.parse({});

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = userDb()));
afterEach(() => dispose());
const tx = <T>(fn: () => T): T => db.transaction(fn).immediate();

describe('the daily study flow', () => {
  it('a first run is not an empty queue: bank questions are on by default, within the daily new limit', () => {
    expect(DECK.questions).toBe(true);
    const bank = smallBank();
    const q = studyQueue(db, bank, DECK, 50, T0);
    expect(q.cards.length).toBe(bank.questions.length);
    expect(q.newCount).toBe(bank.questions.length);
    tx(() => saveSettings(db, { newPerDay: 3, reviewsPerDay: 200, desiredRetention: 0.9 }));
    const limited = studyQueue(db, bank, DECK, 50, T0);
    expect(limited.cards).toHaveLength(3);
    expect(limited.newCount).toBe(3);
  });

  it('counts new, learning (waiting ones too) and due reviews separately', () => {
    const a = makeCard(db, 'A?', 'a', { kind: 'manual' }, T0);
    makeCard(db, 'B?', 'b', { kind: 'manual' }, T0);
    tx(() => answerCard(db, null, a, 3, T0));
    const q = studyQueue(db, null, { ...DECK, questions: false }, 20, at(1));
    // A is in learning, due in 10 minutes: not due yet, but counted as learning today.
    expect(q).toMatchObject({ newCount: 1, learningCount: 1, reviewCount: 0, dueCount: 0 });
    const later = studyQueue(db, null, { ...DECK, questions: false }, 20, at(11));
    expect(later).toMatchObject({ learningCount: 1, dueCount: 1 });
    expect(later.cards[0]!.cardId).toBe(a);
  });

  it('suspend and bury keep a card out of the queue; unsuspend, tomorrow and reset bring it back', () => {
    const a = makeCard(db, 'A?', 'a', { kind: 'manual' }, T0);
    const deck = { ...DECK, questions: false };
    tx(() => setFlag(db, [a], 'suspend', T0));
    expect(studyQueue(db, null, deck, 20, T0).cards).toHaveLength(0);
    expect(browseCards(db, null, { q: '', filter: 'suspended', limit: 10, offset: 0 }, T0).cards.map((c) => c.cardId)).toEqual([a]);
    tx(() => setFlag(db, [a], 'unsuspend', T0));
    tx(() => setFlag(db, [a], 'bury', T0));
    expect(studyQueue(db, null, deck, 20, T0).cards).toHaveLength(0);
    expect(studyQueue(db, null, deck, 20, new Date(T0.getTime() + 86_400_000)).cards).toHaveLength(1);
    tx(() => setFlag(db, [a], 'unbury', T0));
    tx(() => answerCard(db, null, a, 4, T0));
    expect(browseCards(db, null, { q: '', filter: 'review', limit: 10, offset: 0 }, T0).total).toBe(1);
    tx(() => setFlag(db, [a], 'reset', T0));
    expect(browseCards(db, null, { q: '', filter: 'new', limit: 10, offset: 0 }, T0).cards[0]).toMatchObject({ cardId: a, reps: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM study_card_flags').get()).toEqual({ n: 0 });
  });

  it('the card browser searches every kind and edits only your own cards', () => {
    const bank = smallBank();
    const a = makeCard(db, 'Max gp3 IOPS?', '16,000', { kind: 'manual' }, T0);
    expect(browseCards(db, bank, { q: 'gp3', filter: 'all', limit: 10, offset: 0 }, T0).cards.map((c) => c.cardId)).toEqual([a]);
    expect(browseCards(db, bank, { q: 'question s2', filter: 'all', limit: 10, offset: 0 }, T0).cards.map((c) => c.cardId)).toEqual(['q:s2']);
    const edited = tx(() => editCard(db, bank, a, 'Max gp3 IOPS per volume?', '16,000 (80,000 since 2025)', 'ebs', T0));
    expect(edited).toMatchObject({ front: 'Max gp3 IOPS per volume?', tags: 'ebs', editable: true });
    expect(() => tx(() => editCard(db, bank, 'q:s1', 'x', 'y', undefined, T0))).toThrow(/read-only/);
  });

  it('summary: retention over the last 30 days of review-state answers, and the study streak', () => {
    const a = makeCard(db, 'A?', 'a', { kind: 'manual' }, T0);
    tx(() => answerCard(db, null, a, 4, T0));
    const day = 86_400_000;
    const due1 = new Date(Date.parse((db.prepare('SELECT due FROM study_cards').get() as { due: string }).due) + 1000);
    tx(() => answerCard(db, null, a, 3, due1));
    const s = studySummary(db, null, DECK, due1);
    expect(s.retention30).toEqual({ rate: 1, reviews: 1 });
    expect(s.totalReviews).toBe(2);
    const days = new Set(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(streak(days, new Date(2026, 10, 25, 20))).toBe(3);
    // Nothing yet today: the streak still counts up to yesterday.
    expect(streak(days, new Date(2026, 10, 26, 8))).toBe(3);
    expect(streak(days, new Date(2026, 10, 27, 8))).toBe(0);
    expect(day).toBeGreaterThan(0);
  });

  it('desired retention and the daily review limit reach the scheduler and the queue', () => {
    const a = makeCard(db, 'A?', 'a', { kind: 'manual' }, T0);
    const deck = { ...DECK, questions: false };
    tx(() => answerCard(db, null, a, 4, T0));
    const due = new Date(Date.parse((db.prepare('SELECT due FROM study_cards').get() as { due: string }).due) + 1000);
    const at90 = studyQueue(db, null, deck, 20, due).cards[0]!.previews[2]!.due;
    tx(() => saveSettings(db, { newPerDay: 20, reviewsPerDay: 200, desiredRetention: 0.8 }));
    const at80 = studyQueue(db, null, deck, 20, due).cards[0]!.previews[2]!.due;
    // Lower retention = longer intervals.
    expect(Date.parse(at80)).toBeGreaterThan(Date.parse(at90));
    tx(() => saveSettings(db, { newPerDay: 20, reviewsPerDay: 0, desiredRetention: 0.9 }));
    expect(studyQueue(db, null, deck, 20, due)).toMatchObject({ reviewCount: 0, cards: [] });
  });

  it('the summary says how many reviews the optimiser can learn from and how many it needs', () => {
    const a = makeCard(db, 'A?', 'a', { kind: 'manual' }, T0);
    tx(() => answerCard(db, null, a, 3, T0));
    // Same day again: stays in the history, never a training review.
    tx(() => answerCard(db, null, a, 3, new Date(T0.getTime() + 600_000)));
    tx(() => answerCard(db, null, a, 3, new Date(T0.getTime() + 3 * 86_400_000)));
    expect(studySummary(db, null, { notes: true, custom: true, questions: false }, T0).optimizer).toEqual({ usable: 1, needed: 400 });
    expect(readSettings(db).weights).toBeNull();
  });

  it('exports cards and the bank as Anki text, and imports it back without duplicates', () => {
    const bank = smallBank();
    makeCard(db, 'Line one\nline two\twith tab', 'Say "hi"', { kind: 'manual' }, T0, 'dynamodb limits');
    const ex = exportAnki(db, bank, 'all', T0);
    expect(ex.count).toBe(1 + bank.questions.length);
    const lines = ex.text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic', '#deck column:3', '#tags column:4']);
    const parsed = parseAnkiText(ex.text);
    expect(parsed.notes).toHaveLength(ex.count);
    expect(parsed.notes[0]).toEqual({
      front: 'Line one\nline two\twith tab',
      back: 'Say "hi"',
      deck: 'AWS Study Desk::My cards',
      tags: ['study-desk', 'dynamodb', 'limits'],
    });
    expect(parsed.notes[1]!.deck).toMatch(/^AWS Study Desk::Question bank::/);
    const again = tx(() => importAnki(db, ex.text, 'x.txt', T0));
    expect(again).toMatchObject({ added: bank.questions.length, duplicates: 1, skipped: 0 });
    const twice = tx(() => importAnki(db, ex.text, 'x.txt', T0));
    expect(twice.added).toBe(0);
  });
});
