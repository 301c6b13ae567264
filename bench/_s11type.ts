/**
 * Ad-hoc (issue 19): which queries make type-ahead's p95: search() in typeahead mode per bench query, CPU ms
 * (this process; the machine is shared), best of ROUNDS, slowest first.
 * Usage: RANK_DB=/tmp/sd-rank-100000.sqlite ROUNDS=5 SLOW=25 npx tsx bench/_s11type.ts
 */
import { openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { queries } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 100000);
const db = openUserDb(process.env.RANK_DB ?? `/tmp/sd-rank-${N}.sqlite`).db;
const rounds = Number(process.env.ROUNDS ?? 5);
const cpu = (fn: () => unknown): number => {
  const a = process.cpuUsage();
  fn();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
};
const qs = queries().map((q) => ({ q, req: searchRequest.parse({ q: q.text, mode: 'typeahead' }) }));
const best = new Map<string, number>();
for (let r = 0; r <= rounds; r++)
  for (const { q, req } of qs) {
    const x = cpu(() => search(db, req));
    if (r > 0) best.set(`${q.kind.padEnd(7)} ${q.text}`, Math.min(best.get(`${q.kind.padEnd(7)} ${q.text}`) ?? Infinity, x));
  }
const sorted = [...best].sort((a, b) => b[1] - a[1]);
const xs = sorted.map((x) => x[1]).sort((a, b) => a - b);
const pct = (p: number): number => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
console.log(`typeahead CPU ms over ${xs.length} queries: p50 ${pct(50).toFixed(2)} p95 ${pct(95).toFixed(2)} p99 ${pct(99).toFixed(2)}`);
for (const [k, v] of sorted.slice(0, Number(process.env.SLOW ?? 25))) console.log(`${v.toFixed(2).padStart(7)}  ${k}`);
