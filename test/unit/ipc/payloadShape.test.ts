import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPayloadShape, jsonTextDepth, MAX_PAYLOAD_DEPTH } from '../../../src/shared/ipc/payloadShape';
import { bodyText, isWellFormedText, nameText } from '../../../src/shared/ipc/text';

/** Depth as the recursive definition has it (fine for the small values fast-check makes). */
function depthOf(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const kids = Array.isArray(v) ? v : Object.values(v);
  return 1 + kids.reduce((m: number, k) => Math.max(m, depthOf(k)), 0);
}

describe('jsonTextDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonTextDepth('{"a":"[[[[{{{{\\"[["}')).toBe(1);
    expect(jsonTextDepth('[[],[[]]]')).toBe(3);
    expect(jsonTextDepth('1')).toBe(0);
  });
  it('skips escaped quotes and backslash runs inside strings', () => {
    expect(jsonTextDepth(JSON.stringify({ a: '\\"[[[', b: ['\\\\', '"\\"]]]'] }), 1000)).toBe(2);
    expect(jsonTextDepth('["\\\\"]')).toBe(1);
  });
  it('agrees with the parsed value when strings are full of quotes, backslashes and brackets', () => {
    const tricky = fc
      .array(fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a'), { maxLength: 12 })
      .map((a) => a.join(''));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        tricky,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(tricky, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonTextDepth(JSON.stringify(v), 1000)).toBe(depthOf(v));
      }),
    );
  });
  it('stops early past the limit, even on unterminated text', () => {
    expect(jsonTextDepth('['.repeat(1_000_000), 64)).toBe(65);
  });
  it('agrees with the parsed value for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (v) => {
        expect(jsonTextDepth(JSON.stringify(v), 1000)).toBe(depthOf(v));
      }),
    );
  });
});

describe('checkPayloadShape', () => {
  it('accepts any JSON value within the limits and measures at least its real size', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        expect(checkPayloadShape(v)).toBeNull();
        const bytes = Buffer.byteLength(JSON.stringify(v));
        // A lower bound: never refuses a value that fits.
        expect(checkPayloadShape(v, { maxBytes: bytes })).toBeNull();
      }),
    );
  });
  it('refuses depth beyond the limit exactly at the limit', () => {
    let v: unknown = 1;
    for (let i = 0; i < MAX_PAYLOAD_DEPTH; i++) v = [v];
    expect(checkPayloadShape(v)).toBeNull();
    expect(checkPayloadShape([v])).toEqual({ kind: 'depth', maxDepth: MAX_PAYLOAD_DEPTH });
  });
  it('finds depth through shared children (a memoised subtree reached again deeper)', () => {
    let chain: unknown = 1;
    for (let i = 0; i < 60; i++) chain = [chain];
    // Reached first at depth 2, then again at depth 10: 10 + 61 > 64.
    let deepPath: unknown = chain;
    for (let i = 0; i < 9; i++) deepPath = [deepPath];
    expect(checkPayloadShape([chain, deepPath])).toEqual({ kind: 'depth', maxDepth: MAX_PAYLOAD_DEPTH });
  });
  it('refuses cycles, functions and class instances', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(checkPayloadShape(a)).toEqual({ kind: 'cycle' });
    expect(checkPayloadShape({ f: () => 1 })?.kind).toBe('type');
    expect(checkPayloadShape({ m: new Map() })?.kind).toBe('type');
    expect(checkPayloadShape(new Uint8Array(4))?.kind).toBe('type');
  });
});

describe('user text', () => {
  const name = nameText(z.string().trim().min(1).max(120));
  it('refuses lone surrogates and control characters, keeps real text', () => {
    for (const bad of ['\u0000', '\uD800', 'a\uDC00', '\uDBFF\uDBFF\uDC00x\uD800', 'a\u0007', '\u009F'])
      expect(name.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const good of ['Peak 🚀', 'Tabelle für März', '東京 region', 'a-b_c (v2)'])
      expect(name.safeParse(good).success, good).toBe(true);
  });
  it('card text keeps line breaks, tabs and form feeds but refuses NUL and lone surrogates', () => {
    const body = bodyText(z.string().max(100));
    expect(body.safeParse('line 1\n\tline 2\f').success).toBe(true);
    expect(body.safeParse('a\u0000b').success).toBe(false);
    expect(body.safeParse('a\uD83D').success).toBe(false);
  });
  it('isWellFormedText agrees with a UTF-8 round trip', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 3 }),
        (s, units) => {
          const t = s + String.fromCharCode(...units);
          expect(isWellFormedText(t)).toBe(Buffer.from(t, 'utf8').toString('utf8') === t);
        },
      ),
    );
  });
});
