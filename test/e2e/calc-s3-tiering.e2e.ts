import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const suite = e2eSuite();

describe('S3 lifecycle with Intelligent-Tiering (web mode, Chromium)', () => {
  // Issue 13: 1,000 GB of untouched 1 MiB objects in Intelligent-Tiering for 4 months cost $72.48 (Frequent,
  // then Infrequent Access after 30 days, Archive Instant Access after 90), not $112.48 at Frequent forever.
  it('tiers down untouched data, stays Frequent when everything is read, and takes the archive-tier days', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/s3-lifecycle`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-months').fill('4');
    await page.getByTestId('calc-in-initialGB').fill('1000');
    await page.getByTestId('calc-in-monthlyIngestGB').fill('0');
    await page.getByTestId('calc-in-avgObjectSizeKB').fill('1024');
    // A lifecycle configuration pasted as JSON (the rules form's JSON view).
    await page.getByTestId('calc-rules').getByRole('button', { name: 'Edit as JSON' }).dispatchEvent('click');
    await page.getByRole('textbox', { name: 'Rules (JSON)' }).fill('[{ "Days": 0, "StorageClass": "INTELLIGENT_TIERING" }]');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('$72.48');
    expect(await page.getByTestId('calc-result').textContent()).not.toMatch(/costs more than keeping everything in Standard/);
    await suite().shot('calc-s3-intelligent-tiering');

    await page.getByTestId('calc-in-monthlyAccessPercent').fill('100');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('$112.48');

    await page.getByTestId('calc-in-monthlyAccessPercent').fill('0');
    await page.getByTestId('calc-in-months').fill('8');
    await page.getByTestId('calc-in-intelligentTieringArchiveAccessDays').fill('90');
    await page.getByTestId('calc-in-intelligentTieringDeepArchiveAccessDays').fill('180');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toMatch(/Intelligent tiering deep archive/i);
    await page.locator('.calc-full-trace summary').click();
    expect(await page.getByTestId('calc-trace').last().textContent()).toMatch(/Deep Archive Access/);
    await suite().shot('calc-s3-intelligent-tiering-archive');
  });
});
