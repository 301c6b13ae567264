/**
 * Ad-hoc: ranked search against the straightforward FTS5 baseline only, on one cached database (issue 19
 * item 1), per query class. The database is built once per size at $RANK_DB (default /tmp/sd-rank-<N>.sqlite).
 * Usage: BENCH_NOTES=20000 npx tsx bench/_rank.ts  (ROUNDS=3 repeats the measured pass, CHECK=0 skips the
 * exactness check against FTS5's full bm25).
 */
import { existsSync } from 'node:fs';
import { openUserDb } from '../src/main/db/open';
import { importFiles, type ImportFile } from '../src/main/notes/importer';
import { loadFactRules } from '../src/main/notes/rules';
import { syncSearchIndex } from '../src/main/search';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { literalQuery, queryTokens } from '../src/shared/search/queryText';
import { notes, queries } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20000);
const path = process.env.RANK_DB ?? `/tmp/sd-rank-${N}.sqlite`;
const fresh = !existsSync(path);
const db = openUserDb(path).db;
if (fresh) {
  const corpus = [...notes(N)];
  const enc = new TextEncoder();
  const files: ImportFile[] = [];
  for (let f = 0; f * 100 < N; f++)
    files.push({
      name: `notes-${f}.md`,
      fileKey: `/bench/notes-${f}.md`,
      bytes: enc.encode(corpus.slice(f * 100, (f + 1) * 100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n')),
    });
  loadFactRules();
  const t0 = performance.now();
  importFiles(db, files, { workers: 0 });
  console.log('import', (performance.now() - t0).toFixed(0), 'ms');
  db.exec("CREATE VIRTUAL TABLE base USING fts5(title, body, tokenize='porter unicode61')");
  db.exec("INSERT INTO base(rowid, title, body) SELECT id, title, body FROM search_docs WHERE kind = 'note'");
  db.pragma('wal_checkpoint(TRUNCATE)');
}
{
  // An older database rebuilds its postings once here (a change of their format).
  const t0 = performance.now();
  const left = db.transaction(() => syncSearchIndex(db))();
  const ms = performance.now() - t0;
  if (ms > 100) console.log('postings sync', ms.toFixed(0), 'ms, left', left);
}
if (process.env.BUILD_ONLY) process.exit(0);
const baseStmt = db.prepare(
  "SELECT rowid, title, snippet(base, 1, '[', ']', '…', 14) AS s FROM base WHERE base MATCH ? ORDER BY bm25(base, 8.0, 1.0) LIMIT 20",
);
const prepared = queries().map((q) => {
  const tokens = queryTokens(q.text);
  const prefix = q.kind === 'prefix';
  return {
    q,
    fts: q.kind === 'phrase' ? q.text : literalQuery(tokens, prefix),
    reqR: searchRequest.parse({ q: prefix ? q.text : `${q.text} `, mode: 'ranked', limit: 20 }),
  };
});
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const rounds = Number(process.env.ROUNDS ?? 1);
const measure = (fn: (p: (typeof prepared)[number]) => unknown): number[] => {
  for (const p of prepared) fn(p);
  global.gc?.();
  const best = prepared.map(() => Infinity);
  for (let r = 0; r < rounds; r++) prepared.forEach((p, i) => (best[i] = Math.min(best[i]!, time(() => fn(p)))));
  return best;
};
const engines = (process.env.ENGINES ?? 'ranked,baseline').split(',');
const lat: Record<string, number[]> = {};
for (const e of engines) lat[e] = measure((p) => (e === 'ranked' ? search(db, p.reqR) : baseStmt.all(p.fts)));
for (const [e, xs] of Object.entries(lat)) {
  const parts = (['plain', 'prefix', 'phrase'] as const).map((k) => {
    const ys = xs.filter((_, i) => prepared[i]!.q.kind === k);
    return `${k} p50 ${pct(ys, 50).toFixed(2)} p95 ${pct(ys, 95).toFixed(2)}`;
  });
  console.log(e.padEnd(9), `p50 ${pct(xs, 50).toFixed(2)} p95 ${pct(xs, 95).toFixed(2)} |`, parts.join(' | '));
}
if (lat.ranked && lat.baseline) console.log('ratio baseline/ranked p95', (pct(lat.baseline, 95) / pct(lat.ranked, 95)).toFixed(2));
if (process.env.SLOW) {
  const order = prepared.map((p, i) => [lat.ranked![i]!, p.q.kind, p.q.text] as const).sort((a, b) => b[0] - a[0]);
  for (const o of order.slice(0, Number(process.env.SLOW))) console.log(o[0].toFixed(2), o[1], o[2]);
}
if (process.env.CHECK !== '0') {
  // Our top 20 against FTS5's full bm25 order (as bench/run.ts checks it): ties at the 20th interchangeable.
  const fullBm25 = db.prepare(
    `SELECT d.id, bm25(search_fts, 8.0, 1.0) AS s FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
      WHERE search_fts MATCH ? ORDER BY s LIMIT 20`,
  );
  const scoresOf = db.prepare(
    'SELECT rowid AS id, bm25(search_fts, 8.0, 1.0) AS s FROM search_fts WHERE search_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))',
  );
  const idOf = db.prepare('SELECT id FROM search_docs WHERE kind = ? AND ref = ?');
  const count = db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck();
  let equal = 0;
  let totals = 0;
  for (const p of prepared) {
    const rr = search(db, p.reqR);
    const full = fullBm25.all(p.fts) as { id: number; s: number }[];
    const fullIds = new Set(full.map((r) => r.id));
    const ours = rr.hits.map((h) => (idOf.get(h.kind, h.ref) as { id: number }).id);
    const last = full.at(-1)?.s ?? 0;
    const tie = (x: number): boolean => Math.abs(x - last) <= 1e-9 * Math.max(1, Math.abs(last));
    const extra = ours.filter((id) => !fullIds.has(id));
    const got = extra.length ? (scoresOf.all(p.fts, JSON.stringify(extra)) as { id: number; s: number }[]) : [];
    const ok = ours.length === full.length && got.length === extra.length && got.every((r) => tie(r.s)) && full.every((r) => ours.includes(r.id) || tie(r.s));
    if (ok) equal++;
    else console.log('NOT EQUAL', p.q.kind, p.q.text);
    const n = count.get(p.fts) as number;
    if (rr.totalIsLowerBound ? rr.total <= n : rr.total === n) totals++;
    else console.log('TOTAL', p.q.text, rr.total, rr.totalIsLowerBound ?? false, n);
  }
  console.log(`equal ${equal}/${prepared.length}, totals right ${totals}/${prepared.length}`);
}
db.close();
