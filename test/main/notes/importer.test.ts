import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDb, type Db } from '../../../src/main/db/open';
import { deleteNoteFile, importFiles, type ImportFile } from '../../../src/main/notes/importer';
import { listFlags, listOpenQuestions, noteSection, setFlagDismissed } from '../../../src/main/notes/queries';
import { search } from '../../../src/main/search/query';
import { answerCard, studyQueue } from '../../../src/main/study/cards';
import { deckOptions } from '../../../src/shared/ipc/channels/study';
import { searchRequest } from '../../../src/shared/ipc/channels/search';
import { MAX_IMPORT_BYTES } from '../../../src/shared/notes/decode';
import { tempDir } from '../../helpers/tmp';
import { haveSeeds, SEED_FILES, SEEDS_DIR } from '../../unit/notes/seeds';

const T0 = new Date('2026-11-25T09:00:00.000Z');
const seed = (name: string): ImportFile => ({
  name,
  fileKey: join(SEEDS_DIR, name),
  bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))),
});
const allSeeds = (): ImportFile[] => Object.values(SEED_FILES).map(seed);
const count = (db: Db, table: string, where = '1'): number =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir('sd-notes-');
  cleanup = t.cleanup;
  db = openUserDb(join(t.dir, 'u.sqlite')).db;
});
afterEach(() => {
  db.close();
  cleanup();
});

