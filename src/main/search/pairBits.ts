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
 * with them on a rebuild), stored in blocks of 1,024 documents (one row per `id >> 10`) so that loading
 * them is ~100 rows for 100k notes. Database-free: parse workers compute them too.
 */

/** Bytes per document: 1,024 bits, ~16 % of them set by a 180-word note (its ~170 distinct pairs). */
export const PAIR_BYTES = 128;
const PAIR_MASK = PAIR_BYTES * 8 - 1;
/** Documents per stored row: a row is `id >> PAIR_BLOCK_SHIFT`, a document's bits at (id & 1023) × PAIR_BYTES. */
export const PAIR_BLOCK_SHIFT = 10;
export const PAIR_BLOCK_DOCS = 1 << PAIR_BLOCK_SHIFT;

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

/** The bits a phrase's adjacent words need (terms in order), for `mayHavePairs`. */
export function phrasePairBits(terms: readonly string[]): Int32Array {
  const out = new Int32Array(Math.max(0, terms.length - 1));
  for (let i = 1; i < terms.length; i++) out[i - 1] = pairBit(termHash(terms[i - 1]!), termHash(terms[i]!));
  return out;
}

/** False when document `id`'s bits prove it lacks one of the pairs (`bits` from phrasePairBits). */
export function mayHavePairs(pairs: Uint8Array, id: number, bits: Int32Array): boolean {
  const at = id * PAIR_BYTES;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    if ((pairs[at + (b >>> 3)]! & (1 << (b & 7))) === 0) return false;
  }
  return true;
}
