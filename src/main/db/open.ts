import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/result';
import { classifyDbError, classifyWithDisk, DbUnavailableError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenResult {
  db: Db;
  /** Schema version after migrating. */
  schemaVersion: number;
  /** Version found on disk before migrating (0 for a new file). */
  fromVersion: number;
  /** Where a corrupt file was moved, when one was (kept, never deleted). */
  movedAside?: string;
  /** SQLite's words for the damage that got the file moved aside. */
  corruptDetail?: string;
  /** The file was 0 bytes and was started as a new database; copies of earlier data found nearby. */
  emptyFile?: { recoverable: string[] };
  /** The file was too large to check at start-up: the caller should run a background check. */
  quickCheckSkipped: boolean;
  /** Backup written before migrating an existing database. */
  backupPath?: string;
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Native binding for Electron's ABI (see scripts/rebuild-electron.mjs). */
  nativeBinding?: string;
  /** Folder for pre-migration backups; default `<db folder>/backups`. */
  backupDir?: string;
  now?: () => Date;
  /** How long to wait for another connection's lock (SQLite busy_timeout); default 5 s. */
  busyTimeoutMs?: number;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** Applies connection settings every open needs. FULL sync: an acknowledged answer survives a crash. */
export function configure(db: Db, busyTimeoutMs = 5000): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -65536'); // 64 MiB: FTS5 segment merges during big imports
  // Reads through a memory map (address space only, pages come from the OS cache): ranked search over
  // 100k notes is ~10% faster at p50/p95 without a read() call and page copy per doclist page. Writes
  // still go through the WAL, so durability is unchanged.
  db.pragma('mmap_size = 1073741824');
}

/** Above this size start-up skips the O(n) quick_check (3 s for a 250 MB database); a background check runs instead. */
export const QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024;

/** Marks damage that SQLite reported as a check result rather than an error code. */
class CheckFailed extends Error {
  readonly code = 'SQLITE_CORRUPT';
}

/** Reads the version, or throws SQLite's own error: the caller classifies it (corrupt or unavailable). */
function probe(path: string, opts: OpenOptions): { version: number; quickChecked: boolean } {
  const db = new Database(path, { fileMustExist: true, nativeBinding: opts.nativeBinding, timeout: opts.busyTimeoutMs ?? 5000 });
  try {
    // Reading the schema fails fast on a file that is not a database or has a damaged header/schema.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const quickChecked = statSync(path).size <= QUICK_CHECK_MAX_BYTES;
    if (quickChecked) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new CheckFailed(`quick_check: ${String(check)}`);
    }
    return { version: db.pragma('user_version', { simple: true }) as number, quickChecked };
  } finally {
    db.close();
  }
}

/** Moves a proven-corrupt file (and its -wal/-shm, which belong to it) aside; nothing is deleted. */
export function moveAside(path: string, now: Date): string {
  const target = `${path}.corrupt-${stamp(now)}`;
  renameSync(path, target);
  for (const ext of ['-wal', '-shm']) if (existsSync(path + ext)) renameSync(path + ext, target + ext);
  return target;
}

/** Copies of the user's data next to the live file (moved-aside, pre-restore and pre-migration), newest first. */
export function recoverableCopies(path: string): string[] {
  const dir = dirname(path);
  const base = basename(path);
  const found: string[] = [];
  const list = (d: string, keep: (n: string) => boolean): void => {
    try {
      for (const n of readdirSync(d)) if (keep(n)) found.push(join(d, n));
    } catch {
      /* folder missing or unreadable: nothing to list */
    }
  };
  list(dir, (n) => (n.startsWith(`${base}.corrupt-`) || n.startsWith(`${base}.before-restore-`)) && !/-(wal|shm)$/.test(n));
  list(join(dir, 'backups'), (n) => n.endsWith('.sqlite'));
  const mtime = (f: string): number => {
    try {
      return statSync(f).mtimeMs;
    } catch {
      return 0;
    }
  };
  return found.sort((a, b) => mtime(b) - mtime(a));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** Runs pending migrations, each in its own transaction, and returns the new version. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest)
    throw new AppError(
      'CONFLICT',
      `This database was written by a newer version of AWS Study Desk (schema ${current}; this app knows up to ${latest}). ` +
        'Update the app, or move the file aside to start fresh. Nothing was changed.',
    );
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of sorted) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

/** Turns a failure into the error start-up shows: unavailable kinds say the file stayed; others pass through. */
function unavailableOr(e: unknown, path: string, isNew = false): unknown {
  if (e instanceof AppError) return e;
  const kind = classifyWithDisk(e, dirname(path));
  return kind === 'unknown' || kind === 'corrupt' ? e : new DbUnavailableError(kind, path, e, isNew);
}