describe.skipIf(!haveSeeds)('importing the five seed notes into SQLite', () => {
  it('stores sections, cards, open questions and flags with concrete counts per file', () => {
    const progress: string[] = [];
    const s = importFiles(db, allSeeds(), {
      now: T0,
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.name}`),
    });
    expect(
      s.files.map((f) => [f.name, f.status, f.sections, f.cards, f.openQuestions, f.flags, f.repairs]),
    ).toEqual([
      [SEED_FILES.scenarios, 'imported', 90, 90, 0, 0, { mojibake: 140, rejoinedLines: 0 }],
      [SEED_FILES.topics, 'imported', 14, 1, 0, 0, { mojibake: 0, rejoinedLines: 0 }],
      [SEED_FILES.questions, 'imported', 1, 0, 41, 0, { mojibake: 0, rejoinedLines: 68 }],
      [SEED_FILES.answers, 'imported', 64, 2, 0, 1, { mojibake: 0, rejoinedLines: 1013 }],
      [SEED_FILES.markdown, 'imported', 102, 188, 0, 27, { mojibake: 0, rejoinedLines: 0 }],
    ]);
    expect(s.totals).toMatchObject({
      files: 5,
      imported: 5,
      sections: 271,
      cards: 281,
      openQuestions: 41,
      flags: 28,
    });
    expect(progress).toEqual([
      `0/5 ${SEED_FILES.scenarios}`,
      `1/5 ${SEED_FILES.topics}`,
      `2/5 ${SEED_FILES.questions}`,
      `3/5 ${SEED_FILES.answers}`,
      `4/5 ${SEED_FILES.markdown}`,
      '5/5 ',
    ]);
    expect(count(db, 'note_files')).toBe(5);
    expect(count(db, 'note_sections')).toBe(271);
    expect(count(db, 'note_cards')).toBe(281);
    expect(count(db, 'open_questions')).toBe(41);
    expect(count(db, 'fact_flags')).toBe(28);
    expect(count(db, 'search_docs', "kind = 'note'")).toBe(271);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('indexes sections in the shared search index', () => {
    importFiles(db, allSeeds(), { now: T0 });
    const r = search(db, searchRequest.parse({ q: 'Strangler Fig Pattern', kinds: ['note'] }));
    // The seed's file name is a hash: hits lead with the file's first heading instead (issue 18).
    expect(r.hits.map((h) => h.title)).toContain(
      '✅ AWS Architecture & Best Practices - Scenarios & Solutions › AWS Architecture Patterns – Part 3 (76–90) › 80. Migrate a monolith to serverless gradually',
    );
    const mojibake = search(db, searchRequest.parse({ q: 'âœ…', kinds: ['note'] }));
    expect(mojibake.total).toBe(0);
  });

  it('re-importing the same files changes nothing: same counts, no duplicates, same ids', () => {
    importFiles(db, allSeeds(), { now: T0 });
    const ids = db.prepare('SELECT id FROM note_cards ORDER BY id').pluck().all();
    const sections = db.prepare('SELECT id FROM note_sections ORDER BY id').pluck().all();
    const again = importFiles(db, allSeeds(), { now: new Date('2026-11-26T00:00:00Z') });
    expect(again.files.map((f) => f.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(again.totals).toMatchObject({ sections: 271, cards: 281, openQuestions: 41, flags: 28 });
    expect(db.prepare('SELECT id FROM note_cards ORDER BY id').pluck().all()).toEqual(ids);
    expect(db.prepare('SELECT id FROM note_sections ORDER BY id').pluck().all()).toEqual(sections);
    expect(count(db, 'search_docs', "kind = 'note'")).toBe(271);
  });

  it('an edited file is updated in place; unchanged cards keep their id and review history', () => {
    const original = seed(SEED_FILES.markdown);
    importFiles(db, [original], { now: T0 });
    const deck = deckOptions.parse({});
    const roles = db
      .prepare("SELECT id FROM note_cards WHERE front = 'What is a proper definition of IAM Roles?'")
      .pluck()
      .get() as string;
    const mfa = db
      .prepare(
        "SELECT id FROM note_cards WHERE front = 'What should you do to increase your root account security?'",
      )
      .pluck()
      .get() as string;
    db.transaction(() => {
      answerCard(db, null, roles, 3, T0);
      answerCard(db, null, mfa, 3, T0);
    })();
    const flag = listFlags(db, {}).find((f) => f.ruleId === 'kb:sqs.message.max-size');
    setFlagDismissed(db, flag!.id, true, T0);

    // Change one answer and drop the Route 53 Q&A section's first question.
    const text = new TextDecoder()
      .decode(original.bytes)
      .replace('> Enable MFA (You want to enable MFA', '> Turn on MFA (You want to enable MFA')
      .replace(/Q: You have purchased "mycoolcompany\.com"[\s\S]*?zone apex\)\n/, '');
    const r = importFiles(db, [{ ...original, bytes: new TextEncoder().encode(text) }], {
      now: new Date('2026-11-26T00:00:00Z'),
    });
    expect(r.files[0]).toMatchObject({ status: 'updated', sections: 102, cards: 187, flags: 26 });
    expect(count(db, 'note_files')).toBe(1);
    expect(count(db, 'note_cards')).toBe(187);
    expect(count(db, 'search_docs', "kind = 'note'")).toBe(102);
    // Unchanged card: same row, history kept and still linked to its (re-created) section.
    expect(db.prepare('SELECT section_id IS NOT NULL FROM note_cards WHERE id = ?').pluck().get(roles)).toBe(
      1,
    );
    expect(count(db, 'study_cards', `card_id = '${roles}'`)).toBe(1);
    // Changed card: a new id; the old id is gone from note_cards (its history stays, unused).
    expect(count(db, 'note_cards', `id = '${mfa}'`)).toBe(0);
    expect(count(db, 'note_cards', "back LIKE 'Turn on MFA%'")).toBe(1);
    const q = studyQueue(db, null, deck, 500, new Date('2026-11-30T00:00:00Z'));
    expect(q.cards.find((c) => c.cardId === roles)).toMatchObject({
      state: expect.not.stringMatching(/^new$/) as string,
    });
    // The dismissed flag stays dismissed.
    expect(
      listFlags(db, { includeDismissed: true }).find(
        (f) => f.ruleId === 'kb:sqs.message.max-size',
      )?.dismissed,
    ).toBe(true);
  });

  it('a failure in the middle of a batch leaves nothing half-imported', () => {
    // A real SQLite error while storing the third file (as a full disk would raise).
    db.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON note_sections WHEN NEW.title = 'Interview Questions'
             BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    expect(() => importFiles(db, allSeeds(), { now: T0 })).toThrow(/disk I\/O error/);
    for (const t of ['note_files', 'note_sections', 'note_cards', 'open_questions', 'fact_flags'])
      expect(count(db, t)).toBe(0);
    expect(count(db, 'search_docs', "kind = 'note'")).toBe(0);
    // And the same batch goes through once the problem is gone.
    db.exec('DROP TRIGGER fail_third');
    expect(importFiles(db, allSeeds(), { now: T0 }).totals.imported).toBe(5);
  });

  it('rejects binary, empty and oversized files with a reason and imports the rest', () => {
    const s = importFiles(
      db,
      [
        {
          name: 'photo.png',
          fileKey: 'photo.png',
          bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
        },
        { name: 'empty.md', fileKey: 'empty.md', bytes: new Uint8Array() },
        { name: 'huge.txt', fileKey: 'huge.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61) },
        seed(SEED_FILES.questions),
      ],
      { now: T0 },
    );
    expect(s.files.map((f) => [f.name, f.status])).toEqual([
      ['photo.png', 'rejected'],
      ['empty.md', 'rejected'],
      ['huge.txt', 'rejected'],
      [SEED_FILES.questions, 'imported'],
    ]);
    expect(s.files[0]?.reason).toMatch(/binary/);
    expect(s.files[1]?.reason).toMatch(/empty/);
    expect(s.files[2]?.reason).toMatch(/5\.0 MB/);
    expect(s.totals).toMatchObject({ rejected: 3, imported: 1, openQuestions: 41 });
    expect(count(db, 'note_files')).toBe(1);
  });

  it('reads a section with its flags and cards, lists open questions, and deletes a file completely', () => {
    importFiles(db, allSeeds(), { now: T0 });
    const sid = db.prepare("SELECT id FROM note_sections WHERE title = 'Lambda'").pluck().get() as string;
    const view = noteSection(db, sid);
    expect(view.headingPath).toEqual(['Serverless in AWS', 'Lambda']);
    expect(view.flags.map((f) => f.ruleId)).toEqual([
      'lambda.duration-price',
      'kb:lambda.memory.increment',
      'kb:lambda.tmp.max',
    ]);
    const mem = view.flags[1]!;
    expect(view.body.slice(mem.start, mem.end)).toBe('64MB');
    expect(mem).toMatchObject({
      verdict: 'wrong',
      lineNo: 3151,
      line: '- Memory 128MB - 10 GB (64MB increments)',
      suggestion: 'Any value in 1 MB increments between 128 and 10,240 MB',
      source: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
    });
    expect(view.flags[2]).toMatchObject({ verdict: 'outdated', changedOn: '2022-03-24' });
    expect(listOpenQuestions(db)).toHaveLength(41);
    const fileId = db
      .prepare('SELECT id FROM note_files WHERE name = ?')
      .pluck()
      .get(SEED_FILES.markdown) as number;
    expect(deleteNoteFile(db, fileId)).toEqual({ sections: 102, cards: 188 });
    expect(count(db, 'note_sections')).toBe(169);
    expect(count(db, 'search_docs', "kind = 'note'")).toBe(169);
    expect(count(db, 'fact_flags')).toBe(1);
    expect(deleteNoteFile(db, fileId)).toBeNull();
  });
});
