import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';

// Statements are prepared once per connection (a restore swaps the connection, so key by it).
const cache = new WeakMap<Db, Map<string, Statement>>();

/** The prepared statement for `text` on `db`, prepared on first use. Only bound parameters, never interpolation. */
export function sql(db: Db, text: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(text);
  if (!s) m.set(text, (s = db.prepare(text)));
  return s;
}

/** Whether a table exists (note_cards arrives with the notes importer's migration). */
export function hasTable(db: Db, name: string): boolean {
  return sql(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