/**
 * Opens (creating if needed) the user's database. Only proven corruption (SQLITE_CORRUPT/NOTADB or a failed
 * quick_check) moves the file aside; a full disk, a lock, a read-only folder or missing permission throw a
 * DbUnavailableError and leave every file where it was. Refuses a database newer than the app, backs up
 * before migrating, then migrates.
 */
export function openUserDb(path: string, opts: OpenOptions = {}): OpenResult {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = opts.migrations ? migrations.reduce((v, m) => Math.max(v, m.version), 0) : LATEST_VERSION;
  const now = opts.now ?? ((): Date => new Date());
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw unavailableOr(e, path, true);
  }
  let movedAside: string | undefined;
  let corruptDetail: string | undefined;
  let emptyFile: OpenResult['emptyFile'];
  let fromVersion = 0;
  let quickCheckSkipped = false;
  const existed = existsSync(path);
  // A 0-byte file holds nothing (SQLite treats it as a new database), but it is not what a healthy app leaves
  // behind: a previous start may have died writing it. Start fresh in it, and say so with the copies found.
  if (existed && sizeOf(path) === 0 && sizeOf(`${path}-wal`) <= 0) emptyFile = { recoverable: recoverableCopies(path) };
  else if (existed) {
    try {
      const p = probe(path, opts);
      fromVersion = p.version;
      quickCheckSkipped = !p.quickChecked;
    } catch (e) {
      if (classifyDbError(e) !== 'corrupt') throw unavailableOr(e, path);
      corruptDetail = `${(e as { code?: string }).code ?? 'SQLITE_CORRUPT'}: ${(e as Error).message}`;
      try {
        movedAside = moveAside(path, now());
      } catch (moveErr) {
        throw unavailableOr(moveErr, path);
      }
    }
  }
  if (fromVersion > latest) {
    // Refuse before touching anything (the probe above only read it).
    throw new AppError(
      'CONFLICT',
      `The database at ${path} was written by a newer version of AWS Study Desk (schema ${fromVersion}; ` +
        `this app knows up to ${latest}). Update the app; your data was not changed.`,
    );
  }
  const createsFile = !existsSync(path);
  let db: Db | null = null;
  let backupPath: string | undefined;
  let backupDone = false;
  try {
    db = new Database(path, { nativeBinding: opts.nativeBinding, timeout: opts.busyTimeoutMs ?? 5000 });
    configure(db, opts.busyTimeoutMs);
    if (fromVersion > 0 && fromVersion < latest) {
      const dir = opts.backupDir ?? join(dirname(path), 'backups');
      mkdirSync(dir, { recursive: true });
      backupPath = join(dir, `study-desk-v${fromVersion}-${stamp(now())}.sqlite`);
      db.prepare('VACUUM INTO ?').run(backupPath);
      backupDone = true;
    }
    const schemaVersion = migrate(db, migrations);
    return {
      db,
      schemaVersion,
      fromVersion,
      quickCheckSkipped,
      ...(movedAside ? { movedAside, corruptDetail } : {}),
      ...(backupPath ? { backupPath } : {}),
      ...(emptyFile ? { emptyFile } : {}),
    };
  } catch (e) {
    db?.close();
    // Damage the start-up probe did not reach (a large file is not quick_checked) met while migrating is
    // proven corruption too: move the file aside like any other, once, and start fresh.
    if (classifyDbError(e) === 'corrupt' && existed && !movedAside && !emptyFile) {
      if (backupPath && !backupDone) rmSync(backupPath, { force: true });
      let aside: string;
      try {
        aside = moveAside(path, now());
      } catch (moveErr) {
        throw unavailableOr(moveErr, path);
      }
      const fresh = openUserDb(path, opts);
      return { ...fresh, movedAside: aside, corruptDetail: `${(e as { code?: string }).code ?? 'SQLITE_CORRUPT'}: ${(e as Error).message}` };
    }
    // A half-written pre-migration backup is useless; a database file this call created and could not even
    // initialise must not stay behind as a 0-byte file that the next start would take for a new database.
    if (backupPath && !backupDone) rmSync(backupPath, { force: true });
    const leftEmpty = createsFile && sizeOf(path) <= 0;
    if (leftEmpty) for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(path + ext, { force: true });
    // Could not start a fresh database after moving a damaged one aside: put it back, so the next start
    // finds things as they were and the message below is true.
    if (movedAside && !existsSync(path)) {
      try {
        renameSync(movedAside, path);
        for (const ext of ['-wal', '-shm']) if (existsSync(movedAside + ext)) renameSync(movedAside + ext, path + ext);
      } catch {
        /* the damaged file stays at movedAside; nothing is lost */
      }
    }
    throw unavailableOr(e, path, leftEmpty && !movedAside);
  }
}

/** Opens the bundled knowledge base read-only; an app update replaces this file, never user data. */
export function openKbDb(path: string, nativeBinding?: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  db.pragma('query_only = ON');
  return db;
}
