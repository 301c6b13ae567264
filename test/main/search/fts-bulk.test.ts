import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '../../../src/main/db/open';
import { upsertSearchDocs, withDeferredIndexing, type SearchDoc } from '../../../src/main/search';
import { tempUserDb } from '../../helpers/db';

/**
 * A bulk write (withDeferredIndexing) changes FTS5's settings for its duration (a larger in-memory index):
 * they are put back, the index passes FTS5's integrity check, and every query answers as an index rebuilt
 * from scratch (FTS5's 'rebuild') does. A guard for any future bulk-load tuning (merge policy, batch sizes).
 */
let db: Db;
let dispose: () => void;
beforeAll(() => ({ db, dispose } = tempUserDb('sd-fts-bulk-')));
afterAll(() => dispose());

const WORDS = ['lambda', 'bucket', 'instance', 'replica', 'throughput', 'latency', 'region', 'zone', 'policy', 'queue', 'stream', 'cache'];
const docs = (from: number, n: number): SearchDoc[] =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const body = Array.from({ length: 20 + (k % 30) }, (_, j) => WORDS[(k * 7 + j * j) % WORDS.length]).join(' ');
    return { kind: 'note', ref: `bulk-${k}`, title: `${WORDS[k % WORDS.length]} note ${k}`, body, service: null };
  });
const config = (t: string, k: string): unknown => db.prepare(`SELECT v FROM ${t}_config WHERE k = ?`).pluck().get(k);
const answers = (): string =>
  JSON.stringify(
    ['lam*', 'bucket', 'replica zone', '"stream cache"', 'in*', 'po* AND qu*', 'note'].map((q) => [
      db.prepare("SELECT rowid, bm25(search_fts, 8.0, 1.0), snippet(search_fts, 1, '[', ']', '…', 8) FROM search_fts WHERE search_fts MATCH ? ORDER BY 2, 1").raw().all(q),
      db.prepare('SELECT rowid, bm25(search_title_fts) FROM search_title_fts WHERE search_title_fts MATCH ? ORDER BY 2, 1').raw().all(q),
    ]),
  );

describe('FTS5 during a bulk write', () => {
  it('puts its settings back and answers as a rebuilt index does', () => {
    // Batches flushed as separate segments (as a long import's indexBatch calls do), over several writes.
    for (let w = 0; w < 3; w++)
      withDeferredIndexing(db, (indexBatch) => {
        for (let b = 0; b < 5; b++) {
          upsertSearchDocs(db, docs(w * 1000 + b * 200, 200));
          indexBatch();
        }
      });
    for (const t of ['search_fts', 'search_title_fts']) {
      expect(config(t, 'automerge')).toBeUndefined();
      expect(Number(config(t, 'hashsize'))).toBe(1024 * 1024);
      db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('integrity-check', 1)`);
    }
    const bulk = answers();
    for (const t of ['search_fts', 'search_title_fts']) db.exec(`INSERT INTO ${t}(${t}) VALUES ('rebuild')`);
    expect(answers()).toBe(bulk);
  });
});
