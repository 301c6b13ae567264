import { openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { queries } from './corpus';
const db = openUserDb('/tmp/s10perf/rank3.sqlite').db;
for (const q of queries().filter((q) => q.kind === 'phrase').slice(0, 50)) {
  (globalThis as any).ST = { checks: 0, hits: 0, offs: 0, blocks: "" };
  const c0 = process.cpuUsage();
  const r = search(db, searchRequest.parse({ q: q.text + ' ', mode: 'ranked', limit: 20 }));
  const c = process.cpuUsage(c0);
  console.log(q.text.padEnd(22), ((c.user + c.system) / 1000).toFixed(1).padStart(6), JSON.stringify((globalThis as any).ST), r.total);
}
