/** fmt keeps one Intl.NumberFormat per precision (speed); its text must stay exactly toLocaleString's. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../../src/shared/calc/trace';

describe('fmt', () => {
  it('formats exactly as toLocaleString with the same precision', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.double({ min: -1e6, max: 1e6 })), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), (n, dp) => {
        expect(fmt(n, dp)).toBe(Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: dp ?? 10 }) : String(n));
      }),
      { numRuns: 2000 },
    );
    expect(fmt(1048576 / 3, 2)).toBe('349,525.33');
    expect(fmt('already text')).toBe('already text');
  });
});
