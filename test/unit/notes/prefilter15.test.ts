/**
 * Session 15 (issue 19, the fact-check's CPU): the pre-filters and memos must never change a flag.
 * - checkStatement's pre-filter (statementWordsOf, with prefilterStatements.ts's alternatives) never skips
 *   an expression on a line the expression matches: lines generated from each KB statement's own expression
 *   (fast-check's stringMatching, word boundaries written as optional spaces), set among KB label words and
 *   random words, in random case;
 * - requiredAlternatives reads only mandatory groups of plain alternatives;
 * - the memos answer as the functions they memoise do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { statementWordsOf } from '../../../src/shared/notes/claimCheck';
import { factQuantities, memoByText } from '../../../src/shared/notes/prefilterMemo';
import { requiredAlternatives } from '../../../src/shared/notes/prefilterStatements';
import { findQuantities } from '../../../src/shared/notes/quantity';

const { index } = loadFactRules();
const sw = statementWordsOf(index);
const exprs = index.statements.flatMap((st) => st.res.map((r) => r.re));
const labelWords = [...new Set(index.facts.flatMap((f) => f.fact.label.split(/\s+/)))].filter(Boolean);

/** A generator of strings the expression (case-insensitive) may match, or null when fast-check cannot read it. */
function matching(re: RegExp): fc.Arbitrary<string> | null {
  try {
    const arb = fc.stringMatching(new RegExp(re.source.replace(/\\b/g, ' ?')));
    fc.sample(arb, 1);
    return arb;
  } catch {
    return null;
  }
}

const randomCase = (s: string, bits: number): string =>
  [...s].map((c, i) => ((bits >> (i % 31)) & 1 ? c.toUpperCase() : c)).join('');

describe('statement pre-filter never skips a match', () => {
  const gens = exprs.map((re, e) => ({ re, e, arb: matching(re) })).filter((g) => g.arb !== null);

  it('can generate from most statements', () => {
    expect(gens.length).toBeGreaterThan(exprs.length / 2);
  });

  it('lets through every line an expression matches', () => {
    let matched = 0;
    for (const { re, e, arb } of gens) {
      const words = fc.array(fc.oneof(fc.constantFrom(...labelWords), fc.string({ maxLength: 5 })), {
        maxLength: 4,
      });
      fc.assert(
        fc.property(arb!, words, words, fc.integer(), (core, before, after, bits) => {
          const line = [...before, randomCase(core, bits), ...after].join(' ');
          if (!re.test(line)) return;
          matched++;
          expect(sw.holds(line.toLowerCase())[e], `${re.source}\n${line}`).toBe(1);
        }),
        { numRuns: 60 },
      );
    }
    // Enough of the generated lines are real matches for the test to mean something.
    expect(matched).toBeGreaterThan(gens.length);
  });
});

describe('requiredAlternatives', () => {
  it('reads mandatory groups of plain alternatives only', () => {
    expect(
      requiredAlternatives(
        String.raw`\b(?:alb|application load balancer)s?\b[^.;,]{0,30}\b(?:supports?|has)\s+x`,
      ),
    ).toEqual([
      // Session 20: the longest plain run outside the groups comes first.
      ['x'],
      ['alb', 'application'],
      ['support', 'has'],
    ]);
    // Optional groups, lookarounds, a group with a branch of no plain text, a top-level alternation: only
    // the plain text outside them ("a", the first of the longest runs).
    expect(requiredAlternatives(String.raw`a(?:bc|de)?f(?!gh|ij)(?<!kl)(?:mn|\d+)(?:op|qr){0,2}`)).toEqual([
      ['a'],
    ]);
    // A counted quantifier's digits are no text; a figure outside the groups is.
    expect(requiredAlternatives(String.raw`\b(?:over|past)\s+16\s*KB\b[^.;]{0,50}?\b(?:free|costs? nothing)`)).toEqual([
      ['16'],
      ['over', 'past'],
      ['free', 'nothing'],
    ]);
    expect(requiredAlternatives(String.raw`(?:a{20}b|c)\d{1,3}x{2}`)).toEqual([['b', 'c']]);
    expect(requiredAlternatives(String.raw`(?:ab|cd)|ef`)).toEqual([]);
    // A quantified letter is no part of a piece; a repeated group is still mandatory; a class may hold "(".
    expect(requiredAlternatives(String.raw`[(|](?:abx+c|de?f)+(gh\)i|j)`)).toEqual([
      ['ab', 'd'],
      ['gh', 'j'],
    ]);
    expect(requiredAlternatives(String.raw`(?<name>one|two)\s(?:a\s+single|one)`)).toEqual([
      ['one', 'two'],
      ['single', 'one'],
    ]);
  });

  it('every alternative read from the KB is in the matches it comes from (the fuzz above), never empty', () => {
    for (const re of exprs)
      for (const alts of requiredAlternatives(re.source))
        for (const a of alts) expect(a.length).toBeGreaterThan(0);
  });
});

describe('memos', () => {
  it('factQuantities answers as findQuantities, the same array each time', () => {
    for (const f of index.facts.slice(0, 400)) {
      const got = factQuantities(f.fact.value, index.countNouns);
      expect(got).toEqual(findQuantities(f.fact.value, index.countNouns));
      expect(factQuantities(f.fact.value, index.countNouns)).toBe(got);
    }
  });

  it('memoByText recomputes after it empties itself at its limit', () => {
    let calls = 0;
    const m = memoByText((t) => (calls++, t.length), 3);
    expect([m('a'), m('bb'), m('a'), m('ccc'), m('dddd'), m('a')]).toEqual([1, 2, 1, 3, 4, 1]);
    expect(calls).toBe(5);
  });
});
