import type { Migration } from './types';

/**
 * The index's term list with document frequencies, materialised from the fts5vocab view. Reading
 * fts5vocab walks every doclist of the terms it returns (milliseconds per common term on 100k notes);
 * this table answers "which terms start with `instan`" and "how many documents contain `the`" from a
 * B-tree in microseconds.
 *
 * The row with the empty term (never a token) holds the number of documents, or -1 once search_docs
 * changed: the triggers mark the list stale, writers rebuild it at the end of their transaction
 * (`refreshSearchTerms`), and readers fall back to the slower exact paths while it is stale, so
 * results never depend on the list being current.
 */
export const migration: Migration = {
  version: 50,
  name: 'search-terms',
  up: `
CREATE TABLE search_terms (
  term TEXT PRIMARY KEY,
  docs INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO search_terms(term, docs) SELECT term, doc FROM search_vocab;
INSERT INTO search_terms(term, docs) VALUES ('', (SELECT count(*) FROM search_docs));

-- Bulk imports defer indexing: while the sentinel row 0 is in search_pending, inserted documents are
-- queued by id and indexed in one set-based pass at the end of the transaction (2.5x faster for 100k
-- notes than one FTS insert per row). withDeferredIndexing() adds the sentinel, flushes the queue and
-- removes it in the same transaction, so readers never see a queue.
CREATE TABLE search_pending (
  id INTEGER PRIMARY KEY
) STRICT;

DROP TRIGGER search_docs_ai;
DROP TRIGGER search_docs_ad;
DROP TRIGGER search_docs_au;

-- The titles index gets prefix indexes too: ranked search's title pass then costs the same for "th" as
-- for "throughput".
DROP TABLE search_title_fts;
CREATE VIRTUAL TABLE search_title_fts USING fts5(
  title,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);
INSERT INTO search_title_fts(search_title_fts) VALUES ('rebuild');
-- One trigger per event, statements in order (SQLite does not order separate triggers).
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_fts(rowid, title, body) SELECT new.id, new.title, new.body
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = 0);
  INSERT INTO search_title_fts(rowid, title) SELECT new.id, new.title
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = 0);
  INSERT INTO search_pending(id) SELECT new.id WHERE EXISTS (SELECT 1 FROM search_pending WHERE id = 0);
  UPDATE search_terms SET docs = -1 WHERE term = '' AND docs <> -1;
END;
-- A queued document is not in the index yet: deleting it only takes it off the queue.
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts(search_fts, rowid, title, body) SELECT 'delete', old.id, old.title, old.body
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
  INSERT INTO search_title_fts(search_title_fts, rowid, title) SELECT 'delete', old.id, old.title
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
  DELETE FROM search_pending WHERE id = old.id;
  UPDATE search_terms SET docs = -1 WHERE term = '' AND docs <> -1;
END;
-- A queued document is indexed with whatever text it has when the queue is flushed.
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs
WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id) BEGIN
  INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO search_title_fts(search_title_fts, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO search_title_fts(rowid, title) VALUES (new.id, new.title);
  UPDATE search_terms SET docs = -1 WHERE term = '' AND docs <> -1;
END;
`,
};
