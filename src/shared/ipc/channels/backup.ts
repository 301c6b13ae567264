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

/** One table of a salvage export: rows copied, and rows or ranges that could not be read. */
export interface SalvageTable {
  name: string;
  rowsCopied: number;
  /** Rows (or whole stretches, when SQLite could not step past damage) that were unreadable. */
  rowsLost: number;
  error?: string;
}

export interface SalvageFile extends BackupFile {
  tables: SalvageTable[];
}

export const backupChannels = {
  /** One-file export of all the user's data (a consistent SQLite snapshot). */
  'backup.export': channel<BackupFile>()(z.strictObject({})),
  /**
   * "Export what can be read": copies every readable row, table by table, into a new database file (for when
   * the database is damaged and a normal export fails). `movedAside` salvages the file moved aside at start-up.
   */
  'backup.salvage': channel<SalvageFile>()(z.strictObject({ source: z.enum(['live', 'movedAside']).default('live') })),
  /** Validates an uploaded backup completely before it replaces anything. */
  'backup.restore': channel<RestoreResult>()(
    z.strictObject({ fileName: nameText(z.string().max(255)), base64: z.base64().max(Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 4) }),
    { maxPayloadBytes: Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 4096 },
  ),
};
