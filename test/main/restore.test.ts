/**
 * Issue 15 item 3: restore is all-or-nothing. A fake backup is refused with a precise message before anything
 * moves; the app keeps working and starts again; a good backup of an older schema is upgraded in a scratch copy
 * and swapped in atomically, and a copy that does not open is rolled back.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/main/app';
import { swapInRestoredFile, validateBackupFile } from '../../src/main/db/backup';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { openUserDb } from '../../src/main/db/open';
import { dispatch } from '../../src/main/ipc/dispatch';
import { restoreDatabase } from '../../src/main/jobs/restore';
import { AppError } from '../../src/shared/result';
import { KB_PATH, REPO, testApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

let app: ReturnType<typeof testApp> | null = null;
const cleanups: (() => void)[] = [];
afterEach(() => {
  app?.dispose();
  app = null;
  cleanups.splice(0).forEach((c) => c());
});

/** The reproduction from the issue: empty tables named prefs, meta and search_docs. */
function fakeBackup(dir: string, userVersion: number): Buffer {
  const p = join(dir, `fake-${userVersion}.sqlite`);
  const f = new Database(p);
  f.exec('CREATE TABLE prefs(x); CREATE TABLE meta(x); CREATE TABLE search_docs(x);');
  f.pragma(`user_version = ${userVersion}`);
  f.close();
  return readFileSync(p);
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => /before-restore|restore-.*\.tmp/.test(n));

