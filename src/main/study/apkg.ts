/**
 * An Anki package (.apkg) of the user's cards and/or the question bank: a zip holding `collection.anki2`, a
 * SQLite database in Anki 2.1's legacy schema (version 11: col / notes / cards / revlog / graves, note types
 * and decks as JSON in the single `col` row), and a `media` file mapping no media files (`{}`). Format as
 * documented by the AnkiDroid wiki ("Database Structure") and Anki's own legacy schema; nothing of Anki's
 * code is used. Runs in a jobs worker (see jobs/tasks.ts): the database and the zip are built off the main
 * thread.
 *
 * Re-importing a later export updates rather than duplicates: each note's guid is derived from the card's
 * own stable id (custom:<uuid>, note:<hash>, q:<question id>), and note types and decks have fixed ids.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ankiTagsField, escapeHtml, stripHtml, toAnkiHtml } from '../../shared/quiz/ankiHtml';
import { DOMAIN_LABELS } from '../../shared/quiz/exam';
import { EXAMS, type ExamId } from '../../shared/quiz/examGuides';
import { topicLabel } from '../../shared/quiz/labels';
import { optionOrder } from '../../shared/quiz/rng';
import type { Question } from '../../shared/quiz/bankSchema';
import type { Db } from '../db/open';
import { bankOf } from './bank';
import { hasTable } from './sql';

export const ROOT_DECK = 'AWS Study Desk';
export const DECK_MINE = `${ROOT_DECK}::My cards`;
export const DECK_NOTES = `${ROOT_DECK}::My notes`;
export const deckForTopic = (topic: string): string => `${ROOT_DECK}::Question bank::${topicLabel(topic)}`;

export interface ApkgArgs {
  dbPath: string;
  kbPath: string | null;
  include: 'mine' | 'bank' | 'all';
  outFile: string;
  /** ms since epoch: the collection's creation and modification time. */
  now: number;
  /** Also carry each card's schedule (due, interval, FSRS memory state) and review history. */
  scheduling: boolean;
}

export interface ApkgSummary {
  notes: number;
  cards: number;
  decks: string[];
  reviews: number;
  bytes: number;
}

const DAY_MS = 86_400_000;

/** SHA-1 hex of a string (Anki's checksums and our stable ids). */
function sha1(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex');
}

/** Anki's duplicate checksum: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export function fieldChecksum(fieldHtml: string): number {
  return parseInt(sha1(stripHtml(fieldHtml)).slice(0, 8), 16);
}

const B91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A stable Anki guid for one of our cards: 10 base-91 digits of a hash of its id (Anki's guids look alike). */
export function guidFor(cardId: string): string {
  let n = BigInt(`0x${sha1(`aws-study-desk:${cardId}`).slice(0, 16)}`);
  let out = '';
  for (let i = 0; i < 10; i++) {
    out += B91[Number(n % 91n)];
    n /= 91n;
  }
  return out;
}

/** A stable id (deck, note type) in the range of Anki's epoch-millisecond ids, from a name. */
function stableId(name: string): number {
  return 1_400_000_000_000 + (parseInt(sha1(name).slice(0, 10), 16) % 100_000_000_000);
}

interface Model {
  id: number;
  name: string;
  css: string;
}

const CSS_BASE = '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }';
const MODEL_CARD: Model = { id: stableId('model:AWS Study Desk Basic'), name: 'AWS Study Desk Basic', css: CSS_BASE };
const MODEL_QUESTION: Model = {
  id: stableId('model:AWS Study Desk Question'),
  name: 'AWS Study Desk Question',
  css: `${CSS_BASE}\n.opts { margin: 0.4em 0; }\n.right { color: #1a7f37; }\n.wrong { color: #b42318; }\n.src { font-size: 0.8em; color: #666; }`,
};

function modelJson(m: Model, deckId: number, nowS: number): Record<string, unknown> {
  const field = (name: string, ord: number): Record<string, unknown> => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  return {
    id: m.id,
    name: m.name,
    type: 0,
    mod: nowS,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', did: null, bqfmt: '', bafmt: '' },
    ],
    flds: [field('Front', 0), field('Back', 1)],
    css: m.css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Card 1 is generated when field 0 (Front) is not empty.
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, nowS: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: nowS,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: name === ROOT_DECK ? 'Exported from AWS Study Desk.' : '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DCONF = {
  '1': {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  },
};

