/**
 * Ad-hoc (session 11): checkAssertions of another checkout (BASE) and of this one over the bench corpus's
 * sections (as the importer splits them): identical flags, and each one's CPU time. Usage:
 * BASE=/path BENCH_NOTES=5000 npx tsx bench/_s11assert.ts
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 5000);
const BASE = process.env.BASE ?? '/work/main';
const load = async (root: string) => {
  const rules = (
    (await import(
      pathToFileURL(join(root, 'src/main/notes/rules.ts')).href
    )) as typeof import('../src/main/notes/rules')
  ).loadFactRules(root);
  const ac = (await import(
    pathToFileURL(join(root, 'src/shared/notes/assertCheck.ts')).href
  )) as typeof import('../src/shared/notes/assertCheck');
  return { rules, ac };
};
const base = await load(BASE);
const cur = await load(join(import.meta.dirname, '..'));
const sections = [...notes(N)].map((n) => ({ body: n.body, path: [n.title] }));
const run = (v: typeof base): [string, number] => {
  const c0 = process.cpuUsage();
  const out = sections.map((s) =>
    JSON.stringify(v.ac.checkAssertions(s.body, s.path, v.rules.asserts, v.rules.index)),
  );
  const c = process.cpuUsage(c0);
  return [out.join('\n'), (c.user + c.system) / 1000];
};
for (let r = 0; r < Number(process.env.ROUNDS ?? 4); r++) {
  const [a, ta] = run(base);
  const [b, tb] = run(cur);
  console.log(
    `round ${r}: base ${ta.toFixed(0)} ms CPU, current ${tb.toFixed(0)} ms CPU; sections ${sections.length}, identical ${a === b}`,
  );
}
