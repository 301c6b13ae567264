import { statfsSync } from 'node:fs';
import { AppError } from '../../shared/result';

/**
 * Why a database could not be opened or read. Only `corrupt` is a property of the file itself; every other
 * kind is about the disk, the folder or another program, and the file must stay exactly where it is.
 */
export type DbFailureKind = 'corrupt' | 'full' | 'locked' | 'readonly' | 'permission' | 'cantopen' | 'io' | 'unknown';

/** The `code` of a better-sqlite3 SqliteError (extended codes like SQLITE_IOERR_SHORT_READ) or a Node fs error. */
function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Classifies an error from SQLite or the file system. Corruption needs SQLite's own verdict. */
export function classifyDbError(e: unknown): DbFailureKind {
  const code = codeOf(e);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readonly';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return 'cantopen';
  // better-sqlite3 checks the folder itself and throws a plain TypeError without a code.
  if (!code && /directory does not exist/i.test((e as Error | null)?.message ?? '')) return 'cantopen';
  // Extended I/O codes that mean "no space" on some platforms.
  if (code === 'SQLITE_IOERR_WRITE' && /no space|disk is full/i.test((e as Error).message)) return 'full';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return 'unknown';
}

/** Below this much free space an I/O failure is taken for a full disk (SQLite reports ENOSPC on -shm as IOERR_SHMSIZE). */
const LOW_SPACE_BYTES = 1024 * 1024;

/** Refines an I/O-ish failure by asking the file system how much room is left in `dir`. */
export function classifyWithDisk(e: unknown, dir: string): DbFailureKind {
  const kind = classifyDbError(e);
  if (kind !== 'io' && kind !== 'cantopen' && kind !== 'unknown') return kind;
  try {
    const s = statfsSync(dir);
    if (s.bavail * s.bsize < LOW_SPACE_BYTES) return 'full';
  } catch {
    /* no statfs (or no folder): keep SQLite's word */
  }
  return kind;
}

/** What the user reads when their database is there but cannot be used right now. Says that nothing moved. */
export function unavailableMessage(kind: DbFailureKind, path: string, detail: string, isNew = false): string {
  const kept = isNew
    ? `No database existed yet at ${path}, and none was left behind.`
    : `Your data was not moved or changed: it is still in ${path}.`;
  switch (kind) {
    case 'full':
      return `The disk holding your study database is full, so it cannot be opened or written. ${kept} Free some disk space and start AWS Study Desk again.`;
    case 'locked':
      return `Your study database is locked by another program (perhaps another copy of AWS Study Desk, a sync tool or a backup tool). ${kept} Close that program and start again.`;
    case 'readonly':
      return `Your study database or its folder is read-only, and AWS Study Desk needs to write there (the database, its -wal and -shm files). ${kept} Make the folder writable, or start with --data-dir pointing to a writable folder.`;
    case 'permission':
      return `AWS Study Desk is not allowed to read or write your study database or its folder. ${kept} Check the folder's owner and permissions.`;
    case 'cantopen':
      return `Your study database could not be opened (the file or its folder cannot be reached: ${detail}). ${kept} Check that the folder exists and is writable.`;
    case 'io':
      return `A disk error occurred while reading your study database (${detail}). ${kept} Check the disk, then start again.`;
    default:
      return `Your study database could not be opened (${detail}). ${kept}`;
  }
}

/** Start-up refused because the database is unavailable (never because it is corrupt: that one is moved aside). */
export class DbUnavailableError extends AppError {
  readonly kind: DbFailureKind;
  readonly path: string;
  constructor(kind: DbFailureKind, path: string, cause: unknown, isNew = false) {
    const detail = `${codeOf(cause) || 'error'}: ${(cause as Error)?.message ?? String(cause)}`;
    super('UNAVAILABLE', unavailableMessage(kind, path, detail, isNew));
    this.name = 'DbUnavailableError';
    this.kind = kind;
    this.path = path;
  }
}

/** SQLite found damage while the app was running (a read failed with SQLITE_CORRUPT, or a check failed). */
export class DbCorruptError extends AppError {
  constructor(detail: string) {
    super(
      'UNAVAILABLE',
      `Part of your study database is damaged (${detail}). Changes are not saved until this is resolved, so the damage ` +
        'cannot spread. Use "Export what can be read" in About → Backup to save every readable row into a new file.',
    );
    this.name = 'DbCorruptError';
  }
}
