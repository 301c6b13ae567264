/**
 * Issue 15 item 4: damage in a database over 32 MB (where start-up skips quick_check) is found by a
 * background check or by the first read that hits it; the user is told, writes stop, and "export what can be
 * read" saves every readable row into a file that restores cleanly.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from '../../src/main/app';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openUserDb, QUICK_CHECK_MAX_BYTES } from '../../src/main/db/open';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { RequestOf, ResponseOf } from '../../src/shared/ipc/api';
import type { Channel } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/result';
import { KB_PATH, REPO } from '../helpers/app';
import { corruptPage, leafPagesOf } from '../helpers/corrupt';
import { tempDir } from '../helpers/tmp';

const ROWS = 21_000; // 1.5 KB each: two rows per 4 KB page, ~35 MB in all
let template = '';
let damagedKey = '';
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

beforeAll(() => {
  const t = tempDir('sd-big-');
  const path = join(t.dir, 'template.sqlite');
  const { db } = openUserDb(path);
  const ins = db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, 'now')");
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) ins.run(`row.${String(i).padStart(6, '0')}`, JSON.stringify(`${i}:`.padEnd(1500, 'x')));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  expect(statSync(path).size).toBeGreaterThan(QUICK_CHECK_MAX_BYTES);
  // Damage one page in the middle of the prefs table.
  const leaves = leafPagesOf(path, 'prefs');
  const page = leaves[Math.floor(leaves.length / 2)]!;
  const ro = new Database(path, { readonly: true });
  // A key stored on that page (dbstat gives pages, rowids give keys: rows were inserted in order).
  damagedKey = `row.${String(Math.floor(leaves.length / 2) * 2 + 1).padStart(6, '0')}`;
  ro.close();
  corruptPage(path, page);
  template = path;
  return t.cleanup;
});

function bigDamagedApp(backgroundCheck: boolean): AppHandle & { call: <C extends Channel>(c: C, r: RequestOf<C>) => Promise<Result<ResponseOf<C>>> } {
  const t = tempDir('sd-dmg-');
  cleanups.push(t.cleanup);
  copyFileSync(template, join(t.dir, 'study-desk.sqlite'));
  const app = startApp({ mode: 'web', dataDir: t.dir, kbPath: KB_PATH, root: REPO, backgroundCheck });
  // Background checks end on their own (workers are never killed mid-query): wait, then close.
  cleanups.unshift(async () => {
    await app.ctx.jobs.idle();
    app.close();
  });
  return { ...app, call: (c, r) => dispatch(c, r, app.ctx) as never };
}

describe('damage in a large database', () => {
  it('start-up is not slowed (no check, no notice), the background check finds it, and writes stop', async () => {
    const app = bigDamagedApp(true);
    expect(app.notices).toEqual([]); // nothing known yet: the file was not moved aside
    expect(app.ctx.userDb.movedAside).toBeUndefined();
    expect(app.backgroundCheck).not.toBeNull();
    // Reads keep working while the check runs.
    expect(await app.call('prefs.get', { key: 'row.000000' })).toMatchObject({ ok: true });
    const outcome = await app.backgroundCheck;
    expect(outcome?.ok).toBe(false);
    const notices = await app.call('app.notices', {});
    if (!notices.ok) throw new Error(notices.error.message);
    const n = notices.value.find((x) => x.id === 'db-damaged');
    expect(n?.text).toMatch(/found damage/);
    expect(n?.action).toMatchObject({ kind: 'salvage', source: 'live' });
    const w = await app.call('prefs.set', { key: 'new', value: 1 });
    expect(!w.ok && w.error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/damaged.*Export what can be read/) });
    // Intact rows still read.
    expect(await app.call('prefs.get', { key: 'row.000001' })).toMatchObject({ ok: true, value: { value: expect.stringMatching(/^1:/) } });
  });

  it('a read that hits the damage says so, raises the notice, and export points to "export what can be read"', async () => {
    const app = bigDamagedApp(false);
    const r = await app.call('prefs.get', { key: damagedKey });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('UNAVAILABLE');
    expect(r.error.message).toMatch(/damaged/);
    expect(app.ctx.notices.has('db-damaged')).toBe(true);
    const exp = await app.call('backup.export', {});
    expect(!exp.ok && exp.error.message).toMatch(/Export what can be read/);
  });

  it('"export what can be read" keeps every readable row and the result restores cleanly', async () => {
    const app = bigDamagedApp(false);
    const s = await app.call('backup.salvage', { source: 'live' });
    if (!s.ok) throw new Error(s.error.message);
    const prefs = s.value.tables.find((t) => t.name === 'prefs')!;
    expect(prefs.rowsCopied).toBeGreaterThanOrEqual(ROWS - 4);
    expect(prefs.rowsCopied).toBeLessThan(ROWS);
    expect(prefs.rowsCopied + prefs.rowsLost).toBe(ROWS);
    const r = await app.call('backup.restore', { fileName: s.value.fileName, base64: s.value.base64 });
    expect(r.ok, !r.ok ? r.error.message : '').toBe(true);
    // Restored: the damage notice is gone and writes work again.
    expect(app.ctx.notices.has('db-damaged')).toBe(false);
    expect((await app.call('prefs.set', { key: 'after-restore', value: 1 })).ok).toBe(true);
    expect(await app.call('prefs.get', { key: 'row.020999' })).toMatchObject({ ok: true });
  });

  it('damage met while upgrading a large older database moves it aside like start-up damage', () => {
    const t = tempDir('sd-oldbig-');
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'study-desk.sqlite');
    const { db } = openUserDb(path, { migrations: [MIGRATIONS[0]!] });
    const ins = db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, 'now')");
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) ins.run(`r${i}`, JSON.stringify('z'.repeat(1500)));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const leaves = leafPagesOf(path, 'prefs');
    corruptPage(path, leaves[Math.floor(leaves.length / 2)]!);
    // Too large for the start-up check; the pre-migration backup (VACUUM INTO) reads every page and meets it.
    const app = startApp({ mode: 'web', dataDir: t.dir, kbPath: KB_PATH, root: REPO, backgroundCheck: false });
    try {
      expect(app.ctx.userDb.movedAside).toMatch(/\.corrupt-/);
      expect(app.notices.join('\n')).toMatch(/was damaged .*SQLITE_CORRUPT/);
      expect(readdirSync(join(t.dir, 'backups'))).toEqual([]); // no half-written backup left behind
    } finally {
      app.close();
    }
  });

  it('salvages the file moved aside at start-up, when a small database was found corrupt', async () => {
    const t = tempDir('sd-aside-');
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'study-desk.sqlite');
    const { db } = openUserDb(path);
    const ins = db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, 'now')");
    db.transaction(() => {
      for (let i = 0; i < 400; i++) ins.run(`k${i}`, JSON.stringify('y'.repeat(1500)));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    corruptPage(path, leafPagesOf(path, 'prefs')[5]!);
    const app = startApp({ mode: 'web', dataDir: t.dir, kbPath: KB_PATH, root: REPO });
    cleanups.unshift(async () => {
      await app.ctx.jobs.idle();
      app.close();
    });
    expect(app.ctx.userDb.movedAside).toBeTruthy();
    const s = await dispatch('backup.salvage', { source: 'movedAside' }, app.ctx);
    if (!s.ok) throw new Error(s.error.message);
    const v = s.value as ResponseOf<'backup.salvage'>;
    const prefs = v.tables.find((x) => x.name === 'prefs')!;
    expect(prefs.rowsCopied).toBeGreaterThan(390);
    const out = join(t.dir, 'salvaged.sqlite');
    writeFileSync(out, Buffer.from(v.base64, 'base64'));
    const check = new Database(out, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});
