import type { SearchKind } from '../../shared/ipc/channels/search';
import type { Db } from '../db/open';

export type { SearchKind };

export interface SearchDoc {
  kind: SearchKind;
  ref: string;
  title: string;
  body: string;
  service: string | null;
}

/** Inserts or replaces documents (by kind + ref). Call inside the caller's transaction. */
export function upsertSearchDocs(db: Db, docs: readonly SearchDoc[]): void {
  const upd = db.prepare(
    'UPDATE search_docs SET title = @title, body = @body, service = @service WHERE kind = @kind AND ref = @ref',
  );
  const ins = db.prepare(
    'INSERT INTO search_docs(kind, ref, title, body, service) VALUES (@kind, @ref, @title, @body, @service)',
  );
  for (const d of docs) if (upd.run(d).changes === 0) ins.run(d);
}

/** Removes documents by kind and refs. Call inside the caller's transaction. */
export function deleteSearchDocs(db: Db, kind: SearchKind, refs: readonly string[]): void {
  const del = db.prepare('DELETE FROM search_docs WHERE kind = ? AND ref = ?');
  for (const r of refs) del.run(kind, r);
}

const KB_KINDS: SearchKind[] = ['entry', 'fact', 'dataset-row', 'comparison', 'question'];

/**
 * Copies the KB's search documents into the user's index when the KB version changed (app update).
 * Returns true when it re-synced.
 */
export function syncKbIntoIndex(user: Db, kb: Db): boolean {
  const version = (kb.prepare("SELECT value FROM kb_meta WHERE key = 'version'").get() as { value: string }).value;
  const have = user.prepare("SELECT value FROM meta WHERE key = 'kbIndexedVersion'").get() as
    | { value: string }
    | undefined;
  if (have?.value === version) return false;
  const rows = kb.prepare('SELECT kind, ref, title, body, service FROM search_docs').all() as SearchDoc[];
  user.transaction(() => {
    user.prepare(`DELETE FROM search_docs WHERE kind IN (${KB_KINDS.map(() => '?').join(',')})`).run(...KB_KINDS);
    const ins = user.prepare(
      'INSERT INTO search_docs(kind, ref, title, body, service) VALUES (@kind, @ref, @title, @body, @service)',
    );
    for (const r of rows) ins.run(r);
    user
      .prepare("INSERT INTO meta(key, value) VALUES ('kbIndexedVersion', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(version);
  })();
  return true;
}
