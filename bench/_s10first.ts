/**
 * Ad-hoc (issue 19, session 10): what the first phrase query of a postings generation pays to load the
 * word-pair bitmaps (pairBits.ts), against the same query once they are loaded: CPU ms, best of ROUNDS.
 * Usage: RANK_DB=/tmp/s10perf/rank3.sqlite ROUNDS=5 node --expose-gc --import tsx bench/_s10first.ts
 */
import { openUserDb } from '../src/main/db/open';
import { postingsMemoryBytes } from '../src/main/search/postings';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';

const db = openUserDb(process.env.RANK_DB ?? '/tmp/s10perf/rank3.sqlite').db;
const plain = searchRequest.parse({ q: 'lambda ', mode: 'ranked', limit: 20 });
const phrase = searchRequest.parse({ q: '"with have" ', mode: 'ranked', limit: 20 });
const cpu = (fn: () => unknown): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const bump = db.prepare("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'searchPostingsGen'");
let first = Infinity;
let warm = Infinity;
for (let r = 0; r < Number(process.env.ROUNDS ?? 5); r++) {
  bump.run(); // a new generation: the in-memory docs list and bitmaps are re-read
  search(db, plain); // the docs list (every query pays it after a write)
  first = Math.min(first, cpu(() => search(db, phrase)));
  for (let i = 0; i < 5; i++) warm = Math.min(warm, cpu(() => search(db, phrase)));
}
console.log(`first phrase query of a generation ${first.toFixed(1)} ms, then ${warm.toFixed(1)} ms; in-memory ${(postingsMemoryBytes(db) / 2 ** 20).toFixed(1)} MiB`);
db.close();
