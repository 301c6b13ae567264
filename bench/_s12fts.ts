/**
 * Ad-hoc (session 12): FTS5 bulk-insert cost under different settings. Takes an imported database (SRC),
 * empties its two FTS5 indexes, then re-inserts every document in batches of 2000 (as an import does) in one
 * transaction with the settings of each variant; prints insert ms, commit ms, checkpoint ms, FTS5 pages.
 * CPU (process.cpuUsage), not wall: the machine was shared (load 15–25 on 2 cores) while session 12 ran it.
 * Session 12 found (single runs, ±15 % noise): FTS5 insert CPU at 100k notes with today's settings (batches of
 * 2,000, hashsize 16 MiB, automerge 4) 8.9–11.0 s, leaving 9/7 segments; automerge 0 + 10,000-document batches
 * + 'merge' commands at the end until nothing is left to merge ('fin64') 5.8 + 2.2 s, leaving 1/1; at 20k the
 * same change cost more than it saved (1.43–1.57 → 1.58–1.72 s), and automerge alone (a0m16) too. Merging is
 * not where FTS5's time goes: tokenizing and the three hash inserts per token (prefix='2 3') are. End to end
 * (bench/_imp.ts, base vs that change) the importing thread's CPU went UP (20k: 7.51 → 8.60 s median of 3;
 * 100k: 38.3 → 41.1 s, one round) with +74 MB peak RSS at 100k, so it was reverted.
 * Usage: SRC=/tmp/x.sqlite [BATCH=2000] VARIANTS=cur,h64,... npx tsx bench/_s12fts.ts
 */
import { copyFileSync, rmSync } from 'node:fs';
import { openUserDb } from '../src/main/db/open';

const SRC = process.env.SRC!;
const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const BATCH = Number(process.env.BATCH ?? 2000);
const variants = (process.env.VARIANTS ?? 'cur').split(',');
const T = ['search_fts', 'search_title_fts'];
const cfg: Record<string, { hash?: number; automerge?: number; crisis?: number; pgsz?: number; end?: string; usermerge?: number }> = {
  def: {},
  cur: { hash: 16 << 20 },
  h64: { hash: 64 << 20 },
  h256: { hash: 256 << 20 },
  h64a0: { hash: 64 << 20, automerge: 0 },
  h16a0: { hash: 16 << 20, automerge: 0 },
  h16a0m: { hash: 16 << 20, automerge: 0, end: 'merge' },
  h64a8: { hash: 64 << 20, automerge: 8 },
  h16a16: { hash: 16 << 20, automerge: 16 },
  h64c64: { hash: 64 << 20, crisis: 64 },
  h64a0c64: { hash: 64 << 20, automerge: 0, crisis: 64 },
  h16p: { hash: 16 << 20, pgsz: 4000 },
  h256a0m: { hash: 256 << 20, automerge: 0, end: 'merge' },
  h128a8: { hash: 128 << 20, automerge: 8 },
  h128a16: { hash: 128 << 20, automerge: 16 },
  fin: { hash: 128 << 20, automerge: 0, end: 'mergeAll' },
  fin64: { hash: 64 << 20, automerge: 0, end: 'mergeAll' },
  a0m16: { hash: 16 << 20, automerge: 0, end: 'mergeAll' },
  h128: { hash: 128 << 20 },
  h128a0m: { hash: 128 << 20, automerge: 0, end: 'merge' },
  h128a0: { hash: 128 << 20, automerge: 0 },
  h64a0m: { hash: 64 << 20, automerge: 0, end: 'merge' },
  h64o: { hash: 64 << 20, automerge: 0, end: 'optimize' },
};
for (const v of variants) {
  const c = cfg[v]!;
  const path = `/tmp/imp12/fts-${v}.sqlite`;
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  copyFileSync(SRC, path);
  const { db } = openUserDb(path);
  if (process.env.CACHE) db.pragma(`cache_size = -${process.env.CACHE}`);
  for (const t of T) db.exec(`INSERT INTO ${t}(${t}) VALUES ('delete-all')`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const ids = db.prepare('SELECT id FROM search_docs ORDER BY id').pluck().all() as number[];
  const setK = (t: string, k: string, val: number): void => void db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('${k}', ${val})`);
  const t0 = cpuNow();
  db.exec('BEGIN');
  for (const t of T) {
    if (c.hash) setK(t, 'hashsize', c.hash);
    if (c.automerge !== undefined) setK(t, 'automerge', c.automerge);
    if (c.crisis !== undefined) setK(t, 'crisismerge', c.crisis);
    if (c.pgsz !== undefined) setK(t, 'pgsz', c.pgsz);
  }
  for (let i = 0; i < ids.length; i += BATCH) {
    const lo = ids[i]!, hi = ids[Math.min(ids.length, i + BATCH) - 1]!;
    db.exec(`INSERT INTO search_fts(rowid, title, body) SELECT id, title, body FROM search_docs WHERE id BETWEEN ${lo} AND ${hi};
      INSERT INTO search_title_fts(rowid, title) SELECT id, title FROM search_docs WHERE id BETWEEN ${lo} AND ${hi};`);
  }
  const t1 = cpuNow();
  if (c.end === 'merge') for (const t of T) setK(t, 'merge', 500);
  if (c.end === 'mergeAll')
    for (const t of T) {
      setK(t, 'automerge', 4);
      for (let k = 0; k < 1000; k++) {
        const before = (db.prepare('SELECT total_changes()').pluck().get() as number);
        setK(t, 'merge', 1000);
        const after = (db.prepare('SELECT total_changes()').pluck().get() as number);
        if (after - before <= 1) break;
      }
    }
  if (c.end === 'optimize') for (const t of T) db.exec(`INSERT INTO ${t}(${t}) VALUES ('optimize')`);
  const t2 = cpuNow();
  db.exec('COMMIT');
  const t3 = cpuNow();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const t4 = cpuNow();
  const pages = T.map((t) => db.prepare(`SELECT count(*) FROM ${t}_data`).pluck().get());
  const segs = T.map((t) => (db.prepare(`SELECT count(DISTINCT segid) FROM ${t}_idx`).pluck().get()));
  console.log(`${v.padEnd(10)} batch ${BATCH} CPU insert ${(t1 - t0).toFixed(0)} ms, end ${(t2 - t1).toFixed(0)}, commit ${(t3 - t2).toFixed(0)}, ckpt ${(t4 - t3).toFixed(0)}; data rows ${pages.join('/')}, segments ${segs.join('/')}, maxRSS ${((process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(0)} MB`);
  db.close();
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
}
