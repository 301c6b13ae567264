/** Session 15: run one workload (see _s15work.ts) through this checkout's checkSection, for --cpu-prof. Usage: W=bench:3000 node --cpu-prof --import tsx bench/_s15prof.ts */
import { resolve } from 'node:path';
import { loadCheckout, workload } from './_s15work';

const root = resolve(process.env.ROOT ?? resolve(import.meta.dirname, '..'));
const { checker, check, mods } = await loadCheckout(root);
for (const w of (process.env.W ?? 'bench:3000').split(',')) {
  const cases = workload(w, root, mods, checker);
  const t = performance.now();
  const u = process.cpuUsage();
  let flags = 0;
  for (const c of cases) flags += check(c.text, c.heading, checker).length;
  const cpu = process.cpuUsage(u);
  // CPU time (user + system) of this process: the machine is shared, so wall time is noisier.
  console.log(`${w} ${cases.length} cases cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms wall ${(performance.now() - t).toFixed(0)} ms, ${flags} flags`);
}
