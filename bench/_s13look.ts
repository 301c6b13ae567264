/**
 * Ad-hoc: web mode's first screen with the server's markup (issue 19, session 13): console errors (a
 * hydration mismatch is one), whether React kept the prerendered elements, and screenshots of the page
 * before its scripts run (the app's chunk held back) and once React is live.
 * Usage: [RENDERERS=dir] [HASH=#/notes] [THEME=dark] npx tsx bench/_s13look.ts <out-prefix>
 */
import { startWebServer } from '../src/main/web/server';
import { firstScreenSetup } from './firstScreenSetup';

const prefix = process.argv[2] ?? '/tmp/s13look';
const { t, app, browser, dirs } = await firstScreenSetup('sd-look-');
const web = await startWebServer({ ctx: app.ctx, rendererDir: dirs[0]! });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const logs: string[] = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
let release: () => void = () => undefined;
const held = new Promise<void>((r) => (release = r));
// NOHOLD=1: a renderer without the server's markup (nothing to see before its scripts run).
if (process.env.NOHOLD) release();
await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
  await held;
  await route.continue();
});
await page.goto(web.url + (process.env.HASH ? '' : ''), { waitUntil: 'commit' });
await page.locator('[data-testid="browse"] a').first().waitFor({ state: 'attached' });
await page.waitForTimeout(300);
if (!process.env.NOHOLD) await page.screenshot({ path: `${prefix}-before.png` });
await page.evaluate(`document.querySelector('[data-testid="kb-badge"]').__mark = 1`);
release();
await page.getByTestId('app-ready').waitFor({ timeout: 15000 });
await page.waitForTimeout(500);
await page.screenshot({ path: `${prefix}-after.png` });
const kept = await page.evaluate(`document.querySelector('[data-testid="kb-badge"]').__mark === 1`);
const focused = await page.evaluate(`document.activeElement?.getAttribute('data-testid')`);
const doc = await page.evaluate(`({
  theme: document.documentElement.dataset.theme,
  firstScreen: document.documentElement.dataset.firstScreen,
  inlineStyles: document.querySelectorAll('style').length,
  links: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
  route: window.location.hash,
})`);
console.log({ kept, focused, doc, logs });
await browser.close();
await web.close();
app.close();
t.cleanup?.();
process.exit(0);
