import type { Statement } from 'better-sqlite3';
import type { ImportFileSummary, ImportRepairs, ImportSummary } from '../../shared/ipc/channels/notes';
import type { Db } from '../db/open';
import { flushWalInBackground } from '../db/walFlush';
import { deleteSearchDocs, syncSearchIndex, upsertSearchDocs, withDeferredIndexing, type SearchDoc } from '../search';
import { dropDocRows, offerDocRows, type DocTokens } from '../search/docRows';
import { forEachToken, learnedFolds } from '../search/tokenize';
import { parseWorkersFor, ParseWorkers } from './parallel';
import { decodeForImport, prepareNote, rekey, searchTitle, type Encoding, type PreparedCard, type PreparedNote } from './prepare';
import { loadFactRules, type LoadedRules } from './rules';

/** Search documents queued before they are indexed (see withDeferredIndexing). */
const INDEX_BATCH_DOCS = 2000;
/**
 * Search documents written before the ranked-search postings catch up with them, so that work overlaps with
 * the parse workers instead of all of it running after the last file, when they have nothing left to do.
 * Each catch-up rewrites the final block of every term it touches, so not too often: the sync's own batch
 * (postings.ts SYNC_BATCH), so a big import writes the same blocks as one sync at the end would.
 */
const POSTINGS_BATCH_DOCS = 20_000;

/** Bump when the parser's output changes, so re-importing an unchanged file re-parses it. */
export const PARSER_VERSION = 2;

export interface ImportFile {
  name: string;
  /** Where it came from (absolute path, or upload name): the key new rows are stored under. */
  fileKey: string;
  bytes: Uint8Array;
  /**
   * The file's absolute path, its identity, when it has one (CLI, desktop file picker). Absent: taken
   * from `fileKey` when that is an absolute path; otherwise the file is an upload, identified by its
   * content and name.
   */
  path?: string | null;
  /**
   * For an upload whose name matches imported files with other content: the file it replaces (an explicit
   * choice the user made), or 'new' to keep both. Without it such an upload is not imported; its result
   * lists the candidates ("replace which file?").
   */
  replace?: number | 'new';
}

export interface ImportProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being worked on (empty when finished). */
  name: string;
}

export interface ImportOptions {
  /** The fact-checker (default: loaded from the app root). Given explicitly, files are parsed on this thread. */
  rules?: LoadedRules;
  now?: Date;
  onProgress?: (p: ImportProgress) => void;
  /**
   * Parse workers: 'auto' (default) starts them when the files are large enough to pay for it, 0 parses on
   * this thread. Either way the rows written are the same.
   */
  workers?: number | 'auto';
  /** Where parse workers load the rules from (default: the app root). */
  appRoot?: string;
  /** Tests only (see ParallelOptions). */
  crashWorkerAt?: number;
  workersOnly?: boolean;
  nativeBinding?: string;
  /** A built job worker to start parse workers from (see ParallelOptions.workerEntry). */
  workerEntry?: string;
}

const NO_REPAIRS: ImportRepairs = { mojibake: 0, rejoinedLines: 0 };

/** Absolute POSIX, Windows drive or UNC path. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

interface FileRow {
  id: number;
  file_key: string;
  path: string | null;
  name: string;
  content_hash: string;
  repairs: string;
  warnings: string;
  imported_at: string;
  updated_at: string;
}

type Match = { row: FileRow | null; key: string } | { choose: FileRow[] };

/**
 * Which stored file an incoming one is. A path decides when there is one (an upload of the same content and
 * name is adopted by it). An upload matches a stored file with the same name and content; the same name
 * with other content needs the user's choice, never a silent overwrite.
 */
