/**
 * findQuantities' line pre-test (quantity.ts mayHoldQuantity): the same answer as the single expression it
 * replaced (MAYBE below, copied from the code before session 20), on lines built from number words, units,
 * digits next to letters, underscores and dollar signs, in any case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldQuantity } from '../../../src/shared/notes/quantity';

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirteen|fourteen|sixteen|eighteen|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
const COUNT_WORDS =
  'three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirteen|fourteen|sixteen|eighteen|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
const MAYBE = new RegExp(
  String.raw`(?<![A-Za-z0-9])\d|\$|\bnines\b|\b9s\b|\b(?:${NUMBER_WORDS})[\s-]+(?:ms|milli|sec|min|hour|hr|day|week|month|year|kilo|mega|giga|tera|peta)|\b(?:${COUNT_WORDS})\s+[a-z]|\b(?:once|twice|thrice)\s|\b(?:half|quarter)\s+(?:of\s+)?an?\s`,
  'i',
);

const word = fc.constantFrom(
  ...NUMBER_WORDS.split('|'),
  'nines',
  '9s',
  "9's",
  '_9s',
  'a9s',
  'x1',
  '7',
  '$',
  'once',
  'twice',
  'thrice',
  'half',
  'quarter',
  'of',
  'an',
  'a',
  'ms',
  'millis',
  'seconds',
  'min',
  'hours',
  'hr',
  'days',
  'weeks',
  'months',
  'years',
  'kilobytes',
  'megabytes',
  'gigabytes',
  'terabytes',
  'petabytes',
  'often',
  'tenant',
  'someone',
  'none',
  'replicas',
  'Lambda',
  'S3',
  'é',
  'İ',
  'K',
  'NINES',
  'Twice',
  'HALF',
);
const glue = fc.constantFrom(' ', ' ', '-', '', ', ', '_', '\t', '. ', '(', ')');
const line = fc
  .array(fc.tuple(word, glue), { maxLength: 12 })
  .map((ws) => ws.map(([w, g]) => w + g).join(''));

describe('mayHoldQuantity', () => {
  it('answers as the expression it replaced', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(mayHoldQuantity(text), text).toBe(MAYBE.test(text));
      }),
      { numRuns: 20_000 },
    );
  });
  it('reads the forms it exists for', () => {
    for (const t of [
      'eleven nines',
      'five minutes',
      'twice a day',
      'half an hour',
      '$0.02',
      'up to 5',
      'thirty-day',
    ])
      expect(mayHoldQuantity(t), t).toBe(true);
    for (const t of ['no figure here', 'x86 builds', 'someone often said', 'tenant'])
      expect(mayHoldQuantity(t), t).toBe(false);
  });
});
