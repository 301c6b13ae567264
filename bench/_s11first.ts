/**
 * Ad-hoc: where the first screen's time goes (web mode, fresh data folder, bundled KB), as bench/run.ts
 * measures it: per load, server start, navigation timing, each resource's start/end and the data probe.
 * Usage: LOADS=12 npx tsx bench/_s11first.ts
 */
import { startWebServer } from '../src/main/web/server';
import { FIRST_DATA_PROBE as PROBE } from './firstDataProbe';
import { firstScreenSetup } from './firstScreenSetup';

const LOADS = Number(process.env.LOADS ?? 12);
const { t, app, browser, dirs } = await firstScreenSetup('sd-first-');
const byDir = new Map<string, number[]>(dirs.map((d) => [d, []]));
for (let i = 0; i < LOADS; i++) {
  const dir = dirs[i % dirs.length]!;
  const firsts = byDir.get(dir)!;
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  const t0 = Date.now();
  const web = await startWebServer({ ctx: app.ctx, rendererDir: dir });
  const started = Date.now() - t0;
  await page.goto(web.url);
  const shownAt = (await page.evaluate('window.__firstData')) as number;
  const timeline = (await page.evaluate(`(() => {
    const o = performance.timeOrigin;
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 40), Math.round(o + e.startTime), Math.round(o + e.responseEnd), e.transferSize]);
    return { origin: o, dcl: o + nav.domContentLoadedEventEnd, respEnd: o + nav.responseEnd, res };
  })()`)) as { origin: number; dcl: number; respEnd: number; res: [string, number, number, number][] };
  const rel = (x: number): number => Math.round(x - t0);
  if (i >= dirs.length) firsts.push(shownAt - t0);
  if (process.env.VERBOSE && (i === dirs.length || i === LOADS - 1))
    console.log(
      `load ${i}: server ${started} ms, nav origin ${rel(timeline.origin)}, html end ${rel(timeline.respEnd)}, DCL ${rel(timeline.dcl)}, data shown ${rel(shownAt)}\n` +
        timeline.res.map(([n, s, e, sz]) => `   ${n.padEnd(42)} ${String(rel(s)).padStart(5)} → ${String(rel(e)).padStart(5)}  ${sz}`).join('\n'),
    );
  await page.close();
  await web.close();
}
await browser.close();
for (const [d, firsts] of byDir) {
  firsts.sort((a, b) => a - b);
  console.log(d, 'first screen ms:', firsts.map((x) => Math.round(x)).join(' '), ' p50', Math.round(firsts[Math.floor(firsts.length / 2)]!));
}
app.close?.();
t.cleanup?.();
process.exit(0);
