import { z } from 'zod';
import { channel } from '../define';
import { nameText } from '../text';

/** Largest backup accepted for restore through IPC / web mode (base64 inflates by 4/3). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupFile {
  fileName: string;
  /** The whole SQLite database, base64. */
  base64: string;
  bytes: number;
  schemaVersion: number;
}

export interface RestoreResult {
  restoredSchemaVersion: number;
  /** Where the database that was replaced now lives (nothing is deleted). */
  previousSavedAs: string;
}

export const backupChannels = {
  /** One-file export of all the user's data (a consistent SQLite snapshot). */
  'backup.export': channel<BackupFile>()(z.strictObject({})),
  /** Validates an uploaded backup completely before it replaces anything. */
  'backup.restore': channel<RestoreResult>()(
    z.strictObject({ fileName: nameText(z.string().max(255)), base64: z.base64().max(Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 4) }),
    { maxPayloadBytes: Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 4096 },
  ),
};
