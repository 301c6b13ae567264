import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as migrationsModule from '../../../src/main/db/migrations';
import { openUserDb, type Db } from '../../../src/main/db/open';
import { importFiles, type ImportFile } from '../../../src/main/notes/importer';
import { listFlags, listOpenQuestions, setFlagDismissed } from '../../../src/main/notes/queries';
import { answerCard } from '../../../src/main/study/cards';
import { tempDir } from '../../helpers/tmp';
import { SEED_FILES, SEEDS_DIR } from '../../unit/notes/seeds';

const count = (db: Db, table: string, where = '1'): number =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** As the CLI passes a file: its absolute path is its key and identity. */
const cli = (name: string, text: string, dir = '/home/me/notes'): ImportFile => ({
  name,
  fileKey: join(dir, name),
  path: join(dir, name),
  bytes: bytes(text),
});
/** As the browser uploads a file: a name and bytes, no path. */
const upload = (name: string, text: string, replace?: number | 'new'): ImportFile => ({
  name,
  fileKey: name,
  path: null,
  bytes: bytes(text),
  replace,
});

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir('sd-ident-');
  cleanup = t.cleanup;
  db = openUserDb(join(t.dir, 'u.sqlite')).db;
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('one identity per note file', () => {
  it('a CLI import then a UI upload of the same file does not duplicate it (files, cards, flags)', () => {
    const names = Object.values(SEED_FILES);
    const texts = names.map((n) => readFileSync(join(SEEDS_DIR, n), 'utf8'));
    const first = importFiles(
      db,
      names.map((n, i) => cli(n, texts[i] as string, SEEDS_DIR)),
    );
    const cards = count(db, 'note_cards');
    const flags = count(db, 'fact_flags');
    expect(count(db, 'note_files')).toBe(5);
    const again = importFiles(
      db,
      names.map((n, i) => upload(n, texts[i] as string)),
    );
    expect(again.files.map((f) => f.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(again.files.map((f) => f.fileId)).toEqual(first.files.map((f) => f.fileId));
    expect([count(db, 'note_files'), count(db, 'note_cards'), count(db, 'fact_flags')]).toEqual([
      5,
      cards,
      flags,
    ]);
    // Distinct cards = card rows: nothing is stored twice.
    expect(count(db, 'note_cards')).toBe(
      db
        .prepare('SELECT count(*) FROM (SELECT DISTINCT front, back, file_id FROM note_cards)')
        .pluck()
        .get() as number,
    );
  });

  it('a UI upload then a CLI import of the same file is adopted by its path', () => {
    const a = importFiles(db, [upload('aws.md', '# S3\n- Max object size 5 TB\n')]);
    const b = importFiles(db, [cli('aws.md', '# S3\n- Max object size 5 TB\n')]);
    expect(b.files[0]).toMatchObject({ status: 'unchanged', fileId: a.files[0]?.fileId });
    expect(db.prepare('SELECT path FROM note_files').pluck().all()).toEqual(['/home/me/notes/aws.md']);
  });

  it('two different files that share a name never overwrite each other', () => {
    importFiles(db, [cli('notes.txt', 'Q1. What is S3?\nQ2. What is EBS?\n', '/a')]);
    importFiles(db, [cli('notes.txt', '# Lambda\n- max timeout 15 minutes\n', '/b')]);
    expect(count(db, 'note_files')).toBe(2);

    // Uploads have no path: same name + other content asks which file it replaces.
    const first = importFiles(db, [
      upload('plan.txt', '1. Why use SQS?\n2. Why use SNS?\n3. Why use Kinesis?\n'),
    ]);
    const questions = listOpenQuestions(db, first.files[0]?.fileId ?? 0).length;
    expect(questions).toBe(3);
    const second = importFiles(db, [upload('plan.txt', '# Other\n- a different file\n')]);
    expect(second.files[0]).toMatchObject({ status: 'choose', fileId: null });
    expect(second.files[0]?.candidates?.map((c) => c.id)).toEqual([first.files[0]?.fileId]);
    expect(second.totals.choose).toBe(1);
    expect(listOpenQuestions(db, first.files[0]?.fileId ?? 0)).toHaveLength(3);

    // The user's answer: keep both, or replace the one they picked.
    const both = importFiles(db, [upload('plan.txt', '# Other\n- a different file\n', 'new')]);
    expect(both.files[0]?.status).toBe('imported');
    expect(count(db, 'note_files', "name = 'plan.txt'")).toBe(2);
    const replaced = importFiles(db, [
      upload(
        'plan.txt',
        '1. Why use SQS?\n2. Why use SNS?\n3. Why use MQ?\n4. Why use EventBridge?\n',
        first.files[0]?.fileId ?? undefined,
      ),
    ]);
    expect(replaced.files[0]).toMatchObject({ status: 'updated', fileId: first.files[0]?.fileId });
    expect(listOpenQuestions(db, first.files[0]?.fileId ?? 0)).toHaveLength(4);
  });

  it('a dismissed flag stays dismissed when a heading is inserted above it', () => {
    const text = '# Storage\n- S3 max object size is 5 TB\n- Lambda max memory 3,008 MB\n';
    importFiles(db, [cli('n.md', text)]);
    const flags = listFlags(db, {});
    expect(flags.map((f) => [f.lineNo, f.verdict])).toEqual([
      [2, 'outdated'],
      [3, 'outdated'],
    ]);
    setFlagDismissed(db, (flags[0] as { id: string }).id, true);
    importFiles(db, [cli('n.md', `# Intro\nSome words.\n\n${text}`)]);
    const after = listFlags(db, { includeDismissed: true });
    expect(after.map((f) => [f.lineNo, f.dismissed])).toEqual([
      [5, true],
      [6, false],
    ]);
  });

  it("an edited card's old review state leaves the progress counts", () => {
    const v1 = '# SQS\nQ: Max retention?\n> 14 days\n';
    importFiles(db, [cli('q.md', v1)]);
    const id = db.prepare('SELECT id FROM note_cards').pluck().get() as string;
    answerCard(db, null, id, 3, new Date('2026-11-25T09:00:00Z'));
    expect(count(db, 'study_cards')).toBe(1);
    importFiles(db, [cli('q.md', '# SQS\nQ: Max retention?\n> 14 days (1,209,600 seconds)\n')]);
    expect(count(db, 'note_cards', `id = '${id}'`)).toBe(0);
    expect(count(db, 'study_cards', `card_id = '${id}'`)).toBe(0);
    // The review itself stays in the log (history), it just no longer counts as a card to study.
    expect(count(db, 'review_log')).toBe(1);
  });
});

describe('migration 0070 on a database made before it', () => {
  it('gives path-keyed files their path, keeps uploads path-less, and keeps dismissals across the new flag ids', () => {
    const t = tempDir('sd-mig-');
    const path = join(t.dir, 'old.sqlite');
    // A version-50 database: the schema up to 0050 and two imported files, one flag dismissed.
    const { MIGRATIONS } = migrationsModule;
    const raw = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 50)) raw.exec(m.up);
    raw.pragma('user_version = 50');
    raw.exec(`INSERT INTO note_files(id, file_key, name, content_hash, encoding, imported_at, updated_at)
      VALUES (1, '/home/me/a.md', 'a.md', 'x', 'utf-8', 't', 't'), (2, 'b.md', 'b.md', 'y', 'utf-8', 't', 't');
      INSERT INTO note_sections(id, file_id, ord, title, heading_path, body, start_line)
      VALUES ('ns:00000000000001', 1, 0, 'S3', '["S3"]', '- Max object size 5TB', 1);
      INSERT INTO fact_flags(id, section_id, rule_id, excerpt, line, start_offset, end_offset, official, source, as_of,
        suggestion, explanation, dismissed_at)
      VALUES ('ff:00000000000001', 'ns:00000000000001', 's3.max-object-size', 'object size 5TB', '- Max object size 5TB', 2, 17,
        '50 TB', 'https://docs.aws.amazon.com/', '2026-11-25', '50 TB', 'old rule', '2026-11-26T00:00:00.000Z');`);
    raw.close();
    const opened = openUserDb(path).db;
    try {
      expect(opened.prepare('SELECT id, path FROM note_files ORDER BY id').all()).toEqual([
        { id: 1, path: '/home/me/a.md' },
        { id: 2, path: null },
      ]);
      // Re-importing the file with the new checker: a new flag id, the dismissal kept.
      importFiles(opened, [
        { name: 'a.md', fileKey: '/home/me/a.md', bytes: bytes('# S3\n- Max object size 5TB\n') },
      ]);
      const flags = listFlags(opened, { includeDismissed: true });
      expect(flags.map((f) => [f.ruleId, f.verdict, f.dismissed])).toEqual([
        ['kb:s3.object.max-size', 'outdated', true],
      ]);
    } finally {
      opened.close();
      t.cleanup();
    }
  });
});
