import { join } from 'node:path';
import { dirname } from 'node:path';
import type { backupChannels } from '../../shared/ipc/channels/backup';
import { exportBackup, restoreBackup, validateBackup } from '../db/backup';
import type { HandlersFor } from '../ipc/types';
import { syncKbIntoIndex } from '../search';

export const backupHandlers: HandlersFor<keyof typeof backupChannels> = {
  'backup.export': (_req, ctx) =>
    ctx.db.read('backup.export', (u) => {
      const { bytes, schemaVersion } = exportBackup(u, join(dirname(ctx.userDb.path), 'tmp'));
      const day = new Date().toISOString().slice(0, 10);
      return { fileName: `aws-study-desk-backup-${day}.sqlite`, base64: bytes.toString('base64'), bytes: bytes.length, schemaVersion };
    }),
  'backup.restore': (req, ctx) => {
    const dir = join(dirname(ctx.userDb.path), 'tmp');
    const checked = validateBackup(Buffer.from(req.base64, 'base64'), dir);
    const r = restoreBackup(ctx.db.user, ctx.userDb.path, checked.file);
    ctx.db.replaceUser(r.db);
    if (ctx.db.kb) {
      // The backup may predate the bundled KB: re-sync the KB part of the search index.
      r.db.prepare("DELETE FROM meta WHERE key = 'kbIndexedVersion'").run();
      syncKbIntoIndex(r.db, ctx.db.kb);
    }
    ctx.userDb.schemaVersion = r.schemaVersion;
    return { restoredSchemaVersion: r.schemaVersion, previousSavedAs: r.previousSavedAs };
  },
};
