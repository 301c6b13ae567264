/**
 * Session 29 (ad-hoc): the fact-check's CPU on the bench corpus alone: checkSection over BENCH_NOTES bench notes,
 * one thread, as prepare.ts calls it (body, heading path). Prints ms and flags; profile with --cpu-prof.
 */
import { checkSection } from '../src/shared/notes/factCheck';
import { loadFactRules } from '../src/main/notes/rules';
import { notes } from './corpus';
const N = Number(process.env.BENCH_NOTES ?? 20000);
const checker = loadFactRules();
const corpus = [...notes(N)];
const ms: number[] = [];
let flags = 0;
for (let r = 0; r < Number(process.env.ROUNDS ?? 3); r++) {
  const c0 = process.cpuUsage();
  flags = 0;
  for (const n of corpus) flags += checkSection(n.body, [n.title], checker).length;
  const c = process.cpuUsage(c0);
  ms.push((c.user + c.system) / 1000);
}
console.log(`checkSection over ${N} notes: CPU ${ms.map((x) => x.toFixed(0)).join(' / ')} ms (min ${Math.min(...ms).toFixed(0)}), ${flags} flags`);
