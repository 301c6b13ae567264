/**
 * checkStatement's pre-filter (claimCheck.ts statementWordsOf): for any line, the words it finds present are
 * exactly those `lower.includes(word)` finds (the test it replaced), over the KB's real statement words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { statementWordsOf } from '../../../src/shared/notes/claimCheck';

const { index } = loadFactRules();
const sw = statementWordsOf(index);
const words = [...new Set(index.statements.flatMap((st) => st.res.flatMap((r) => r.lit)))];
const idOf = new Map<string, number>();
index.statements.flatMap((st) => st.res).forEach((r, e) => r.lit.forEach((w, k) => idOf.set(w, sw.lit[e]![k]!)));

const check = (line: string): void => {
  const lower = line.toLowerCase();
  const present = sw.present(lower);
  const wrong = words.filter((w) => (present[idOf.get(w)!] === 1) !== lower.includes(w));
  expect(wrong, line).toEqual([]);
};

describe('statement words pre-filter', () => {
  it('has the KB statements and maps every expression in order', () => {
    expect(words.length).toBeGreaterThan(10);
    expect(sw.lit.length).toBe(index.statements.reduce((n, st) => n + st.res.length, 0));
    index.statements.flatMap((st) => st.res).forEach((r, e) => expect(sw.lit[e]!.length).toBe(r.lit.length));
  });

  it('finds a word exactly when the lower-cased line contains it', () => {
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 1))),
      fc.constantFrom(' ', '-', '.', 'é', 'İ', 'ß', '→', '\u00a0', '3', 'x', 'Σ', '😀'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => check(parts.join(''))),
      { numRuns: 2000 },
    );
    // Words glued to one another and to non-ASCII letters.
    check(words.slice(0, 50).join(''));
    check(`İ${words.join('é')}ß`);
    check('');
    check('ab');
  });
});
