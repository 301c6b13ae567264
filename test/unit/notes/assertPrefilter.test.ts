/**
 * checkAssertions' word pre-filter (assertCheck.ts phraseNeeds): over the KB's real yes/no facts, the flags
 * are exactly those of the code before it (assertCheckReference.ts), for lines built from the facts' own
 * subject names, property phrases (with plural endings, gaps, hyphens), negations, clause words, answers and
 * the two characters whose lower case is an ASCII letter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactRules, loadKbEntries } from '../../../src/main/notes/rules';
import {
  buildAssertIndex,
  checkAssertions,
  FOLDS_TO_ASCII,
  words,
} from '../../../src/shared/notes/assertCheck';
import * as ref from './assertCheckReference';

const entries = loadKbEntries(process.cwd());
const { index: kb } = loadFactRules();
const next = buildAssertIndex(entries);
const before = ref.buildAssertIndex(entries);
const asserts = entries.flatMap((e) => e.facts.flatMap((f) => (f.assert ? [f.assert] : [])));
const phrase = (p: string): string => p.replace(/\*/g, 'really');
const abouts = [...new Set(asserts.flatMap((a) => a.about))];
const props = [...new Set(asserts.flatMap((a) => [...a.says, ...(a.opposite ?? [])]))];
const others = [...new Set(asserts.flatMap((a) => [...(a.context ?? []), ...(a.exclude ?? [])]))];

// The oracle predates a count standing for a phrase's "multiple"/"several" ("at least three Availability Zones" for
// "multiple Availability Zones", manyWord in assertCheck.ts): on a line holding a count, the flags of facts with such a
// phrase are the newer reading's, not the pre-filter's, and are left out of the comparison on both sides (a random
// line found the difference in session 31; it was there since the count reading was added).
const COUNTISH =
  /(?<![0-9.,A-Za-z])(?:[2-9]|[1-9][0-9])(?![0-9.,%])|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b/i;
const manyFacts = new Set(
  entries.flatMap((e) =>
    e.facts
      .filter(
        (f) =>
          f.assert &&
          [...f.assert.says, ...(f.assert.opposite ?? [])].some((x) => /\b(?:multiple|several)\b/i.test(x)),
      )
      .map((f) => f.id),
  ),
);
const comparable = <T extends { factId: string }>(text: string, flags: T[]): T[] =>
  COUNTISH.test(text) ? flags.filter((f) => !manyFacts.has(f.factId)) : flags;

const same = (text: string, path: string[]): number => {
  const want = comparable(text, ref.checkAssertions(text, path, before, kb));
  expect(comparable(text, checkAssertions(text, path, next, kb)), JSON.stringify({ text, path })).toEqual(
    want,
  );
  return want.length;
};

const glue = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '-',
  ', ',
  '. ',
  '; ',
  ': ',
  ' — ',
  '\n',
  '',
  '/',
  "'",
  '_',
  '(',
  ') ',
);
const filler = fc.constantFrom(
  'can',
  'cannot',
  'is',
  'are',
  'not',
  "isn't",
  "can't",
  'never',
  'no',
  'non-',
  'yes',
  'true',
  'false',
  'You can',
  'but',
  'because',
  'however',
  'so',
  'the',
  'a',
  'by default',
  'always',
  'also',
  'only',
  'as a',
  'be',
  'each',
  'all or nothing',
  'if',
  'myth',
  'in 2019',
  'versus',
  'İ',
  '\u212A',
  'x',
  's',
  'es',
  "'s",
  'S3',
  'EBS',
  'VPC',
  'KMS',
);
const frag = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...abouts) },
  { weight: 3, arbitrary: fc.constantFrom(...props).map(phrase) },
  { weight: 1, arbitrary: fc.constantFrom(...others).map(phrase) },
  { weight: 3, arbitrary: filler },
);
const line = fc
  .array(fc.tuple(frag, glue), { minLength: 1, maxLength: 10 })
  .map((xs) => xs.map(([a, b]) => a + b).join(''));
