import type { Db } from './open';

/**
 * Runs `fn` (which commits a large write transaction) with this connection's automatic WAL checkpoint off, and
 * puts the setting back. SQLite's automatic checkpoint runs inside the commit that crosses its threshold, on
 * the committing thread: after a 100k-note import it copies ~400 MB of WAL frames into the database file
 * (~2 s) before the commit returns, so the user waited for it though the data was already durable in the
 * WAL. The caller checkpoints afterwards (`checkpointPassive`), off the path of the answer: an import job does
 * it in its worker after it has answered (jobs/worker.ts). Until then readers read the new pages from the WAL.
 */
export function withoutAutoCheckpoint<T>(db: Db, fn: () => T): T {
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return fn();
  } finally {
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(before))}`);
  }
}

/** What a checkpoint did: WAL frames in all, frames copied into the database file, and whether it was cut short. */
export interface CheckpointResult {
  frames: number;
  copied: number;
  busy: boolean;
}

/**
 * Copies the WAL's committed frames into the database file without waiting for anyone (PASSIVE): readers and
 * writers of other connections go on; frames a reader still needs are left for a later checkpoint. Never
 * throws for a busy database (the next checkpoint, automatic or not, finishes the job).
 */
export function checkpointPassive(db: Db): CheckpointResult {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  return { frames: row?.log ?? 0, copied: row?.checkpointed ?? 0, busy: (row?.busy ?? 0) !== 0 };
}
