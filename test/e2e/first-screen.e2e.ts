import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

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
});
