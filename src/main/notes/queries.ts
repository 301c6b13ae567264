import type {
  FactFlagView,
  ImportRepairs,
  NoteFileSummary,
  NoteFileView,
  NoteSectionView,
  OpenQuestionView,
} from '../../shared/ipc/channels/notes';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';

interface FileRow {
  id: number;
  file_key: string;
  name: string;
  imported_at: string;
  updated_at: string;
  repairs: string;
  warnings: string;
  sections: number;
  cards: number;
  open_questions: number;
  flags: number;
}

const FILE_SQL = `
SELECT f.id, f.file_key, f.name, f.imported_at, f.updated_at, f.repairs, f.warnings,
  (SELECT count(*) FROM note_sections s WHERE s.file_id = f.id) AS sections,
  (SELECT count(*) FROM note_cards c WHERE c.file_id = f.id) AS cards,
  (SELECT count(*) FROM open_questions q WHERE q.file_id = f.id) AS open_questions,
  (SELECT count(*) FROM fact_flags x JOIN note_sections s ON s.id = x.section_id
    WHERE s.file_id = f.id AND x.dismissed_at IS NULL) AS flags
FROM note_files f`;

function rowToFile(r: FileRow): NoteFileSummary {
  return {
    id: r.id,
    fileKey: r.file_key,
    name: r.name,
    importedAt: r.imported_at,
    updatedAt: r.updated_at,
    sections: r.sections,
    cards: r.cards,
    openQuestions: r.open_questions,
    flags: r.flags,
    repairs: JSON.parse(r.repairs) as ImportRepairs,
    warnings: JSON.parse(r.warnings) as string[],
  };
}

export function listNoteFiles(db: Db): NoteFileSummary[] {
  return (db.prepare(`${FILE_SQL} ORDER BY f.name COLLATE NOCASE, f.id`).all() as FileRow[]).map(rowToFile);
}

