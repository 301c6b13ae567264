/**
 * Ad-hoc (issue 19, session 9): rankTopK before and after a change, interleaved per query in one process
 * (the two take turns going first), CPU and wall time, best of ROUNDS; checks that both give the same page
 * (IDS_ONLY=1: ids alone, not the lower-bound totals). OLD: a copy of postings.ts (with topk.ts beside it)
 * from the commit to compare with, its imports of other modules rewritten to absolute paths.
 * Usage: RANK_DB=/tmp/sd-rank-100000.sqlite OLD=/tmp/old/postings.ts ONLY='^"' ROUNDS=5 SLOW=12 npx tsx bench/_s9ab.ts
 */
import { openUserDb } from '../src/main/db/open';
import { rankTopK, type QueryPhrase } from '../src/main/search/postings';
import { phraseTerms } from '../src/main/search/tokenize';
import { queries } from './corpus';

// The code before this session's changes, copied aside (OLD=/path/to/postings.ts).
const old = (await import(process.env.OLD ?? '/tmp/old/postings.ts')) as { rankTopK: typeof rankTopK };

const db = openUserDb(process.env.RANK_DB ?? '/tmp/sd-rank-100000.sqlite').db;
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const qs = queries()
  .filter((q) => !only || only.test(q.text))
  .map((q) => {
    const words = q.text.replace(/"/g, '').split(' ');
    const phrases: QueryPhrase[] =
      q.kind === 'phrase'
        ? [{ terms: words.flatMap((w) => phraseTerms(db, w)), prefix: false }]
        : words.map((w) => ({ terms: phraseTerms(db, w), prefix: q.kind === 'prefix' }));
    return { q, phrases };
  });
const variants: [string, typeof rankTopK][] = [
  ['old', old.rankTopK],
  ['new', rankTopK],
];
const rounds = Number(process.env.ROUNDS ?? 5);
const cpu = variants.map(() => qs.map(() => Infinity));
const wall = variants.map(() => qs.map(() => Infinity));
let diff = 0;
for (let r = 0; r <= rounds; r++)
  qs.forEach((x, i) => {
    let first: string | null = null;
    // The two take turns going first (the first warms SQLite's page cache for the second).
    (r % 2 === 0 ? [0, 1] : [1, 0]).forEach((v) => {
      const rank = variants[v]![1];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = rank(db, x.phrases, 21);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const key = JSON.stringify(process.env.IDS_ONLY ? res?.ids : [res?.ids, res?.total, res?.totalIsLowerBound]);
      if (first === null) first = key;
      else if (key !== first && r === 0) {
        diff++;
        console.log('DIFF', x.q.text);
      }
      if (r === 0) return; // warm-up
      cpu[v]![i] = Math.min(cpu[v]![i]!, (c.user + c.system) / 1000);
      wall[v]![i] = Math.min(wall[v]![i]!, t);
    });
  });
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
variants.forEach(([name], v) =>
  console.log(name, `wall p50 ${pct(wall[v]!, 50).toFixed(2)} p95 ${pct(wall[v]!, 95).toFixed(2)} sum ${sum(wall[v]!).toFixed(0)} | cpu p50 ${pct(cpu[v]!, 50).toFixed(2)} p95 ${pct(cpu[v]!, 95).toFixed(2)} sum ${sum(cpu[v]!).toFixed(0)}`),
);
console.log('different results:', diff);
if (process.env.SLOW) {
  const order = qs.map((x, i) => i).sort((a, b) => wall[0]![b]! - wall[0]![a]!);
  for (const i of order.slice(0, Number(process.env.SLOW)))
    console.log(variants.map((_, v) => `${wall[v]![i]!.toFixed(2)} ${cpu[v]![i]!.toFixed(2)}`).join('  |  '), qs[i]!.q.text);
}
db.close();
