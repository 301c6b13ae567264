import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/open';
import { upsertSearchDocs, withDeferredIndexing, type SearchDoc } from '../../../src/main/search';
import { blockFrontier, frontier } from '../../../src/main/search/impacts';
import { dropDocRows, offerDocRows, offeredDocRows, tokenizeDocs } from '../../../src/main/search/docRows';
import { forEachToken, knowsEvery, learnedFolds } from '../../../src/main/search/tokenize';
import { tempUserDb } from '../../helpers/db';

/**
 * Rows a parse worker builds for the postings (docRows.ts tokenizeDocs, no database) must give the same
 * search_postings, byte for byte, as the writer tokenizing the documents itself; a document with a character
 * the worker has not learned, or whose text changed after it was tokenized, is left to the writer.
 */

let a: Db;
let b: Db;
let disposeA: () => void;
let disposeB: () => void;
beforeEach(() => {
  ({ db: a, dispose: disposeA } = tempUserDb('sd-rows-a-'));
  ({ db: b, dispose: disposeB } = tempUserDb('sd-rows-b-'));
});
afterEach(() => {
  disposeA();
  disposeB();
});

const dump = (db: Db): unknown[] => db.prepare('SELECT term, last, n, hex(data), hex(pos) FROM search_postings ORDER BY term, last').raw().all();

// ASCII words, case and digits, the title separator (learned), and characters a worker has not learned.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('the', 'Data', 'LAMBDA', 's3', 'x1', 'shard', 'quota', 'stream', 'a') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '. ', '\n', '-', ', ', '’') },
  { weight: 1, arbitrary: fc.constantFrom(' › ', 'café', 'Größe', '東京', 'e\u0301') },
);
const text = (max: number): fc.Arbitrary<string> => fc.array(piece, { maxLength: max }).map((p) => p.join(''));
const docs = fc.array(fc.record({ title: text(6), body: text(40) }), { minLength: 1, maxLength: 30 });

describe('parse workers’ postings rows', () => {
  it('give byte-identical postings to the writer’s own tokenizing (property, several batches)', () => {
    // What the writer teaches its workers before an import: the title separator.
    forEachToken(a, ' › ', () => undefined);
    fc.assert(
      fc.property(fc.array(docs, { minLength: 1, maxLength: 3 }), fc.boolean(), (batches, edit) => {
        for (const db of [a, b]) db.exec('DELETE FROM search_docs; DELETE FROM search_postings; DELETE FROM search_postings_queue;');
        let n = 0;
        for (const batch of batches) {
          const sdocs: SearchDoc[] = batch.map((d) => ({ kind: 'note', ref: `r${n++}`, title: d.title, body: d.body, service: null }));
          withDeferredIndexing(a, () => {
            upsertSearchDocs(a, sdocs);
            if (edit) a.prepare('UPDATE search_docs SET body = ? WHERE ref = ?').run('edited stream', sdocs[0]!.ref);
          });
          withDeferredIndexing(b, () => {
            const ids = upsertSearchDocs(b, sdocs);
            const rows = tokenizeDocs(sdocs);
            sdocs.forEach((d, k) => offerDocRows(b, ids[k]!, { tokens: rows, k, title: d.title, body: d.body }));
            // A document changed after it was tokenized: its rows no longer apply.
            if (edit) b.prepare('UPDATE search_docs SET body = ? WHERE id = ?').run('edited stream', ids[0]!);
          });
          dropDocRows(b);
        }
        expect(dump(b)).toEqual(dump(a));
      }),
      { numRuns: 40 },
    );
  });

  it('are used: offered rows are taken by the sync, and only known characters are tokenized off the database', () => {
    forEachToken(a, ' › ', () => undefined);
    expect(learnedFolds().some(([cp]) => cp === 0x203a)).toBe(true);
    expect(knowsEvery('notes.md › S3')).toBe(true);
    const sdocs: SearchDoc[] = [
      { kind: 'note', ref: 'x', title: 'notes.md › S3', body: 'The S3 limit is 5 TB', service: null },
      { kind: 'note', ref: 'y', title: 'notes.md', body: '東京 region', service: null },
    ];
    const rows = tokenizeDocs(sdocs);
    expect([...rows.ok]).toEqual([1, knowsEvery('東京 region') ? 1 : 0]);
    withDeferredIndexing(b, () => {
      const ids = upsertSearchDocs(b, sdocs);
      sdocs.forEach((d, k) => offerDocRows(b, ids[k]!, { tokens: rows, k, title: d.title, body: d.body }));
    });
    expect(offeredDocRows(b)?.size ?? 0).toBe(0);
    withDeferredIndexing(a, () => upsertSearchDocs(a, sdocs));
    expect(dump(b)).toEqual(dump(a));
  });
});

describe('the block writer’s frontier', () => {
  it('equals frontier() on typed columns, with and without a prior block (property)', () => {
    const pt = fc.record({ d: fc.integer({ min: 0, max: 5000 }), f: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constant(0x300000)), k: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 0, maxLength: 120 }), fc.option(fc.array(pt, { minLength: 1, maxLength: 40 })), (pts, priorPts) => {
        const prior = priorPts ? frontier(priorPts.map((p) => p.d), priorPts.map((p) => p.f), priorPts.map((p) => p.k), null) : null;
        const col = (k: 'd' | 'f' | 'k'): Float64Array => Float64Array.from([...pts.map((p) => p[k]), -7]);
        expect(blockFrontier(col('d'), col('f'), col('k'), pts.length, prior)).toEqual(
          frontier(pts.map((p) => p.d), pts.map((p) => p.f), pts.map((p) => p.k), prior),
        );
      }),
      { numRuns: 300 },
    );
  });
});
