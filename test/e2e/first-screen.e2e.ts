import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { e2eSuite, SCREENSHOTS } from './harness';

const suite = e2eSuite();

/**
 * Issue 19 (start-up): the first screen's data is asked for before React renders, all at once, and each
 * answer is used — not asked again by the effects of the first commit (a second, serial round trip).
 */
describe('first screen (web mode, Chromium)', () => {
  it('asks for the shell and Search data once each, all before the first render', async () => {
    const { browser, url } = suite();
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const log: { api: string; beforeRender: boolean }[] = [];
      (window as unknown as { __apiLog: typeof log }).__apiLog = log;
      const orig = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const u = String(input instanceof Request ? input.url : input);
        if (u.includes('/api/')) log.push({ api: u.slice(u.indexOf('/api/') + 5), beforeRender: !document.getElementById('root')?.firstChild });
        return orig(input, init);
      };
    });
    await page.goto(url);
    await page.getByTestId('kb-badge').waitFor();
    await page.locator('[data-testid="browse"] a').first().waitFor();
    const log = (await page.evaluate('window.__apiLog')) as { api: string; beforeRender: boolean }[];
    const first = ['prefs.get', 'app.info', 'app.notices', 'kb.entries'];
    for (const api of first) expect(log.filter((x) => x.api === api), api).toEqual([{ api, beforeRender: true }]);
    await page.close();
  });

  it('fetches the app chunk with the boot script (not after it ran), marked for eager compilation', async () => {
    const { browser, url, origin } = suite();
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('kb-badge').waitFor();
    await page.locator('[data-testid="browse"] a').first().waitFor();
    const entries = (await page.evaluate(
      'performance.getEntriesByType("resource").map((e) => ({ name: new URL(e.name).pathname, start: e.startTime }))',
    )) as { name: string; start: number }[];
    const app = entries.find((e) => /\/assets\/main-[\w-]+\.js$/.test(e.name));
    const firstApi = Math.min(...entries.filter((e) => e.name.startsWith('/api/')).map((e) => e.start));
    expect(app, 'the app chunk').toBeDefined();
    // A modulepreload link in index.html: requested while the boot script loads, before its data calls.
    expect(app!.start).toBeLessThan(firstApi);
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain(`<link rel="modulepreload" crossorigin href=".${app!.name}">`);
    // The boot script runs as soon as it arrives (async), not after the stylesheet and the parse.
    expect(html).toMatch(/<script async type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/);
    const code = await (await fetch(`${origin}${app!.name}`)).text();
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-screen.png') });
    await page.close();
  });
});
