import type { Migration } from './types';

/**
 * The full-text indexes keep no prefix index (0150 kept one, 3 characters). FTS5 writes each token once more
 * per prefix length: the 3-character index was 55 % of FTS5's insert work during an import (2.84 s against
 * 1.28 s of the importing thread's CPU at 30k notes) and two thirds of the term-list refresh; a 100k-note
 * import spends ~4.7 s less CPU without it (36.5 → 31.8 s, all threads). What it served: type-ahead on short
 * prefixes. Measured on the bench's 100k notes (bench/_s18ta.ts, median of 5): the same pages for every
 * query, and the same times within noise for the bench's 210 queries and for 1–3 letter prefixes ("s" 5.1 →
 * 1.8 ms, "th" 0.45 → 0.67, "lam" 0.41 → 0.50), slower only where a 2-letter prefix has very many rare terms
 * ("x1": 1.5 → 19.8 ms; "x" is 176 ms either way). A prefix with at most 48 terms is queried as their OR
 * (query.ts expandPrefix); a longer list is FTS5's own prefix query, exact either way.
 * The tables are re-created and rebuilt from search_docs (external content: no text is copied), as 0150 did:
 * a one-time cost at the first start after the update (~4 s at 100k notes, besides the pre-migration backup).
 */
export const migration: Migration = {
  version: 160,
  name: 'search-no-prefix',
  up: `
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
DROP TABLE search_title_fts;
CREATE VIRTUAL TABLE search_title_fts USING fts5(
  title,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO search_title_fts(search_title_fts) VALUES ('rebuild');
`,
};
