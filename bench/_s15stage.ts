/* eslint-disable @typescript-eslint/no-explicit-any -- ad-hoc script: two checkouts' modules, loaded by path */
/**
 * Session 15: CPU time (this process's user + system, not wall: the machine is shared) of checkSection's
 * stages on a workload (see _s15work.ts), for a checkout. Usage: ROOT=<checkout> W=bench:3000 npx tsx bench/_s15stage.ts
 */
import { join, resolve } from 'node:path';
import { loadCheckout, workload } from './_s15work';

const root = resolve(process.env.ROOT ?? resolve(import.meta.dirname, '..'));
const { checker, check, mods } = await loadCheckout(root);
const cc: Record<string, any> = await import(join(root, 'src/shared/notes/claimCheck.ts'));
const ac: Record<string, any> = await import(join(root, 'src/shared/notes/assertCheck.ts'));
const fc: Record<string, any> = await import(join(root, 'src/shared/notes/factCheck.ts'));
const ck = checker as any;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const w of (process.env.W ?? 'bench:3000').split(',')) {
  const cases = workload(w, root, mods, checker);
  for (let rep = 0; rep < Number(process.env.REPS ?? 2); rep++) {
    const t: Record<string, number> = { claims: 0, asserts: 0, rules: 0, all: 0 };
    for (const c of cases) {
      let a = cpu();
      cc.checkClaims(c.text, c.heading, ck.index);
      let b = cpu();
      t.claims! += b - a;
      ac.checkAssertions(c.text, c.heading, ck.asserts, ck.index);
      a = cpu();
      t.asserts! += a - b;
      fc.checkText(c.text, ck.rules, c.heading.join(' › '));
      b = cpu();
      t.rules! += b - a;
    }
    const a = cpu();
    for (const c of cases) check(c.text, c.heading, checker);
    t.all = cpu() - a;
    console.log(
      `${w.padEnd(12)} pass ${rep + 1}: ${Object.entries(t)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join('  ')} ms cpu`,
    );
  }
}
