import type { Migration } from './types';

/** Preferences, bookkeeping, and the one full-text index over KB content and the user's notes. */
export const migration: Migration = {
  version: 10,
  name: 'init',
  up: `
CREATE TABLE prefs (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,            -- JSON
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Every searchable thing: KB entries, facts, dataset rows, comparisons, questions (copied from the
-- bundled KB when its version changes) and imported note sections (written by the importer).
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  service TEXT,
  UNIQUE (kind, ref)
) STRICT;

-- External-content FTS5: text lives once in search_docs. unicode61 without porter so prefixes
-- like "organiza*" match; prefix indexes make type-ahead cheap.
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);

-- Titles alone: short doclists, so "which titles match" stays cheap when a common word matches most
-- bodies (ranked search puts title matches first without scanning every body).
CREATE VIRTUAL TABLE search_title_fts USING fts5(
  title,
  content='search_docs', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO search_title_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO search_title_fts(search_title_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
  INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO search_title_fts(search_title_fts, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO search_title_fts(rowid, title) VALUES (new.id, new.title);
END;

-- Terms of the index, for the spelling fallback ("dynamdb" -> "dynamodb").
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
`,
};
