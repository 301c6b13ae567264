/**
 * Ad-hoc (session 9): FTS5's share of a bulk import alone — BENCH_NOTES documents indexed into search_fts and
 * search_title_fts in 2,000-document batches in one transaction, as indexPendingDocs does — under a given
 * hashsize (HASH, MiB), automerge (AM) and crisismerge (CM): CPU, pages, segments left, and a few MATCH
 * queries' time. Session 9 measured at 50k: automerge 16 cut FTS5 CPU ~23 % but left 10 segments instead of 4;
 * hashsize 64 MiB changed nothing. Usage: BENCH_NOTES=50000 HASH=16 AM=16 npx tsx bench/_s9fts.ts
 */
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { notes } from './corpus';
import { tempDir } from '../test/helpers/tmp';
const N = Number(process.env.BENCH_NOTES ?? 50000);
const HASH = Number(process.env.HASH ?? 16);
const AM = process.env.AM;
const CM = process.env.CM;
const t = tempDir('sd-fts-');
const db = openUserDb(join(t.dir, 'b.sqlite')).db;
const corpus = [...notes(N)];
db.exec(`CREATE TABLE d(id INTEGER PRIMARY KEY, title TEXT, body TEXT)`);
const ins = db.prepare('INSERT INTO d(id,title,body) VALUES (?,?,?)');
db.transaction(() => corpus.forEach((n, i) => ins.run(i + 1, `notes-${Math.floor(i / 100)}.md › ${n.title}`, n.body)))();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
db.transaction(() => {
  for (const tb of ['search_fts', 'search_title_fts']) {
    db.exec(`INSERT INTO ${tb}(${tb}, rank) VALUES ('hashsize', ${HASH * 1024 * 1024})`);
    if (AM) db.exec(`INSERT INTO ${tb}(${tb}, rank) VALUES ('automerge', ${AM})`);
    if (CM) db.exec(`INSERT INTO ${tb}(${tb}, rank) VALUES ('crisismerge', ${CM})`);
  }
  const a = db.prepare('INSERT INTO search_fts(rowid, title, body) SELECT id, title, body FROM d WHERE id > ? AND id <= ?');
  const b = db.prepare('INSERT INTO search_title_fts(rowid, title) SELECT id, title FROM d WHERE id > ? AND id <= ?');
  for (let i = 0; i < N; i += 2000) { a.run(i, i + 2000); b.run(i, i + 2000); }
})();
const ms = performance.now() - t0;
const c = process.cpuUsage(cpu0);
const blob = db.prepare("SELECT block FROM search_fts_data WHERE id = 10").pluck().get() as Buffer;
let at = 4; const vi = (): number => { let v = 0, m = 1, x; do { x = blob[at++]!; v += (x & 0x7f) * m; m *= 128; } while (x >= 0x80); return v; };
const nLevel = vi(), nSeg = vi();
if (AM) for (const tb of ['search_fts', 'search_title_fts']) db.exec(`INSERT INTO ${tb}(${tb}, rank) VALUES ('automerge', 4)`);
const qs = ['se*', 'lam*', 'tim*', '"s3 bucket"', 'lambda timeout', 'da*', 'con*'];
const q = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20');
const qt0 = performance.now(); for (let r = 0; r < 5; r++) for (const x of qs) q.all(x); const qms = (performance.now() - qt0) / 5;
const segs = { nLevel, nSeg, qms: Math.round(qms) };
const pages = db.pragma('page_count', { simple: true });
console.log(JSON.stringify({ segs, HASH, AM, CM, ms: Math.round(ms), cpu: Math.round((c.user + c.system) / 1000), pages, maxRss: process.resourceUsage().maxRSS / 1024 }));
db.close(); t.cleanup();
