import type { ImportFileSummary, ImportRepairs, ImportSummary } from '../../src/shared/ipc/channels/notes';
import { decodeNoteBytes } from '../../src/shared/notes/decode';
import { checkSection } from '../../src/shared/notes/factCheck';
import { cyrb53, noteCardId, noteSectionId } from '../../src/shared/notes/ids';
import { parseNote } from '../../src/shared/notes/parse';
import type { Db } from '../../src/main/db/open';
import { deleteSearchDocs, refreshSearchTerms, upsertSearchDocs } from '../../src/main/search';
import { withDeferredIndexing } from './indexing';
import { loadFactRules, type LoadedRules } from '../../src/main/notes/rules';

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
  rules?: LoadedRules;
  now?: Date;
  onProgress?: (p: ImportProgress) => void;
}

const NO_REPAIRS: ImportRepairs = { mojibake: 0, rejoinedLines: 0 };

function sectionDocTitle(fileName: string, path: readonly string[]): string {
  return [fileName, ...path].join(' › ');
}

/**
 * Flag ids hang on the file and the claim's text (not the section's position), so a dismissal survives a
 * heading inserted above the claim or the claim moving to another section.
 */
function flagId(fileKey: string, ruleId: string, claim: string, nth: number): string {
  return `ff:${cyrb53(`${fileKey}\u0000${ruleId}\u0000${claim.replace(/\s+/g, ' ').trim().toLowerCase()}\u0000${nth}`)}`;
}

