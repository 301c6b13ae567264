/**
 * The import job's alphabet check for uploaded files (jobs/tasks.ts): isBase64 scans twice rather than once,
 * for speed on large uploads, and must accept exactly what /^[A-Za-z0-9+/]*={0,2}$/ accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBase64 } from '../../../src/shared/ipc/channels/notes';

const REFERENCE = /^[A-Za-z0-9+/]*={0,2}$/;

describe('isBase64', () => {
  it('accepts exactly what the one-regex definition accepts (random strings near the alphabet)', () => {
    const char = fc.constantFrom(...'AZaz09+/=-_ \n\té€\u0000'.split(''), 'Q', 'g', '=');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (cs) => {
        const s = cs.join('');
        expect(isBase64(s)).toBe(REFERENCE.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('accepts real base64 with any padding and rejects padding inside or beyond two', () => {
    for (const n of [0, 1, 2, 3, 4, 100]) expect(isBase64(Buffer.alloc(n, 7).toString('base64'))).toBe(true);
    for (const bad of ['QQ=Q', 'Q===', '=QQ', 'QQ==Q', 'QUJD-', 'QUJD_', 'QU JD', 'QUJD\n'])
      expect(isBase64(bad)).toBe(false);
    expect(isBase64('')).toBe(true);
    expect(isBase64('==')).toBe(true);
  });
});
