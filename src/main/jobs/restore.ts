import type { RestoreResult } from '../../shared/ipc/channels/backup';
import { AppError } from '../../shared/result';
import { swapInRestoredFile } from '../db/backup';
import type { HandlerContext } from '../ipc/types';
import { syncKbIntoIndex, syncSearchIndex } from '../search';
import { writeBase64ToFile } from './files';
import { copyFile, rm } from 'node:fs/promises';
import { DAMAGE_NOTICE } from './health';

/** Refuses to start heavy writing work while another holds the write lock. */
export function ensureNoWriter(ctx: HandlerContext): void {
  const w = ctx.jobs.writer();
  if (w)
    throw new AppError(
      'UNAVAILABLE',
      `${w.kind === 'notes.import' ? 'An import' : w.kind === 'backup.restore' ? 'A restore' : `A ${w.kind} job`} is still running; try again when it finishes. Nothing was changed.`,
    );
}

const restoring = new WeakSet<HandlerContext>();

/**
 * Restores a backup, all or nothing. The upload is written to a scratch file beside the live database and
 * checked and upgraded there by a worker (requests keep being answered); only then, on the main thread and in
 * milliseconds, the live file is kept aside and the copy renamed into place (see swapInRestoredFile).
 *
 * `source.file` is for a request body already streamed to disk (web mode): it is copied, never moved.
 */
export async function restoreDatabase(ctx: HandlerContext, source: { base64: string } | { file: string }): Promise<RestoreResult> {
  ensureNoWriter(ctx);
  if (restoring.has(ctx)) throw new AppError('UNAVAILABLE', 'A restore is already running; try again when it finishes. Nothing was changed.');
  restoring.add(ctx);
  try {
    return await restoreOnce(ctx, source);
  } finally {
    restoring.delete(ctx);
  }
}

async function restoreOnce(ctx: HandlerContext, source: { base64: string } | { file: string }): Promise<RestoreResult> {
  const live = ctx.userDb.path;
  const scratchFile = `${live}.restore-${process.pid}-${Date.now()}.tmp`;
  try {
    // The upload goes to disk first, a slice at a time on this thread (bounded memory, the loop stays free).
    if ('base64' in source) await writeBase64ToFile(source.base64, scratchFile);
    else await copyFile(source.file, scratchFile);
  } catch (e) {
    await rm(scratchFile, { force: true });
    throw new AppError('UNAVAILABLE', `The backup could not be saved next to your database for checking (${(e as Error).message}). Your current data was not changed.`);
  }
  const checked = await ctx.jobs.run('backup.restore', { scratchFile }, { writes: true });
  // Background jobs hold connections to the live file (the start-up search sync writes postings, a check
  // reads): let every one end before the file is swapped, or one writes into the kept copy or the lock
  // is busy at the swap. Jobs started while waiting are waited for too, and so is work a finished job does
  // after its answer (an import's checkpoint).
  while (ctx.jobs.busy()) await ctx.jobs.idle();
  ensureNoWriter(ctx);
  const r = swapInRestoredFile(ctx.db.user, live, checked.file, (opened) => {
    ctx.db.replaceUser(opened.db);
  });
  if (ctx.db.kb) {
    // The backup may predate the bundled KB: re-sync the KB part of the search index.
    ctx.db.user.prepare("DELETE FROM meta WHERE key = 'kbIndexedVersion'").run();
    syncKbIntoIndex(ctx.db.user, ctx.db.kb);
  }
  // A backup from before the postings existed was upgraded with its documents queued: index them now.
  ctx.db.user.transaction(() => syncSearchIndex(ctx.db.user))();
  ctx.userDb.schemaVersion = r.schemaVersion;
  ctx.notices.remove(DAMAGE_NOTICE);
  return { restoredSchemaVersion: r.schemaVersion, previousSavedAs: r.previousSavedAs };
}
