import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserDb } from '../../src/main/db/open';
import { seedSyntheticLog } from '../main/study/synthetic';
import { tempDir } from '../helpers/tmp';
import { SCREENSHOTS, startE2e, type E2eApp } from './harness';

/** Issue 18: FSRS optimisation from the user's log (fsrs-rs) and the Anki .apkg export, through the browser. */
let app: E2eApp;
beforeAll(async () => {
  app = await startE2e({
    seed: (dir) => {
      const { db } = openUserDb(join(dir, 'study-desk.sqlite'));
      try {
        seedSyntheticLog(db, 400, 11);
      } finally {
        db.close();
      }
    },
  });
});
afterAll(async () => {
  await app?.close();
});

describe('FSRS optimiser and Anki package (web mode, Chromium)', () => {
  it('optimises from the review log with fsrs-rs, shows before/after, applies and reverts', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/quiz/review`);
    await page.getByTestId('qz-summary').waitFor();
    await page.getByTestId('qz-settings-open').click();
    await expect.poll(async () => page.getByTestId('qz-weights-state').textContent(), { timeout: 20_000 }).toMatch(/the FSRS defaults.*reviews made a day or more apart to learn from \(a fit needs 400\)/);
    await app.shot('study-settings-optimiser');
    await page.getByTestId('qz-optimize').click();
    await page.getByTestId('qz-fit').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('qz-fit-engine').textContent()).toMatch(/fsrs-rs optimiser: all 21 weights/);
    expect(await page.getByTestId('qz-fit').textContent()).toMatch(/Log loss.*RMSE/);
    await page.getByTestId('qz-fit').scrollIntoViewIfNeeded();
    await app.shot('study-optimise-result');
    await page.getByTestId('qz-fit-apply').click();
    await expect.poll(async () => page.getByTestId('qz-weights-state').textContent(), { timeout: 20_000 }).toMatch(/fitted with fsrs-rs \(all 21\) to \d+ reviews/);
    await app.shot('study-optimise-applied');
    await page.getByTestId('qz-weights-revert').click();
    await expect.poll(async () => page.getByTestId('qz-weights-state').textContent(), { timeout: 20_000 }).toMatch(/the FSRS defaults/);
  });

  it('exports an .apkg from the Cards pane and from the command palette', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/quiz/cards`);
    await page.getByTestId('qz-cards').waitFor();
    await page.getByTestId('qz-anki-menu').click();
    await page.getByTestId('qz-anki-panel').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'study-apkg-menu.png') });
    const t = tempDir('sd-apkg-');
    try {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('qz-apkg-bank').click()]);
      expect(download.suggestedFilename()).toMatch(/^aws-study-desk-bank-.*\.apkg$/);
      const file = join(t.dir, download.suggestedFilename());
      await download.saveAs(file);
      const files = unzipSync(new Uint8Array(readFileSync(file)));
      expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
      expect(new TextDecoder().decode(files['collection.anki2']!.subarray(0, 15))).toBe('SQLite format 3');
      await expect.poll(async () => page.getByTestId('qz-cards-msg').textContent(), { timeout: 20_000 }).toMatch(/Exported \d+ cards in \d+ decks as aws-study-desk-bank-/);
      // The card list is long: the visible part only.
      await page.screenshot({ path: join(SCREENSHOTS, 'study-apkg-exported.png') });

      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('anki apkg');
      // "Search for …" comes first: move down to the action with the keyboard.
      await page.locator('[role="option"]', { hasText: '.apkg' }).waitFor();
      for (let i = 0; i < 8; i++) {
        if (/\.apkg/.test((await page.locator('[role="option"][aria-selected="true"]').textContent()) ?? '')) break;
        await page.keyboard.press('ArrowDown');
      }
      await expect.poll(async () => page.locator('[role="option"][aria-selected="true"]').textContent(), { timeout: 20_000 }).toMatch(/\.apkg/);
      // The card list is long: the visible part only.
      await page.screenshot({ path: join(SCREENSHOTS, 'study-apkg-palette.png') });
      const [viaPalette] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
      expect(viaPalette.suggestedFilename()).toMatch(/^aws-study-desk-all-.*\.apkg$/);
    } finally {
      t.cleanup();
    }
  });
});
