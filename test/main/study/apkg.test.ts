/**
 * The .apkg export through the app (built in a jobs worker): the zip is opened, collection.anki2 is opened
 * with better-sqlite3 and checked against Anki 2.1's legacy schema as documented (AnkiDroid wiki, "Database
 * Structure": col / notes / cards / revlog / graves), and its rows against the cards they came from.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnkiPackage } from '../../../src/shared/ipc/channels/study';
import { testApp } from '../../helpers/app';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

/** Column names and declared types, per table, as the documentation lists them. */
const DOCUMENTED: Record<string, [string, string][]> = {
  col: [
    ['id', 'integer'],
    ['crt', 'integer'],
    ['mod', 'integer'],
    ['scm', 'integer'],
    ['ver', 'integer'],
    ['dty', 'integer'],
    ['usn', 'integer'],
    ['ls', 'integer'],
    ['conf', 'text'],
    ['models', 'text'],
    ['decks', 'text'],
    ['dconf', 'text'],
    ['tags', 'text'],
  ],
  notes: [
    ['id', 'integer'],
    ['guid', 'text'],
    ['mid', 'integer'],
    ['mod', 'integer'],
    ['usn', 'integer'],
    ['tags', 'text'],
    ['flds', 'text'],
    ['sfld', 'integer'],
    ['csum', 'integer'],
    ['flags', 'integer'],
    ['data', 'text'],
  ],
  cards: [
    ['id', 'integer'],
    ['nid', 'integer'],
    ['did', 'integer'],
    ['ord', 'integer'],
    ['mod', 'integer'],
    ['usn', 'integer'],
    ['type', 'integer'],
    ['queue', 'integer'],
    ['due', 'integer'],
    ['ivl', 'integer'],
    ['factor', 'integer'],
    ['reps', 'integer'],
    ['lapses', 'integer'],
    ['left', 'integer'],
    ['odue', 'integer'],
    ['odid', 'integer'],
    ['flags', 'integer'],
    ['data', 'text'],
  ],
  revlog: [
    ['id', 'integer'],
    ['cid', 'integer'],
    ['usn', 'integer'],
    ['ease', 'integer'],
    ['ivl', 'integer'],
    ['lastIvl', 'integer'],
    ['factor', 'integer'],
    ['time', 'integer'],
    ['type', 'integer'],
  ],
  graves: [
    ['usn', 'integer'],
    ['oid', 'integer'],
    ['type', 'integer'],
  ],
};

function openPackage(pkg: AnkiPackage, dir: string): { db: Database.Database; files: string[]; media: string } {
  const files = unzipSync(new Uint8Array(Buffer.from(pkg.base64, 'base64')));
  const path = join(dir, `${pkg.fileName}.anki2`);
  writeFileSync(path, files['collection.anki2']!);
  return { db: new Database(path, { readonly: true }), files: Object.keys(files).sort(), media: strFromU8(files.media!) };
}

