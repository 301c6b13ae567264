/**
 * Issue 19 (import time): a large import's commit does not run SQLite's automatic WAL checkpoint (~2 s of
 * copying after 100k notes, with the data already durable in the WAL); the import job answers first and its
 * worker checkpoints after (jobs/worker.ts), and the runner's waitFor (a restore) waits for that too. Proven
 * on the database file's own header (its page count moves only when a checkpoint copies pages into it).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointPassive, withoutAutoCheckpoint } from '../../src/main/db/checkpoint';
import { openUserDb } from '../../src/main/db/open';
import { runTask } from '../../src/main/jobs/tasks';
import { testApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const ROOT = join(import.meta.dirname, '..', '..');

/** The page count in the database file's header, as on disk (not what a connection sees through the WAL). */
function pagesOnDisk(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    readSync(fd, b, 0, 4, 28);
    return b.readUInt32BE(0);
  } finally {
    closeSync(fd);
  }
}

function noteFile(i: number): { name: string; contentBase64: string } {
  const md = Array.from({ length: 60 }, (_, s) => `## Section ${i}.${s}\n\nSQS keeps messages 4 days by default; Lambda runs up to 15 minutes (${i}-${s}).\n`).join('\n');
  return { name: `n-${i}.md`, contentBase64: Buffer.from(md).toString('base64') };
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

describe('checkpoint after the answer', () => {
  it('withoutAutoCheckpoint: the commit leaves its frames in the WAL, the setting comes back (even on a throw), checkpointPassive copies them', () => {
    const t = tempDir('sd-ckpt-');
    cleanup.push(t.cleanup);
    const path = join(t.dir, 'u.sqlite');
    const { db } = openUserDb(path);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const before = pagesOnDisk(path);
      const auto = db.pragma('wal_autocheckpoint', { simple: true });
      withoutAutoCheckpoint(db, () =>
        db.transaction(() => {
          db.exec('CREATE TABLE big(x BLOB)');
          const ins = db.prepare('INSERT INTO big(x) VALUES (randomblob(4000))');
          for (let i = 0; i < 3000; i++) ins.run(); // ~3,000 pages: past the automatic threshold (1,000)
        })(),
      );
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(auto);
      expect(pagesOnDisk(path)).toBe(before); // nothing copied at the commit
      expect(statSync(`${path}-wal`).size).toBeGreaterThan(3000 * 4096);
      expect(() => withoutAutoCheckpoint(db, () => { throw new Error('x'); })).toThrow('x');
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(auto);
      const r = checkpointPassive(db);
      expect(r).toMatchObject({ busy: false });
      expect(r.copied).toBe(r.frames);
      expect(pagesOnDisk(path)).toBe(db.pragma('page_count', { simple: true }));
    } finally {
      db.close();
    }
  });

  it('the import task leaves its checkpoint to afterAnswer when given one, and does it before returning when not', async () => {
    const t = tempDir('sd-ckpt-');
    cleanup.push(t.cleanup);
    for (const handOff of [true, false]) {
      const path = join(t.dir, `u-${handOff}.sqlite`);
      const { db } = openUserDb(path);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const before = pagesOnDisk(path);
      let later: (() => void) | null = null;
      const summary = await runTask(
        'notes.import',
        { dbPath: path, appRoot: ROOT, files: Array.from({ length: 12 }, (_, i) => noteFile(i)) },
        () => undefined,
        handOff ? { afterAnswer: (fn) => (later = fn) } : {},
      );
      expect(summary.totals.sections).toBe(12 * 60);
      if (handOff) {
        expect(later).not.toBeNull();
        expect(pagesOnDisk(path)).toBe(before); // answered with the import only in the WAL
        later!();
      } else expect(later).toBeNull();
      const check = openUserDb(path).db;
      try {
        expect(pagesOnDisk(path)).toBeGreaterThan(before);
        expect(pagesOnDisk(path)).toBe(check.pragma('page_count', { simple: true }));
        expect(check.prepare("SELECT count(*) FROM search_docs WHERE kind = 'note'").pluck().get()).toBe(12 * 60);
      } finally {
        check.close();
      }
    }
  });

  it("an import job through the runner: answered, then its worker checkpoints; idle() waits for the worker's exit", async () => {
    const app = testApp();
    try {
      const r = await app.call('notes.import', { files: Array.from({ length: 12 }, (_, i) => noteFile(i)) });
      expect(r.ok).toBe(true);
      await app.ctx.jobs.idle();
      expect(app.ctx.jobs.busy()).toBe(false);
      const path = app.ctx.userDb.path;
      expect(pagesOnDisk(path)).toBe(app.ctx.db.user.pragma('page_count', { simple: true }));
    } finally {
      app.dispose();
    }
  });
});
