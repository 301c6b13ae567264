import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/result';
import { LATEST_VERSION } from './migrations';
import { openUserDb, type Db } from './open';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** A consistent snapshot of the user database as bytes (VACUUM INTO a temp file). */
export function exportBackup(db: Db, tmpDir: string): { bytes: Buffer; schemaVersion: number } {
  mkdirSync(tmpDir, { recursive: true });
  const file = join(tmpDir, `export-${process.pid}-${Date.now()}.sqlite`);
  try {
    db.prepare('VACUUM INTO ?').run(file);
    return { bytes: readFileSync(file), schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Checks a backup before it may replace anything: a SQLite file, passes integrity_check, a schema this app
 * knows (not newer), and our tables. Throws a specific AppError otherwise.
 */
export function validateBackup(bytes: Buffer, checkDir: string): { file: string; schemaVersion: number } {
  if (bytes.length < 512 || bytes.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC)
    throw new AppError('BAD_INPUT', 'This file is not an AWS Study Desk backup (not a SQLite database). Nothing was changed.');
  mkdirSync(checkDir, { recursive: true });
  const file = join(checkDir, `restore-check-${process.pid}-${Date.now()}.sqlite`);
  writeFileSync(file, bytes);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BAD_INPUT', `The backup is damaged (${String(integrity)}). Nothing was changed.`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION)
      throw new AppError('CONFLICT', `The backup comes from a newer version of the app (schema ${version}). Update the app first. Nothing was changed.`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    for (const t of ['prefs', 'meta', 'search_docs'])
      if (!tables.has(t)) throw new AppError('BAD_INPUT', `The file is a SQLite database but not an AWS Study Desk backup (no ${t} table). Nothing was changed.`);
    db.close();
    db = null;
    return { file, schemaVersion: version };
  } catch (e) {
    db?.close();
    rmSync(file, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('BAD_INPUT', `The backup could not be read: ${(e as Error).message}. Nothing was changed.`);
  }
}

/**
 * Replaces the live database with a validated backup: the current file is kept as
 * `<name>.before-restore-<time>`, the backup is migrated to the current schema and reopened.
 */
export function restoreBackup(current: Db, livePath: string, validatedFile: string): { db: Db; previousSavedAs: string; schemaVersion: number } {
  const previousSavedAs = `${livePath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  current.pragma('wal_checkpoint(TRUNCATE)');
  current.close();
  renameSync(livePath, previousSavedAs);
  for (const ext of ['-wal', '-shm']) if (existsSync(livePath + ext)) rmSync(livePath + ext);
  mkdirSync(dirname(livePath), { recursive: true });
  renameSync(validatedFile, livePath);
  const opened = openUserDb(livePath);
  return { db: opened.db, previousSavedAs, schemaVersion: opened.schemaVersion };
}
