import { closeSync, fdatasync, openSync } from 'node:fs';
import type { Db } from './open';

/**
 * Starts writing the connection's WAL file to disk on a libuv pool thread and returns at once. A long
 * transaction's commit (synchronous = FULL) must fsync every frame it wrote: a 100k-note import writes ~400
 * MB of them, and its commit waited for nearly all of it after the last file, with nothing else to do. Called
 * as such a transaction goes, the fsync at its commit finds only the frames written since. Writes nothing and
 * changes no setting: durability still comes from SQLite's own fsync at the commit. A no-op where the WAL
 * cannot be opened (no WAL, an in-memory database) and on Windows (flushing needs a handle with write access).
 */
export function flushWalInBackground(db: Db): void {
  if (process.platform === 'win32' || db.memory) return;
  let fd: number;
  try {
    fd = openSync(`${db.name}-wal`, 'r');
  } catch {
    return;
  }
  // The callback runs when the thread next turns its event loop (after the import); the flush does not wait.
  fdatasync(fd, () => closeSync(fd));
}
