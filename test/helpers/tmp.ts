import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh temp folder, removed by the returned cleanup. The removal retries (ENOTEMPTY, EBUSY): a background
 * job's worker of an app under test (the start-up search sync) may still be closing its connection, which
 * removes or writes its -wal/-shm files, while the folder is emptied (fresh-clone CI, session 18).
 */
export function tempDir(prefix = 'sd-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }) };
}
