import { z } from 'zod';
import { isoDate, sourceUrl } from '../kb/provenance';
/**
 * Abbreviations in search: "dynamodb gsi" should find what "global secondary index" finds. The table is
 * mined from the knowledge base's own text, where names are introduced as "Global secondary indexes (GSI)"
 * or "NLB (Network Load Balancer)", and completed by a short curated list (data/search/abbreviations.json)
 * for the ones the KB never spells out (SG, NACL, ASG, …). Pure: shared by the search handler and tests.
 */

/** abbreviation (lower case) → full names, each as its index-form words. */
export type SynonymTable = Map<string, string[][]>;

/** Small words an abbreviation usually skips ("Identity and Access Management" → IAM). */
const SKIPPABLE = new Set(['and', 'of', 'for', 'the', 'to', 'in', 'on', 'a', 'an', 'with', 'by']);
const MAX_WORDS = 8;

function words(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The shortest run of words ending the list whose initials spell `letters` (small words may be skipped,
 * but not first), or null.
 */
function initialsRun(ws: readonly string[], letters: string): string[] | null {
  const go = (wi: number, li: number): number | null => {
    if (li < 0) return wi + 1;
    if (wi < 0) return null;
    const w = ws[wi]!;
    if (w[0] === letters[li]) {
      const r = go(wi - 1, li - 1);
      if (r !== null) return r;
    }
    // Two-letter abbreviations skip nothing: too many phrases would fit otherwise.
    if (SKIPPABLE.has(w) && letters.length > 2 && li < letters.length - 1) return go(wi - 1, li);
    return null;
  };
  const start = go(ws.length - 1, letters.length - 1);
  if (start === null) return null;
  const run = ws.slice(start);
  return run.length >= 2 && !SKIPPABLE.has(run[0]!) ? run : null;
}

/** The letters an abbreviation stands for: "GSIs" → "gsi", "RCU/WCU" is not one. */
function abbrevLetters(a: string): string | null {
  const core = a.replace(/s$/, '');
  if (!/^[A-Z][A-Z0-9]{1,6}$/.test(core) || !/[A-Z].*[A-Z]/.test(core)) return null;
  return /\d/.test(core) ? null : core.toLowerCase();
}

/** Every "Full Name (ABBR)" and "ABBR (Full Name)" in `text` whose initials agree. */
export function mineAbbreviations(text: string): { abbr: string; full: string[] }[] {
  const out: { abbr: string; full: string[] }[] = [];
  // Full name, then the abbreviation in parentheses.
  for (const m of text.matchAll(/([\p{L}\p{N}][\p{L}\p{N}\s-]{2,120}?)\s*\(([A-Z][A-Za-z0-9]{1,7})\)/gu)) {
    const letters = abbrevLetters(m[2]!);
    if (!letters) continue;
    const ws = words(m[1]!).slice(-MAX_WORDS);
    const run = initialsRun(ws, letters);
    if (run) out.push({ abbr: letters, full: run });
  }
  // The abbreviation, then the full name in parentheses.
  for (const m of text.matchAll(/\b([A-Z][A-Za-z0-9]{1,7})\s+\(([^()]{3,120})\)/gu)) {
    const letters = abbrevLetters(m[1]!);
    if (!letters) continue;
    const ws = words(m[2]!);
    if (ws.length > MAX_WORDS) continue;
    const run = initialsRun(ws, letters);
    if (run && run.length === ws.length) out.push({ abbr: letters, full: run });
  }
  return out;
}

/** Adds a full name for an abbreviation, once (same words = same name). */
export function addSynonym(table: SynonymTable, abbr: string, full: readonly string[]): void {
  const key = abbr.toLowerCase();
  if (full.length === 0 || (full.length === 1 && full[0] === key)) return;
  let list = table.get(key);
  if (!list) table.set(key, (list = []));
  const joined = full.join(' ');
  if (!list.some((f) => f.join(' ') === joined)) list.push([...full]);
}

export interface CuratedAbbreviation {
  abbr: string;
  full: string[];
}

/** The table from KB texts plus the curated list. */
export function buildSynonymTable(texts: Iterable<string>, curated: readonly CuratedAbbreviation[]): SynonymTable {
  const table: SynonymTable = new Map();
  for (const c of curated) for (const f of c.full) addSynonym(table, c.abbr, words(f));
  for (const t of texts) for (const m of mineAbbreviations(t)) addSynonym(table, m.abbr, m.full);
  return table;
}

/**
 * An FTS5 phrase for a full name: the last word a prefix when it is long enough to have plural and other
 * forms ("global secondary index" also finds "indexes"; unicode61 does not stem).
 */
export function phraseQuery(full: readonly string[]): string {
  const last = full.at(-1)!;
  const body = full.map((w) => w.replaceAll('"', '""')).join(' ');
  return last.length >= 4 ? `"${body}"*` : `"${body}"`;
}

/** data/search/abbreviations.json: each expansion with where it is spelled out. */
export const abbreviationFileSchema = z.strictObject({
  about: z.string(),
  abbreviations: z
    .array(
      z.strictObject({
        abbr: z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/),
        full: z.array(z.string().min(3).max(80)).min(1),
        source: sourceUrl,
        asOf: isoDate,
      }),
    )
    .min(1),
});
