/**
 * Ad-hoc: rankTopK with pruning against the same code reading every match, interleaved per query on one
 * cached database (bench/_rank.ts builds it): per-class p50/p95 of each query's best of ROUNDS.
 * Usage: BENCH_NOTES=20000 ROUNDS=5 npx tsx --expose-gc bench/_ab.ts
 */
import { openUserDb } from '../src/main/db/open';
import { postingsTuning, rankTopK, type QueryPhrase } from '../src/main/search/postings';
import { phraseTerms } from '../src/main/search/tokenize';
import { queries } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20000);
const db = openUserDb(process.env.RANK_DB ?? `/tmp/sd-rank-${N}.sqlite`).db;
const qs = queries().map((q) => {
  const words = q.text.replace(/"/g, '').split(' ');
  const phrases: QueryPhrase[] =
    q.kind === 'phrase'
      ? [{ terms: words.flatMap((w) => phraseTerms(db, w)), prefix: false }]
      : words.map((w) => ({ terms: phraseTerms(db, w), prefix: q.kind === 'prefix' }));
  return { q, phrases };
});
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const rounds = Number(process.env.ROUNDS ?? 5);
const min = postingsTuning.pruneMinPostings;
const run = (prune: boolean, ph: QueryPhrase[]): number => {
  postingsTuning.pruneMinPostings = prune ? min : Infinity;
  const t0 = performance.now();
  rankTopK(db, ph, 21);
  return performance.now() - t0;
};
for (const x of qs) {
  run(true, x.phrases);
  run(false, x.phrases);
}
const best = { prune: qs.map(() => Infinity), full: qs.map(() => Infinity) };
for (let r = 0; r < rounds; r++)
  qs.forEach((x, i) => {
    best.prune[i] = Math.min(best.prune[i]!, run(true, x.phrases));
    best.full[i] = Math.min(best.full[i]!, run(false, x.phrases));
  });
for (const [e, xs] of Object.entries(best)) {
  const parts = (['plain', 'prefix', 'phrase'] as const).map((k) => {
    const ys = xs.filter((_, i) => qs[i]!.q.kind === k);
    return `${k} p50 ${pct(ys, 50).toFixed(2)} p95 ${pct(ys, 95).toFixed(2)}`;
  });
  console.log(e.padEnd(6), `p50 ${pct(xs, 50).toFixed(2)} p95 ${pct(xs, 95).toFixed(2)} |`, parts.join(' | '));
}
if (process.env.SLOW) {
  const order = qs.map((x, i) => [best.prune[i]!, best.full[i]!, x.q.kind, x.q.text] as const).sort((a, b) => b[0] - a[0]);
  for (const o of order.slice(0, Number(process.env.SLOW))) console.log(o[0].toFixed(2), o[1].toFixed(2), o[2], o[3]);
}
db.close();
