import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A statement prepared once per connection and reused, for queries run on every keystroke: compiling
 * the SQL (for an FTS5 MATCH, planning it too) costs a good part of what running a small query does.
 * Keyed by the connection (a restored database is a new one) and the SQL text. Only for statements that
 * run to completion (`get`, `all`, `run`): a reused statement cannot be iterated twice at once.
 */
export function preparedOnce(db: Db, sql: string, opts: { pluck?: boolean } = {}): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  const key = `${opts.pluck ? 'p' : 'r'}${sql}`;
  let st = byText.get(key);
  if (!st) byText.set(key, (st = opts.pluck ? db.prepare(sql).pluck() : db.prepare(sql)));
  return st;
}
