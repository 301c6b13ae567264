/**
 * Session 15: does the current checkout's checkSection return exactly the base checkout's flags (every field,
 * in order) on the generated eval claims, the dev sets, the seed files' sections and 20,000 bench sections?
 * Usage: npx tsx bench/_s15same.ts [baseRoot=/tmp/s15fbase] [sets=generated,dev,seeds,bench:20000]
 */
import { resolve } from 'node:path';
import { loadCheckout, workload } from './_s15work';

const baseRoot = resolve(process.argv[2] ?? '/tmp/s15fbase');
const curRoot = resolve(import.meta.dirname, '..');
const sets = (process.argv[3] ?? 'generated,dev,seeds,bench:20000').split(',');
const base = await loadCheckout(baseRoot);
const cur = await loadCheckout(curRoot);
let bad = 0;
for (const set of sets) {
  // Inputs from the base checkout (the templates are not part of the change).
  const cases = workload(set, baseRoot, base.mods, base.checker);
  let differ = 0;
  let flags = 0;
  let flagged = 0;
  for (const c of cases) {
    const fa = base.check(c.text, c.heading, base.checker);
    const a = JSON.stringify(fa);
    const b = JSON.stringify(cur.check(c.text, c.heading, cur.checker));
    const n = fa.length;
    flags += n;
    if (n) flagged++;
    if (a !== b) {
      differ++;
      if (differ <= 5)
        console.log(
          `DIFFER [${set}] ${c.text.slice(0, 160)}\n  base ${a.slice(0, 300)}\n  cur  ${b.slice(0, 300)}`,
        );
    }
  }
  bad += differ;
  console.log(
    `${set.padEnd(12)} ${String(cases.length).padStart(6)} cases, ${flagged} flagged (${flags} flags), ${differ} differ`,
  );
}
console.log(bad ? `DIFFERENT: ${bad}` : 'IDENTICAL');
process.exit(bad ? 1 : 0);
