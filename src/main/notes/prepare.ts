/**
 * The database-free half of importing a note file: decode, parse, fact-check, locate each flag's line and
 * compute the ids. A pure function of the bytes, the fact-checker and the file key, so it runs the same on
 * the writer's thread (small imports) or in parse workers (large ones) while the writer stores earlier files.
 * Its result is plain data (structured-cloneable) and holds only what the writer stores.
 */
import type { ImportRepairs } from '../../shared/ipc/channels/notes';
import { decodeNoteBytes } from '../../shared/notes/decode';
import { checkSection, type FactChecker, type FactFlag } from '../../shared/notes/factCheck';
import { cyrb53, noteCardId, noteSectionId } from '../../shared/notes/ids';
import { parseNote, type CardStyle } from '../../shared/notes/parse';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded file, or why it cannot be imported. */
export type DecodedNote =
  | { ok: true; text: string; textHash: string; encoding: Encoding; mojibakeRepairs: number }
  | { ok: false; message: string };

/** A fact-check flag as stored, minus its dismissal (that depends on the database). */
export type PreparedFlag = Omit<FactFlag, 'lineIndex' | 'topic'> & {
  /** Which occurrence of the same rule on the same line this is (part of the flag's id). */
  nth: number;
  /** 1-based line in the file. */
  lineNo: number;
};

export interface PreparedSection {
  title: string;
  /** JSON of the heading path, as stored. */
  headingPathJson: string;
  /** The heading path joined with ' › ' (a card's `section`; the search title after the file name). */
  pathText: string;
  /** Number of headings above and including this section (0: the text before the first heading). */
  headingDepth: number;
  body: string;
  startLine: number;
  flags: PreparedFlag[];
}

export interface PreparedCard {
  front: string;
  back: string;
  sectionIndex: number;
  style: CardStyle;
}

/** A section's search document title: the file name, then its heading path. */
export function searchTitle(fileName: string, s: Pick<PreparedSection, 'headingDepth' | 'pathText'>): string {
  return s.headingDepth ? `${fileName} › ${s.pathText}` : fileName;
}

/** Ids hang on the file key; `key` says which one they were computed for (see rekey). */
export interface PreparedIds {
  key: string;
  sections: string[];
  /** Per section, its flags' ids in order. */
  flags: string[][];
  cards: string[];
}

export interface PreparedNote {
  sections: PreparedSection[];
  cards: PreparedCard[];
  openQuestions: { text: string; sectionIndex: number }[];
  warnings: string[];
  repairs: ImportRepairs;
  ids: PreparedIds;
}

export function decodeForImport(bytes: Uint8Array): DecodedNote {
  const d = decodeNoteBytes(bytes);
  if (!d.ok) return { ok: false, message: d.message };
  return { ok: true, text: d.text, textHash: cyrb53(d.text), encoding: d.encoding, mojibakeRepairs: d.mojibakeRepairs };
}

/**
 * Flag ids hang on the file and the claim's text (not the section's position), so a dismissal survives a
 * heading inserted above the claim or the claim moving to another section.
 */
export function flagId(fileKey: string, ruleId: string, claim: string, nth: number): string {
  return `ff:${cyrb53(`${fileKey}\u0000${ruleId}\u0000${claim.replace(/\s+/g, ' ').trim().toLowerCase()}\u0000${nth}`)}`;
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

/** The ids of a prepared note's sections, flags and cards under `key`. */
export function idsFor(p: Pick<PreparedNote, 'sections' | 'cards'>, key: string): PreparedIds {
  return {
    key,
    // Two sections with the same title at the same position cannot happen; the ord keeps ids unique.
    sections: p.sections.map((s, ord) => noteSectionId(key, ord, s.title)),
    flags: p.sections.map((s) => s.flags.map((fl) => flagId(key, fl.ruleId, `${fl.line}\u0000${fl.excerpt}`, fl.nth))),
    cards: p.cards.map((c) => noteCardId(key, c.front, c.back)),
  };
}

/** The same note with ids under another key (the writer found the key taken, or the file stored under another). */
export function rekey(p: PreparedNote, key: string): PreparedNote {
  return p.ids.key === key ? p : { ...p, ids: idsFor(p, key) };
}

/**
 * Parses and fact-checks a decoded note; ids are computed for `key`, the key the file will most likely be
 * stored under (the writer re-keys in the rare case it is not).
 */
export function prepareNote(d: Extract<DecodedNote, { ok: true }>, checker: FactChecker, key: string): PreparedNote {
  const parsed = parseNote(d.text);
  const warnings = [...parsed.warnings];
  if (d.encoding === 'windows-1252') warnings.unshift('The file was not UTF-8; it was read as Windows-1252.');
  const fileLines = d.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const usedLines = new Set<number>();
  const seen = new Map<string, number>();
  const sections = parsed.sections.map((s): PreparedSection => ({
    title: s.title,
    headingPathJson: JSON.stringify(s.headingPath),
    pathText: s.headingPath.join(' › '),
    headingDepth: s.headingPath.length,
    body: s.body,
    startLine: s.startLine,
    flags: checkSection(s.body, s.headingPath, checker).map((fl): PreparedFlag => {
      const k = `${fl.ruleId}\u0000${fl.line}`;
      const nth = seen.get(k) ?? 0;
      seen.set(k, nth + 1);
      // lineIndex and topic are not stored.
      const { lineIndex: _i, topic: _t, ...kept } = fl;
      return { ...kept, nth, lineNo: sourceLine(fileLines, s.startLine, fl.line, usedLines) };
    }),
  }));
  const cards = parsed.cards.map((c) => ({ front: c.front, back: c.back, sectionIndex: c.sectionIndex, style: c.style }));
  const base = {
    sections,
    cards,
    openQuestions: parsed.openQuestions.map((q) => ({ text: q.text, sectionIndex: q.sectionIndex })),
    warnings,
    repairs: { mojibake: d.mojibakeRepairs + parsed.repairs.mojibake, rejoinedLines: parsed.repairs.rejoinedLines },
  };
  return { ...base, ids: idsFor(base, key) };
}
