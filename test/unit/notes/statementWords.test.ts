/**
 * checkStatement's pre-filter (claimCheck.ts statementWordsOf): for any line, the statement expressions it lets
 * through are exactly those whose every literal word `lower.includes` (the test it replaced) and one of each
 * of whose mandatory groups' alternatives it includes (session 15), over the KB's real statements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { statementWordsOf } from '../../../src/shared/notes/claimCheck';

const { index } = loadFactRules();
const sw = statementWordsOf(index);
const exprs = index.statements.flatMap((st) => st.res);
const words = [...new Set([...exprs.flatMap((r) => r.lit), ...sw.anyOf.flat(2)])];

const check = (line: string): void => {
  const lower = line.toLowerCase();
  const holds = sw.holds(lower);
  const wrong = exprs
    .filter(
      (r, e) =>
        (holds[e] === 1) !==
        (r.lit.every((w) => lower.includes(w)) &&
          sw.anyOf[e]!.every((alts) => alts.some((w) => lower.includes(w)))),
    )
    .map((r) => r.re.source);
  expect(wrong, line).toEqual([]);
};

describe('statement words pre-filter', () => {
  it('has the KB statements and maps every expression in order', () => {
    expect(words.length).toBeGreaterThan(10);
    expect(sw.lit.length).toBe(index.statements.reduce((n, st) => n + st.res.length, 0));
    index.statements.flatMap((st) => st.res).forEach((r, e) => expect(sw.lit[e]!.length).toBe(r.lit.length));
  });

  it('passes an expression exactly when the lower-cased line contains all its words', () => {
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
    check(words.join(' '));
    for (const r of exprs) check(r.lit.join(' '));
    sw.anyOf.forEach((groups, e) =>
      check([...exprs[e]!.lit, ...groups.map((g) => g[g.length - 1])].join(' ')),
    );
    check(`İ${words.join('é')}ß`);
    check('');
    check('ab');
  });
});
