/**
 * Session 23 (issue 19): the fact-check's cheaper forms read exactly as the expressions they replace.
 * - sentences(): the "e.g." / "i.e." test runs at a sentence mark only, not as a lookbehind at every character.
 * - statementWordsOf: its data is built with the index (and so precompiled); statementWords.test.ts checks holds().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/shared/notes/assertCheck';
import { loadFactRules } from '../../../src/main/notes/rules';
import { statementWordsOf } from '../../../src/shared/notes/claimCheck';

/** The expression sentences() used before session 23. */
function sentencesBefore(line: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?<!\b(?:e\.g|i\.e))[.!?;](?=\s|$)/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    out.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (from < line.length) out.push([from, line.length]);
  return out;
}

describe('sentences', () => {
  it('splits as the lookbehind expression did, on lines of the characters that matter', () => {
    const line = fc
      .array(fc.constantFrom('e', 'i', '.', 'g', '?', '!', ';', ' ', 'x', '_', '1', 'É', '\t'), { maxLength: 24 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(line, (s) => {
        expect(sentences(s)).toEqual(sentencesBefore(s));
      }),
      { numRuns: 20000 },
    );
  });
  it('keeps "e.g." and "i.e." inside a sentence, not "see.g."', () => {
    expect(sentences('Use tags (e.g. env) for cost. Done.')).toEqual([
      [0, 29],
      [29, 35],
    ]);
    expect(sentences('x i.e. y')).toEqual([[0, 8]]);
    expect(sentences('see.g. Next')).toEqual([
      [0, 6],
      [6, 11],
    ]);
  });
});

describe('statementWordsOf', () => {
  it('reads its data from the index, built with it', () => {
    const { index } = loadFactRules();
    expect(index.statementWords?.lit.length).toBe(index.statements.reduce((n, st) => n + st.res.length, 0));
    expect(statementWordsOf(index).lit).toBe(index.statementWords?.lit);
  });
});
