import type { Migration } from './types';

/**
 * One identity per note file, and fact-check flags that say where and what.
 * - note_files.path: the file's absolute path when it has one (CLI, desktop picker). Imports with a path
 *   match on it; uploads without one match on content + name (the text hash is the first part of
 *   content_hash). Old rows whose key is an absolute path get it as their path.
 * - fact_flags: verdict (wrong / outdated), the 1-based line in the source file, the day the official value
 *   changed. Flag ids are now anchored to the file and the claim's text, so a dismissal survives a heading
 *   inserted above it.
 */
export const migration: Migration = {
  version: 70,
  name: 'note-identity',
  up: `
ALTER TABLE note_files ADD COLUMN path TEXT;
UPDATE note_files SET path = file_key
  WHERE file_key LIKE '/%' OR file_key GLOB '[A-Za-z]:[\\/]*' OR file_key LIKE '\\\\%';
CREATE INDEX note_files_path ON note_files(path);
CREATE INDEX note_files_name ON note_files(name);

ALTER TABLE fact_flags ADD COLUMN verdict TEXT NOT NULL DEFAULT 'wrong' CHECK (verdict IN ('wrong', 'outdated'));
ALTER TABLE fact_flags ADD COLUMN line_no INTEGER;
ALTER TABLE fact_flags ADD COLUMN changed_on TEXT;
`,
};
