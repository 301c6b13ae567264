import type { Migration } from './types';

/**
 * Ranked search's word-pair filters (src/main/search/pairBits.ts): per document PAIR_BYTES of bits, one per
 * pair of adjacent words it holds (a one-hash Bloom filter), in rows of 1,024 documents (`blk` = id >> 10).
 * Written by the postings sync with the postings themselves; a phrase query skips the documents whose bits
 * show one of its word pairs is missing. Filled by the first sync after this migration: the postings format
 * changes with it ('3'), so that sync re-derives postings and bits together from search_docs.
 */
export const migration: Migration = {
  version: 140,
  name: 'search-pair-bits',
  up: `
CREATE TABLE search_pair_bits (
  blk INTEGER PRIMARY KEY,
  bits BLOB NOT NULL
) STRICT;
`,
};
