/**
 * Session 18 (ad-hoc, issue 19): type-ahead worst cases with and without FTS5's prefix index. Builds (once,
 * kept in DIR) the bench's BENCH_NOTES notes as search documents under the current schema ('new') and a copy
 * whose two FTS5 tables have no prefix index ('none'), then times short and many-term prefixes in type-ahead
 * and ranked mode on both: median of PASSES, and whether the pages are identical.
 * Usage: BENCH_NOTES=100000 DIR=/tmp/lead/ta npx tsx bench/_s18ta.ts
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { upsertSearchDocs, withDeferredIndexing } from '../src/main/search';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 100_000);
const PASSES = Number(process.env.PASSES ?? 5);
const dir = process.env.DIR ?? '/tmp/lead/ta';
mkdirSync(dir, { recursive: true });
const a = join(dir, `new-${N}.sqlite`);
const b = join(dir, `none-${N}.sqlite`);
if (!existsSync(b)) {
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
  copyFileSync(a, b);
  const c = openUserDb(b).db;
  c.exec(`DROP TABLE search_fts;
    CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO search_fts(search_fts) VALUES ('rebuild');
    DROP TABLE search_title_fts;
    CREATE VIRTUAL TABLE search_title_fts USING fts5(title, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO search_title_fts(search_title_fts) VALUES ('rebuild');`);
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.close();
}
const dbs = { new: openUserDb(a).db, none: openUserDb(b).db };
const qs = (process.env.QS ?? 'a|s|t|c|x|1|th|co|st|re|x1|12|ab|lam|sto|dyn|lambda t|lambda th|the s|s3 l|write co|zz|q|qu|9|0|20').split('|');
for (const mode of ['typeahead', 'ranked'] as const) {
  for (const q of qs) {
    const req = searchRequest.parse({ q, mode, limit: 20 });
    const ms: Record<string, number[]> = { new: [], none: [] };
    const got: Record<string, string> = {};
    for (let p = 0; p <= PASSES; p++)
      for (const v of ['new', 'none'] as const) {
        const s = performance.now();
        const r = search(dbs[v], req);
        if (p) ms[v]!.push(performance.now() - s);
        got[v] = JSON.stringify([r.total, r.totalIsLowerBound, r.hits.map((h) => h.ref)]);
      }
    const med = (xs: number[]): string => [...xs].sort((x, y) => x - y)[xs.length >> 1]!.toFixed(2);
    console.log(`${mode.padEnd(9)} ${JSON.stringify(q).padEnd(12)} new ${med(ms.new!).padStart(7)} ms  none ${med(ms.none!).padStart(7)} ms  ${got.new === got.none ? 'same' : 'DIFFER'}`);
  }
}
