import { z } from 'zod';
import { channel } from '../define';
import { nameText } from '../text';
import type { FactFlag } from '../../notes/factCheck';
import { MAX_IMPORT_BYTES } from '../../notes/decode';

/** 'choose': an upload whose name matches other imported files; not imported until the user says which. */
export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'rejected' | 'choose';

/** An imported file an upload may replace (status 'choose'). */
export interface ReplaceCandidate {
  id: number;
  name: string;
  path: string | null;
  importedAt: string;
  updatedAt: string;
}

export interface ImportRepairs {
  /** Mojibake sequences turned back into the characters they were ("âœ…" → ✅). */
  mojibake: number;
  /** Lines joined back together (PDF debris, sentences split across lines). */
  rejoinedLines: number;
}

/** What one imported file holds: shared by the import summary and the file list. */
export interface NoteFileCounts {
  name: string;
  fileKey: string;
  sections: number;
  cards: number;
  openQuestions: number;
  /** Open (not dismissed) fact-check flags. */
  flags: number;
  repairs: ImportRepairs;
  warnings: string[];
}

export interface ImportFileSummary extends NoteFileCounts {
  status: ImportStatus;
  /** Why a file was rejected, in words for the user. */
  reason?: string;
  /** For 'choose': the imported files with this name. */
  candidates?: ReplaceCandidate[];
  fileId: number | null;
}

export interface ImportSummary {
  files: ImportFileSummary[];
  totals: {
    files: number;
    imported: number;
    updated: number;
    unchanged: number;
    rejected: number;
    choose: number;
    sections: number;
    cards: number;
    openQuestions: number;
    flags: number;
    repairs: ImportRepairs;
  };
}

export interface NoteFileSummary extends NoteFileCounts {
  id: number;
  importedAt: string;
  updatedAt: string;
}

export interface NoteSectionSummary {
  id: string;
  ord: number;
  title: string;
  headingPath: string[];
  startLine: number;
  flags: number;
}

export interface NoteFileView {
  file: NoteFileSummary;
  sections: NoteSectionSummary[];
}

/** A stored fact-check flag: the checker's finding plus where it lives and whether it was dismissed. */
export interface FactFlagView extends Omit<FactFlag, 'topic' | 'lineIndex'> {
  id: string;
  /** 1-based line of the claim in the imported file (null for flags stored before lines were kept). */
  lineNo: number | null;
  fileId: number;
  fileName: string;
  sectionId: string;
  sectionTitle: string;
  dismissed: boolean;
}

export interface NoteSectionView {
  id: string;
  fileId: number;
  fileName: string;
  ord: number;
  title: string;
  headingPath: string[];
  body: string;
  startLine: number;
  flags: FactFlagView[];
  cards: { id: string; front: string; back: string }[];
  openQuestions: { id: number; text: string }[];
  prevId: string | null;
  nextId: string | null;
}

export interface OpenQuestionView {
  id: number;
  fileId: number;
  fileName: string;
  sectionId: string | null;
  sectionTitle: string | null;
  text: string;
}

/** Base64 grows data by 4/3; a little headroom lets an oversized file get its clear "too large" message. */
const MAX_BASE64_CHARS = Math.ceil(((MAX_IMPORT_BYTES * 4) / 3) * 1.1);
/** Enough for five files at the size limit in one request. */
export const NOTES_IMPORT_MAX_PAYLOAD = 5 * MAX_BASE64_CHARS + 64 * 1024;

const fileId = z.number().int().min(1);
const sectionId = z.string().regex(/^ns:[0-9a-f]{14}$/, 'a section id looks like ns:<14 hex digits>');

/** Base64 as the import accepts it (standard alphabet, padding at the end only). */
export function isBase64(s: string): boolean {
  // The same test as /^[A-Za-z0-9+/]*={0,2}$/ (property-tested), in two scans the regex engine runs ~1.6x
  // faster on a 100 MB upload: no character outside the alphabet and '=', and '=' only as the last one or two.
  if (/[^A-Za-z0-9+/=]/.test(s)) return false;
  const pad = s.indexOf('=');
  return pad < 0 || (pad >= s.length - 2 && (pad === s.length - 1 || s.charCodeAt(s.length - 1) === 61));
}

export const notesImportRequest = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: nameText(z.string().min(1).max(255)),
        /** Stable key for re-imports (a path); defaults to the name. */
        fileKey: nameText(z.string().min(1).max(1024)).optional(),
        /** The file's absolute path when the picker knows it (desktop); its identity. */
        path: z.string().min(1).max(4096).optional(),
        /** The user's answer to "replace which file?": an imported file's id, or 'new' to keep both. */
        replace: z.union([z.number().int().min(1), z.literal('new')]).optional(),
        /**
         * Checked for length here; its alphabet (isBase64) by the import's worker, which answers VALIDATION:
         * a regex over a 29 MB upload took 0.7 s of the main thread, which answers every other request.
         */
        contentBase64: z
          .string()
          .max(MAX_BASE64_CHARS, { error: `a file can be at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB` }),
      }),
    )
    .min(1)
    .max(50),
});

export const notesChannels = {
  'notes.import': channel<ImportSummary>()(notesImportRequest, { maxPayloadBytes: NOTES_IMPORT_MAX_PAYLOAD }),
  'notes.list': channel<NoteFileSummary[]>()(z.strictObject({})),
  'notes.file': channel<NoteFileView>()(z.strictObject({ id: fileId })),
  'notes.section': channel<NoteSectionView>()(z.strictObject({ id: sectionId })),
  'notes.flags': channel<FactFlagView[]>()(
    z.strictObject({ fileId: fileId.optional(), includeDismissed: z.boolean().default(false) }),
  ),
  'notes.dismissFlag': channel<FactFlagView>()(
    z.strictObject({ id: z.string().regex(/^ff:[0-9a-f]{14}$/), dismissed: z.boolean().default(true) }),
  ),
  'notes.openQuestions': channel<OpenQuestionView[]>()(z.strictObject({ fileId: fileId.optional() })),
  'notes.delete': channel<{ id: number; sections: number; cards: number }>()(z.strictObject({ id: fileId })),
};