const strip = (html: string): string =>
  html
    .replace(/<br\s*\/?>|<\/(?:div|p|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
    .trim();
const csum = (field: string): number => parseInt(createHash('sha1').update(strip(field)).digest('hex').slice(0, 8), 16);

interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}

describe('Anki package (.apkg) export', () => {
  let mine: AnkiPackage;
  let all: AnkiPackage;

  it('exports your cards as collection.anki2 + media in a zip, in the documented schema', async () => {
    const mk = async (front: string, back: string): Promise<string> => {
      const r = await app.call('study.makeCard', { front, back, origin: { kind: 'manual' } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.id;
    };
    const a = await mk('What is <b>not</b> markup & "quoted"?', 'A **bold** answer\nwith a `code` line');
    await mk('GSIs per table (default quota)?', '20');
    await mk('Third card, never reviewed', 'back');
    // One card reviewed (Easy → a review card), so scheduling has something to carry.
    const ans = await app.call('study.answer', { cardId: a, rating: 4, deck: { questions: false } });
    expect(ans.ok).toBe(true);

    const r = await app.call('study.exportApkg', { include: 'mine', scheduling: true });
    if (!r.ok) throw new Error(r.error.message);
    mine = r.value;
    expect(mine.fileName).toMatch(/^aws-study-desk-mine-\d{4}-\d{2}-\d{2}\.apkg$/);
    expect(mine).toMatchObject({ notes: 3, reviews: 1 });
    const { db, files, media } = openPackage(mine, app.dir);
    try {
      expect(files).toEqual(['collection.anki2', 'media']);
      expect(media).toBe('{}');
      for (const [table, cols] of Object.entries(DOCUMENTED)) {
        const info = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number }[];
        expect(info.map((c) => [c.name, c.type.toLowerCase()]), table).toEqual(cols);
        expect(info.every((c) => c.notnull === 1 || c.name === 'id')).toBe(true);
      }
      const col = db.prepare('SELECT * FROM col').all() as Record<string, unknown>[];
      expect(col).toHaveLength(1);
      expect(col[0]!.ver).toBe(11);
      const models = JSON.parse(col[0]!.models as string) as Record<string, { id: number; name: string; flds: { name: string }[]; tmpls: { qfmt: string }[]; sortf: number }>;
      const decks = JSON.parse(col[0]!.decks as string) as Record<string, { id: number; name: string; conf: number }>;
      const dconf = JSON.parse(col[0]!.dconf as string) as Record<string, { id: number }>;
      JSON.parse(col[0]!.conf as string);
      expect(Object.values(models).every((m) => String(m.id) in models && m.flds.map((f) => f.name).join() === 'Front,Back' && m.sortf === 0)).toBe(true);
      expect(Object.values(models).map((m) => m.name).sort()).toEqual(['AWS Study Desk Basic', 'AWS Study Desk Question']);
      expect(Object.values(decks).map((d) => d.name).sort()).toEqual(['AWS Study Desk', 'AWS Study Desk::My cards', 'Default']);
      expect(Object.entries(decks).every(([k, d]) => String(d.id) === k && String(d.conf) in dconf)).toBe(true);

      const notes = db.prepare('SELECT * FROM notes ORDER BY id').all() as NoteRow[];
      expect(notes).toHaveLength(3);
      const first = notes[0]!;
      const [front, back] = first.flds.split('\u001f');
      // HTML-escaped text, Markdown turned into tags, line breaks into <br>.
      expect(front).toBe('What is &lt;b&gt;not&lt;/b&gt; markup &amp; &quot;quoted&quot;?');
      expect(back).toBe('A <b>bold</b> answer<br>with a <code>code</code> line');
      expect(first.sfld).toBe('What is <b>not</b> markup & "quoted"?');
      for (const n of notes) {
        expect(n.csum).toBe(csum(n.flds.split('\u001f')[0]!));
        expect(n.tags).toMatch(/^ study-desk( \S+)* $/);
        expect(models[String(n.mid)]!.name).toBe('AWS Study Desk Basic');
      }
      const cards = db.prepare('SELECT * FROM cards ORDER BY nid').all() as Record<string, number | string>[];
      expect(cards.map((c) => c.nid)).toEqual(notes.map((n) => n.id));
      expect(new Set(cards.map((c) => decks[String(c.did)]!.name))).toEqual(new Set(['AWS Study Desk::My cards']));
      // The reviewed card is a review card with its FSRS memory state; the others are new, in order.
      expect(cards[0]).toMatchObject({ type: 2, queue: 2, reps: 1 });
      expect(cards[0]!.ivl as number).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(cards[0]!.data as string)).toMatchObject({ s: expect.any(Number), d: expect.any(Number) });
      expect(cards.slice(1).map((c) => [c.type, c.queue, c.due])).toEqual([
        [0, 0, 2],
        [0, 0, 3],
      ]);
      const rev = db.prepare('SELECT * FROM revlog').all() as Record<string, number>[];
      expect(rev).toHaveLength(1);
      expect(rev[0]).toMatchObject({ cid: cards[0]!.id, ease: 4, type: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM graves').get()).toEqual({ n: 0 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('exports the bank with options and explanations on the back, decks per topic, tags from topic, domain and exams', async () => {
    const r = await app.call('study.exportApkg', { include: 'all', scheduling: false });
    if (!r.ok) throw new Error(r.error.message);
    all = r.value;
    const catalog = await app.call('quiz.catalog', {});
    if (!catalog.ok) throw new Error(catalog.error.message);
    expect(all.notes).toBe(3 + catalog.value.total);
    expect(all.reviews).toBe(0);
    const { db } = openPackage(all, app.dir);
    try {
      const notes = db.prepare('SELECT * FROM notes').all() as NoteRow[];
      expect(notes).toHaveLength(all.notes);
      expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
      expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
      const decks = JSON.parse((db.prepare('SELECT decks FROM col').get() as { decks: string }).decks) as Record<string, { name: string }>;
      const names = Object.values(decks).map((d) => d.name);
      expect(names).toContain('AWS Study Desk::Question bank');
      expect(names.filter((n) => n.startsWith('AWS Study Desk::Question bank::')).length).toBe(catalog.value.topics.length);
      expect(names).toContain('AWS Study Desk::Question bank::Databases');
      // Every card's deck exists; no card in Default.
      const dids = db.prepare('SELECT DISTINCT did FROM cards').pluck().all() as number[];
      expect(dids.every((d) => String(d) in decks && d !== 1)).toBe(true);
      const q = notes.find((n) => n.tags.includes(' topic::databases '))!;
      expect(q.tags).toMatch(/ domain::\S+ /);
      expect(q.tags).toMatch(/ exam::(SAA-C03|DVA-C02) /);
      const [front, back] = q.flds.split('\u001f');
      expect(front).toMatch(/<ol type="A" class="opts">(<li>.+?<\/li>){3,6}<\/ol>$/);
      expect(back).toMatch(/^<p><b>Answer: [A-F](, [A-F])*<\/b><\/p>/);
      expect(back).toMatch(/class="right"/);
      expect(back).toMatch(/class="wrong"/);
      expect(back).toMatch(/Source: <a href="https:\/\//);
      for (const n of notes) expect(n.csum).toBe(csum(n.flds.split('\u001f')[0]!));
      // No scheduling asked: every card new.
      expect(db.prepare('SELECT COUNT(*) FROM cards WHERE type <> 0 OR queue <> 0').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('keeps guids stable across exports, so re-importing updates instead of duplicating', async () => {
    const again = await app.call('study.exportApkg', { include: 'mine', scheduling: true });
    if (!again.ok) throw new Error(again.error.message);
    const guids = (p: AnkiPackage): string[] => {
      const { db } = openPackage(p, app.dir);
      try {
        return db.prepare('SELECT guid FROM notes ORDER BY guid').pluck().all() as string[];
      } finally {
        db.close();
      }
    };
    const g1 = guids(mine);
    expect(guids(again.value)).toEqual(g1);
    // The same cards carry the same guids inside the full export too.
    expect(guids(all).filter((g) => g1.includes(g))).toHaveLength(g1.length);
    expect(g1.every((g) => /^[^\s\u001f]{10}$/.test(g))).toBe(true);
  });

  it('is built as a job (jobs.status shows it)', async () => {
    const jobs = await app.call('jobs.status', {});
    expect(jobs.ok && jobs.value.filter((j) => j.kind === 'study.apkg' && j.state === 'done').length).toBe(3);
  });
});
