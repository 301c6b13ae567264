import type { SearchKind } from '../../shared/ipc/channels/search';
import type { Db } from '../db/open';
import { syncSearchPostings } from './postings';
import { cachedStatement } from './stmt';

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

/**
 * Rebuilds `search_terms` (term → number of documents containing it, and the document count under the
 * empty term) from the FTS index, clearing the stale mark the search_docs triggers set. One pass over
 * the index: about 0.2–0.4 s for 100k notes, milliseconds for a typical library. Writers call it at the
 * end of a transaction that changed search_docs; until then readers use the exact slow paths.
 */
export function refreshSearchTerms(db: Db): void {
  db.exec(`DELETE FROM search_terms;
    INSERT INTO search_terms(term, docs) SELECT term, doc FROM search_vocab;
    INSERT INTO search_terms(term, docs) VALUES ('', (SELECT count(*) FROM search_docs));`);
}

/**
 * THE maintenance step after any write to search_docs (the one function every writer calls, at the end of
 * its transaction): brings the ranked-search postings up to date (whatever the triggers queued) and
 * rebuilds the term list when a write marked it stale. Cheap when nothing changed. `rebuild` re-derives the
 * postings from every document (a salvaged copy, whose copied postings cannot be trusted).
 */
export function syncSearchIndex(db: Db, opts: { rebuild?: boolean } = {}): void {
  syncSearchPostings(db, opts);
  if (searchTermsDocCount(db) === null) refreshSearchTerms(db);
}

/**
 * Runs `fn` (which writes search_docs) in one transaction with indexing deferred: inserted documents are
 * queued and indexed in one set-based pass at the end, then the term list is rebuilt. For a 100k-note
 * import this is 2.5x faster than indexing row by row; for small ones it costs nothing extra. If `fn`
 * throws, everything (queue included) rolls back.
 */
export function withDeferredIndexing<T>(db: Db, fn: () => T): T {
  return db.transaction((): T => {
    // Already deferring (a caller up the stack flushes): just run.
    if (db.prepare('SELECT 1 FROM search_pending WHERE id = 0').get()) return fn();
    db.prepare('INSERT INTO search_pending(id) VALUES (0)').run();
    const result = fn();
    db.exec(`DELETE FROM search_pending WHERE id = 0;
      INSERT INTO search_fts(rowid, title, body)
        SELECT d.id, d.title, d.body FROM search_pending p JOIN search_docs d ON d.id = p.id;
      INSERT INTO search_title_fts(rowid, title)
        SELECT d.id, d.title FROM search_pending p JOIN search_docs d ON d.id = p.id;
      DELETE FROM search_pending;`);
    syncSearchIndex(db);
    return result;
  })();
}

/** The number of indexed documents when `search_terms` is current, else null (stale or missing). */
export function searchTermsDocCount(db: Db): number | null {
  const n = cachedStatement(db, "SELECT docs FROM search_terms WHERE term = ''").pluck().get() as number | undefined;
  return n === undefined || n < 0 ? null : n;
}

const KB_KINDS: SearchKind[] = ['entry', 'fact', 'dataset-row', 'comparison', 'question'];

/**
 * Copies the KB's search documents into the user's index when the KB version changed (app update).
 * Returns true when it re-synced.
 */
export function syncKbIntoIndex(user: Db, kb: Db): boolean {
  const version = (kb.prepare("SELECT value FROM kb_meta WHERE key = 'version'").get() as { value: string })
    .value;
  const have = user.prepare("SELECT value FROM meta WHERE key = 'kbIndexedVersion'").get() as
    { value: string } | undefined;
  if (have?.value === version) return false;
  const rows = kb.prepare('SELECT kind, ref, title, body, service FROM search_docs').all() as SearchDoc[];
  user.transaction(() => {
    user
      .prepare(`DELETE FROM search_docs WHERE kind IN (${KB_KINDS.map(() => '?').join(',')})`)
      .run(...KB_KINDS);
    const ins = user.prepare(
      'INSERT INTO search_docs(kind, ref, title, body, service) VALUES (@kind, @ref, @title, @body, @service)',
    );
    for (const r of rows) ins.run(r);
    syncSearchIndex(user);
    user
      .prepare(
        "INSERT INTO meta(key, value) VALUES ('kbIndexedVersion', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(version);
  })();
  return true;
}