export function noteFile(db: Db, id: number): NoteFileView {
  const row = db.prepare(`${FILE_SQL} WHERE f.id = ?`).get(id) as FileRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No imported note file with id ${id}.`);
  const sections = (
    db
      .prepare(
        `SELECT s.id, s.ord, s.title, s.heading_path, s.start_line,
           (SELECT count(*) FROM fact_flags x WHERE x.section_id = s.id AND x.dismissed_at IS NULL) AS flags
         FROM note_sections s WHERE s.file_id = ? ORDER BY s.ord`,
      )
      .all(id) as {
      id: string;
      ord: number;
      title: string;
      heading_path: string;
      start_line: number;
      flags: number;
    }[]
  ).map((s) => ({
    id: s.id,
    ord: s.ord,
    title: s.title,
    headingPath: JSON.parse(s.heading_path) as string[],
    startLine: s.start_line,
    flags: s.flags,
  }));
  return { file: rowToFile(row), sections };
}

interface FlagRow {
  id: string;
  file_id: number;
  file_name: string;
  section_id: string;
  section_title: string;
  rule_id: string;
  excerpt: string;
  line: string;
  start_offset: number;
  end_offset: number;
  official: string;
  source: string;
  as_of: string;
  suggestion: string;
  explanation: string;
  dismissed_at: string | null;
  verdict: 'wrong' | 'outdated';
  line_no: number | null;
  changed_on: string | null;
}

const FLAG_SQL = `
SELECT x.*, s.file_id, s.title AS section_title, f.name AS file_name
FROM fact_flags x JOIN note_sections s ON s.id = x.section_id JOIN note_files f ON f.id = s.file_id`;

function rowToFlag(r: FlagRow): FactFlagView {
  return {
    id: r.id,
    fileId: r.file_id,
    fileName: r.file_name,
    sectionId: r.section_id,
    sectionTitle: r.section_title,
    ruleId: r.rule_id,
    excerpt: r.excerpt,
    line: r.line,
    start: r.start_offset,
    end: r.end_offset,
    official: r.official,
    source: r.source,
    asOf: r.as_of,
    suggestion: r.suggestion,
    explanation: r.explanation,
    dismissed: r.dismissed_at !== null,
    verdict: r.verdict,
    lineNo: r.line_no,
    changedOn: r.changed_on,
  };
}

export function listFlags(db: Db, opts: { fileId?: number; includeDismissed?: boolean }): FactFlagView[] {
  return (
    db
      .prepare(
        `${FLAG_SQL} WHERE (@fileId IS NULL OR s.file_id = @fileId) AND (@all OR x.dismissed_at IS NULL)
         ORDER BY f.name COLLATE NOCASE, s.ord, x.start_offset`,
      )
      .all({ fileId: opts.fileId ?? null, all: opts.includeDismissed ? 1 : 0 }) as FlagRow[]
  ).map(rowToFlag);
}

/** Dismissing never changes the note; it only hides the flag (and survives re-imports of the file). */
export function setFlagDismissed(
  db: Db,
  id: string,
  dismissed: boolean,
  now: Date = new Date(),
): FactFlagView {
  const r = db
    .prepare('UPDATE fact_flags SET dismissed_at = ? WHERE id = ?')
    .run(dismissed ? now.toISOString() : null, id);
  if (r.changes === 0) throw new AppError('NOT_FOUND', `No fact-check flag with id ${id}.`);
  return rowToFlag(db.prepare(`${FLAG_SQL} WHERE x.id = ?`).get(id) as FlagRow);
}

export function noteSection(db: Db, id: string): NoteSectionView {
  const s = db
    .prepare(
      `SELECT s.*, f.name AS file_name FROM note_sections s JOIN note_files f ON f.id = s.file_id WHERE s.id = ?`,
    )
    .get(id) as
    | {
        id: string;
        file_id: number;
        file_name: string;
        ord: number;
        title: string;
        heading_path: string;
        body: string;
        start_line: number;
      }
    | undefined;
  if (!s) throw new AppError('NOT_FOUND', `No note section with id ${id}.`);
  const neighbour = (ord: number): string | null =>
    (db.prepare('SELECT id FROM note_sections WHERE file_id = ? AND ord = ?').pluck().get(s.file_id, ord) as
      string | undefined) ?? null;
  return {
    id: s.id,
    fileId: s.file_id,
    fileName: s.file_name,
    ord: s.ord,
    title: s.title,
    headingPath: JSON.parse(s.heading_path) as string[],
    body: s.body,
    startLine: s.start_line,
    flags: (
      db.prepare(`${FLAG_SQL} WHERE x.section_id = ? ORDER BY x.start_offset`).all(id) as FlagRow[]
    ).map(rowToFlag),
    cards: db.prepare('SELECT id, front, back FROM note_cards WHERE section_id = ? ORDER BY ord').all(id) as {
      id: string;
      front: string;
      back: string;
    }[],
    openQuestions: db
      .prepare('SELECT id, text FROM open_questions WHERE section_id = ? ORDER BY ord')
      .all(id) as {
      id: number;
      text: string;
    }[],
    prevId: neighbour(s.ord - 1),
    nextId: neighbour(s.ord + 1),
  };
}

export function listOpenQuestions(db: Db, fileId?: number): OpenQuestionView[] {
  return (
    db
      .prepare(
        `SELECT q.id, q.file_id, f.name AS file_name, q.section_id, s.title AS section_title, q.text
         FROM open_questions q JOIN note_files f ON f.id = q.file_id LEFT JOIN note_sections s ON s.id = q.section_id
         WHERE (@fileId IS NULL OR q.file_id = @fileId) ORDER BY f.name COLLATE NOCASE, q.file_id, q.ord`,
      )
      .all({ fileId: fileId ?? null }) as {
      id: number;
      file_id: number;
      file_name: string;
      section_id: string | null;
      section_title: string | null;
      text: string;
    }[]
  ).map((r) => ({
    id: r.id,
    fileId: r.file_id,
    fileName: r.file_name,
    sectionId: r.section_id,
    sectionTitle: r.section_title,
    text: r.text,
  }));
}
