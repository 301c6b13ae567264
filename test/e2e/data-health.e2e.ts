import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserDb } from '../../src/main/db/open';
import { corruptPage, leafPagesOf } from '../helpers/corrupt';
import { startE2e, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2e({
    seed: (dataDir) => {
      // A database with a damaged page: start-up moves it aside and says so.
      const path = join(dataDir, 'study-desk.sqlite');
      const { db } = openUserDb(path);
      const ins = db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, 'now')");
      db.transaction(() => {
        for (let i = 0; i < 400; i++) ins.run(`k${i}`, JSON.stringify('y'.repeat(1500)));
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      corruptPage(path, leafPagesOf(path, 'prefs')[5]!);
    },
  });
});
afterAll(async () => {
  await app?.close();
});

describe('your data: notices (web mode, Chromium)', () => {
  it('shows where a damaged database was moved and exports what can be read from it', async () => {
    const { page } = app;
    const notice = page.getByTestId('notice-db-moved-aside');
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toMatch(/moved to .*\.corrupt-.*kept, not deleted/);
    await app.shot('data-moved-aside-notice');
    const download = page.waitForEvent('download');
    await page.getByTestId('notice-action-db-moved-aside').click();
    expect((await download).suggestedFilename()).toMatch(/^aws-study-desk-salvaged-\d{4}-\d{2}-\d{2}\.sqlite$/);
    await page.getByText(/rows kept; unreadable: \d+ in prefs/).waitFor();
    await app.shot('data-moved-aside-salvaged');
  });
});
