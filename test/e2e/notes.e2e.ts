import { readdirSync } from 'node:fs';
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
    expect(await flag.locator('a').first().getAttribute('href')).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    await suite().shot('notes-section-flag');
    await page.getByTestId('nav-notes').click();
    await page.getByTestId('notes-tab-flags').click();
    await expect.poll(() => page.getByTestId('notes-flags').getByTestId('fact-flag').count()).toBeGreaterThanOrEqual(10);
    await suite().shot('notes-flags');
  });
});
