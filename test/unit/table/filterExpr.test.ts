import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter, parseFilter, testFilter, type FilterKind } from '../../../src/shared/table/filterExpr';

function ok(input: string, kind: FilterKind = 'number'): ReturnType<typeof parseFilter> & { ok: true } {
  const r = parseFilter(input, kind);
  if (!r.ok) throw new Error(`expected "${input}" to parse: ${r.error}`);
  return r;
}
const num = (input: string, x: unknown): boolean => matchesFilter(ok(input).filter, x);

describe('numeric expressions', () => {
  it('parses the documented forms', () => {
    expect(ok('>= 16').filter).toEqual({ kind: 'number', any: [[{ op: '>=', value: 16 }]] });
    expect(ok('< 2').filter).toEqual({ kind: 'number', any: [[{ op: '<', value: 2 }]] });
    expect(ok('=8').filter).toEqual({ kind: 'number', any: [[{ op: '=', value: 8 }]] });
    expect(ok('!= 0').filter).toEqual({ kind: 'number', any: [[{ op: '!=', value: 0 }]] });
    expect(ok('4..32').filter).toEqual({ kind: 'number', any: [[{ op: 'range', min: 4, max: 32 }]] });
    expect(ok('0.5..1.5').filter).toEqual({ kind: 'number', any: [[{ op: 'range', min: 0.5, max: 1.5 }]] });
    expect(ok('4..').filter).toEqual({ kind: 'number', any: [[{ op: 'range', min: 4, max: null }]] });
    expect(ok('..32').filter).toEqual({ kind: 'number', any: [[{ op: 'range', min: null, max: 32 }]] });
    expect(ok('16').filter).toEqual({ kind: 'number', any: [[{ op: '=', value: 16 }]] });
    expect(ok('1,000').filter).toEqual({ kind: 'number', any: [[{ op: '=', value: 1000 }]] });
    expect(ok('>= -2.5').filter).toEqual({ kind: 'number', any: [[{ op: '>=', value: -2.5 }]] });
    expect(ok('<> 3').filter).toEqual({ kind: 'number', any: [[{ op: '!=', value: 3 }]] });
    expect(ok('').filter).toEqual({ kind: 'all' });
    expect(ok('   ').filter).toEqual({ kind: 'all' });
  });

  it('matches the EC2-style examples', () => {
    expect(num('>= 16', 16)).toBe(true);
    expect(num('>= 16', 15.9)).toBe(false);
    expect(num('< 2', 1)).toBe(true);
    expect(num('< 2', 2)).toBe(false);
    expect(num('4..32', 4)).toBe(true);
    expect(num('4..32', 32)).toBe(true);
    expect(num('4..32', 33)).toBe(false);
    expect(num('=8', 8)).toBe(true);
    expect(num('!= 0', 0)).toBe(false);
    expect(num('!= 0', 0.0001)).toBe(true);
    expect(num('= 0.3', 0.1 + 0.2)).toBe(true);
  });

  it('ANDs space-separated conditions and ORs bar-separated ones', () => {
    expect(num('>=4 <=16', 8)).toBe(true);
    expect(num('>=4 <=16', 32)).toBe(false);
    expect(num('2 | 4 | 8', 4)).toBe(true);
    expect(num('2 | 4 | 8', 6)).toBe(false);
    expect(num('< 1 | > 100', 0.5)).toBe(true);
    expect(num('< 1 | > 100', 50)).toBe(false);
  });

  it('missing and non-numeric values fail every numeric condition (even !=)', () => {
    expect(num('!= 0', null)).toBe(false);
    expect(num('!= 0', undefined)).toBe(false);
    expect(num('>= 0', '12')).toBe(false);
    expect(num('', null)).toBe(true);
  });

  it('rejects malformed input with a message instead of throwing', () => {
    for (const bad of ['>=', '>= x', '16GiB', '32..4', '5-10', '2 4', '2,4', '..', 'abc', '>= 1 2', '!5']) {
      const r = parseFilter(bad, 'number');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(3);
    }
  });

  it('never throws on arbitrary input, whatever the kind', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<FilterKind>('number', 'text', 'boolean', 'list'), (s, kind) => {
        const r = parseFilter(s, kind);
        if (r.ok) matchesFilter(r.filter, 1);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000);

  it('comparisons agree with JavaScript arithmetic (away from the equality tolerance)', () => {
    fc.assert(
      fc.property(fc.constantFrom('>=', '>', '<=', '<'), finite, finite, (op, n, x) => {
        fc.pre(Math.abs(x - n) > 1e-6);
        const expected = op === '>=' ? x >= n : op === '>' ? x > n : op === '<=' ? x <= n : x < n;
        return num(`${op} ${n}`, x) === expected;
      }),
    );
  });

  it('a..b equals ">= a <= b", and holds exactly for a <= x <= b', () => {
    fc.assert(
      fc.property(finite, finite, finite, (p, q, x) => {
        const [a, b] = p <= q ? [p, q] : [q, p];
        const range = num(`${a}..${b}`, x);
        expect(range).toBe(num(`>= ${a} <= ${b}`, x));
        expect(range).toBe(x >= a && x <= b);
      }),
    );
  });

  it('e1 | e2 holds exactly when e1 or e2 holds', () => {
    const expr = fc.oneof(
      fc.tuple(fc.constantFrom('>=', '>', '<=', '<', '=', '!='), finite).map(([o, n]) => `${o} ${n}`),
      fc.tuple(finite, finite).map(([p, q]) => (p <= q ? `${p}..${q}` : `${q}..${p}`)),
    );
    fc.assert(
      fc.property(expr, expr, finite, (e1, e2, x) => num(`${e1} | ${e2}`, x) === (num(e1, x) || num(e2, x))),
    );
  });
});

describe('text expressions', () => {
  it('substring, case-insensitive', () => {
    expect(testFilter('M5', 'text', 'm5.large')).toBe(true);
    expect(testFilter('graviton', 'text', 'AWS Graviton3')).toBe(true);
    expect(testFilter('xeon', 'text', 'AWS Graviton3')).toBe(false);
    expect(testFilter('', 'text', null)).toBe(true);
  });

  it('=exact, !excludes and | alternatives', () => {
    expect(testFilter('=m5', 'text', 'm5')).toBe(true);
    expect(testFilter('=m5', 'text', 'm5a')).toBe(false);
    expect(testFilter('!metal', 'text', 'm5.metal')).toBe(false);
    expect(testFilter('!metal', 'text', 'm5.large')).toBe(true);
    expect(testFilter('c6g | =m5', 'text', 'c6gn')).toBe(true);
    expect(testFilter('c6g | =m5', 'text', 'm5')).toBe(true);
    expect(testFilter('c6g | =m5', 'text', 'm5n')).toBe(false);
  });

  it('list cells match any item (substring) or one item exactly', () => {
    expect(testFilter('glacier', 'list', ['Expedited', 'Glacier restore'])).toBe(true);
    expect(testFilter('=expedited', 'list', ['Expedited', 'Standard'])).toBe(true);
    expect(testFilter('=exp', 'list', ['Expedited', 'Standard'])).toBe(false);
  });

  it('a plain needle matches exactly the values that contain it (property)', () => {
    // A needle that starts with a comparison or holds a range ("> 10", "4..8") compares the stated quantity instead.
    const plain = fc
      .string({ minLength: 1, maxLength: 6 })
      .filter((s) => !/[|=!]/.test(s) && !/^[<>]/.test(s) && !s.includes('..') && s.trim() === s && s !== '');
    fc.assert(
      fc.property(plain, fc.string(), (needle, value) => {
        return testFilter(needle, 'text', value) === value.toLowerCase().includes(needle.toLowerCase());
      }),
    );
  });
});

describe('boolean expressions', () => {
  it('yes/no and friends', () => {
    for (const w of ['yes', 'Y', 'true', '1']) expect(testFilter(w, 'boolean', true), w).toBe(true);
    for (const w of ['no', 'N', 'FALSE', '0']) expect(testFilter(w, 'boolean', false), w).toBe(true);
    expect(testFilter('yes', 'boolean', false)).toBe(false);
    expect(testFilter('no', 'boolean', null)).toBe(false);
    expect(parseFilter('maybe', 'boolean').ok).toBe(false);
  });
});
