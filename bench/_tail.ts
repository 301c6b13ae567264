/**
 * Ad-hoc (issue 19): which queries make ranked search's p95, and where their time goes: search() against
 * rankTopK alone, per query, CPU ms (not wall: the machine is shared), best of ROUNDS, slowest first.
 * Usage: RANK_DB=/tmp/sd-rank-100000.sqlite ROUNDS=3 SLOW=30 npx tsx bench/_tail.ts (PP=0: phrases read whole)
 */
import { openUserDb } from '../src/main/db/open';
import { postingsTuning, rankTopK, type QueryPhrase } from '../src/main/search/postings';
import { search } from '../src/main/search/query';
import { phraseTerms } from '../src/main/search/tokenize';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { queries } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20000);
if (process.env.PP) postingsTuning.prunePhrases = process.env.PP === '1';
const db = openUserDb(process.env.RANK_DB ?? `/tmp/sd-rank-${N}.sqlite`).db;
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const qs = queries()
  .filter((q) => !only || only.test(q.text))
  .map((q) => {
    const words = q.text.replace(/"/g, '').split(' ');
    const phrases: QueryPhrase[] =
      q.kind === 'phrase'
        ? [{ terms: words.flatMap((w) => phraseTerms(db, w)), prefix: false }]
        : words.map((w) => ({ terms: phraseTerms(db, w), prefix: q.kind === 'prefix' }));
    const prefix = q.kind === 'prefix';
    return { q, phrases, req: searchRequest.parse({ q: prefix ? q.text : `${q.text} `, mode: 'ranked', limit: 20 }) };
  });
const rounds = Number(process.env.ROUNDS ?? 3);
// CPU time (this process), not wall: the machine is shared.
const time = (fn: () => unknown): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const best = qs.map(() => ({ s: Infinity, r: Infinity }));
for (let r = 0; r < rounds; r++)
  qs.forEach((x, i) => {
    best[i]!.s = Math.min(best[i]!.s, time(() => search(db, x.req)));
    best[i]!.r = Math.min(best[i]!.r, time(() => rankTopK(db, x.phrases, 21)));
  });
const order = qs.map((x, i) => ({ ...best[i]!, x })).sort((a, b) => b.s - a.s);
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log('search p50', pct(best.map((b) => b.s), 50).toFixed(2), 'p95', pct(best.map((b) => b.s), 95).toFixed(2), '| rankTopK p95', pct(best.map((b) => b.r), 95).toFixed(2));
for (const o of order.slice(0, Number(process.env.SLOW ?? 30))) console.log(o.s.toFixed(2).padStart(7), o.r.toFixed(2).padStart(7), o.x.q.kind.padEnd(7), o.x.q.text);
db.close();
