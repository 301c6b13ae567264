import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/main/db/migrations';
import { testApp } from '../helpers/app';

let app: ReturnType<typeof testApp> | null = null;
afterEach(() => {
  app?.dispose();
  app = null;
});

describe('backup and restore', () => {
  it('exports one file and restores it, keeping the replaced database aside', async () => {
    app = testApp();
    await app.call('prefs.set', { key: 'study.goal', value: 'SAA-C03 in March' });
    const exp = await app.call('backup.export', {});
    expect(exp.ok).toBe(true);
    if (!exp.ok) return;
    expect(Buffer.from(exp.value.base64, 'base64').subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(exp.value.schemaVersion).toBe(LATEST_VERSION);

    await app.call('prefs.set', { key: 'study.goal', value: 'changed after backup' });
    const res = await app.call('backup.restore', { fileName: exp.value.fileName, base64: exp.value.base64 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(existsSync(res.value.previousSavedAs)).toBe(true);
    expect(await app.call('prefs.get', { key: 'study.goal' })).toMatchObject({ ok: true, value: { value: 'SAA-C03 in March' } });
    // The replaced database still holds the newer value: nothing was lost.
    const prev = new Database(res.value.previousSavedAs, { readonly: true });
    expect(prev.prepare("SELECT value FROM prefs WHERE key = 'study.goal'").get()).toEqual({ value: '"changed after backup"' });
    prev.close();
    // Search still works after the swap (KB part re-synced).
    const s = await app.call('search.query', { q: 'dynamodb' });
    expect(s.ok).toBe(true);
  });

  it('refuses files that are not backups, damaged, or from a newer app — and changes nothing', async () => {
    app = testApp();
    await app.call('prefs.set', { key: 'k', value: 1 });
    const cases: [string, Buffer, RegExp][] = [];
    cases.push(['text', Buffer.from('hello world'.repeat(100)), /not an AWS Study Desk backup/]);
    // A valid SQLite file from some other app.
    const other = join(app.dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE photos(id INTEGER)');
    o.close();
    cases.push(['other sqlite', Buffer.from(readFileSync(other)), /schema version is 0/]);
    // A newer schema.
    const exp = await app.call('backup.export', {});
    if (!exp.ok) throw new Error('export failed');
    const newerPath = join(app.dir, 'newer.sqlite');
    writeFileSync(newerPath, Buffer.from(exp.value.base64, 'base64'));
    const n = new Database(newerPath);
    n.pragma(`user_version = ${LATEST_VERSION + 50}`);
    n.close();
    cases.push(['newer', Buffer.from(readFileSync(newerPath)), /newer version/]);
    // A damaged file: valid header, garbage pages.
    const damaged = Buffer.from(exp.value.base64, 'base64');
    damaged.fill(0x55, 4096, Math.min(damaged.length, 4096 * 3));
    cases.push(['damaged', damaged, /damaged|could not be read|not an AWS/]);
    for (const [name, bytes, re] of cases) {
      const r = await app.call('backup.restore', { fileName: `${name}.sqlite`, base64: bytes.toString('base64') });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.message, name).toMatch(re);
    }
    expect(await app.call('prefs.get', { key: 'k' })).toMatchObject({ ok: true, value: { value: 1 } });
  });
});
