/**
 * Session 16 (lead): figure spellings the reader misread.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { index } from './claimCases';

const read = (text: string): [string, string, number][] =>
  findQuantities(text, index.countNouns, true).map((q) => [q.raw, q.dim, q.value]);

describe('nines', () => {
  it('reads a count of nines only when a space or hyphen sets it apart from "9s"', () => {
    expect(read('API GW integration timeout 29s')).toEqual([['29s', 'seconds', 29]]);
    expect(read('retry after 59s')).toEqual([['59s', 'seconds', 59]]);
    expect(read('S3 Standard: 11 9s durability')).toEqual([['11 9s', 'percent', 99.999999999]]);
    expect(read('4-9s availability')).toEqual([['4-9s', 'percent', 99.99]]);
    expect(read('eleven 9s')).toEqual([['eleven 9s', 'percent', 99.999999999]]);
  });
});
