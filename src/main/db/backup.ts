import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/result';
import { classifyDbError, unavailableMessage } from './errors';
import { LATEST_VERSION } from './migrations';
import { configure, migrate, openUserDb, type Db, type OpenResult } from './open';
import { knownVersions, schemaDifferences } from './schema';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const UNCHANGED = 'Your current data was not changed.';

function stamp(d: Date = new Date()): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

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

/** Flushes a file (and the folder entry that names it) to disk, so a rename that follows is durable. */
export function fsyncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    /* folders cannot be fsynced on every platform (Windows): the rename is still atomic */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function refuse(what: string): AppError {
  return new AppError('BAD_INPUT', `${what} ${UNCHANGED}`);
}

export interface ValidatedBackup {
  /** The checked copy, migrated to this build's schema, fsynced, closed: ready to be renamed into place. */
  file: string;
  /** The version the backup was written with. */
  schemaVersion: number;
  migratedTo: number;
}

/**
 * Checks a backup copy completely before it may replace anything, then upgrades that copy (never the live
 * file): it must be a SQLite file that opens read-only, pass integrity_check, carry a schema version this build
 * knows, and have exactly that version's tables, columns, indexes and triggers (compared with the migrations run
 * in a scratch in-memory database); then it must migrate cleanly to the current schema. Throws an AppError that
 * says what is wrong with the file; on any failure the copy is deleted and nothing else was touched.
 */
export function validateBackupFile(file: string, onStep: (step: string) => void = (): void => {}): ValidatedBackup {
  try {
    const head = Buffer.alloc(16);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (statSync(file).size < 512 || head.toString('latin1') !== SQLITE_MAGIC)
      throw refuse('This file is not an AWS Study Desk backup: it is not a SQLite database.');
    let version: number;
    onStep('checking integrity');
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const integrity = ro.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw refuse(`The backup is damaged: integrity_check reports "${String(integrity)}".`);
      version = ro.pragma('user_version', { simple: true }) as number;
      const known = knownVersions();
      if (version > LATEST_VERSION)
        throw new AppError(
          'CONFLICT',
          `The backup comes from a newer version of the app (schema ${version}; this app knows up to ${LATEST_VERSION}). Update the app first. ${UNCHANGED}`,
        );
      if (!known.includes(version))
        throw refuse(
          version === 0
            ? 'This file is a SQLite database but not an AWS Study Desk backup: its schema version is 0, which the app never writes (every backup carries the version of the schema it was made with).'
            : `This file is a SQLite database but not an AWS Study Desk backup: schema version ${version} is not one the app ever used (${known.join(', ')}).`,
        );
      onStep('comparing the schema');
      const diffs = schemaDifferences(ro, version);
      if (diffs.length)
        throw refuse(
          `This file is a SQLite database but not an AWS Study Desk backup of schema ${version}: ${diffs.slice(0, 5).join('; ')}` +
            `${diffs.length > 5 ? `; and ${diffs.length - 5} more differences` : ''}.`,
        );
    } finally {
      ro.close();
    }
    onStep('upgrading the copy');
    const rw = new Database(file, { fileMustExist: true });
    try {
      configure(rw);
      let migratedTo: number;
      try {
        migratedTo = migrate(rw);
      } catch (e) {
        throw refuse(`The backup (schema ${version}) does not upgrade cleanly to schema ${LATEST_VERSION}: ${(e as Error).message}.`);
      }
      const fk = rw.pragma('foreign_key_check') as unknown[];
      if (fk.length) throw refuse(`The backup has ${fk.length} rows that point at rows it does not contain (foreign_key_check).`);
      const cp = rw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (cp[0]?.busy) throw new AppError('UNAVAILABLE', `The backup copy is in use by another program. ${UNCHANGED}`);
      rw.pragma('journal_mode = DELETE'); // leaves one self-contained file for the rename (no -wal beside it)
      return { file, schemaVersion: version, migratedTo };
    } finally {
      rw.close();
      fsyncPath(file);
    }
  } catch (e) {
    for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(file + ext, { force: true });
    if (e instanceof AppError) throw e;
    const kind = classifyDbError(e);
    if (kind === 'corrupt') throw refuse(`The backup is damaged: ${(e as Error).message}.`);
    if (kind !== 'unknown') throw new AppError('UNAVAILABLE', `The backup could not be checked: ${unavailableMessage(kind, file, (e as Error).message)}`);
    throw refuse(`The backup could not be read: ${(e as Error).message}.`);
  }
}

/** Keeps the live file under a second name: a hard link (instant, same bytes), or a copy where links are not possible. */
function keepAside(livePath: string, target: string): void {
  try {
    linkSync(livePath, target);
  } catch {
    copyFileSync(livePath, target);
    fsyncPath(target);
  }
}

/**
 * Replaces the live database with a validated, upgraded copy in the same folder, atomically: the live file is
 * first kept as `<name>.before-restore-<time>` (a hard link: the bytes never move), the copy is renamed over
 * the live name (one atomic step: at every instant the live name holds a complete database), and the result
 * is opened. If it does not open, the previous file is put back. `current` is closed here; `install` receives
 * whichever connection is live afterwards (the restored one, or the previous one again on failure).
 */
export function swapInRestoredFile(
  current: Db,
  livePath: string,
  validatedFile: string,
  install: (opened: OpenResult) => void,
  open: (path: string) => OpenResult = (p): OpenResult => openUserDb(p),
): { previousSavedAs: string; schemaVersion: number } {
  const giveUp = (e: unknown, what: string): AppError => {
    rmSync(validatedFile, { force: true });
    return e instanceof AppError ? e : new AppError('UNAVAILABLE', `${what} (${(e as Error).message}). ${UNCHANGED}`);
  };
  // Fold the WAL into the main file so the kept copy is complete on its own.
  const cp = current.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (cp[0]?.busy) throw giveUp(new AppError('UNAVAILABLE', `The database is busy (another connection is reading or writing); try again in a moment. ${UNCHANGED}`), '');
  current.close();
  const previousSavedAs = `${livePath}.before-restore-${stamp()}`;
  try {
    if (existsSync(`${livePath}-wal`) && statSync(`${livePath}-wal`).size > 0)
      throw new AppError('UNAVAILABLE', `Another program still has the database open (its -wal file is not empty). ${UNCHANGED}`);
    keepAside(livePath, previousSavedAs);
  } catch (e) {
    install(open(livePath));
    throw giveUp(e, 'The current database could not be kept aside');
  }
  for (const ext of ['-wal', '-shm']) rmSync(livePath + ext, { force: true });
  renameSync(validatedFile, livePath);
  fsyncPath(dirname(livePath));
  let opened: OpenResult;
  try {
    opened = open(livePath);
  } catch (e) {
    // Roll back: the kept file becomes the live one again.
    for (const ext of ['-wal', '-shm']) rmSync(livePath + ext, { force: true });
    renameSync(previousSavedAs, livePath);
    fsyncPath(dirname(livePath));
    install(open(livePath));
    throw new AppError(
      'BAD_INPUT',
      `The restored database could not be opened (${(e as Error).message}), so your previous database was put back. ${UNCHANGED}`,
    );
  }
  install(opened);
  return { previousSavedAs, schemaVersion: opened.schemaVersion };
}
