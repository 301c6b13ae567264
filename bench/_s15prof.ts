/**
 * Session 15: run workloads (see _s15work.ts) through a checkout's checkSection; prints CPU time (user +
 * system of this process: the machine is shared, so wall time is noisier) and wall time of each pass.
 * Usage: [ROOT=<checkout>] W=bench:3000,dev [REPS=1] node [--cpu-prof] --import tsx bench/_s15prof.ts
 */
import { resolve } from 'node:path';
import { loadCheckout, workload } from './_s15work';

const root = resolve(process.env.ROOT ?? resolve(import.meta.dirname, '..'));
const reps = Number(process.env.REPS ?? 1);
const { checker, check, mods } = await loadCheckout(root);
const out: Record<string, { cpu: number[]; wall: number[] }> = {};
for (const w of (process.env.W ?? 'bench:3000').split(',')) {
  const cases = workload(w, root, mods, checker);
  out[w] = { cpu: [], wall: [] };
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    const u = process.cpuUsage();
    let flags = 0;
    for (const c of cases) flags += check(c.text, c.heading, checker).length;
    const cpu = process.cpuUsage(u);
    out[w].cpu.push((cpu.user + cpu.system) / 1000);
    out[w].wall.push(performance.now() - t);
    if (!process.env.JSON)
      console.log(
        `${w} ${cases.length} cases cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms wall ${(performance.now() - t).toFixed(0)} ms, ${flags} flags`,
      );
  }
}
if (process.env.JSON) console.log(JSON.stringify(out));