/** Anki 2.1's legacy collection schema (version 11), column for column. */
const SCHEMA = `
CREATE TABLE col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null,
  decks text not null, dconf text not null, tags text not null
);
CREATE TABLE notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null,
  data text not null
);
CREATE TABLE cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null
);
CREATE TABLE revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null
);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

interface OutNote {
  cardId: string;
  model: Model;
  deck: string;
  front: string;
  back: string;
  tags: string[];
}

function questionNote(q: Question, kbTitles: Map<string, string>): OutNote {
  // The bank lists the right answer first: a fixed shuffled order instead, as the app shows it.
  const shown = optionOrder(q.id, q.options.length, 0).map((i) => q.options[i]!);
  const letter = (i: number): string => String.fromCharCode(65 + i);
  const right = shown.flatMap((o, i) => (o.correct ? [letter(i)] : []));
  const choose = right.length > 1 ? `<p><i>Choose ${right.length}.</i></p>` : '';
  const front = `${toAnkiHtml(q.stem)}${choose}<ol type="A" class="opts">${shown.map((o) => `<li>${toAnkiHtml(o.text)}</li>`).join('')}</ol>`;
  const why = shown
    .map((o, i) => `<li class="${o.correct ? 'right' : 'wrong'}"><b>${letter(i)}. ${o.correct ? 'Right' : 'Wrong'}</b>: ${toAnkiHtml(o.explanation)}</li>`)
    .join('');
  const title = kbTitles.get(q.kbEntry) ?? q.kbEntry;
  const back =
    `<p><b>Answer: ${right.join(', ')}</b></p><ul class="opts">${why}</ul>` +
    `<p class="src">Read more in the app: ${escapeHtml(title)} · Source: <a href="${escapeHtml(q.source)}">${escapeHtml(q.source)}</a> (as of ${escapeHtml(q.asOf)})</p>`;
  const exams = (q.exams ? (Object.keys(q.exams) as ExamId[]) : (['saa-c03'] as ExamId[])).map((e) => `exam::${EXAMS[e].code}`);
  return {
    cardId: `q:${q.id}`,
    model: MODEL_QUESTION,
    deck: deckForTopic(q.topic),
    front,
    back,
    tags: ['study-desk', `topic::${q.topic}`, `domain::${DOMAIN_LABELS[q.domain]}`, ...exams],
  };
}

interface StateRow {
  card_id: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  reps: number;
  lapses: number;
  state: number;
}

interface LogRow {
  card_id: string;
  rating: number;
  reviewed_at: string;
  state_before: number;
  scheduled_days: number;
  due_after: string;
  duration_ms: number | null;
}

function readNotes(user: Db, kb: Db | null, include: ApkgArgs['include']): OutNote[] {
  const notes: OutNote[] = [];
  if (include !== 'bank') {
    for (const r of user.prepare('SELECT id, front, back, tags FROM custom_cards ORDER BY created_at, rowid').all() as {
      id: string;
      front: string;
      back: string;
      tags: string;
    }[])
      notes.push({
        cardId: r.id,
        model: MODEL_CARD,
        deck: DECK_MINE,
        front: toAnkiHtml(r.front),
        back: toAnkiHtml(r.back),
        tags: ['study-desk', ...r.tags.split(/\s+/)],
      });
    if (hasTable(user, 'note_cards'))
      for (const r of user.prepare('SELECT id, front, back FROM note_cards ORDER BY file, ord, id').all() as { id: string; front: string; back: string }[])
        notes.push({ cardId: r.id, model: MODEL_CARD, deck: DECK_NOTES, front: toAnkiHtml(r.front), back: toAnkiHtml(r.back), tags: ['study-desk', 'notes'] });
  }
  if (include !== 'mine' && kb) {
    const bank = bankOf(kb);
    for (const q of bank.questions) notes.push(questionNote(q, bank.kbTitles));
  }
  return notes;
}

/** Every deck a name needs: itself and each parent ("A::B::C" → "A", "A::B", "A::B::C"). */
function withParents(names: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const n of names) {
    const parts = n.split('::');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('::'));
  }
  return [...all].sort();
}

/** Builds the package into `outFile`. */
export function buildApkg(a: ApkgArgs, nativeBinding?: string): ApkgSummary {
  const user = new Database(a.dbPath, { readonly: true, fileMustExist: true, nativeBinding });
  const kb = a.kbPath ? new Database(a.kbPath, { readonly: true, fileMustExist: true, nativeBinding }) : null;
  mkdirSync(dirname(a.outFile), { recursive: true });
  const colFile = `${a.outFile}.anki2.tmp`;
  rmSync(colFile, { force: true });
  try {
    const notes = readNotes(user, kb, a.include);
    const states = new Map<string, StateRow>();
    const suspended = new Set<string>();
    const logs = new Map<string, LogRow[]>();
    if (a.scheduling) {
      for (const r of user.prepare('SELECT * FROM study_cards').all() as StateRow[]) states.set(r.card_id, r);
      for (const r of user.prepare('SELECT card_id FROM study_card_flags WHERE suspended = 1').all() as { card_id: string }[]) suspended.add(r.card_id);
      for (const r of user
        .prepare('SELECT card_id, rating, reviewed_at, state_before, scheduled_days, due_after, duration_ms FROM review_log ORDER BY reviewed_at, id')
        .all() as LogRow[]) {
        let l = logs.get(r.card_id);
        if (!l) logs.set(r.card_id, (l = []));
        l.push(r);
      }
    }

    const nowS = Math.floor(a.now / 1000);
    // The collection's day 0: local midnight of the export day; review cards' `due` counts days from it.
    const crtDate = new Date(a.now);
    crtDate.setHours(0, 0, 0, 0);
    const crtMs = crtDate.getTime();
    const deckNames = withParents(notes.map((n) => n.deck));
    const deckIds = new Map(deckNames.map((n) => [n, stableId(`deck:${n}`)]));
    const decks: Record<string, unknown> = { '1': deckJson(1, 'Default', nowS) };
    for (const [name, id] of deckIds) decks[String(id)] = deckJson(id, name, nowS);
    const models = {
      [String(MODEL_CARD.id)]: modelJson(MODEL_CARD, deckIds.get(DECK_MINE) ?? 1, nowS),
      [String(MODEL_QUESTION.id)]: modelJson(MODEL_QUESTION, deckIds.get(notes.find((n) => n.model === MODEL_QUESTION)?.deck ?? '') ?? 1, nowS),
    };
    const conf = {
      activeDecks: [1],
      curDeck: 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      curModel: MODEL_CARD.id,
      nextPos: notes.length + 1,
      sortType: 'noteFld',
      sortBackwards: false,
      addToCur: true,
      schedVer: 2,
    };

    const col = new Database(colFile, { nativeBinding });
    let reviews = 0;
    try {
      col.pragma('journal_mode = DELETE');
      col.exec(SCHEMA);
      col
        .prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)')
        .run(Math.floor(crtMs / 1000), a.now, a.now, JSON.stringify(conf), JSON.stringify(models), JSON.stringify(decks), JSON.stringify(DCONF), '{}');
      const insNote = col.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, \'\')');
      const insCard = col.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
      const insRev = col.prepare('INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)');
      const usedRevIds = new Set<number>();
      col.transaction(() => {
        // Ids: epoch-ms style, unique within the package; Anki matches re-imports by guid, not id.
        const base = a.now - notes.length - 1;
        notes.forEach((n, i) => {
          const id = base + i;
          const sfld = stripHtml(n.front);
          insNote.run(id, guidFor(n.cardId), n.model.id, nowS, ankiTagsField(n.tags), `${n.front}\u001f${n.back}`, sfld, fieldChecksum(n.front));
          const s = states.get(n.cardId);
          let type = 0;
          let queue = 0;
          let due = i + 1; // new cards: their position in the new queue
          let ivl = 0;
          let factor = 0;
          let left = 0;
          let data = '';
          if (s) {
            const dueMs = Date.parse(s.due);
            if (s.state === 1 || (s.state === 3 && dueMs - a.now < DAY_MS)) {
              // Learning or relearning within the day: Anki's learning queue is due at an epoch second.
              type = s.state === 1 ? 1 : 3;
              queue = 1;
              due = Math.floor(dueMs / 1000);
              left = 1;
            } else {
              type = 2;
              queue = 2;
              due = Math.floor((dueMs - crtMs) / DAY_MS);
              ivl = Math.max(1, s.scheduled_days);
            }
            factor = 2500;
            // FSRS memory state, as Anki 23.10+ keeps it in cards.data.
            data = JSON.stringify({ s: Math.round(s.stability * 1e4) / 1e4, d: Math.round(s.difficulty * 1e3) / 1e3 });
          }
          if (suspended.has(n.cardId)) queue = -1;
          insCard.run(id, id, deckIds.get(n.deck)!, nowS, type, queue, due, ivl, factor, s?.reps ?? 0, s?.lapses ?? 0, left, data);
          if (!s) return;
          let lastIvl = 0;
          for (const r of logs.get(n.cardId) ?? []) {
            let rid = Date.parse(r.reviewed_at);
            while (usedRevIds.has(rid)) rid++;
            usedRevIds.add(rid);
            const ivlAfter = r.scheduled_days > 0 ? r.scheduled_days : -Math.max(60, Math.round((Date.parse(r.due_after) - Date.parse(r.reviewed_at)) / 1000));
            // revlog.type: 0 learning, 1 review, 2 relearning.
            const kind = r.state_before === 2 ? 1 : r.state_before === 3 ? 2 : 0;
            insRev.run(rid, id, r.rating, ivlAfter, lastIvl, 2500, Math.min(60_000, Math.max(0, r.duration_ms ?? 0)), kind);
            lastIvl = ivlAfter;
            reviews++;
          }
        });
      })();
    } finally {
      col.close();
    }
    const zip = zipSync({ 'collection.anki2': readFileSync(colFile), media: strToU8('{}') });
    writeFileSync(a.outFile, zip, { mode: 0o600 });
    return { notes: notes.length, cards: notes.length, decks: deckNames, reviews, bytes: zip.length };
  } finally {
    rmSync(colFile, { force: true });
    user.close();
    kb?.close();
  }
}