/** "<subject> <verb> <property>." sentences: the shape that gets flagged. */
const claim = fc
  .tuple(
    fc.constantFrom(...abouts),
    fc.constantFrom('', 'is', 'can', 'is not', 'cannot', "can't", 'are', 'does not'),
    fc.constantFrom(...props).map(phrase),
    fc.constantFrom('', 's', 'es', "'s", 'İ', '\u212A', 'x'),
    fc.constantFrom('.', '', ': no', ': yes', ' is not supported.', ', but not always.'),
  )
  .map(([a, v, p, suf, end]) => `${a} ${v} ${p}${suf}${end}`);
const text = fc
  .array(fc.oneof(line, claim, claim), { minLength: 1, maxLength: 4 })
  .map((xs) => xs.join('\n'));
const path = fc.array(fc.oneof(fc.constantFrom(...abouts), filler), { minLength: 0, maxLength: 2 });

describe('checkAssertions word pre-filter', () => {
  it('indexes the KB yes/no facts and reads almost all of their phrases', () => {
    expect(next.items.length).toBe(before.items.length);
    expect(next.items.length).toBeGreaterThan(50);
    expect(next.items.filter((it) => it.needSays && it.needAbout).length).toBeGreaterThan(
      next.items.length * 0.9,
    );
  });

  it('words() is the split/filter/plural form it replaced', () => {
    const old = (t: string): string[] =>
      t
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1)
        .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), line), (t) => {
        expect(words(t)).toEqual(old(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('keyWord finds the byWord items of a line in the order words() gives them', () => {
    const viaWords = (t: string): string[] =>
      words(t).flatMap((w) => (next.byWord.get(w) ?? []).map((it) => it.factId));
    const viaRe = (t: string): string[] => {
      const out: string[] = [];
      const lower = t.toLowerCase();
      next.keyWord!.lastIndex = 0;
      for (let m = next.keyWord!.exec(lower); m; m = next.keyWord!.exec(lower))
        out.push(...next.byWord.get(next.keyOf.get(m[0])!)!.map((it) => it.factId));
      return out;
    };
    const keys = [...next.byWord.keys()];
    const keyLine = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom('', 's', 'es', 'ss', "'s", 'x', '1'), glue), {
        maxLength: 12,
      })
      .map((xs) => xs.map((x) => x.join('')).join(''));
    fc.assert(
      fc.property(fc.oneof(line, keyLine, fc.string({ unit: 'binary' })), (t) => {
        expect(viaRe(t)).toEqual(viaWords(t));
      }),
      { numRuns: 4000 },
    );
  });

  it('FOLDS_TO_ASCII lists every character outside [A-Za-z0-9] whose lower case holds one', () => {
    const found: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (!/[A-Za-z0-9]/.test(s) && /[a-z0-9]/.test(s.toLowerCase())) found.push(c);
    }
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(FOLDS_TO_ASCII.test(String.fromCodePoint(c)), c.toString(16)).toBe(true);
  });

  it('flags exactly what the code before it flagged (generated lines)', () => {
    let flagged = 0;
    fc.assert(
      fc.property(text, path, (t, p) => {
        flagged += same(t, p);
      }),
      { numRuns: 4000 },
    );
    expect(flagged).toBeGreaterThan(10);
    // 4,000 lines over the KB's yes/no facts, each read twice: half a minute idle, minutes on a loaded machine.
  }, 300_000);

  it('flags exactly the same on every subject × property sentence, some of them flagged', () => {
    let flagged = 0;
    // One verb form and one frame (the subject in the line, or in its heading) per subject × property pair,
    // rotating through the six combinations, so the work stays a sixth of every form in every frame for every
    // pair (every pair, form and frame are still tried; the reference checker's cost grows with the square of the
    // KB's asserts).
    let turn = 0;
    for (const a of asserts)
      for (const about of a.about.slice(0, 2))
        for (const p of [...a.says, ...(a.opposite ?? [])]) {
          const k = turn++;
          const v = ['', 'is not', 'cannot'][k % 3] as string;
          const [t, path]: [string, string[]] =
            Math.floor(k / 3) % 2 === 0
              ? [`${about} ${v} ${phrase(p)}.`, []]
              : [`It ${v} ${phrase(p)}s.`, [about]];
          flagged += same(t, path);
        }
    expect(flagged).toBeGreaterThan(20);
    // Every yes/no fact's phrases times every other fact: the work grows with the square of the KB's asserts
    // (146 s on session 23's VM with seven processes per core: the limit leaves room for that and a larger KB).
  }, 600_000);
});
