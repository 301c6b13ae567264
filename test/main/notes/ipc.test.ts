import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_IMPORT_MAX_PAYLOAD } from '../../../src/shared/ipc/channels/notes';
import { MAX_IMPORT_BYTES } from '../../../src/shared/notes/decode';
import { testApp } from '../../helpers/app';
import { haveSeeds, SEED_FILES, SEEDS_DIR } from '../../unit/notes/seeds';

const b64 = (name: string): string => readFileSync(join(SEEDS_DIR, name)).toString('base64');

describe.skipIf(!haveSeeds)('notes.* channels', () => {
  let app: ReturnType<typeof testApp>;
  beforeAll(() => {
    app = testApp();
  });
  afterAll(() => app.dispose());

  it('allows five files at the size limit in one request', () => {
    expect(NOTES_IMPORT_MAX_PAYLOAD).toBeGreaterThan(5 * ((MAX_IMPORT_BYTES * 4) / 3));
  });

  it('imports uploaded files, then lists, opens, searches and fact-checks them', async () => {
    const r = await app.call('notes.import', {
      files: Object.values(SEED_FILES).map((name) => ({ name, contentBase64: b64(name) })),
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.totals).toMatchObject({
      imported: 5,
      sections: 271,
      cards: 281,
      openQuestions: 41,
      flags: 28,
    });

    const list = await app.call('notes.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.map((f) => [f.name, f.sections, f.cards, f.openQuestions, f.flags])).toEqual([
      [SEED_FILES.scenarios, 90, 90, 0, 0],
      [SEED_FILES.topics, 14, 1, 0, 0],
      [SEED_FILES.questions, 1, 0, 41, 0],
      [SEED_FILES.answers, 64, 2, 0, 1],
      [SEED_FILES.markdown, 102, 188, 0, 27],
    ]);
    const md = list.value[4]!;
    const file = await app.call('notes.file', { id: md.id });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.sections[0]).toMatchObject({
      title: 'Regions',
      headingPath: ['AWS regions and Availability zones', 'Regions'],
    });

    // Search a phrase from the notes, open the hit, see its flag.
    const hit = await app.call('search.query', { q: '"concurrent facility failure"', kinds: ['note'] });
    if (!hit.ok) throw new Error(hit.error.message);
    const ref = hit.value.hits[0]?.ref ?? '';
    const section = await app.call('notes.section', { id: ref });
    if (!section.ok) throw new Error(section.error.message);
    expect(section.value.title).toBe('S3 (Simple Storage Service)');
    const durability = section.value.flags.filter((f) => f.ruleId === 'kb:data-lake.s3.durability');
    expect(durability).toHaveLength(6);
    expect(section.value.body.slice(durability[0]!.start, durability[0]!.end)).toBe('99.9%');
    expect(durability[0]).toMatchObject({ verdict: 'wrong', lineNo: 1928 });

    const flags = await app.call('notes.flags', { fileId: md.id });
    if (!flags.ok) throw new Error(flags.error.message);
    expect(flags.value).toHaveLength(27);
    const dismissed = await app.call('notes.dismissFlag', { id: flags.value[0]!.id });
    expect(dismissed.ok && dismissed.value.dismissed).toBe(true);
    const after = await app.call('notes.flags', { fileId: md.id });
    expect(after.ok && after.value.length).toBe(26);
    const withDismissed = await app.call('notes.flags', { fileId: md.id, includeDismissed: true });
    expect(withDismissed.ok && withDismissed.value.length).toBe(27);

    const open = await app.call('notes.openQuestions', {});
    expect(open.ok && open.value.length).toBe(41);

    // The note cards reach the study queue with their origin.
    const queue = await app.call('study.due', {
      deck: { notes: true, custom: false, questions: false },
      limit: 5,
    });
    if (!queue.ok) throw new Error(queue.error.message);
    expect(queue.value.cards[0]).toMatchObject({
      kind: 'note',
      front: expect.stringMatching(/^Design a Highly Available Web Application Architecture/) as string,
      origin: `${SEED_FILES.scenarios} › ✅ AWS Architecture & Best Practices - Scenarios & Solutions › 1. Design a Highly Available Web Application Architecture`,
    });

    const del = await app.call('notes.delete', { id: md.id });
    expect(del.ok && del.value).toEqual({ id: md.id, sections: 102, cards: 188 });
    const gone = await app.call('notes.file', { id: md.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });

  it('rejects payloads that are not base64 and reports binary uploads per file', async () => {
    const bad = await app.call('notes.import', { files: [{ name: 'x.md', contentBase64: 'not base64!' }] });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
    const bin = await app.call('notes.import', {
      files: [{ name: 'x.bin', contentBase64: Buffer.from([0, 1, 2, 3, 0, 0]).toString('base64') }],
    });
    expect(bin.ok && bin.value.files[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/binary/) as string,
    });
  });
});
