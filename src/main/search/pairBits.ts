/**
 * Per-document word-pair filters for ranked search's phrases (issue 19, session 10; migration 0140).
 *
 * A phrase of two common words ("with have") has tens of thousands of documents holding both words and a
 * few dozen holding them side by side: checking every such document's positions was most of a phrase
 * query's time, and no bound built from the words' own frequencies tells the two apart. So each document
 * carries PAIR_BYTES of bits, one bit (of PAIR_BITS) set per pair of adjacent tokens in the same column (a
 * one-hash Bloom filter of its word pairs). A phrase's candidate whose bit for some adjacent pair of the
 * phrase is clear cannot hold the phrase, and is dropped before its bound is computed or its positions are
 * read. A set bit proves nothing (another pair may share it): those are checked as before, so results are
 * the same, only fewer documents are read.
 *
 * The bits are a pure function of a document's text (the term hashes are FNV-1a over the term's UTF-16
 * code units, as TermTable computes them), written by the same sync that writes its postings (and cleared
 * with them on a rebuild). Database-free: parse workers compute them too.
 *
 * Stored bit-major, in rows of 1,024 documents (`blk` = id >> 10): bit b of the row's documents is the 128
 * bytes at b × 128, document (id & 1023)'s bit at byte (id & 1023) >> 3. In memory the rows are kept as
 * stored, side by side (one copy each when a generation's first phrase loads them); a phrase ANDs its
 * pairs' slices into one bitmap over every id (12.5 KB for 100k notes, cache-resident) and tests a bit per
 * candidate, not 128 bytes per candidate (a cache miss each, which cost more than the checks it saved).
 */

/** Bytes per document: 1,024 bits, ~16 % of them set by a 180-word note (its ~170 distinct pairs). */
export const PAIR_BYTES = 128;
const PAIR_MASK = PAIR_BYTES * 8 - 1;
/** Documents per stored row: a row is `id >> PAIR_BLOCK_SHIFT`. */
export const PAIR_BLOCK_SHIFT = 10;
export const PAIR_BLOCK_DOCS = 1 << PAIR_BLOCK_SHIFT;
/** Bytes of one bit's bitmap in a stored row. */
const ROW_SLICE = PAIR_BLOCK_DOCS / 8;
/** A stored row's bytes. */
export const PAIR_ROW_BYTES = PAIR_BYTES * 8 * ROW_SLICE;

/** FNV-1a over UTF-16 code units (TermTable's term hash). */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
  return h;
}

/** The bit of the ordered pair (x, y) of term hashes: a multiply-xorshift mix of both. */
export function pairBit(hx: number, hy: number): number {
  let h = Math.imul(hx ^ Math.imul(hy, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h & PAIR_MASK;
}

/**
 * Sets in out[at, at + PAIR_BYTES) the bit of each adjacent pair of `seq` (one column's tokens as term
 * indexes, in order); `hashOf[ix]` is term ix's hash.
 */
export function addPairs(seq: ArrayLike<number>, n: number, hashOf: ArrayLike<number>, out: Uint8Array, at: number): void {
  if (n < 2) return;
  let prev = hashOf[seq[0]!]!;
  for (let i = 1; i < n; i++) {
    const h = hashOf[seq[i]!]!;
    const bit = pairBit(prev, h);
    out[at + (bit >>> 3)]! |= 1 << (bit & 7);
    prev = h;
  }
}

/**
 * Writes documents' bits (doc k's PAIR_BYTES at k × PAIR_BYTES in `docBits`) into a stored row (bit-major),
 * document k in column slots[k]; `clear`: the row held other bits for those columns (their old text).
 */
export function putRowColumns(row: Uint8Array, docBits: Uint8Array, slots: readonly number[], clear: boolean): void {
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k]!;
    const byte = s >>> 3;
    const m = 1 << (s & 7);
    if (clear) for (let b = 0; b < PAIR_BYTES * 8; b++) row[b * ROW_SLICE + byte]! &= ~m;
    const at = k * PAIR_BYTES;
    for (let x = 0; x < PAIR_BYTES; x++) {
      let v = docBits[at + x]!;
      while (v !== 0) {
        const low = v & -v;
        row[(x * 8 + 31 - Math.clz32(low)) * ROW_SLICE + byte]! |= m;
        v ^= low;
      }
    }
  }
}

/** The stored rows of ids 0…maxId side by side (row blk at blk × PAIR_ROW_BYTES; a missing row is zeros). */
export interface PairBitmaps {
  blocks: number;
  rows: Uint8Array;
}

/** Stored rows as PairBitmaps for ids up to maxId. */
export function pairBitmaps(rows: readonly { blk: number; bits: Uint8Array }[], maxId: number): PairBitmaps {
  const blocks = (maxId >> PAIR_BLOCK_SHIFT) + 1;
  const all = new Uint8Array(blocks * PAIR_ROW_BYTES);
  for (const r of rows) if (r.blk < blocks && r.bits.length === PAIR_ROW_BYTES) all.set(r.bits, r.blk * PAIR_ROW_BYTES);
  return { blocks, rows: all };
}

/**
 * The documents that may hold the phrase (terms in order): a bitmap over ids (bit id & 7 of byte id >> 3),
 * the AND of its adjacent pairs' bitmaps. A clear bit proves the document lacks the phrase.
 */
export function phraseFilter(maps: PairBitmaps, terms: readonly string[]): Uint8Array {
  const { blocks, rows } = maps;
  const out = new Uint8Array(blocks * ROW_SLICE).fill(0xff);
  for (let i = 1; i < terms.length; i++) {
    const slice = pairBit(termHash(terms[i - 1]!), termHash(terms[i]!)) * ROW_SLICE;
    for (let blk = 0; blk < blocks; blk++) {
      const from = blk * PAIR_ROW_BYTES + slice;
      const to = blk * ROW_SLICE;
      for (let x = 0; x < ROW_SLICE; x++) out[to + x]! &= rows[from + x]!;
    }
  }
  return out;
}
