/**
 * Session 15: base vs current checkSection CPU time, interleaved in one process (round r: base then current
 * on odd rounds, current then base on even ones), 5 rounds by default, on each workload (see _s15work.ts).
 * CPU time = this process's user + system (the machine is shared: wall time is printed too, noisier).
 * Usage: npx tsx bench/_s15time.ts [baseRoot=/tmp/s15fbase] [sets=bench:3000,bench:20000,dev,seeds] [rounds=5]
 */
import { resolve } from 'node:path';
import { loadCheckout, workload } from './_s15work';

const baseRoot = resolve(process.argv[2] ?? '/tmp/s15fbase');
const curRoot = resolve(import.meta.dirname, '..');
const sets = (process.argv[3] ?? 'bench:3000,bench:20000,dev,seeds').split(',');
const rounds = Number(process.argv[4] ?? 5);
const base = await loadCheckout(baseRoot);
const cur = await loadCheckout(curRoot);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
for (const set of sets) {
  const cases = workload(set, baseRoot, base.mods, base.checker);
  const run = (co: typeof base): { cpu: number; wall: number } => {
    const w = performance.now();
    const c = cpu();
    for (const x of cases) co.check(x.text, x.heading, co.checker);
    return { cpu: cpu() - c, wall: performance.now() - w };
  };
  const t = { base: [] as { cpu: number; wall: number }[], cur: [] as { cpu: number; wall: number }[] };
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      t.base.push(run(base));
      t.cur.push(run(cur));
    } else {
      t.cur.push(run(cur));
      t.base.push(run(base));
    }
  }
  const fmt = (xs: { cpu: number }[]): string => xs.map((x) => x.cpu.toFixed(0)).join(' ');
  const mb = median(t.base.map((x) => x.cpu));
  const mc = median(t.cur.map((x) => x.cpu));
  console.log(
    `${set.padEnd(12)} ${String(cases.length).padStart(6)} cases  cpu ms base [${fmt(t.base)}] median ${mb.toFixed(0)} (min ${Math.min(...t.base.map((x) => x.cpu)).toFixed(0)})  current [${fmt(t.cur)}] median ${mc.toFixed(0)} (min ${Math.min(...t.cur.map((x) => x.cpu)).toFixed(0)})  speed-up ${(mb / mc).toFixed(2)}x  (wall medians ${median(t.base.map((x) => x.wall)).toFixed(0)} / ${median(t.cur.map((x) => x.wall)).toFixed(0)})`,
  );
}
