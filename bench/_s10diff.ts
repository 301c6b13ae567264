/** Ad-hoc (issue 19, session 10): old vs new search() result for the queries given (OLD_DIR as in _s9rank). */
import { openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { queries } from './corpus';
const old = (await import(`${process.env.OLD_DIR ?? '/tmp/s10perf/old'}/query.ts`)) as { search: typeof search };
const db = openUserDb(process.env.RANK_DB ?? '/tmp/s10perf/rank3.sqlite').db;
let diff = 0;
for (const q of queries()) {
  const req = searchRequest.parse({ q: q.kind === 'prefix' ? q.text : `${q.text} `, mode: 'ranked', limit: 20 });
  const a = old.search(db, req);
  const b = search(db, req);
  const ka = JSON.stringify(a.hits.map((h) => h.ref));
  const kb = JSON.stringify(b.hits.map((h) => h.ref));
  if (ka !== kb || a.total !== b.total || a.totalIsLowerBound !== b.totalIsLowerBound) {
    diff++;
    if (diff < 6) console.log(q.text, ka === kb ? 'same page' : `PAGE\n ${ka}\n ${kb}`, a.total, b.total, a.totalIsLowerBound, b.totalIsLowerBound);
  }
}
console.log('differences', diff);