function matchFile(db: Db, f: ImportFile, textHash: string): Match {
  const path = f.path !== undefined ? f.path : isAbsolutePath(f.fileKey) ? f.fileKey : null;
  const byId = (id: number): FileRow | undefined =>
    db.prepare('SELECT * FROM note_files WHERE id = ?').get(id) as FileRow | undefined;
  const sameContent = stmts(db).sameContent.all(f.name, textHash.length, textHash) as FileRow[];
  if (path) {
    const row = stmts(db).byPath.get(path) as FileRow | undefined;
    if (row) return { row, key: row.file_key };
    const upload = sameContent.find((r) => r.path === null);
    if (upload) {
      db.prepare('UPDATE note_files SET path = ? WHERE id = ?').run(path, upload.id);
      return { row: { ...upload, path }, key: upload.file_key };
    }
    return { row: null, key: freeKey(db, path, textHash) };
  }
  if (typeof f.replace === 'number') {
    const row = byId(f.replace);
    if (!row) throw new Error(`No imported note file with id ${f.replace} to replace.`);
    return { row, key: row.file_key };
  }
  if (f.replace !== 'new') {
    const same = sameContent[0];
    if (same) return { row: same, key: same.file_key };
    const sameName = db
      .prepare('SELECT * FROM note_files WHERE name = ? ORDER BY id')
      .all(f.name) as FileRow[];
    if (sameName.length) return { choose: sameName };
  }
  return { row: null, key: freeKey(db, f.fileKey, textHash) };
}

function freeKey(db: Db, want: string, textHash: string): string {
  const taken = (k: string): boolean => stmts(db).keyTaken.get(k) !== undefined;
  if (!taken(want)) return want;
  for (let i = 0; ; i++) {
    const k = `${want}#${textHash}${i ? `-${i}` : ''}`;
    if (!taken(k)) return k;
  }
}

function sectionIdsOf(db: Db, fileId: number): string[] {
  return db.prepare('SELECT id FROM note_sections WHERE file_id = ?').pluck().all(fileId) as string[];
}

/** Current counts of an imported file (for 'unchanged' results and the file list). */
export function fileCounts(
  db: Db,
  fileId: number,
): Pick<ImportFileSummary, 'sections' | 'cards' | 'openQuestions' | 'flags'> {
  const n = (sql: string): number => db.prepare(sql).pluck().get(fileId) as number;
  return {
    sections: n('SELECT count(*) FROM note_sections WHERE file_id = ?'),
    cards: n('SELECT count(*) FROM note_cards WHERE file_id = ?'),
    openQuestions: n('SELECT count(*) FROM open_questions WHERE file_id = ?'),
    flags: n(
      `SELECT count(*) FROM fact_flags f JOIN note_sections s ON s.id = f.section_id
        WHERE s.file_id = ? AND f.dismissed_at IS NULL`,
    ),
  };
}

