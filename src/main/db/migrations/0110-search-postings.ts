import type { Migration } from './types';

/**
 * The search index's own postings, for exact top-k bm25 ranked search scored in JS (src/main/search/postings.ts).
 *
 * - search_postings: per term, blocks of up to 1,024 documents sorted by id (`last` = the block's highest id),
 *   each posting the document's id (delta), and how often the term is in its title and body (`data`), and
 *   where (`pos`: token positions, for phrases). The reserved term
 *   '' lists every document with its kind and its title and body lengths in tokens (bm25's D and avgdl).
 * - search_postings_queue: what changed in search_docs since the postings were last brought up to date,
 *   filled by the triggers below, so no writer can leave the postings silently out of date. Updates and
 *   deletes keep the old text: it says which terms' blocks hold the document. `syncSearchIndex()` drains
 *   the queue at the end of every writer's transaction; while it is not empty, ranked search takes the
 *   FTS5 path (exact results, slower).
 *
 * Existing documents are queued here and indexed by the first sync (not in SQL: the tokenizer is JS).
 */
export const migration: Migration = {
  version: 110,
  name: 'search-postings',
  up: `
CREATE TABLE search_postings (
  term TEXT NOT NULL,
  last INTEGER NOT NULL,
  n INTEGER NOT NULL,
  data BLOB NOT NULL,
  pos BLOB NOT NULL,
  PRIMARY KEY (term, last)
) STRICT, WITHOUT ROWID;

CREATE TABLE search_postings_queue (
  seq INTEGER PRIMARY KEY,
  id INTEGER NOT NULL,
  old_title TEXT,
  old_body TEXT
) STRICT;

CREATE TRIGGER search_docs_postings_ai AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_postings_queue(id) VALUES (new.id);
END;
CREATE TRIGGER search_docs_postings_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_postings_queue(id, old_title, old_body) VALUES (old.id, old.title, old.body);
END;
CREATE TRIGGER search_docs_postings_au AFTER UPDATE ON search_docs BEGIN
  INSERT INTO search_postings_queue(id, old_title, old_body) VALUES (old.id, old.title, old.body);
END;

INSERT INTO search_postings_queue(id) SELECT id FROM search_docs ORDER BY id;
`,
};
