import type { SearchKind } from '../../shared/ipc/channels/search';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { preparedOnce } from '../db/statements';
import { dropHeldTails, syncSearchPostings } from './postings';

export type { SearchKind };

export interface SearchDoc {
  kind: SearchKind;
  ref: string;
  title: string;
  body: string;
  service: string | null;
}

const upsertStmt = new WeakMap<Db, Statement>();

/** Inserts or replaces documents (by kind + ref); returns their ids. Call inside the caller's transaction. */
export function upsertSearchDocs(db: Db, docs: readonly SearchDoc[]): number[] {
  let st = upsertStmt.get(db);
  if (!st) {
    // One statement, prepared once per connection: a replaced document fires the update trigger, a new one
    // the insert trigger, as an UPDATE-then-INSERT pair would, without probing the index twice.
    st = db.prepare(
      `INSERT INTO search_docs(kind, ref, title, body, service) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(kind, ref) DO UPDATE SET title = excluded.title, body = excluded.body, service = excluded.service
       RETURNING id`,
    ).pluck();
    upsertStmt.set(db, st);
  }
  return docs.map((d) => st.get(d.kind, d.ref, d.title, d.body, d.service) as number);
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
export function syncSearchIndex(db: Db, opts: { rebuild?: boolean; maxDocs?: number } = {}): number {
  const left = syncSearchPostings(db, opts);
  if (searchTermsDocCount(db) === null) refreshSearchTerms(db);
  return left;
}

/**
 * Documents synced on the thread that answers the user before the rest goes to a background job (start-up
 * after an upgrade queues every document; a KB update queues a few thousand): about a tenth of a second.
 */
export const FOREGROUND_SYNC_DOCS = 500;

/**
 * What `indexBatch` indexes: the full-text indexes always; with `postings`, the ranked-search postings too
 * (a long import calls it every few thousand documents, so that work overlaps with its parse workers
 * rather than all of it running at the end while they idle).
 */
export type IndexBatch = (opts?: { postings?: boolean }) => void;

/**
 * Runs `fn` (which writes search_docs) in one transaction with indexing deferred: inserted documents are
 * queued and indexed set-based, in batches when `fn` calls the `indexBatch` it is given (so a long import
 * indexes as it goes) and for the rest at the end, then the term list is rebuilt. For a 100k-note import
 * this is 2.5x faster than indexing row by row (the per-row trigger work, not FTS5's); for small ones it
 * costs nothing extra. If `fn` throws, everything (queue included) rolls back.
 */
export function withDeferredIndexing<T>(db: Db, fn: (indexBatch: IndexBatch) => T): T {
  let outermost = false;
  const indexBatch: IndexBatch = (opts) => {
    indexPendingDocs(db);
    // The outermost deferral's batches keep the terms' unfilled final blocks in memory (postings.ts
    // heldTails): its last sync, below, writes them.
    if (opts?.postings) syncSearchPostings(db, { holdTails: outermost });
  };
  try {
    return db.transaction((): T => {
      // Already deferring (a caller up the stack flushes): just run.
      if (db.prepare('SELECT 1 FROM search_pending WHERE id = 0').get()) return fn(indexBatch);
      outermost = true;
      db.prepare('INSERT INTO search_pending(id) VALUES (0)').run();
      const restore = bulkFtsMemory(db);
      const result = fn(indexBatch);
      db.prepare('DELETE FROM search_pending WHERE id = 0').run();
      indexPendingDocs(db);
      restore();
      syncSearchIndex(db);
      return result;
    })();
  } catch (e) {
    // Rolled back: the final blocks held in memory were never written.
    if (outermost) dropHeldTails(db);
    throw e;
  }
}

/** FTS5's in-memory index (per table) while a bulk write runs: 16 MiB rather than its default 1 MiB. */
const BULK_FTS_HASH_BYTES = 16 * 1024 * 1024;
const FTS_DEFAULT_HASH_BYTES = 1024 * 1024;
const FTS_TABLES = ['search_fts', 'search_title_fts'] as const;

/**
 * FTS5 writes its in-memory index out as a new segment each time it exceeds `hashsize`, and merges segments
 * as they pile up; a big import at the default 1 MiB writes hundreds of small segments and merges them over
 * and over. Raised for the bulk write, so it writes ~16x fewer (about 20% less FTS5 time on 20k notes), and
 * put back in the same transaction: no other connection ever sees the raised value. Returns the restore.
 */
function bulkFtsMemory(db: Db): () => void {
  const before = FTS_TABLES.map(
    (t) => db.prepare(`SELECT v FROM ${t}_config WHERE k = 'hashsize'`).pluck().get() as number | undefined,
  );
  const set = (t: string, bytes: number): void => {
    // A literal: FTS5 takes the value only as an SQL integer, and a bound JS number arrives as a real.
    db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('hashsize', ${Math.floor(bytes)})`);
  };
  FTS_TABLES.forEach((t) => set(t, BULK_FTS_HASH_BYTES));
  // Through FTS5 (not a DELETE of the config row), so this connection's own copy of the setting is put back too.
  return () => FTS_TABLES.forEach((t, i) => set(t, before[i] ?? FTS_DEFAULT_HASH_BYTES));
}

/**
 * Indexes the documents queued since the last call (the documents written for this batch): the one place
 * deferred documents enter the full-text indexes. Call inside the deferring transaction.
 */
export function indexPendingDocs(db: Db): void {
  db.exec(`INSERT INTO search_fts(rowid, title, body)
      SELECT d.id, d.title, d.body FROM search_pending p JOIN search_docs d ON d.id = p.id WHERE p.id <> 0;
    INSERT INTO search_title_fts(rowid, title)
      SELECT d.id, d.title FROM search_pending p JOIN search_docs d ON d.id = p.id WHERE p.id <> 0;
    DELETE FROM search_pending WHERE id <> 0;`);
}

/** The number of indexed documents when `search_terms` is current, else null (stale or missing). */
export function searchTermsDocCount(db: Db): number | null {
  const n = preparedOnce(db, "SELECT docs FROM search_terms WHERE term = ''", { pluck: true }).get() as number | undefined;
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
    // A few thousand documents: the rest of the queue is drained in the background (see startApp).
    syncSearchIndex(user, { maxDocs: FOREGROUND_SYNC_DOCS });
    user
      .prepare(
        "INSERT INTO meta(key, value) VALUES ('kbIndexedVersion', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(version);
  })();
  return true;
}
