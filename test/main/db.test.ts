import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openUserDb } from '../../src/main/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { AppError } from '../../src/shared/result';
import { tempDir } from '../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function tmp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('openUserDb', () => {
  it('creates a new database with WAL, foreign keys and the latest schema', () => {
    const path = join(tmp(), 'nested', 'u.sqlite');
    const { db, schemaVersion, fromVersion } = openUserDb(path);
    expect(fromVersion).toBe(0);
    expect(schemaVersion).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('mmap_size', { simple: true })).toBe(1073741824);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database newer than the app and leaves it untouched', () => {
    const path = join(tmp(), 'u.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE keepme(x INTEGER)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1000}`);
    raw.close();
    expect(() => openUserDb(path)).toThrowError(/newer version/);
    try {
      openUserDb(path);
    } catch (e) {
      expect((e as AppError).code).toBe('CONFLICT');
    }
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1000);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'keepme'").get()).toBeTruthy();
    check.close();
  });

  it('moves a corrupt file aside and starts fresh', () => {
    const dir = tmp();
    const path = join(dir, 'u.sqlite');
    writeFileSync(path, 'this is not a database'.repeat(200));
    const r = openUserDb(path);
    expect(r.movedAside).toMatch(/u\.sqlite\.corrupt-/);
    expect(existsSync(r.movedAside!)).toBe(true);
    expect(r.schemaVersion).toBe(LATEST_VERSION);
    r.db.close();
  });

  it('backs up before migrating an older database, and keeps its data', () => {
    const dir = tmp();
    const path = join(dir, 'u.sqlite');
    const first = MIGRATIONS[0]!;
    const old = openUserDb(path, { migrations: [first] });
    old.db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES ('k', '\"v\"', 'now')").run();
    old.db.close();
    const extra = { version: first.version + 1, name: 'extra', up: 'CREATE TABLE extra(x INTEGER) STRICT;' };
    const r = openUserDb(path, { migrations: [first, extra] });
    expect(r.fromVersion).toBe(first.version);
    expect(r.schemaVersion).toBe(extra.version);
    expect(r.backupPath && existsSync(r.backupPath)).toBe(true);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    expect(r.db.prepare("SELECT value FROM prefs WHERE key = 'k'").get()).toEqual({ value: '"v"' });
    r.db.close();
    const backup = new Database(r.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(first.version);
    backup.close();
  });

  it('rolls back a failing migration completely', () => {
    const path = join(tmp(), 'u.sqlite');
    const first = MIGRATIONS[0]!;
    openUserDb(path, { migrations: [first] }).db.close();
    const bad = { version: first.version + 1, name: 'bad', up: 'CREATE TABLE half(x INTEGER); SELECT * FROM nope;' };
    expect(() => openUserDb(path, { migrations: [first, bad] })).toThrow(/nope/);
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(first.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('migrate() is idempotent', () => {
    const { db } = openUserDb(join(tmp(), 'u.sqlite'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION);
    db.close();
  });
});
