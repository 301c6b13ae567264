/**
 * Ad-hoc: the first screen's steps per load (web mode, as bench/run.ts loads it), medians per renderer
 * folder, all relative to the server's start: navigation start, HTML end, each script's response end,
 * the data calls' ends, React's first commit into #root, and the probe's frame.
 * Usage: LOADS=20 [RENDERERS=a,b] npx tsx bench/_s12steps.ts
 */
import { startWebServer } from '../src/main/web/server';
import { FIRST_DATA_PROBE as PROBE } from './firstDataProbe';
import { firstScreenSetup } from './firstScreenSetup';

const COMMIT = `window.__commit = new Promise((resolve) => {
  const mo = new MutationObserver(() => { const r = document.getElementById('root'); if (r && r.firstChild) { mo.disconnect(); resolve(performance.timeOrigin + performance.now()); } });
  mo.observe(document, { subtree: true, childList: true });
});`;
// "live": React mounted (the app-ready marker, set after mount since session 13; rendered with the first
// commit before it). With the server's markup (session 13) #root has children before React's commit, so
// "commit" there is the HTML's markup being parsed.
const LIVE = `window.__live = new Promise((resolve) => {
  const mo = new MutationObserver(() => { if (document.querySelector('[data-testid="app-ready"]')) { mo.disconnect(); resolve(performance.timeOrigin + performance.now()); } });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-testid'] });
});`;
const LOADS = Number(process.env.LOADS ?? 20);
const { t, app, browser, dirs } = await firstScreenSetup('sd-steps-');
// SERVERS=a.ts,b.ts: the web server module each renderer folder is served by (default: this tree's).
const servers = await Promise.all(
  (process.env.SERVERS?.split(',') ?? dirs.map(() => '../src/main/web/server')).map(async (m) => (await import(m)) as { startWebServer: typeof startWebServer }),
);
const steps = new Map<string, Map<string, number[]>>(dirs.map((d) => [d, new Map()]));
for (let i = 0; i < LOADS; i++) {
  const dir = dirs[i % dirs.length]!;
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  await page.addInitScript(COMMIT);
  await page.addInitScript(LIVE);
  const t0 = Date.now();
  const web = await servers[i % dirs.length]!.startWebServer({ ctx: app.ctx, rendererDir: dir });
  const started = Date.now() - t0;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(web.url);
  const shownAt = (await page.evaluate('window.__firstData')) as number;
  const commitAt = (await page.evaluate('window.__commit')) as number;
  const liveAt = (await page.evaluate('window.__live')) as number;
  const tl = (await page.evaluate(`(() => {
    const o = performance.timeOrigin;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().replace(/-[\\w-]{8}\\.(js|css)$/, '.$1'), o + e.responseEnd, o + e.startTime, o + e.responseStart]);
    return { origin: o, respEnd: o + nav.responseEnd, dcl: o + nav.domContentLoadedEventEnd, res };
  })()`)) as { origin: number; respEnd: number; dcl: number; res: [string, number, number, number][] };
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const metric = (n: string): number => (metrics.find((x) => x.name === n)?.value ?? 0) * 1000;
  await page.close();
  await web.close();
  if (i < dirs.length) continue;
  const m = steps.get(dir)!;
  const push = (k: string, v: number): void => void (m.get(k) ?? m.set(k, []).get(k)!).push(v - t0);
  push('server', t0 + started);
  push('nav', tl.origin);
  push('html', tl.respEnd);
  for (const [n, e, st, rs] of tl.res) {
    push(n, e);
    if (process.env.STARTS) {
      push(`${n} start`, st);
      push(`${n} first byte`, rs);
    }
  }
  push('dcl', tl.dcl);
  push('commit', commitAt);
  push('shown', shownAt);
  push('live', liveAt);
  const mainEnd = tl.res.find(([n]) => n.startsWith('main'))?.[1] ?? NaN;
  const rel = (k: string, v: number): void => void (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  rel('Δ main.js end → commit', commitAt - mainEnd);
  rel('Δ commit → shown', shownAt - commitAt);
  rel('Δ html end → shown', shownAt - tl.respEnd);
  rel('cpu ScriptDuration (to after probe)', metric('ScriptDuration'));
  rel('cpu TaskDuration', metric('TaskDuration'));
  rel('cpu LayoutDuration', metric('LayoutDuration'));
  rel('cpu RecalcStyleDuration', metric('RecalcStyleDuration'));
}
await browser.close();
const q = (a: number[], p: number): number => a.slice().sort((x, y) => x - y)[Math.floor(a.length * p)] ?? NaN;
for (const [d, m] of steps) {
  console.log(d);
  for (const [k, v] of [...m].sort((a, b) => q(a[1], 0.5) - q(b[1], 0.5))) console.log(`   ${k.padEnd(30)} p50 ${q(v, 0.5).toFixed(0).padStart(5)}  p75 ${q(v, 0.75).toFixed(0).padStart(5)}`);
}
app.close?.();
t.cleanup?.();
process.exit(0);
