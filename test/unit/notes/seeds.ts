import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNoteBytes } from '../../../src/shared/notes/decode';
import { parseNote, type ParsedNote } from '../../../src/shared/notes/parse';

/** The user's real notes (the test corpus), copied from ../shared/seeds so a fresh clone has them. */
export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
export const SEED_FILES = {
  scenarios: '000_8bb555adefb04375.txt',
  topics: '001_6f8b91b056293530.txt',
  questions: '002_43d43bd8e54e5a78.txt',
  answers: '003_ecd7dffcf123e1f7.txt',
  markdown: '004_c22ddc31c41c0fbe.txt',
} as const;
export const haveSeeds = existsSync(join(SEEDS_DIR, SEED_FILES.markdown));
// The corpus is part of the repository: a missing file is a broken checkout, not a reason to skip.
if (!haveSeeds) throw new Error(`test corpus missing: ${SEEDS_DIR}`);

export function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SEEDS_DIR, name)));
}

export function parseSeed(name: string): ParsedNote & { mojibakeRepairs: number; text: string } {
  const d = decodeNoteBytes(seedBytes(name));
  if (!d.ok) throw new Error(`${name}: ${d.message}`);
  return { ...parseNote(d.text), mojibakeRepairs: d.mojibakeRepairs, text: d.text };
}
