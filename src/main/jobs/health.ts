import type { DbService } from '../db/service';
import type { NoticeBoard } from '../notices';
import type { JobRunner } from './runner';

/** The parts of the handler context a check needs (kept structural: jobs/ sits below ipc/). */
interface HealthCtx {
  db: DbService;
  jobs: JobRunner;
  notices: NoticeBoard;
  userDb: { path: string };
}

export const DAMAGE_NOTICE = 'db-damaged';

/** Tells the user about damage found in the live database, with the "export what can be read" action. */
export function reportDamage(ctx: HealthCtx, problems: string[]): void {
  ctx.db.markDamaged(problems[0] ?? 'damage found');
  const shown = problems.slice(0, 3).join('; ').replace(/\s+/g, ' ');
  ctx.notices.add({
    id: DAMAGE_NOTICE,
    level: 'error',
    text:
      `SQLite found damage in your study database ${ctx.userDb.path} (${shown}${problems.length > 3 ? '; …' : ''}). ` +
      'Nothing was moved or deleted and the intact parts can still be read, but changes are not saved so the damage ' +
      'cannot spread. Use "Export what can be read" to save every readable row into a new file, then restore that ' +
      'file (About → Backup and restore).',
    action: { kind: 'salvage', source: 'live', label: 'Export what can be read' },
  });
}

export interface CheckOutcome {
  ok: boolean;
  problems: string[];
}

/**
 * quick_check of the live database in a worker, on its own read-only connection: reads and writes go on
 * meanwhile. Damage found becomes a notice; a check that could not run (cancelled for a restore, or the app
 * closing) reports nothing.
 */
export function checkInBackground(ctx: HealthCtx): Promise<CheckOutcome | null> {
  return ctx.jobs.run('db.check', { dbPath: ctx.userDb.path }).then(
    (r) => {
      if (!r.ok) reportDamage(ctx, r.problems);
      return r;
    },
    () => null,
  );
}
