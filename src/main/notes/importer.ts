import type { ImportFileSummary, ImportRepairs, ImportSummary } from '../../shared/ipc/channels/notes';
import { decodeNoteBytes } from '../../shared/notes/decode';
import { checkText } from '../../shared/notes/factCheck';
import { cyrb53, noteCardId, noteSectionId } from '../../shared/notes/ids';
import { parseNote } from '../../shared/notes/parse';
import type { Db } from '../db/open';
import { deleteSearchDocs, refreshSearchTerms, upsertSearchDocs, withDeferredIndexing } from '../search';
import { loadFactRules, type LoadedRules } from './rules';

/** Bump when the parser's output changes, so re-importing an unchanged file re-parses it. */
export const PARSER_VERSION = 2;

export interface ImportFile {
  name: string;
  /** Where it came from (absolute path, or upload name): re-importing the same key updates in place. */
  fileKey: string;
  bytes: Uint8Array;
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

function flagId(sectionId: string, ruleId: string, excerpt: string, nth: number): string {
  return `ff:${cyrb53(`${sectionId}\u0000${ruleId}\u0000${excerpt}\u0000${nth}`)}`;
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
  const hash = `${cyrb53(decoded.text)}:p${PARSER_VERSION}:r${rules.version}`;
  const existing = db
    .prepare('SELECT id, content_hash, repairs, warnings FROM note_files WHERE file_key = ?')
    .get(f.fileKey) as { id: number; content_hash: string; repairs: string; warnings: string } | undefined;
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
  if (existing) {
    fileId = existing.id;
    const old = sectionIdsOf(db, fileId);
    dismissed = new Map(
      (
        db
          .prepare(
            `SELECT f.id, f.dismissed_at FROM fact_flags f JOIN note_sections s ON s.id = f.section_id
              WHERE s.file_id = ? AND f.dismissed_at IS NOT NULL`,
          )
          .all(fileId) as { id: string; dismissed_at: string }[]
      ).map((r) => [r.id, r.dismissed_at]),
    );
    deleteSearchDocs(db, 'note', old);
    db.prepare('DELETE FROM open_questions WHERE file_id = ?').run(fileId);
    // Cards keep their rows (and ids); their section link is re-set below.
    db.prepare('DELETE FROM note_sections WHERE file_id = ?').run(fileId);
    db.prepare(
      `UPDATE note_files SET name = ?, content_hash = ?, encoding = ?, updated_at = ?, repairs = ?, warnings = ? WHERE id = ?`,
    ).run(f.name, hash, decoded.encoding, now, JSON.stringify(repairs), JSON.stringify(warnings), fileId);
  } else {
    fileId = Number(
      db
        .prepare(
          `INSERT INTO note_files(file_key, name, content_hash, encoding, imported_at, updated_at, repairs, warnings)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          f.fileKey,
          f.name,
          hash,
          decoded.encoding,
          now,
          now,
          JSON.stringify(repairs),
          JSON.stringify(warnings),
        ).lastInsertRowid,
    );
  }

  const insSection = db.prepare(
    'INSERT INTO note_sections(id, file_id, ord, title, heading_path, body, start_line) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insFlag = db.prepare(
    `INSERT OR IGNORE INTO fact_flags(id, section_id, rule_id, excerpt, line, start_offset, end_offset, official, source,
       as_of, suggestion, explanation, dismissed_at)
     VALUES (@id, @sectionId, @ruleId, @excerpt, @line, @start, @end, @official, @source, @asOf, @suggestion, @explanation, @dismissedAt)`,
  );
  const sectionIds: string[] = [];
  let flags = 0;
  const docs = parsed.sections.map((s, ord) => {
    // Two sections with the same title at the same position cannot happen; the ord keeps ids unique.
    const id = noteSectionId(f.fileKey, ord, s.title);
    sectionIds.push(id);
    insSection.run(id, fileId, ord, s.title, JSON.stringify(s.headingPath), s.body, s.startLine);
    const seen = new Map<string, number>();
    for (const fl of checkText(s.body, rules.rules, s.headingPath.join(' › '))) {
      const key = `${fl.ruleId}\u0000${fl.excerpt}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const fid = flagId(id, fl.ruleId, fl.excerpt, nth);
      const dismissedAt = dismissed.get(fid) ?? null;
      insFlag.run({ ...fl, id: fid, sectionId: id, dismissedAt });
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
    const id = noteCardId(f.fileKey, c.front, c.back);
    if (wanted.has(id)) continue;
    wanted.set(id, c);
  }
  if (wanted.size < parsed.cards.length)
    warnings.push(
      `${parsed.cards.length - wanted.size} duplicate flashcards (same question and answer) were made once.`,
    );
  const have = db.prepare('SELECT id FROM note_cards WHERE file_id = ?').pluck().all(fileId) as string[];
  const del = db.prepare('DELETE FROM note_cards WHERE id = ?');
  for (const id of have) if (!wanted.has(id)) del.run(id);
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
    results.filter((r) => r.status !== 'rejected').reduce((a, r) => a + r[k], 0);
  const count = (s: ImportFileSummary['status']): number => results.filter((r) => r.status === s).length;
  return {
    files: results,
    totals: {
      files: results.length,
      imported: count('imported'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
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
    db.prepare('DELETE FROM note_files WHERE id = ?').run(fileId);
    refreshSearchTerms(db);
  })();
  return { sections: sections.length, cards };
}
