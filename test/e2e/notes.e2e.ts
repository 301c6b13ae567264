import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const suite = e2eSuite();

describe('notes: import, search, open, fact-check (web mode, Chromium)', () => {
  it('imports the five seed files through the UI and shows a summary', async () => {
    const { page } = suite();
    await page.getByTestId('nav-notes').click();
    const files = readdirSync(SEEDS).map((f) => join(SEEDS, f));
    await page.getByTestId('notes-file-input').setInputFiles(files);
    const summary = page.getByTestId('notes-import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.locator('tbody tr').count()).toBe(5);
    expect(await summary.locator('tr[data-status=rejected]').count()).toBe(0);
    expect(await summary.textContent()).toMatch(/\d+ flashcards/);
    await expect.poll(() => page.getByTestId('notes-files').locator('li').count()).toBe(5);
    await suite().shot('notes-imported');
  });

  it('finds a phrase from a note in search and opens the section', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-input').fill('pre-warm load balancers');
    const hit = page.locator('#search-results li', { hasText: 'My notes' }).first();
    await hit.waitFor();
    await hit.click();
    await page.getByTestId('note-section').waitFor();
    expect(await page.getByTestId('note-section').textContent()).toMatch(/pre-warm load balancers/);
  });

  it('shows a fact-check flag inline and in the list, with the official figure and source', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-input').fill('"64MB increments"');
    // Wait for this query's results (not the previous search's).
    const hit = page.locator('#search-results li', { hasText: 'Serverless in AWS › Lambda' }).first();
    await hit.waitFor();
    await hit.click();
    await page.getByTestId('flag-inline').first().waitFor();
    const flag = page.getByTestId('fact-flag').filter({ hasText: '64MB increments' }).first();
    expect(await flag.textContent()).toMatch(/1 MB/);
    expect(await flag.locator('a[href^="https://"]').first().getAttribute('href')).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    await suite().shot('notes-section-flag');
    await page.getByTestId('nav-notes').click();
    await page.getByTestId('notes-tab-flags').click();
    await expect
      .poll(() => page.getByTestId('notes-flags').getByTestId('fact-flag').count())
      .toBeGreaterThanOrEqual(10);
    await suite().shot('notes-flags');
    // Each flag says wrong or outdated and where: the file and line, a link that jumps to the claim.
    const outdated = page
      .getByTestId('notes-flags')
      .getByTestId('fact-flag')
      .filter({ hasText: 'Outdated since' })
      .first();
    expect(await outdated.getByTestId('flag-verdict').textContent()).toMatch(/^Outdated since \d{4}-\d{2}/);
    const line = outdated.getByTestId('flag-line');
    expect(await line.textContent()).toMatch(/, line \d+$/);
    await line.click();
    await page.locator('.flag-target').waitFor();
    await suite().shot('notes-flag-jump');
  });

  it('asks which file an upload replaces when another file has its name, and keeps both on request', async () => {
    const { page } = suite();
    await page.getByTestId('nav-notes').click();
    const t = mkdtempSync(join(tmpdir(), 'sd-e2e-same-'));
    const other = join(t, '004_c22ddc31c41c0fbe.txt');
    writeFileSync(other, '# Lambda\n- max memory 3,008 MB\n');
    await page.getByTestId('notes-file-input').setInputFiles([other]);
    const choose = page.getByTestId('notes-choose');
    await choose.waitFor();
    expect(await choose.textContent()).toMatch(/choose which one this replaces/);
    await suite().shot('notes-choose-replace');
    await choose.getByRole('button', { name: 'Import as a new file' }).click();
    await expect.poll(() => page.getByTestId('notes-files').locator('li').count()).toBe(6);
    rmSync(t, { recursive: true, force: true });
  });

  it("flags an instance type's vCPUs against the EC2 instance-type table, with its cells and source", async () => {
    const { page } = suite();
    await page.getByTestId('nav-notes').click();
    const t = mkdtempSync(join(tmpdir(), 'sd-e2e-ec2-'));
    const file = join(t, 'ec2-sizing.md');
    writeFileSync(file, '# EC2 sizing\n\n- m5.large: 4 vCPUs, 8 GiB memory\n- r5.large: 2 vCPUs, 16 GiB memory\n');
    await page.getByTestId('notes-file-input').setInputFiles([file]);
    await page.getByTestId('notes-import-summary').waitFor({ timeout: 60_000 });
    await page.getByTestId('notes-tab-flags').click();
    const flag = page.getByTestId('notes-flags').getByTestId('fact-flag').filter({ hasText: 'm5.large: 4 vCPUs' }).first();
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(/m5\.large: 2 vCPUs, 8 GiB memory/);
    expect(await flag.locator('a[href^="https://"]').first().getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html',
    );
    // The right line beside it is not flagged.
    expect(await page.getByTestId('notes-flags').getByTestId('fact-flag').filter({ hasText: 'r5.large' }).count()).toBe(0);
    await flag.scrollIntoViewIfNeeded();
    await suite().shot('notes-flag-instance-type');
    rmSync(t, { recursive: true, force: true });
  });
});