describe('restore refuses what is not a backup, and changes nothing', () => {
  it('the fake backup (user_version 0) is refused precisely; the app keeps working and starts again', async () => {
    app = testApp();
    await app.call('prefs.set', { key: 'goal', value: 'SAA-C03' });
    const r = await app.call('backup.restore', { fileName: 'fake.sqlite', base64: fakeBackup(app.dir, 0).toString('base64') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.message).toMatch(/not an AWS Study Desk backup: its schema version is 0/);
    expect(r.error.message).toMatch(/Your current data was not changed/);
    expect(leftovers(app.dir)).toEqual([]);
    // Reads and writes still work on the untouched live database.
    expect(await app.call('prefs.get', { key: 'goal' })).toMatchObject({ ok: true, value: { value: 'SAA-C03' } });
    expect((await app.call('prefs.set', { key: 'after', value: 1 })).ok).toBe(true);
    // And the next start opens it (before: "table prefs already exists").
    app.close();
    const again = startApp({ mode: 'web', dataDir: app.dir, kbPath: KB_PATH, root: REPO });
    try {
      expect(await dispatch('prefs.get', { key: 'goal' }, again.ctx)).toMatchObject({ ok: true, value: { value: 'SAA-C03' } });
      expect(again.notices).toEqual([]);
    } finally {
      again.close();
    }
    app.close = (): void => {};
  });

  it('a known version whose tables do not match that version is refused with the differences', async () => {
    app = testApp();
    const r = await app.call('backup.restore', { fileName: 'fake.sqlite', base64: fakeBackup(app.dir, 10).toString('base64') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/not an AWS Study Desk backup of schema 10/);
    expect(r.error.message).toMatch(/table prefs has columns \(x \(no type\)\), expected \(key TEXT NOT NULL PK1/);
    const odd = await app.call('backup.restore', { fileName: 'odd.sqlite', base64: fakeBackup(app.dir, 35).toString('base64') });
    expect(!odd.ok && odd.error.message).toMatch(/schema version 35 is not one the app ever used/);
    expect(leftovers(app.dir)).toEqual([]);
  });

  it('a real backup with an extra table or a changed column is refused too', async () => {
    app = testApp();
    const exp = await app.call('backup.export', {});
    if (!exp.ok) throw new Error(exp.error.message);
    const p = join(app.dir, 'tampered.sqlite');
    writeFileSync(p, Buffer.from(exp.value.base64, 'base64'));
    const t = new Database(p);
    t.exec('CREATE TABLE extra(x INTEGER)');
    t.close();
    const r = await app.call('backup.restore', { fileName: 'tampered.sqlite', base64: readFileSync(p).toString('base64') });
    expect(!r.ok && r.error.message).toMatch(/unexpected table extra/);
  });
});

describe('restore swaps atomically', () => {
  it('restores a backup of an older schema: upgraded in a scratch copy, then swapped in', async () => {
    const t = tempDir('sd-old-');
    cleanups.push(t.cleanup);
    const oldPath = join(t.dir, 'old.sqlite');
    const old = openUserDb(oldPath, { migrations: [MIGRATIONS[0]!] });
    old.db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES ('from', '\"v10\"', 'now')").run();
    old.db.pragma('wal_checkpoint(TRUNCATE)');
    old.db.close();
    app = testApp();
    const r = await app.call('backup.restore', { fileName: 'old.sqlite', base64: readFileSync(oldPath).toString('base64') });
    expect(r.ok, !r.ok ? r.error.message : '').toBe(true);
    if (!r.ok) return;
    expect(r.value.restoredSchemaVersion).toBe(LATEST_VERSION);
    expect(existsSync(r.value.previousSavedAs)).toBe(true);
    expect(await app.call('prefs.get', { key: 'from' })).toMatchObject({ ok: true, value: { value: 'v10' } });
    expect((await app.call('search.query', { q: 'dynamodb' })).ok).toBe(true);
    expect(readdirSync(app.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The progress of the job was recorded.
    const jobs = await app.call('jobs.status', {});
    expect(jobs.ok && jobs.value.find((j) => j.kind === 'backup.restore')).toMatchObject({ state: 'done' });
  });

  it('CI failure of 2026-12-04: a restore right after start waits for the start-up search sync, which holds the live file', async () => {
    const t = tempDir('sd-old-');
    cleanups.push(t.cleanup);
    const oldPath = join(t.dir, 'old.sqlite');
    const old = openUserDb(oldPath, { migrations: [MIGRATIONS[0]!] });
    old.db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES ('from', '\"v10\"', 'now')").run();
    old.db.pragma('wal_checkpoint(TRUNCATE)');
    old.db.close();
    for (let round = 0; round < 3; round++) {
      app?.dispose();
      app = testApp();
      // A fresh app indexes the KB's documents beyond the first slice in a background job with its own connection.
      expect(app.ctx.jobs.running('search.sync').length).toBe(1);
      const r = await app.call('backup.restore', { fileName: 'old.sqlite', base64: readFileSync(oldPath).toString('base64') });
      expect(r.ok, !r.ok ? r.error.message : '').toBe(true);
      const sync = app.ctx.jobs.status().find((j) => j.kind === 'search.sync');
      expect(sync).toMatchObject({ state: 'done' });
      expect(await app.call('prefs.get', { key: 'from' })).toMatchObject({ ok: true, value: { value: 'v10' } });
      expect((await app.call('search.query', { q: 'dynamodb' })).ok).toBe(true);
    }
  });

  it('restores from a file already on disk (how web mode hands over a streamed request body)', async () => {
    app = testApp();
    await app.call('prefs.set', { key: 'k', value: 'in backup' });
    const exp = await app.call('backup.export', {});
    if (!exp.ok) throw new Error(exp.error.message);
    const file = join(app.dir, 'streamed-body.sqlite');
    writeFileSync(file, Buffer.from(exp.value.base64, 'base64'));
    await app.call('prefs.set', { key: 'k', value: 'after' });
    const r = await restoreDatabase(app.ctx, { file });
    expect(existsSync(r.previousSavedAs)).toBe(true);
    expect(existsSync(file)).toBe(true); // copied, not moved: the caller owns its temp file
    expect(await app.call('prefs.get', { key: 'k' })).toMatchObject({ ok: true, value: { value: 'in backup' } });
  });

  it('rolls back when the swapped-in file does not open: the previous database is live again', () => {
    const t = tempDir('sd-swap-');
    cleanups.push(t.cleanup);
    const live = join(t.dir, 'study-desk.sqlite');
    const cur = openUserDb(live);
    cur.db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES ('mine', '1', 'now')").run();
    const other = join(t.dir, 'other.sqlite');
    const o = openUserDb(other);
    o.db.close();
    const candidate = `${live}.restore-1.tmp`;
    writeFileSync(candidate, readFileSync(other));
    const checked = validateBackupFile(candidate);
    let installed: Database.Database | null = null;
    let opens = 0;
    const e = (() => {
      try {
        swapInRestoredFile(cur.db, live, checked.file, (r) => (installed = r.db), (p) => {
          if (opens++ === 0) throw new Error('simulated: the new file does not open');
          return openUserDb(p);
        });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toMatch(/previous database was put back/);
    expect(installed).not.toBeNull();
    expect(installed!.prepare("SELECT value FROM prefs WHERE key = 'mine'").get()).toEqual({ value: '1' });
    installed!.close();
    expect(readdirSync(t.dir).filter((n) => n.includes('before-restore'))).toEqual([]);
  });
});
