import type { Migration } from './types';

/**
 * The full-text indexes keep one prefix index, 3 characters (`prefix='3'`), instead of two ('2 3'). FTS5
 * writes every token once more per prefix length, so the 2-character index was about a third of FTS5's
 * insert work (a 100k-note import: ~8.9 s of the importing thread's CPU with '2 3', ~6.8 s with one length).
 * A 2-character prefix ("th") is queried as the OR of its 3-character prefixes ("tha"* OR "the"* …, each read
 * lazily from the 3-character index) and the 2-character term itself, from the term list (query.ts
 * expandPrefix): the same documents, and at most a few dozen lazily read doclists whatever the vocabulary.
 * The tables are re-created and rebuilt from search_docs (external content: no text is copied).
 */
export const migration: Migration = {
  version: 150,
  name: 'search-prefix-3',
  up: `
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='3'
);
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
DROP TABLE search_title_fts;
CREATE VIRTUAL TABLE search_title_fts USING fts5(
  title,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='3'
);
INSERT INTO search_title_fts(search_title_fts) VALUES ('rebuild');
`,
};
