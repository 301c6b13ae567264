/**
 * makeSnippet reads words lazily and keeps the sliding window's counts incrementally (type-ahead speed).
 * Snippets are results: over random texts and queries they must equal the straightforward version's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightTerms, makeSnippet, plainGap, type SnippetTerm } from '../../../src/shared/search/snippet';

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

function matches(token: string, terms: readonly SnippetTerm[]): number {
  const t = token.toLowerCase();
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.prefix ? t.startsWith(term.word) : t === term.word) return i;
  }
  return -1;
}

/** makeSnippet as it was before words were read lazily and the window counts kept incrementally (frozen). */
function referenceSnippet(text: string, terms: readonly SnippetTerm[], maxWords = 28): string {
  const tokens: { start: number; end: number; term: number }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)))
    tokens.push({ start: m.index, end: m.index + m[0].length, term: matches(m[0], terms) });
  if (tokens.length === 0) return text.slice(0, 200);
  terms.forEach((term, ti) => {
    for (const phrase of term.phrases ?? [])
      for (let k = 0; k + phrase.length <= tokens.length; k++) {
        const hit = phrase.every((w, j) => {
          const t = text.slice(tokens[k + j]!.start, tokens[k + j]!.end).toLowerCase();
          return w.prefix ? t.startsWith(w.word) : t === w.word;
        });
        if (hit) for (let j = 0; j < phrase.length; j++) tokens[k + j]!.term = ti;
      }
  });
  // Sliding window maximising distinct matched terms, then total matches.
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.term < 0 && i !== 0) continue;
    const seen = new Set<number>();
    let hits = 0;
    for (let j = i; j < Math.min(tokens.length, i + maxWords); j++) {
      const t = tokens[j]!.term;
      if (t >= 0) {
        seen.add(t);
        hits++;
      }
    }
    const score = seen.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
    if (seen.size === terms.length && i > 0) break;
  }
  // Start a few words before the first match for context.
  const from = Math.max(0, best - 3);
  const to = Math.min(tokens.length, from + maxWords);
  let out = from > 0 ? '…' : '';
  let pos = tokens[from]!.start;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    out += plainGap(text.slice(pos, t.start));
    const word = text.slice(t.start, t.end);
    out += t.term >= 0 ? `${MARK_OPEN}${word}${MARK_CLOSE}` : word;
    pos = t.end;
  }
  if (to < tokens.length) out += '…';
  return out.replace(/\s+/g, ' ');
}

const VOCAB = ['s3', 'S3', 'glacier', 'Glacier', 'gla', 'lambda', 'timeout', 'the', 'a', 'of', 'dynamodb', 'DynamoDB', 'gsi', 'global', 'secondary', 'index', 'indexes', 'İstanbul', 'straße', 'x1', '42', 'é', 'naïve', '𝔸lpha', 'x😀y', '\ud800', '٣', '東京', 'e\u0301', '\u212Aelvin', 'KELVIN', 'Lambda2', 'ĳssel'];
const GAPS = ['\u00a0', '\t', ' \u00a0 ', '\r\n', ' \t', '\u2028', '\u3000', '😀', ' ', '  ', '\n', '\n- ', ', ', ' **', '** ', ' `', '` ', '\n## ', ' > ', ' (', ') ', ' — ', '_', ' * '];
const text = fc
  .array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...GAPS)), { maxLength: 120 })
  .map((ws) => ws.map(([w, g]) => w + g).join(''));
const term = fc.record({ word: fc.constantFrom('s3', 'glacier', 'gla', 'lambda', 'the', 'a', 'dynamodb', 'gsi', 'index', 'i̇stanbul', 'x', '4', 'missing', 'kelvin', 'k', 'lambda2', 'ĳ'), prefix: fc.boolean() });
const terms = fc.array(
  fc.record(
    {
      word: term.map((t) => t.word),
      prefix: fc.boolean(),
      phrases: fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
    },
    { requiredKeys: ['word', 'prefix'] },
  ),
  { maxLength: 4 },
);

describe('makeSnippet equals the straightforward version', () => {
  it('over random texts, terms, phrases and window sizes', () => {
    fc.assert(
      fc.property(text, terms, fc.integer({ min: 1, max: 40 }), (t, ts, maxWords) => {
        expect(makeSnippet(t, ts, maxWords)).toBe(referenceSnippet(t, ts, maxWords));
        expect(makeSnippet(t, ts)).toBe(referenceSnippet(t, ts));
      }),
      { numRuns: 3000 },
    );
  });
  it('over arbitrary Unicode text (lone surrogates, astral letters, marks)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), { maxLength: 3 }), (t, words) => {
        // Terms taken from the text itself too, so that some of them match.
        const ts = [...words, ...t.split(/\s+/).slice(0, 2)].filter(Boolean).map((w, i) => ({ word: w.toLowerCase(), prefix: i % 2 === 0 }));
        expect(makeSnippet(t, ts, 8)).toBe(referenceSnippet(t, ts, 8));
      }),
      { numRuns: 3000 },
    );
  });
  it('on long notes with common and rare words', () => {
    const long = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'the' : i === 350 ? 'Glacier' : `w${i}`)).join(' ');
    for (const q of ['the', 'glacier', 'the glac', 'w3', 'nothing', 'the w399']) {
      const ts = highlightTerms(q, true);
      expect(makeSnippet(long, ts)).toBe(referenceSnippet(long, ts));
    }
  });
});
