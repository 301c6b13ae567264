/**
 * Ad-hoc (session 12): do two databases answer every bench query alike? For each of the bench's 210
 * queries: the app's type-ahead and ranked search (ids, order, totals, snippets: the whole response), and
 * FTS5 straight (every match of search_fts and search_title_fts with its bm25, in bm25 then rowid order,
 * FTS5's own snippet() and highlight()). Also FTS5 structure (segments) and a type-ahead timing of each.
 * (tookMs left out). APP_ONLY=1 skips the FTS5 queries (slow: a snippet for every match).
 * Usage: npx tsx bench/_s12same.ts <a.sqlite> <b.sqlite>
 */
import { openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { literalQuery, queryTokens } from '../src/shared/search/queryText';
import { queries } from './corpus';

const [pa, pb] = process.argv.slice(2) as [string, string];
const qs = queries().map((q) => {
  const tokens = queryTokens(q.text);
  const prefix = q.kind === 'prefix';
  return {
    q,
    fts: q.kind === 'phrase' ? q.text : literalQuery(tokens, prefix),
    reqT: searchRequest.parse({ q: q.text, mode: 'typeahead', limit: 20 }),
    reqR: searchRequest.parse({ q: prefix ? q.text : `${q.text} `, mode: 'ranked', limit: 20 }),
  };
});
const answers = (path: string): { out: string[]; segs: number[]; typeMs: number } => {
  const { db } = openUserDb(path);
  const out: string[] = [];
  for (const p of qs) {
    // Everything but the time it took.
    const answer = (r: object): string => JSON.stringify({ ...r, tookMs: undefined });
    out.push(answer(search(db, p.reqT)));
    out.push(answer(search(db, p.reqR)));
    if (process.env.APP_ONLY) continue;
    out.push(
      JSON.stringify(
        db
          .prepare(
            `SELECT rowid, bm25(search_fts, 8.0, 1.0) AS s, snippet(search_fts, 1, '[', ']', '…', 12) AS sn, highlight(search_fts, 0, '<', '>') AS h
               FROM search_fts WHERE search_fts MATCH ? ORDER BY s, rowid`,
          )
          .raw()
          .all(p.fts),
      ),
    );
    out.push(
      JSON.stringify(
        db.prepare('SELECT rowid, bm25(search_title_fts) AS s FROM search_title_fts WHERE search_title_fts MATCH ? ORDER BY s, rowid').raw().all(p.fts),
      ),
    );
  }
  const segs = ['search_fts', 'search_title_fts'].map((t) => db.prepare(`SELECT count(DISTINCT segid) FROM ${t}_idx`).pluck().get() as number);
  const ms: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const p of qs) search(db, p.reqT);
    ms.push(performance.now() - t0);
  }
  db.close();
  return { out, segs, typeMs: ms.sort((x, y) => x - y)[1]! };
};
const a = answers(pa);
const b = answers(pb);
let differ = 0;
a.out.forEach((x, i) => {
  if (x !== b.out[i]) {
    differ++;
    if (differ <= 5) console.log('DIFFER', i);
  }
});
const nonEmpty = a.out.filter((x) => x !== '[]' && !x.includes('"total":0')).length;
console.log(`${a.out.length} answers compared (${qs.length} queries × type-ahead, ranked${process.env.APP_ONLY ? '' : ', FTS5 body, FTS5 titles'}; ${nonEmpty} non-empty), ${differ} differ`);
console.log(`segments a ${a.segs.join('/')} b ${b.segs.join('/')}; type-ahead pass (210 queries, median of 3) a ${a.typeMs.toFixed(0)} ms, b ${b.typeMs.toFixed(0)} ms`);
