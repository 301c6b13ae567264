import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, REPO, SCREENSHOTS } from './harness';

const suite = e2eSuite();

/** A new page whose entry script (the app's JavaScript) is held back until `release()`. */
async function heldPage(): Promise<{ page: Page; release: () => void; logs: string[] }> {
  const { browser } = suite();
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const logs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') logs.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { page, release, logs };
}

/**
 * Issue 19 (start-up): the first screen's data is asked for before React renders, all at once, and each
 * answer is used — not asked again by the effects of the first commit (a second, serial round trip).
 */
describe('first screen (web mode, Chromium)', () => {
  it('asks for the shell and Search data once each, all before React is up', async () => {
    const { browser, url } = suite();
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const log: { api: string; beforeRender: boolean }[] = [];
      (window as unknown as { __apiLog: typeof log }).__apiLog = log;
      const orig = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const u = String(input instanceof Request ? input.url : input);
        // #root may already hold the server's markup; "app-ready" is set once React has mounted.
        if (u.includes('/api/')) log.push({ api: u.slice(u.indexOf('/api/') + 5), beforeRender: !document.querySelector('[data-testid="app-ready"]') });
        return orig(input, init);
      };
    });
    await page.goto(url);
    await page.getByTestId('app-ready').waitFor();
    const log = (await page.evaluate('window.__apiLog')) as { api: string; beforeRender: boolean }[];
    const first = ['prefs.get', 'app.info', 'app.notices', 'kb.entries'];
    for (const api of first) expect(log.filter((x) => x.api === api), api).toEqual([{ api, beforeRender: true }]);
    await page.close();
  });

  it('the HTML already shows the badge and the browse list, and React takes those elements over unchanged', async () => {
    const { page, release, logs } = await heldPage();
    await page.goto(suite().url, { waitUntil: 'commit' });
    // Drawn from the HTML alone: the app's JavaScript has not run.
    await page.locator('[data-testid="browse"] a').first().waitFor();
    await page.getByTestId('kb-badge').waitFor();
    expect(await page.getByTestId('app-ready').count()).toBe(0);
    const before = await page.screenshot();
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-testid="kb-badge"], [data-testid="browse"] a, [data-testid="search-input"]'))
        (el as Element & { __fromHtml?: boolean }).__fromHtml = true;
    });
    release();
    await page.getByTestId('app-ready').waitFor();
    // Hydrated, not redrawn: the very elements of the HTML are React's now (a mismatch would replace them
    // and log an error).
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="kb-badge"], [data-testid="browse"] a, [data-testid="search-input"]')].every(
        (el) => (el as Element & { __fromHtml?: boolean }).__fromHtml === true,
      ),
    );
    expect(kept).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    const after = await page.screenshot();
    expect(Buffer.compare(before, after), 'the page looks the same before and after React takes it over').toBe(0);
    // And it works: typing searches.
    await page.getByTestId('search-input').fill('gp3 iops');
    await page.getByTestId('search-summary').waitFor();
    expect(logs).toEqual([]);
    await page.close();
  });

  it('what is typed into the box before React takes the page over is searched for', async () => {
    const { page, release, logs } = await heldPage();
    await page.goto(suite().url, { waitUntil: 'commit' });
    await page.getByTestId('kb-badge').waitFor();
    // The box has the focus from the HTML (autofocus).
    await page.keyboard.type('gp3 iops');
    release();
    await page.getByTestId('app-ready').waitFor();
    await page.getByTestId('search-summary').waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('gp3 iops');
    expect(logs).toEqual([]);
    await page.close();
  });

  it('serves the same public markup to every client: the build’s, with no token and nothing of the user’s', async () => {
    const { origin } = suite();
    const res = await fetch(`${origin}/`);
    const html = await res.text();
    const built = JSON.parse(readFileSync(join(REPO, 'out', 'renderer', 'first-screen.json'), 'utf8')) as { kbVersion: string; html: string };
    expect(html).toContain(`<div id="root" data-prerendered data-kb-version="${built.kbVersion}">${built.html}</div>`);
    expect(html).not.toContain(suite().token);
    // The API still refuses a call without the token.
    const api = await fetch(`${origin}/api/kb.entries`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
  });

  it('another screen never shows the Search markup, and a chosen theme is there before the first paint', async () => {
    const { page: first } = suite();
    // The suite's page holds the token in its tab: choose dark there, then open Notes in that tab.
    await first.goto(`${suite().origin}/#/search`);
    await first.getByTestId('app-ready').waitFor();
    // The choice is saved in the tab and on the server: the next load reads the server's prefs, so wait for that
    // save too (without it the Notes load below could still read "system" and write it back to the tab).
    const saved = first.waitForResponse((r) => r.url().endsWith('/api/prefs.set') && r.ok());
    await first.getByTestId('theme-select').selectOption('dark');
    await saved;
    await first.waitForFunction(() => localStorage.getItem('study-desk.theme') === 'dark');
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await first.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await first.goto(`${suite().origin}/#/notes`); // a hash change in the live app; then a new load of it
    await first.getByTestId('app-ready').waitFor();
    await first.reload({ waitUntil: 'commit' });
    await first.locator('#root[data-prerendered]').waitFor({ state: 'attached' });
    expect(await first.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility)).toBe('hidden');
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await first.screenshot({ path: join(SCREENSHOTS, 'first-screen-other-route-held.png') });
    release();
    await first.getByTestId('app-ready').waitFor();
    expect(await first.getByTestId('search-input').count()).toBe(0);
    expect(await first.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility)).toBe('visible');
    // Back on Search with the dark theme: the HTML's markup says "System"; the picker shows the choice
    // before React (the first-paint script) and after it hydrates.
    await first.unroute(/\/assets\/index-[\w-]+\.js$/);
    let release2: () => void = () => undefined;
    const held2 = new Promise<void>((r) => (release2 = r));
    await first.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held2;
      await route.continue();
    });
    await first.goto(`${suite().origin}/#/search`);
    await first.reload({ waitUntil: 'commit' });
    await first.getByTestId('kb-badge').waitFor();
    expect(await first.getByTestId('theme-select').inputValue()).toBe('dark');
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await first.screenshot({ path: join(SCREENSHOTS, 'first-screen-dark-held.png') });
    release2();
    await first.getByTestId('app-ready').waitFor();
    await first.unroute(/\/assets\/index-[\w-]+\.js$/);
    expect(await first.getByTestId('theme-select').inputValue()).toBe('dark');
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await first.getByTestId('theme-select').selectOption('system');
  });
});
