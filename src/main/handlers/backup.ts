import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { backupChannels } from '../../shared/ipc/channels/backup';
import { AppError } from '../../shared/result';
import { classifyDbError } from '../db/errors';
import type { HandlersFor } from '../ipc/types';
import { reportDamage } from '../jobs/health';
import { readFileAsBase64 } from '../jobs/files';
import { restoreDatabase } from '../jobs/restore';

const day = (): string => new Date().toISOString().slice(0, 10);
const scratchName = (what: string): string => `${what}-${process.pid}-${Date.now()}.sqlite`;

export const backupHandlers: HandlersFor<keyof typeof backupChannels> = {
  // In a worker, on its own read-only connection: a large export does not hold up other requests.
  'backup.export': async (_req, ctx) => {
    const outFile = join(dirname(ctx.userDb.path), 'tmp', scratchName('export'));
    try {
      const r = await ctx.jobs.run('backup.export', { dbPath: ctx.userDb.path, outFile });
      const { base64, bytes } = await readFileAsBase64(outFile);
      return { fileName: `aws-study-desk-backup-${day()}.sqlite`, base64, bytes, schemaVersion: r.schemaVersion };
    } catch (e) {
      if (e instanceof AppError || classifyDbError(e) !== 'corrupt') throw e;
      const detail = `${(e as { code?: string }).code ?? 'SQLITE_CORRUPT'}: ${(e as Error).message}`;
      reportDamage(ctx, [detail]);
      throw new AppError(
        'UNAVAILABLE',
        `Your study database is damaged (${detail}), so a complete export cannot be made. Use "Export what can be read" ` +
          '(backup.salvage) to save every readable row into a new file.',
      );
    } finally {
      rmSync(outFile, { force: true });
    }
  },
  'backup.salvage': async (req, ctx) => {
    const src = req.source === 'movedAside' ? ctx.userDb.movedAside : ctx.userDb.path;
    if (!src) throw new AppError('NOT_FOUND', 'No damaged database was moved aside at start-up, so there is nothing to salvage from.');
    const outFile = join(dirname(ctx.userDb.path), 'tmp', scratchName('salvage'));
    try {
      const r = await ctx.jobs.run('backup.salvage', { srcPath: src, outFile });
      const { base64, bytes } = await readFileAsBase64(outFile);
      return { fileName: `aws-study-desk-salvaged-${day()}.sqlite`, base64, bytes, schemaVersion: r.schemaVersion, tables: r.tables };
    } finally {
      rmSync(outFile, { force: true });
    }
  },
  'backup.restore': (req, ctx) => restoreDatabase(ctx, { base64: req.base64 }),
};