/** Statements the writer runs per file, prepared once per connection (SQLite compiles each only once). */
interface Stmts {
  insFile: Statement;
  updFile: Statement;
  insSection: Statement;
  insFlag: Statement;
  upsertCard: Statement;
  delCard: Statement;
  delState: Statement;
  insOpen: Statement;
  cardIds: Statement;
  dismissedFlags: Statement;
  delOpen: Statement;
  delSections: Statement;
  setWarnings: Statement;
  sameContent: Statement;
  byPath: Statement;
  keyTaken: Statement;
}
const stmtCache = new WeakMap<Db, Stmts>();
function stmts(db: Db): Stmts {
  let s = stmtCache.get(db);
  if (s) return s;
  s = {
    insFile: db.prepare(
      `INSERT INTO note_files(file_key, name, content_hash, encoding, imported_at, updated_at, repairs, warnings, path)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updFile: db.prepare(
      `UPDATE note_files SET name = ?, content_hash = ?, encoding = ?, updated_at = ?, repairs = ?, warnings = ?,
         path = coalesce(?, path) WHERE id = ?`,
    ),
    insSection: db.prepare(
      'INSERT INTO note_sections(id, file_id, ord, title, heading_path, body, start_line) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insFlag: db.prepare(
      `INSERT OR IGNORE INTO fact_flags(id, section_id, rule_id, excerpt, line, start_offset, end_offset, official, source,
         as_of, suggestion, explanation, dismissed_at, verdict, line_no, changed_on)
       VALUES (@id, @sectionId, @ruleId, @excerpt, @line, @start, @end, @official, @source, @asOf, @suggestion, @explanation,
         @dismissedAt, @verdict, @lineNo, @changedOn)`,
    ),
    upsertCard: db.prepare(
      `INSERT INTO note_cards(id, file_id, section_id, file, section, front, back, style, ord, created_at)
       VALUES (@id, @fileId, @sectionId, @file, @section, @front, @back, @style, @ord, @now)
       ON CONFLICT(id) DO UPDATE SET file_id = excluded.file_id, section_id = excluded.section_id, file = excluded.file,
         section = excluded.section, front = excluded.front, back = excluded.back, style = excluded.style, ord = excluded.ord`,
    ),
    delCard: db.prepare('DELETE FROM note_cards WHERE id = ?'),
    // An edited card is a new card: the old one's scheduling state goes with it (its review log stays).
    delState: db.prepare("DELETE FROM study_cards WHERE card_id = ? AND kind = 'note'"),
    insOpen: db.prepare('INSERT INTO open_questions(file_id, section_id, ord, text) VALUES (?, ?, ?, ?)'),
    cardIds: db.prepare('SELECT id FROM note_cards WHERE file_id = ?').pluck(),
    dismissedFlags: db.prepare(
      `SELECT f.id, f.line, f.dismissed_at FROM fact_flags f JOIN note_sections s ON s.id = f.section_id
        WHERE s.file_id = ? AND f.dismissed_at IS NOT NULL`,
    ),
    delOpen: db.prepare('DELETE FROM open_questions WHERE file_id = ?'),
    delSections: db.prepare('DELETE FROM note_sections WHERE file_id = ?'),
    setWarnings: db.prepare('UPDATE note_files SET warnings = ? WHERE id = ?'),
    sameContent: db.prepare(`SELECT * FROM note_files WHERE name = ? AND substr(content_hash, 1, ?) = ? ORDER BY id`),
    byPath: db.prepare('SELECT * FROM note_files WHERE path = ?'),
    keyTaken: db.prepare('SELECT 1 FROM note_files WHERE file_key = ?'),
  };
  stmtCache.set(db, s);
  return s;
}

/**
 * One file's content as the writer gets it: decoded up front (its hash decides whether anything changed),
 * parsed and checked only when it did. Serial imports do both here; parallel ones get them from a parse
 * worker (see parallel.ts), already computed for the key the file most likely gets.
 */
export interface FileSource {
  decoded: DecodedMeta;
  /** The fact-checker's version (part of the stored content hash). */
  rulesVersion: string;
  prepared(key: string): PreparedNote;
  /** The sections' search documents as ranked-search rows, when a parse worker built them (titled with `name`). */
  tokens?: { name: string; rows: DocTokens } | null;
}
export type DecodedMeta = { ok: true; textHash: string; encoding: Encoding } | { ok: false; message: string };

function serialSource(bytes: Uint8Array, rules: LoadedRules): FileSource {
  const d = decodeForImport(bytes);
  return {
    decoded: d.ok ? { ok: true, textHash: d.textHash, encoding: d.encoding } : d,
    rulesVersion: rules.version,
    prepared: (key) => {
      if (!d.ok) throw new Error('not decoded');
      return prepareNote(d, rules, key);
    },
  };
}

/** The key a file most likely gets (its path, else the key asked for): parse workers compute ids for it. */
export function likelyKey(f: Pick<ImportFile, 'path' | 'fileKey'>): string {
  const path = f.path !== undefined ? f.path : isAbsolutePath(f.fileKey) ? f.fileKey : null;
  return path ?? f.fileKey;
}

/**
 * The one place the importer writes search documents (a file's sections): index maintenance that must follow
 * every document written (a new ranking structure) hooks in here.
 */
function writeSearchDocs(db: Db, docs: readonly SearchDoc[], rows: DocTokens | null): void {
  const ids = upsertSearchDocs(db, docs);
  // Ready ranked-search rows for these documents (the postings sync checks they still have this text).
  if (rows) docs.forEach((d, k) => offerDocRows(db, ids[k] as number, { tokens: rows, k, title: d.title, body: d.body }));
}

/** A file's sections as search documents. */
function noteDocs(f: ImportFile, p: PreparedNote): SearchDoc[] {
  return p.sections.map((s, ord) => ({
    kind: 'note' as const,
    ref: p.ids.sections[ord] as string,
    title: searchTitle(f.name, s),
    body: s.body,
    service: null,
  }));
}

/** Imports one file; throws on any database error (the caller's transaction rolls back). */
/** The counts of a file the import did not write (rejected, or waiting for "replace which file?"). */
function nothingWritten(): Pick<ImportFileSummary, 'fileId' | 'sections' | 'cards' | 'openQuestions' | 'flags' | 'repairs' | 'warnings'> {
  return { fileId: null, sections: 0, cards: 0, openQuestions: 0, flags: 0, repairs: NO_REPAIRS, warnings: [] };
}

function importOne(db: Db, f: ImportFile, src: FileSource, now: string): ImportFileSummary {
  const decoded = src.decoded;
  const base = { name: f.name, fileKey: f.fileKey };
  if (!decoded.ok)
    return {
      ...base,
      status: 'rejected',
      reason: decoded.message,
      ...nothingWritten(),
    };
  const textHash = decoded.textHash;
  const hash = `${textHash}:p${PARSER_VERSION}:r${src.rulesVersion}`;
  const match = matchFile(db, f, textHash);
  if ('choose' in match)
    return {
      ...base,
      status: 'choose',
      reason: `${match.choose.length === 1 ? 'A different file is' : `${match.choose.length} different files are`} already imported as "${f.name}": choose which one this replaces, or import it as a new file.`,
      candidates: match.choose.map((r) => ({
        id: r.id,
        name: r.name,
        path: r.path,
        importedAt: r.imported_at,
        updatedAt: r.updated_at,
      })),
      ...nothingWritten(),
    };
  const existing = match.row;
  const fileKey = match.key;
  base.fileKey = fileKey;
  const path = f.path !== undefined ? f.path : isAbsolutePath(f.fileKey) ? f.fileKey : null;
  if (existing && existing.content_hash === hash) {
    if (db.prepare('SELECT name FROM note_files WHERE id = ?').pluck().get(existing.id) !== f.name)
      db.prepare('UPDATE note_files SET name = ? WHERE id = ?').run(f.name, existing.id);
    return {
      ...base,
      status: 'unchanged',
      fileId: existing.id,
      ...fileCounts(db, existing.id),
      repairs: JSON.parse(existing.repairs) as ImportRepairs,
      warnings: JSON.parse(existing.warnings) as string[],
    };
  }

  const p = src.prepared(fileKey);
  const repairs = p.repairs;
  const warnings = [...p.warnings];
  const st = stmts(db);

  let fileId: number;
  let dismissed = new Map<string, string>();
  /** Dismissals by the claim's line: they carry over when a flag's id changes (a new checker, an upgrade). */
  let dismissedLines = new Map<string, string>();
  if (existing) {
    fileId = existing.id;
    const old = sectionIdsOf(db, fileId);
    const rows = st.dismissedFlags.all(fileId) as { id: string; line: string; dismissed_at: string }[];
    dismissed = new Map(rows.map((r) => [r.id, r.dismissed_at]));
    dismissedLines = new Map(rows.map((r) => [r.line.trim(), r.dismissed_at]));
    deleteSearchDocs(db, 'note', old);
    st.delOpen.run(fileId);
    // Cards keep their rows (and ids); their section link is re-set below.
    st.delSections.run(fileId);
    st.updFile.run(f.name, hash, decoded.encoding, now, JSON.stringify(repairs), JSON.stringify(warnings), path, fileId);
  } else {
    fileId = Number(
      st.insFile.run(fileKey, f.name, hash, decoded.encoding, now, now, JSON.stringify(repairs), JSON.stringify(warnings), path)
        .lastInsertRowid,
    );
  }

  const sectionIds = p.ids.sections;
  let flags = 0;
  p.sections.forEach((s, ord) => {
    const id = sectionIds[ord] as string;
    st.insSection.run(id, fileId, ord, s.title, s.headingPathJson, s.body, s.startLine);
    const ids = p.ids.flags[ord] as string[];
    s.flags.forEach((fl, k) => {
      const fid = ids[k] as string;
      const dismissedAt = dismissed.get(fid) ?? dismissedLines.get(fl.line.trim()) ?? null;
      st.insFlag.run({ ...fl, id: fid, sectionId: id, dismissedAt });
      if (!dismissedAt) flags++;
    });
  });
  const docs = noteDocs(f, p);
  // Built from the same sections, under the same name: they are these documents' rows.
  const rows = src.tokens && src.tokens.name === f.name && src.tokens.rows.ok.length === docs.length ? src.tokens.rows : null;
  writeSearchDocs(db, docs, rows);

  // Cards: unchanged text → same id → the row (and the review history keyed by it) stays.
  const wanted = new Map<string, PreparedCard>();
  p.cards.forEach((c, k) => {
    const id = p.ids.cards[k] as string;
    if (!wanted.has(id)) wanted.set(id, c);
  });
  if (wanted.size < p.cards.length)
    warnings.push(`${p.cards.length - wanted.size} duplicate flashcards (same question and answer) were made once.`);
  if (existing)
    for (const id of st.cardIds.all(fileId) as string[])
      if (!wanted.has(id)) {
        st.delCard.run(id);
        st.delState.run(id);
      }
  let ord = 0;
  for (const [id, c] of wanted) {
    const s = p.sections[c.sectionIndex];
    st.upsertCard.run({
      id,
      fileId,
      sectionId: sectionIds[c.sectionIndex] ?? null,
      file: f.name,
      section: s ? s.pathText : '',
      front: c.front,
      back: c.back,
      style: c.style,
      ord: ord++,
      now,
    });
  }
  p.openQuestions.forEach((q, i) => st.insOpen.run(fileId, sectionIds[q.sectionIndex] ?? null, i, q.text));
  if (wanted.size < p.cards.length) st.setWarnings.run(JSON.stringify(warnings), fileId);

  return {
    ...base,
    status: existing ? 'updated' : 'imported',
    fileId,
    sections: p.sections.length,
    cards: wanted.size,
    openQuestions: p.openQuestions.length,
    flags,
    repairs,
    warnings,
  };
}

/**
 * Imports note files in ONE transaction (a savepoint when the caller already has one): all of them land,
 * or on any error none do. Files that are not notes (binary, empty, too large) are reported as rejected
 * and do not stop the others. Re-importing a file key updates it in place; cards whose text did not
 * change keep their id, so their review history survives.
 */
export function importFiles(db: Db, files: readonly ImportFile[], opts: ImportOptions = {}): ImportSummary {
  const now = (opts.now ?? new Date()).toISOString();
  const bytes = files.reduce((a, f) => a + f.bytes.length, 0);
  const workers =
    opts.workers === undefined || opts.workers === 'auto'
      ? opts.rules
        ? 0 // rules given by the caller cannot cross to a worker
        : parseWorkersFor(bytes, files.length)
      : Math.max(0, Math.floor(opts.workers));
  let source: (i: number) => FileSource;
  let pool: ParseWorkers | null = null;
  if (workers > 0) {
    // The workers tokenize the search documents for the postings with what this thread's tokenizer has
    // learned from SQLite: the title separator at least (other characters leave a document to the writer).
    forEachToken(db, ' › ', () => undefined);
    const p = new ParseWorkers(
      files.map((f) => ({ bytes: f.bytes, key: likelyKey(f), name: f.name })),
      {
        folds: learnedFolds(),
        workers,
        appRoot: opts.appRoot,
        crashAt: opts.crashWorkerAt,
        selfClaim: !opts.workersOnly,
        nativeBinding: opts.nativeBinding,
        workerEntry: opts.workerEntry,
      },
    );
    pool = p;
    let rules: LoadedRules | null = opts.rules ?? null;
    source = (i) => {
      const r = p.take(i);
      if (r === 'mine') return serialSource((files[i] as ImportFile).bytes, (rules ??= loadFactRules(opts.appRoot)));
      const prepared = r.prepared;
      return {
        decoded: r.decoded,
        rulesVersion: r.rulesVersion,
        tokens: r.tokens,
        prepared: (key) => {
          if (!prepared) throw new Error('not decoded');
          return rekey(prepared, key);
        },
      };
    };
  } else {
    const rules = opts.rules ?? loadFactRules(opts.appRoot);
    source = (i) => serialSource((files[i] as ImportFile).bytes, rules);
  }
  let results: ImportFileSummary[];
  try {
    results = withDeferredIndexing(db, (indexBatch): ImportFileSummary[] => {
      let queued = 0;
      let unposted = 0;
      return files.map((f, i) => {
        opts.onProgress?.({ done: i, total: files.length, name: f.name });
        const r = importOne(db, f, source(i), now);
        // Indexed in batches as the import goes, not all at the end: with parse workers this overlaps
        // with their parsing (FTS5 costs the same per document either way).
        const written = r.status === 'imported' || r.status === 'updated' ? r.sections : 0;
        queued += written;
        unposted += written;
        if (queued >= INDEX_BATCH_DOCS) {
          const postings = unposted >= POSTINGS_BATCH_DOCS;
          indexBatch({ postings });
          if (postings) {
            unposted = 0;
            // What this transaction wrote so far goes to disk now, while the workers still parse, rather
            // than all at its commit.
            flushWalInBackground(db);
          }
          queued = 0;
        }
        return r;
      });
    });
  } finally {
    pool?.close();
    dropDocRows(db);
  }
  opts.onProgress?.({ done: files.length, total: files.length, name: '' });
  const sum = (k: 'sections' | 'cards' | 'openQuestions' | 'flags'): number =>
    results.filter((r) => r.status !== 'rejected' && r.status !== 'choose').reduce((a, r) => a + r[k], 0);
  const count = (s: ImportFileSummary['status']): number => results.filter((r) => r.status === s).length;
  return {
    files: results,
    totals: {
      files: results.length,
      imported: count('imported'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
      choose: count('choose'),
      sections: sum('sections'),
      cards: sum('cards'),
      openQuestions: sum('openQuestions'),
      flags: sum('flags'),
      repairs: {
        mojibake: results.reduce((a, r) => a + r.repairs.mojibake, 0),
        rejoinedLines: results.reduce((a, r) => a + r.repairs.rejoinedLines, 0),
      },
    },
  };
}

/** Deletes an imported file with its sections, cards, open questions, flags and search documents. */
export function deleteNoteFile(db: Db, fileId: number): { sections: number; cards: number } | null {
  const exists = db.prepare('SELECT 1 FROM note_files WHERE id = ?').get(fileId);
  if (!exists) return null;
  const sections = sectionIdsOf(db, fileId);
  const cards = db.prepare('SELECT count(*) FROM note_cards WHERE file_id = ?').pluck().get(fileId) as number;
  db.transaction(() => {
    deleteSearchDocs(db, 'note', sections);
    db.prepare(
      "DELETE FROM study_cards WHERE kind = 'note' AND card_id IN (SELECT id FROM note_cards WHERE file_id = ?)",
    ).run(fileId);
    db.prepare('DELETE FROM note_files WHERE id = ?').run(fileId);
    syncSearchIndex(db);
  })();
  return { sections: sections.length, cards };
}
