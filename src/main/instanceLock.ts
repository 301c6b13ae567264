/**
 * One writer per user database across processes: desktop, web mode and the import CLI take a lock file
 * next to the database before opening it. The file names the holder (pid, mode, start time), so a second
 * process can say exactly who has the data folder. A lock whose process is gone is stale and taken over.
 *
 * Why a lock file and not SQLite's own locks: SQLite serialises single writes, but two app processes would
 * each keep their own caches, notices and background jobs over one file; users get two "truths".
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../shared/result';

export const LOCK_FILE_NAME = 'study-desk.lock';

export interface LockHolder {
  pid: number;
  mode: string;
  startedAt: string;
  host: string;
}

export interface InstanceLock {
  path: string;
  release(): void;
}

/** Lock paths this process holds, with their reference counts (tests and CLIs open one folder twice). */
const held = new Map<string, number>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockHolder(dir: string): LockHolder | null {
  try {
    const v = JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
    return { pid: v.pid, mode: String(v.mode ?? 'unknown'), startedAt: String(v.startedAt ?? ''), host: String(v.host ?? '') };
  } catch {
    return null;
  }
}

export function describeHolder(h: LockHolder): string {
  const what = h.mode === 'electron' ? 'the desktop app' : h.mode === 'web' ? 'web mode' : h.mode === 'cli' ? 'a command-line import' : `"${h.mode}"`;
  return `${what} (process ${h.pid}, started ${h.startedAt || 'at an unknown time'})`;
}

/**
 * Takes the data folder's writer lock or throws AppError CONFLICT naming the process that holds it.
 * Re-entrant within one process.
 */
export function acquireInstanceLock(dir: string, mode: string): InstanceLock {
  const path = join(dir, LOCK_FILE_NAME);
  const release = (): void => {
    const n = held.get(path) ?? 0;
    if (n <= 1) {
      held.delete(path);
      // Remove only our own lock: a crashed holder's successor may own the file by now.
      if (readLockHolder(dir)?.pid === process.pid) rmSync(path, { force: true });
    } else held.set(path, n - 1);
  };
  const mine = held.get(path);
  if (mine) {
    held.set(path, mine + 1);
    return { path, release };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const me: LockHolder = { pid: process.pid, mode, startedAt: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx': created atomically, fails when it exists; 0600, the user's own.
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      held.set(path, 1);
      return { path, release };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A folder we cannot write to (read-only, no permission, disk full): no other process can write the
      // database there either, and opening it will say exactly what is wrong. Nothing to lock.
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC') return { path, release: (): void => undefined };
      if (code !== 'EEXIST') throw e;
    }
    const holder = readLockHolder(dir);
    const sameHost = !holder || holder.host === '' || holder.host === me.host;
    if (holder && holder.pid !== process.pid && sameHost && processAlive(holder.pid)) {
      throw new AppError(
        'CONFLICT',
        `Your study data (${dir}) is already open in ${describeHolder(holder)}. Close it first, or use that window; ` +
          'two processes never write one database.',
      );
    }
    if (holder && !sameHost) {
      throw new AppError('CONFLICT', `Your study data (${dir}) is open on another computer (${holder.host}, process ${holder.pid}).`);
    }
    // Stale (its process is gone) or unreadable (a crash while writing it): take it over.
    rmSync(path, { force: true });
  }
  throw new AppError('CONFLICT', `Could not take the lock file ${path}; another process keeps re-creating it.`);
}
