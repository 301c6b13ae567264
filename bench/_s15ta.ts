/**
 * Session 15 (ad-hoc): type-ahead and ranked search under the current schema's FTS5 prefix indexes ('new')
 * and under PREFIX ('old', default '2 3', the schema before migration 0150). Builds BENCH_NOTES bench notes
 * as search documents once (withDeferredIndexing, as an import: FTS5, postings, term list), copies the file,
 * recreates the copy's two FTS5 tables with PREFIX and rebuilds them, then times the bench's 210 queries
 * (bench/run.ts's requests) on both, interleaved per pass, median of PASSES per query; prints p50/p95 per
 * mode and whether the pages (ids, order, totals) are identical. The query code reads each database's
 * prefix lengths (query.ts indexedPrefixLengths), so 'old' runs as the code before 0150 did.
 * Usage: BENCH_NOTES=100000 [PREFIX='2 3'] [PASSES=3] npx tsx bench/_s15ta.ts
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb, type Db } from '../src/main/db/open';
import { upsertSearchDocs, withDeferredIndexing } from '../src/main/search';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { tempDir } from '../test/helpers/tmp';
import { notes, queries } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 100_000);
const PASSES = Number(process.env.PASSES ?? 3);
const PREFIX = process.env.PREFIX ?? '2 3';
const t = tempDir('sd-s15ta-');
try {
  const a = join(t.dir, 'a.sqlite');
  const b = join(t.dir, 'b.sqlite');
  const t0 = performance.now();
  {
    const { db } = openUserDb(a);
    const docs = [...notes(N)].map((n, i) => ({ kind: 'note' as const, ref: `n${i}`, title: `notes-${Math.floor(i / 100)}.md › ${n.title}`, body: n.body, service: null }));
    withDeferredIndexing(db, (indexBatch) => {
      for (let i = 0; i < docs.length; i += 2000) {
        upsertSearchDocs(db, docs.slice(i, i + 2000));
        indexBatch({ postings: (i + 2000) % 20000 === 0 });
      }
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  copyFileSync(a, b);
  {
    const { db } = openUserDb(b);
    const pre = PREFIX ? `, prefix='${PREFIX}'` : '';
    db.exec(`DROP TABLE search_fts;
      CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre});
      INSERT INTO search_fts(search_fts) VALUES ('rebuild');
      DROP TABLE search_title_fts;
      CREATE VIRTUAL TABLE search_title_fts USING fts5(title, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre});
      INSERT INTO search_title_fts(search_title_fts) VALUES ('rebuild');`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  console.log(`built ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s; old: prefix='${PREFIX}', new: the current schema`);
  const dbs: Record<'old' | 'new', Db> = { old: openUserDb(b).db, new: openUserDb(a).db };
  const qs = queries();
  const reqs = qs.map((q) => ({
    q,
    t: searchRequest.parse({ q: q.text, mode: 'typeahead', limit: 20 }),
    r: searchRequest.parse({ q: q.kind === 'prefix' ? q.text : `${q.text} `, mode: 'ranked', limit: 20 }),
  }));
  for (const mode of ['t', 'r'] as const) {
    const times: Record<'old' | 'new', number[][]> = { old: reqs.map(() => []), new: reqs.map(() => []) };
    let differ = 0;
    for (let pass = 0; pass <= PASSES; pass++)
      reqs.forEach((x, i) => {
        const order = (i + pass) % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const);
        const got: Record<string, string> = {};
        for (const v of order) {
          const s = performance.now();
          const res = search(dbs[v], x[mode]);
          const ms = performance.now() - s;
          if (pass > 0) times[v][i]!.push(ms);
          got[v] = JSON.stringify([res.total, res.totalIsLowerBound, res.hits.map((h) => h.ref)]);
        }
        if (pass === 0 && got.old !== got.new) {
          differ++;
          if (differ <= 5) console.log(`differs (${mode}) ${JSON.stringify(x.q.text)}: ${got.old!.slice(0, 120)} vs ${got.new!.slice(0, 120)}`);
        }
      });
    for (const v of ['old', 'new'] as const) {
      const med = times[v].map((xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1]!).sort((p, q) => p - q);
      const slow = times[v].map((xs, i) => [[...xs].sort((p, q) => p - q)[xs.length >> 1]!, qs[i]!.text] as const).sort((p, q) => q[0] - p[0]).slice(0, 6);
      console.log(`${mode === 't' ? 'type-ahead' : 'ranked'} ${v}: p50 ${med[med.length >> 1]!.toFixed(3)} ms, p95 ${med[Math.floor(med.length * 0.95)]!.toFixed(3)} ms, max ${med.at(-1)!.toFixed(2)} ms; slowest ${slow.map(([ms, q]) => `${JSON.stringify(q)} ${ms.toFixed(1)}`).join(', ')}`);
    }
    console.log(`${mode === 't' ? 'type-ahead' : 'ranked'}: ${differ} of ${reqs.length} pages differ`);
  }
  dbs.old.close();
  dbs.new.close();
} finally {
  t.cleanup();
}
