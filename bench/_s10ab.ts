/**
 * Ad-hoc (issue 19, session 10; bench/_s9rank.ts with KIND=plain|prefix|phrase to time one class, and TOP=n to
 * list the n slowest queries of each engine by CPU, LOOP=1 to run each engine in a loop of its own): search() before and after a change and the in-run reference, interleaved per
 * query in one process (old and new take turns going first), wall and CPU time, best of ROUNDS: ranked
 * against the straightforward FTS5 baseline (the ratio the issue asks for), or MODE=typeahead against the
 * LIKE scan. Needs the database bench/_rank.ts builds (its `base` table) and, at $OLD_DIR, a copy of the
 * code to compare with: query.ts, postings.ts, topk.ts and snippet.ts from that commit (`git show
 * <commit>:src/main/search/query.ts` …), their imports of other modules rewritten to absolute paths.
 * Usage: RANK_DB=/tmp/sd-rank-100000.sqlite OLD_DIR=/tmp/old ROUNDS=4 node --expose-gc --import tsx bench/_s9rank.ts
 */
import type { Statement } from 'better-sqlite3';
import { openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { literalQuery, queryTokens } from '../src/shared/search/queryText';
import { mulberry32, queries } from './corpus';

const oldDir = process.env.OLD_DIR ?? '/tmp/old';
const old = (await import(`${oldDir}/query.ts`)) as { search: typeof search };
const db = openUserDb(process.env.RANK_DB ?? '/tmp/sd-rank-100000.sqlite').db;
const mode = (process.env.MODE ?? 'ranked') as 'ranked' | 'typeahead';
const baseStmt = db.prepare(
  "SELECT rowid, title, snippet(base, 1, '[', ']', '…', 14) AS s FROM base WHERE base MATCH ? ORDER BY bm25(base, 8.0, 1.0) LIMIT 20",
);
const likeCache = new Map<string, Statement[]>();
const like = (patterns: string[]): unknown => {
  const where = patterns.map(() => '(body LIKE ? OR title LIKE ?)').join(' AND ');
  let st = likeCache.get(where);
  if (!st)
    likeCache.set(where, (st = [db.prepare(`SELECT id FROM search_docs WHERE ${where} LIMIT 20`), db.prepare(`SELECT count(*) FROM search_docs WHERE ${where}`)]));
  const args = patterns.flatMap((w) => [`%${w}%`, `%${w}%`]);
  return [st[0]!.all(...args), st[1]!.get(...args)];
};
const prepared = queries().filter((q) => !process.env.KIND || q.kind === process.env.KIND).map((q) => {
  const tokens = queryTokens(q.text);
  const prefix = q.kind === 'prefix';
  return {
    q,
    fts: q.kind === 'phrase' ? q.text : literalQuery(tokens, prefix),
    like: q.kind === 'phrase' ? [tokens.join(' ')] : tokens,
    req: searchRequest.parse(mode === 'typeahead' ? { q: q.text, mode, limit: 20 } : { q: prefix ? q.text : `${q.text} `, mode, limit: 20 }),
  };
});
type P = (typeof prepared)[number];
const engines: [string, (p: P) => unknown][] = [
  ['old', (p) => old.search(db, p.req)],
  ['new', (p) => search(db, p.req)],
  [mode === 'ranked' ? 'fts5' : 'like', mode === 'ranked' ? (p) => baseStmt.all(p.fts) : (p) => like(p.like)],
];
const rounds = Number(process.env.ROUNDS ?? 5);
const wall = engines.map(() => prepared.map(() => Infinity));
const cpu = engines.map(() => prepared.map(() => Infinity));
let diff = 0;
// LOOP=1: as the bench runs its engines, each over every query in a loop of its own (old and new taking
// turns going first, the reference last), rather than the three per query: a heavy FTS5 query then no
// longer runs just before each of ours (it slows the next few queries of either version).
const loops = process.env.LOOP === '1';
// Each round visits the queries in a new order (seeded): the garbage collector's pauses land on the same
// queries in every round of a fixed order (the allocations repeat), which best-of-rounds cannot remove.
const rand = mulberry32(11);
const orderOf = (r: number): number[] => {
  const xs = prepared.map((_, i) => i);
  if (r > 0)
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
  return xs;
};
for (let r = 1; loops && r <= rounds; r++) {
  global.gc?.();
  const visit = orderOf(r);
  for (const e of r % 2 === 0 ? [0, 1, 2] : [1, 0, 2])
    visit.forEach((i) => {
      const p = prepared[i]!;
      const fn = engines[e]![1];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn(p);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      wall[e]![i] = Math.min(wall[e]![i]!, t);
      cpu[e]![i] = Math.min(cpu[e]![i]!, (c.user + c.system) / 1000);
    });
}
for (let r = 0; r <= (loops ? 0 : rounds); r++) {
  global.gc?.();
  orderOf(r).forEach((i) => {
    const p = prepared[i]!;
    const keys: string[] = [];
    // old and new take turns going first (the first warms SQLite's page cache for the second); the
    // reference runs last.
    const order = r % 2 === 0 ? [0, 1, 2] : [1, 0, 2];
    order.forEach((e) => {
      const fn = engines[e]![1];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = fn(p);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (r === 0) {
        if (e < 2) {
          const o = out as { hits: { ref: string }[]; total: number };
          keys.push(JSON.stringify([o.hits.map((h) => h.ref), o.total]));
        }
        return;
      }
      wall[e]![i] = Math.min(wall[e]![i]!, t);
      cpu[e]![i] = Math.min(cpu[e]![i]!, (c.user + c.system) / 1000);
    });
    if (r === 0 && keys.length === 2 && keys[0] !== keys[1]) {
      diff++;
      console.log('DIFF', p.q.text);
    }
  });
}
const pct = (xs: number[], q: number): number => xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((q / 100) * xs.length))]!;
engines.forEach(([name], e) => {
  const parts = (['plain', 'prefix', 'phrase'] as const).map((k) => {
    const ys = wall[e]!.filter((_, i) => prepared[i]!.q.kind === k);
    return `${k} p95 ${pct(ys, 95).toFixed(2)}`;
  });
  console.log(name.padEnd(5), `wall p50 ${pct(wall[e]!, 50).toFixed(2)} p95 ${pct(wall[e]!, 95).toFixed(2)} | cpu p50 ${pct(cpu[e]!, 50).toFixed(2)} p95 ${pct(cpu[e]!, 95).toFixed(2)} |`, parts.join(' | '));
});
const ref = engines.length - 1;
for (const e of [0, 1])
  console.log(
    engines[e]![0],
    mode === 'ranked'
      ? `baseline/ranked p95: wall ${(pct(wall[ref]!, 95) / pct(wall[e]!, 95)).toFixed(2)}× cpu ${(pct(cpu[ref]!, 95) / pct(cpu[e]!, 95)).toFixed(2)}×`
      : `type-ahead/LIKE p95: wall ${(pct(wall[e]!, 95) / pct(wall[ref]!, 95)).toFixed(4)}× cpu ${(pct(cpu[e]!, 95) / pct(cpu[ref]!, 95)).toFixed(4)}×`,
  );
console.log('different results:', diff);
const top = Number(process.env.TOP ?? 0);
for (const e of [0, 1])
  if (top > 0)
    console.log(engines[e]![0], prepared.map((p, i) => [cpu[e]![i]!, p.q.text] as const).sort((a, b) => b[0] - a[0]).slice(0, top).map(([c, t]) => `${c.toFixed(1)} ${t}`).join(' | '));
db.close();