/** Absolute POSIX, Windows drive or UNC path. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** 1-based line of `claim` in the file: searched from the section's first line, so repeats resolve in order. */
function sourceLine(fileLines: readonly string[], from: number, claim: string, used: Set<number>): number {
  const want = claim.trim();
  for (let i = Math.max(0, from - 1); i < fileLines.length; i++)
    if (!used.has(i) && (fileLines[i] as string).trim() === want) {
      used.add(i);
      return i + 1;
    }
  // Rejoined PDF lines differ from the file's ("4." alone on the line above): the line holding the start
  // of the claim's text.
  const head = want.replace(/^(?:[-*+•>]|\d{1,3}[.)])\s*/, '').slice(0, 40);
  for (let i = Math.max(0, from - 1); i < fileLines.length; i++)
    if ((fileLines[i] as string).includes(head)) return i + 1;
  return from;
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
  const sameContent = db
    .prepare(`SELECT * FROM note_files WHERE name = ? AND substr(content_hash, 1, ?) = ? ORDER BY id`)
    .all(f.name, textHash.length, textHash) as FileRow[];
  if (path) {
    const row = db.prepare('SELECT * FROM note_files WHERE path = ?').get(path) as FileRow | undefined;
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
  const taken = (k: string): boolean =>
    db.prepare('SELECT 1 FROM note_files WHERE file_key = ?').get(k) !== undefined;
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

/** Imports one decoded file; throws on any database error (the caller's transaction rolls back). */
function importOne(db: Db, f: ImportFile, rules: LoadedRules, now: string): ImportFileSummary {
  const decoded = decodeNoteBytes(f.bytes);
  const base = { name: f.name, fileKey: f.fileKey };
  if (!decoded.ok)
    return {
      ...base,
      status: 'rejected',
      reason: decoded.message,
      fileId: null,
      sections: 0,
      cards: 0,
      openQuestions: 0,
      flags: 0,
      repairs: NO_REPAIRS,
      warnings: [],
    };
  const textHash = cyrb53(decoded.text);
  const hash = `${textHash}:p${PARSER_VERSION}:r${rules.version}`;
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
      fileId: null,
      sections: 0,
      cards: 0,
      openQuestions: 0,
      flags: 0,
      repairs: NO_REPAIRS,
      warnings: [],
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

  const parsed = parseNote(decoded.text);
  const repairs: ImportRepairs = {
    mojibake: decoded.mojibakeRepairs + parsed.repairs.mojibake,
    rejoinedLines: parsed.repairs.rejoinedLines,
  };
  const warnings = [...parsed.warnings];
  if (decoded.encoding === 'windows-1252')
    warnings.unshift('The file was not UTF-8; it was read as Windows-1252.');

  let fileId: number;
  let dismissed = new Map<string, string>();
  /** Dismissals by the claim's line: they carry over when a flag's id changes (a new checker, an upgrade). */
  let dismissedLines = new Map<string, string>();
  if (existing) {
    fileId = existing.id;
    const old = sectionIdsOf(db, fileId);
    const rows = db
      .prepare(
        `SELECT f.id, f.line, f.dismissed_at FROM fact_flags f JOIN note_sections s ON s.id = f.section_id
          WHERE s.file_id = ? AND f.dismissed_at IS NOT NULL`,
      )
      .all(fileId) as { id: string; line: string; dismissed_at: string }[];
    dismissed = new Map(rows.map((r) => [r.id, r.dismissed_at]));
    dismissedLines = new Map(rows.map((r) => [r.line.trim(), r.dismissed_at]));
    deleteSearchDocs(db, 'note', old);
    db.prepare('DELETE FROM open_questions WHERE file_id = ?').run(fileId);
    // Cards keep their rows (and ids); their section link is re-set below.
    db.prepare('DELETE FROM note_sections WHERE file_id = ?').run(fileId);
    db.prepare(
      `UPDATE note_files SET name = ?, content_hash = ?, encoding = ?, updated_at = ?, repairs = ?, warnings = ?,
         path = coalesce(?, path) WHERE id = ?`,
    ).run(
      f.name,
      hash,
      decoded.encoding,
      now,
      JSON.stringify(repairs),
      JSON.stringify(warnings),
      path,
      fileId,
    );
  } else {
    fileId = Number(
      db
        .prepare(
          `INSERT INTO note_files(file_key, name, content_hash, encoding, imported_at, updated_at, repairs, warnings, path)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          fileKey,
          f.name,
          hash,
          decoded.encoding,
          now,
          now,
          JSON.stringify(repairs),
          JSON.stringify(warnings),
          path,
        ).lastInsertRowid,
    );
  }

  const insSection = db.prepare(
    'INSERT INTO note_sections(id, file_id, ord, title, heading_path, body, start_line) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insFlag = db.prepare(
    `INSERT OR IGNORE INTO fact_flags(id, section_id, rule_id, excerpt, line, start_offset, end_offset, official, source,
       as_of, suggestion, explanation, dismissed_at, verdict, line_no, changed_on)
     VALUES (@id, @sectionId, @ruleId, @excerpt, @line, @start, @end, @official, @source, @asOf, @suggestion, @explanation,
       @dismissedAt, @verdict, @lineNo, @changedOn)`,
  );
  const sectionIds: string[] = [];
  let flags = 0;
  const fileLines = decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const usedLines = new Set<number>();
  const seen = new Map<string, number>();
  const docs = parsed.sections.map((s, ord) => {
    // Two sections with the same title at the same position cannot happen; the ord keeps ids unique.
    const id = noteSectionId(fileKey, ord, s.title);
    sectionIds.push(id);
    insSection.run(id, fileId, ord, s.title, JSON.stringify(s.headingPath), s.body, s.startLine);
    for (const fl of checkSection(s.body, s.headingPath, rules)) {
      const key = `${fl.ruleId}\u0000${fl.line}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const fid = flagId(fileKey, fl.ruleId, `${fl.line}\u0000${fl.excerpt}`, nth);
      const dismissedAt = dismissed.get(fid) ?? dismissedLines.get(fl.line.trim()) ?? null;
      const lineNo = sourceLine(fileLines, s.startLine, fl.line, usedLines);
      insFlag.run({ ...fl, id: fid, sectionId: id, dismissedAt, lineNo });
      if (!dismissedAt) flags++;
    }
    return {
      kind: 'note' as const,
      ref: id,
      title: sectionDocTitle(f.name, s.headingPath),
      body: s.body,
      service: null,
    };
  });
  upsertSearchDocs(db, docs);

  // Cards: unchanged text → same id → the row (and the review history keyed by it) stays.
  const wanted = new Map<string, (typeof parsed.cards)[number]>();
  for (const c of parsed.cards) {
    const id = noteCardId(fileKey, c.front, c.back);
    if (wanted.has(id)) continue;
    wanted.set(id, c);
  }
  if (wanted.size < parsed.cards.length)
    warnings.push(
      `${parsed.cards.length - wanted.size} duplicate flashcards (same question and answer) were made once.`,
    );
  const have = db.prepare('SELECT id FROM note_cards WHERE file_id = ?').pluck().all(fileId) as string[];
  const del = db.prepare('DELETE FROM note_cards WHERE id = ?');
  // An edited card is a new card: the old one's scheduling state goes with it (its review log stays).
  const delState = db.prepare("DELETE FROM study_cards WHERE card_id = ? AND kind = 'note'");
  for (const id of have)
    if (!wanted.has(id)) {
      del.run(id);
      delState.run(id);
    }
  const upsertCard = db.prepare(
    `INSERT INTO note_cards(id, file_id, section_id, file, section, front, back, style, ord, created_at)
     VALUES (@id, @fileId, @sectionId, @file, @section, @front, @back, @style, @ord, @now)
     ON CONFLICT(id) DO UPDATE SET file_id = excluded.file_id, section_id = excluded.section_id, file = excluded.file,
       section = excluded.section, front = excluded.front, back = excluded.back, style = excluded.style, ord = excluded.ord`,
  );
  let ord = 0;
  for (const [id, c] of wanted) {
    const s = parsed.sections[c.sectionIndex];
    upsertCard.run({
      id,
      fileId,
      sectionId: sectionIds[c.sectionIndex] ?? null,
      file: f.name,
      section: s ? s.headingPath.join(' › ') : '',
      front: c.front,
      back: c.back,
      style: c.style,
      ord: ord++,
      now,
    });
  }
  const insOpen = db.prepare(
    'INSERT INTO open_questions(file_id, section_id, ord, text) VALUES (?, ?, ?, ?)',
  );
  parsed.openQuestions.forEach((q, i) => insOpen.run(fileId, sectionIds[q.sectionIndex] ?? null, i, q.text));
  if (wanted.size < parsed.cards.length)
    db.prepare('UPDATE note_files SET warnings = ? WHERE id = ?').run(JSON.stringify(warnings), fileId);

  return {
    ...base,
    status: existing ? 'updated' : 'imported',
    fileId,
    sections: parsed.sections.length,
    cards: wanted.size,
    openQuestions: parsed.openQuestions.length,
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
  const rules = opts.rules ?? loadFactRules();
  const now = (opts.now ?? new Date()).toISOString();
  const results = withDeferredIndexing(db, (): ImportFileSummary[] =>
    files.map((f, i) => {
      opts.onProgress?.({ done: i, total: files.length, name: f.name });
      return importOne(db, f, rules, now);
    }),
  );
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
    refreshSearchTerms(db);
  })();
  return { sections: sections.length, cards };
}
