/**
 * Ad-hoc: a Chromium trace of the first screen (web mode, as bench/run.ts loads it), summarised per load:
 * the renderer main thread's busy time by kind (parse HTML, compile, evaluate, React's script, style,
 * layout, paint), its idle time, and each network request's start/end, relative to the server's start.
 * Usage: LOADS=6 [RENDERERS=a,b] npx tsx bench/_s12trace.ts
 */
import { startWebServer } from '../src/main/web/server';
import { FIRST_DATA_PROBE as PROBE } from './firstDataProbe';
import { firstScreenSetup } from './firstScreenSetup';

interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: { name?: string; fileName?: string; data?: { url?: string } } }
const LOADS = Number(process.env.LOADS ?? 6);
const { t, app, browser, dirs } = await firstScreenSetup('sd-trace-');
const CATS = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'disabled-by-default-v8.compile'];
const sums = new Map<string, Map<string, number[]>>();
for (let i = 0; i < LOADS; i++) {
  const dir = dirs[i % dirs.length]!;
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  await browser.startTracing(page, { categories: CATS });
  const t0 = Date.now();
  const web = await startWebServer({ ctx: app.ctx, rendererDir: dir });
  await page.goto(web.url);
  const shownAt = (await page.evaluate('window.__firstData')) as number;
  const wall = shownAt - t0;
  const buf = await browser.stopTracing();
  await page.close();
  await web.close();
  const events = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
  // The page's renderer main thread: the thread named CrRendererMain with the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (pid: number, tid: number): number => events.filter((e) => e.pid === pid && e.tid === tid).length;
  const main = names.sort((a, b) => count(b.pid, b.tid) - count(a.pid, a.tid))[0]!;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ?? events.find((e) => e.name === 'TracingStartedInBrowser');
  const endTs = (() => {
    // The probe's resolve time: the epoch ms; map through the navigationStart mark if present.
    return Infinity;
  })();
  void endTs;
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const first = Math.min(...onMain.map((e) => e.ts));
  // Self time by name, inside RunTask trees: an event's time minus its children's.
  const byName = new Map<string, number>();
  const sorted = onMain.slice().sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: Ev[] = [];
  const self = new Map<Ev, number>();
  for (const e of sorted) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    self.set(e, e.dur!);
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, self.get(parent)! - e.dur!);
    stack.push(e);
  }
  for (const [e, s] of self) {
    const key = e.name === 'v8.compile' || e.name === 'V8.CompileCode' ? 'compile' : e.name;
    byName.set(key, (byName.get(key) ?? 0) + s / 1000);
  }
  const busy = tasks.reduce((s, e) => s + e.dur! / 1000, 0);
  const span = (Math.max(...tasks.map((e) => e.ts + e.dur!)) - first) / 1000;
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14);
  const m = sums.get(dir) ?? new Map<string, number[]>();
  sums.set(dir, m);
  const push = (k: string, v: number): void => void (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  if (i >= dirs.length) {
    push('wall', wall);
    push('busy', busy);
    for (const [k, v] of byName) push(k, v);
    push('#ParseFunction', onMain.filter((e) => e.name === 'V8.ParseFunction').length);
    push('#CompileLazy', onMain.filter((e) => e.name === 'V8.CompileLazy' || e.name === 'V8.CompileCode').length);
  }
  if (process.env.VERBOSE) {
    console.log(`load ${i} ${dir.split('/').pop()}: wall ${wall} ms, main-thread tasks ${busy.toFixed(0)} ms over ${span.toFixed(0)} ms; nav ${nav ? ((nav.ts - first) / 1000).toFixed(0) : '?'}`);
    console.log('   ' + top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
    // Long tasks with their heaviest child kinds.
    for (const task of tasks.filter((e) => e.dur! > 3000)) {
      const kids = new Map<string, number>();
      for (const e of onMain) if (e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!) kids.set(e.name, (kids.get(e.name) ?? 0) + self.get(e)! / 1000);
      const k = [...kids].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ');
      const url = onMain.find((e) => e.ts >= task.ts && e.ts < task.ts + task.dur! && (e.args?.data?.url || e.args?.fileName))?.args;
      console.log(`   task @${((task.ts - first) / 1000).toFixed(0)} ${(task.dur! / 1000).toFixed(1)} ms: ${k} ${url ? String(url.data?.url ?? url.fileName ?? '').split('/').pop() : ''}`);
    }
  }
}
await browser.close();
const med = (a: number[]): number => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? 0;
for (const [d, m] of sums) {
  console.log(d, 'medians:', [...m].filter(([, v]) => med(v) >= 0.5).sort((a, b) => med(b[1]) - med(a[1])).filter(([k]) => process.env.ONLY ? k.startsWith("#") || k === "wall" || k === "busy" : true).slice(0, 18).map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join(', '));
}
app.close?.();
t.cleanup?.();
process.exit(0);
