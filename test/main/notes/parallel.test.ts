/**
 * Issue 19 item 4: large imports parse and fact-check in worker threads while this thread writes. The rows
 * must be exactly those of the one-thread import (same ids, flags, cards, search index), and an import that
 * fails part-way (a worker that dies, a database error) must leave the database as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDb, type Db } from '../../../src/main/db/open';
import { importFiles, type ImportFile, type ImportOptions } from '../../../src/main/notes/importer';
import { setFlagDismissed } from '../../../src/main/notes/queries';
import { notes as benchNotes, mulberry32 } from '../../../bench/corpus';
import { tempDir } from '../../helpers/tmp';
import { SEED_FILES, SEEDS_DIR } from '../../unit/notes/seeds';

const T0 = new Date('2026-11-25T09:00:00.000Z');
const T1 = new Date('2026-11-26T09:00:00.000Z');
const enc = new TextEncoder();
const seed = (name: string): ImportFile => ({
  name,
  fileKey: join(SEEDS_DIR, name),
  bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))),
});
const seeds = (): ImportFile[] => Object.values(SEED_FILES).map(seed);

/**
 * A generated corpus with what the seeds have little of: files built from the seeds' lines in a seeded
 * random order (claims, questions, headings mixed anew), bench-style notes, a Windows-1252 file, a binary
 * and an empty one, and uploads (no path) that repeat a name with the same and with other content.
 */
