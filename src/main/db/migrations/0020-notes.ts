import type { Migration } from './types';

/**
 * The user's imported notes: files, their sections (also indexed in search_docs as kind 'note'), the
 * flashcards made from questions with answers, open questions, and fact-check flags. Card ids are stable
 * hashes ('note:<hash>'), so review history in study_cards survives a re-import of unchanged cards.
 */
export const migration: Migration = {
  version: 20,
  name: 'notes',
  up: `
CREATE TABLE note_files (
  id INTEGER PRIMARY KEY,
  file_key TEXT NOT NULL UNIQUE,     -- path or upload name: re-importing the same key updates in place
  name TEXT NOT NULL,
  content_hash TEXT NOT NULL,        -- of the decoded text + parser/rules versions
  encoding TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  repairs TEXT NOT NULL DEFAULT '{}',-- JSON { mojibake, rejoinedLines }
  warnings TEXT NOT NULL DEFAULT '[]'-- JSON array of strings
) STRICT;

CREATE TABLE note_sections (
  id TEXT PRIMARY KEY,               -- 'ns:<hash of file key, position, title>'
  file_id INTEGER NOT NULL REFERENCES note_files(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  heading_path TEXT NOT NULL,        -- JSON array of headings, this section's last
  body TEXT NOT NULL,
  start_line INTEGER NOT NULL,
  UNIQUE (file_id, ord)
) STRICT;

CREATE TABLE note_cards (
  id TEXT PRIMARY KEY,               -- 'note:<hash of file key, front, back>'
  file_id INTEGER NOT NULL REFERENCES note_files(id) ON DELETE CASCADE,
  section_id TEXT REFERENCES note_sections(id) ON DELETE SET NULL,
  file TEXT NOT NULL,                -- file name and heading path: the card's origin in the study queue
  section TEXT NOT NULL,
  front TEXT NOT NULL,
  back TEXT NOT NULL,
  style TEXT NOT NULL CHECK (style IN ('qa', 'scenario', 'topic')),
  ord INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX note_cards_file ON note_cards(file_id, ord);

CREATE TABLE open_questions (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES note_files(id) ON DELETE CASCADE,
  section_id TEXT REFERENCES note_sections(id) ON DELETE SET NULL,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX open_questions_file ON open_questions(file_id, ord);

CREATE TABLE fact_flags (
  id TEXT PRIMARY KEY,               -- stable across re-imports, so a dismissal sticks
  section_id TEXT NOT NULL REFERENCES note_sections(id) ON DELETE CASCADE,
  rule_id TEXT NOT NULL,
  excerpt TEXT NOT NULL,
  line TEXT NOT NULL,
  start_offset INTEGER NOT NULL,     -- in the section body
  end_offset INTEGER NOT NULL,
  official TEXT NOT NULL,
  source TEXT NOT NULL,
  as_of TEXT NOT NULL,
  suggestion TEXT NOT NULL,
  explanation TEXT NOT NULL,
  dismissed_at TEXT
) STRICT;
CREATE INDEX fact_flags_section ON fact_flags(section_id);
`,
};
