import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPairs,
  pairBit,
  pairBitmaps,
  PAIR_BYTES,
  PAIR_ROW_BYTES,
  phraseFilter,
  putRowColumns,
  termHash,
} from '../../../src/main/search/pairBits';

/**
 * The word-pair filter (pairBits.ts) may keep a document without the phrase (a shared bit) but must never
 * drop one with it: checked on random documents written into stored rows in random batches (rewrites of a
 * document's column included), read back as bitmaps, against brute-force phrase search.
 */

const VOCAB = ['the', 'of', 'data', 'lambda', 'café', 'x1', 'shard', 'a'];

/** One document's bits as the sync computes them (term hashes by index into VOCAB). */
function docBits(cols: number[][]): Uint8Array {
  const out = new Uint8Array(PAIR_BYTES);
  const hashes = VOCAB.map(termHash);
  for (const c of cols) addPairs(c, c.length, hashes, out, 0);
  return out;
}

const hasPhrase = (cols: number[][], phrase: number[]): boolean =>
  cols.some((c) => c.some((_, i) => phrase.every((w, j) => c[i + j] === w)));

describe('word-pair bits', () => {
  it('never drop a document holding the phrase, after batched writes and rewrites (property)', () => {
    const col = fc.array(fc.integer({ min: 0, max: VOCAB.length - 1 }), { maxLength: 14 });
    const doc = fc.record({ id: fc.integer({ min: 1, max: 2600 }), title: col, body: col });
    fc.assert(
      fc.property(
        fc.array(fc.array(doc, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(fc.integer({ min: 0, max: VOCAB.length - 1 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        (batches, phrases) => {
          const rows = new Map<number, Uint8Array>();
          const now = new Map<number, number[][]>();
          for (const batch of batches) {
            // One write per document and batch (the sync's queue is grouped by id): the last one wins.
            const last = new Map(batch.map((d) => [d.id, d]));
            const byBlk = new Map<number, { id: number; cols: number[][] }[]>();
            for (const d of last.values()) {
              const blk = d.id >> 10;
              byBlk.set(blk, [...(byBlk.get(blk) ?? []), { id: d.id, cols: [d.title, d.body] }]);
            }
            for (const [blk, ds] of byBlk) {
              const had = rows.get(blk);
              const row = had ?? new Uint8Array(PAIR_ROW_BYTES);
              const bits = new Uint8Array(ds.length * PAIR_BYTES);
              ds.forEach((d, k) => bits.set(docBits(d.cols), k * PAIR_BYTES));
              putRowColumns(row, bits, ds.map((d) => d.id & 1023), had !== undefined);
              rows.set(blk, row);
              for (const d of ds) now.set(d.id, d.cols);
            }
          }
          const maxId = Math.max(...now.keys());
          const maps = pairBitmaps([...rows].map(([blk, bits]) => ({ blk, bits })), maxId);
          for (const p of phrases) {
            const filter = phraseFilter(maps, p.map((w) => VOCAB[w]!));
            for (const [id, cols] of now) {
              const kept = (filter[id >>> 3]! & (1 << (id & 7))) !== 0;
              if (hasPhrase(cols, p)) expect(kept, `document ${id} holds ${p.join(' ')}`).toBe(true);
              // A clear bit for every pair the document lacks, unless another of its pairs shares it.
              const own = new Set(cols.flatMap((c) => c.slice(1).map((w, i) => pairBit(termHash(VOCAB[c[i]!]!), termHash(VOCAB[w]!)))));
              const need = p.slice(1).map((w, i) => pairBit(termHash(VOCAB[p[i]!]!), termHash(VOCAB[w]!)));
              expect(kept).toBe(need.every((b) => own.has(b)));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('spread adjacent pairs over the bits (no two of the test vocabulary share one, order matters)', () => {
    const bits = new Set<number>();
    for (const x of VOCAB) for (const y of VOCAB) bits.add(pairBit(termHash(x), termHash(y)));
    // 64 ordered pairs into 1,024 bits: a few may share one by chance, not many.
    expect(bits.size).toBeGreaterThan(56);
    expect(pairBit(termHash('of'), termHash('the'))).not.toBe(pairBit(termHash('the'), termHash('of')));
  });
});