function generated(seedValue: number): ImportFile[] {
  const rand = mulberry32(seedValue);
  const lines = Object.values(SEED_FILES).flatMap((n) => readFileSync(join(SEEDS_DIR, n), 'utf8').split(/\r?\n/));
  const files: ImportFile[] = [];
  for (let f = 0; f < 12; f++) {
    const out: string[] = [];
    for (let k = 0; k < 400; k++) out.push(lines[Math.floor(rand() * lines.length)] as string);
    files.push({ name: `mix-${f}.md`, fileKey: `/gen/mix-${f}.md`, bytes: enc.encode(out.join('\n')) });
  }
  const bench = [...benchNotes(600, seedValue)];
  for (let f = 0; f < 3; f++)
    files.push({
      name: `bench-${f}.md`,
      fileKey: `/gen/bench-${f}.md`,
      bytes: enc.encode(bench.slice(f * 200, (f + 1) * 200).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n')),
    });
  files.push({ name: 'latin1.txt', fileKey: '/gen/latin1.txt', bytes: Uint8Array.from([...'Caf\xe9 notes\n\n## S3\n\nS3 objects can be up to 5 TB, caf\xe9.\n'].map((c) => c.charCodeAt(0))) });
  files.push({ name: 'photo.png', fileKey: '/gen/photo.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  files.push({ name: 'empty.md', fileKey: '/gen/empty.md', bytes: new Uint8Array() });
  const upload = files[0]!;
  files.push({ name: 'upload.md', fileKey: 'upload.md', path: null, bytes: upload.bytes });
  files.push({ name: 'upload.md', fileKey: 'upload.md', path: null, bytes: upload.bytes }); // same content: unchanged
  files.push({ name: 'upload.md', fileKey: 'upload.md', path: null, bytes: files[1]!.bytes }); // other content: choose
  files.push({ name: 'upload.md', fileKey: 'upload.md', path: null, replace: 'new', bytes: files[1]!.bytes }); // kept apart
  return files;
}

const TABLES: [string, string][] = [
  ['note_files', 'id'],
  ['note_sections', 'id'],
  ['note_cards', 'id'],
  ['open_questions', 'id'],
  ['fact_flags', 'id'],
  ['study_cards', 'card_id'],
  ['search_docs', 'id'],
  ['search_terms', 'term'],
  // Built from the parse workers' rows in a parallel import, by the writer in a serial one: the same bytes.
  ['search_postings', 'term, last'],
];
function dump(db: Db): Record<string, unknown[]> {
  db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO search_title_fts(search_title_fts) VALUES ('integrity-check')");
  return Object.fromEntries(TABLES.map(([t, k]) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY ${k}`).all()]));
}

let dir: ReturnType<typeof tempDir>;
let serial: Db;
let parallel: Db;
beforeEach(() => {
  dir = tempDir('sd-par-');
  serial = openUserDb(join(dir.dir, 'serial.sqlite')).db;
  parallel = openUserDb(join(dir.dir, 'parallel.sqlite')).db;
});
afterEach(() => {
  serial.close();
  parallel.close();
  dir.cleanup();
});

/** Every file through a worker (the writer claims none itself), so the test compares the two paths. */
const viaWorkers: ImportOptions = { workers: 1, workersOnly: true };

describe('parse workers write exactly what one thread writes', () => {
  it('the seed notes: summaries and every row the same, then an edit and a dismissal re-imported the same way', () => {
    const a = importFiles(serial, seeds(), { now: T0, workers: 0 });
    const b = importFiles(parallel, seeds(), { now: T0, ...viaWorkers });
    expect(b).toEqual(a);
    expect(a.totals).toMatchObject({ imported: 5, sections: 271, cards: 281, flags: 28 });
    expect(dump(parallel)).toEqual(dump(serial));

    // A dismissed flag, an edited answer and a new heading: the update path, dismissals carried over.
    for (const db of [serial, parallel]) {
      const id = db.prepare("SELECT id FROM fact_flags WHERE rule_id = 'kb:sqs.message.max-size'").pluck().get() as string;
      setFlagDismissed(db, id, true, T0);
    }
    const md = seed(SEED_FILES.markdown);
    const edited = {
      ...md,
      bytes: enc.encode(
        new TextDecoder()
          .decode(md.bytes)
          .replace('> Enable MFA (You want to enable MFA', '> Turn on MFA (You want to enable MFA')
          .replace(/^/, '# Added heading\n\n'),
      ),
    };
    const c = importFiles(serial, [...seeds().slice(0, 4), edited], { now: T1, workers: 0 });
    const d = importFiles(parallel, [...seeds().slice(0, 4), edited], { now: T1, ...viaWorkers });
    expect(d).toEqual(c);
    expect(c.totals).toMatchObject({ unchanged: 4, updated: 1 });
    expect(dump(parallel)).toEqual(dump(serial));
    // Two imports of the seed notes, one through parse workers (each loads the fact-check): slow on a busy machine.
  }, 120_000);

  it('a generated corpus (mixed seed lines, bench notes, other encodings, rejected files, uploads by name)', () => {
    const files = generated(11);
    const a = importFiles(serial, files, { now: T0, workers: 0 });
    const b = importFiles(parallel, files, { now: T0, workers: 2, workersOnly: true });
    expect(b).toEqual(a);
    expect(a.totals).toMatchObject({ rejected: 2, choose: 1, unchanged: 1 });
    expect(a.totals.flags).toBeGreaterThan(0);
    expect(a.totals.cards).toBeGreaterThan(0);
    expect(dump(parallel)).toEqual(dump(serial));
    // The writer sharing the work with a worker (the default) gives the same rows too.
    const c = importFiles(serial, generated(12), { now: T1, workers: 0 });
    const d = importFiles(parallel, generated(12), { now: T1, workers: 1 });
    expect(d).toEqual(c);
    expect(dump(parallel)).toEqual(dump(serial));
  });
});

describe('a parallel import that fails part-way changes nothing', () => {
  it('a parse worker that dies mid-import: the error is raised and the database is as before', () => {
    importFiles(parallel, seeds().slice(0, 2), { now: T0, workers: 0 });
    const before = dump(parallel);
    const files = generated(13);
    expect(() => importFiles(parallel, files, { now: T1, ...viaWorkers, crashWorkerAt: 7 })).toThrow(
      /parse worker stopped/,
    );
    expect(dump(parallel)).toEqual(before);
    expect(parallel.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    // And the same import goes through afterwards.
    expect(importFiles(parallel, files, { now: T1, ...viaWorkers }).totals.imported).toBeGreaterThan(10);
  });

  it('a database error while storing a file (as a full disk raises): nothing of the import stays', () => {
    importFiles(parallel, seeds().slice(0, 1), { now: T0, workers: 0 });
    const before = dump(parallel);
    parallel.exec(`CREATE TEMP TRIGGER fail_mix BEFORE INSERT ON note_files WHEN NEW.name = 'mix-9.md'
             BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    expect(() => importFiles(parallel, generated(14), { now: T1, ...viaWorkers })).toThrow(/disk I\/O error/);
    expect(dump(parallel)).toEqual(before);
    parallel.exec('DROP TRIGGER fail_mix');
  });

  it('inside a caller transaction (a savepoint), a failure rolls back only the import', () => {
    parallel.exec('CREATE TABLE mark(x)');
    const before = dump(parallel);
    parallel.transaction(() => {
      parallel.exec('INSERT INTO mark VALUES (1)');
      expect(() => importFiles(parallel, generated(15), { now: T1, ...viaWorkers, crashWorkerAt: 3 })).toThrow(
        /parse worker stopped/,
      );
    })();
    expect(dump(parallel)).toEqual(before);
    expect(parallel.prepare('SELECT count(*) FROM mark').pluck().get()).toBe(1);
  });
});
