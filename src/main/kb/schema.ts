/** Schema of the bundled, read-only knowledge base (rebuilt from data/ at every build). */
export const KB_SCHEMA = `
CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE entries (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, service TEXT NOT NULL, category TEXT NOT NULL,
  summary TEXT NOT NULL, json TEXT NOT NULL
) STRICT;
CREATE TABLE facts (
  id TEXT PRIMARY KEY, entry_id TEXT NOT NULL REFERENCES entries(id), label TEXT NOT NULL,
  value TEXT NOT NULL, numeric REAL, unit TEXT, source TEXT NOT NULL, as_of TEXT NOT NULL, json TEXT NOT NULL
) STRICT;
CREATE INDEX facts_entry ON facts(entry_id);
CREATE TABLE datasets (id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE comparisons (id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE table_entries (kind TEXT NOT NULL, table_id TEXT NOT NULL, entry_id TEXT NOT NULL) STRICT;
CREATE INDEX table_entries_entry ON table_entries(entry_id);
CREATE TABLE prices (region TEXT PRIMARY KEY, as_of TEXT NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE questions (
  id TEXT PRIMARY KEY, topic TEXT NOT NULL, domain TEXT NOT NULL, kb_entry TEXT NOT NULL, json TEXT NOT NULL
) STRICT;
CREATE TABLE search_docs (
  kind TEXT NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, service TEXT,
  PRIMARY KEY (kind, ref)
) STRICT;
`;
