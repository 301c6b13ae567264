/**
 * Shared by the fact-check reading tests (reading*.test.ts, decide*.test.ts, precision12, termSubject14a): the
 * KB's fact index, and what the checker makes of a line: its flags as "factId excerpt", and the quantities
 * the reader finds as [raw, value, noun].
 */
import { join } from 'node:path';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { findQuantities } from '../../../src/shared/notes/quantity';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const index = loadFactRules(ROOT).index;

/** The flags the figure checks raise on a line (under optional headings), as "factId excerpt". */
export const ids = (text: string, heading: string[] = []): string[] =>
  checkClaims(text, heading, index).map((f) => `${f.factId} ${f.excerpt}`);

/** The quantities the reader finds in a line, as [raw, value, noun]. */
export const read = (text: string): [string, number, string][] =>
  findQuantities(text, index.countNouns, true).map((q) => [q.raw, q.value, q.noun]);
