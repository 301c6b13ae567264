import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const suite = e2eSuite();

describe('app shell (web mode, Chromium)', () => {
  it('loads, strips the token from the address bar, and opens every section', async () => {
    const { page } = suite();
    expect(page.url()).not.toContain('token=');
    for (const s of ['search', 'reference', 'calculators', 'quiz', 'notes', 'about']) {
      await page.getByTestId(`nav-${s}`).click();
      await expect.poll(() => page.url()).toContain(`#/${s}`);
      await page.locator('main h1').first().waitFor();
      await suite().shot(`shell-${s}`);
    }
  });

  it('shows the knowledge base version and as-of date from SQLite in About', async () => {
    const { page } = suite();
    await page.getByTestId('nav-about').click();
    const kb = page.getByTestId('kb-version');
    await kb.waitFor();
    await expect.poll(async () => kb.textContent()).toMatch(/version [0-9a-f]{12}/);
  });

  it('round-trips a preference through the API to SQLite (theme survives a reload)', async () => {
    const { page } = suite();
    await page.getByTestId('theme-select').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByTestId('app-ready').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await suite().shot('shell-dark');
    await page.getByTestId('theme-select').selectOption('light');
  });

  it('searches the knowledge base as you type and opens a result with the keyboard', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    const input = page.getByTestId('search-input');
    await input.fill('s3');
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    expect(await page.getByTestId('search-summary').textContent()).toMatch(/\d+ results?/);
    // The entry the query names leads; snippets read as text, not Markdown source.
    await expect.poll(() => first.textContent()).toMatch(/^ENTRIES\s*Amazon S3 \(Simple Storage Service\)/i);
    expect(await page.locator('#search-results').textContent()).not.toMatch(/\*\*|##/);
    await suite().shot('search-s3');
    await input.press('Enter');
    await page.getByTestId('entry').waitFor();
    expect(page.url()).toContain('#/entry/s3');
  });

  it('refuses API calls without the token and with a foreign Host', async () => {
    const res = await fetch(`${suite().origin}/api/app.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
