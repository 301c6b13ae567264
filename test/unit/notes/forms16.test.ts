/**
 * Session 16 (QFORM16): forms of figures study notes write that the reader did not read. Each rule is tested in
 * wording written for these tests (none copied from the form set that measured it), with lines that must stay
 * unread.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from '../../../src/shared/notes/quantity';
import { index } from './claimCases';

/** What the checker reads in a note line: "raw|value|dim|noun" (a range "raw|low..high|dim|noun"). */
const q = (text: string): string[] =>
  findQuantities(text, index.countNouns, true).map(
    (x) => `${x.raw}|${x.low !== undefined ? `${x.low}..` : ''}${x.value}|${x.dim}|${x.noun}`,
  );

describe('units: short forms', () => {
  it('reads "mo" as a month, alone and after a slash', () => {
    expect(q('Athena results kept 3 mo')).toEqual(['3 mo|7776000|seconds|']);
    expect(q('free egress 50GB/mo')).toEqual(['50GB/mo|53687091200|bytes|']);
  });
  it('reads microseconds', () => {
    expect(q('MemoryDB reads ~250µs')).toEqual(['250µs|0.00025|seconds|']);
    expect(q('p99 at 250 μs here')).toEqual(['250 μs|0.00025|seconds|']);
  });
  it('reads "Gb/s" (lower-case b) as bits, "GB/s" as bytes', () => {
    expect(q('cluster link 25 Gb/s')).toEqual(['25 Gb/s|25000000000|bitsPerSecond|']);
    expect(q('FSx reads 2 GB/s')).toEqual(['2 GB/s|2147483648|bytesPerSecond|']);
  });
});

describe('rates: per second written short', () => {
  it('reads an HTTP verb per second as a request rate', () => {
    expect(q('bucket prefix handles 1,200 DELETE/s')).toEqual(['1,200 DELETE/s|1200|count|request/s']);
    expect(q('allow 900 GET/HEAD/s')).toEqual(['900 GET/HEAD/s|900|count|request/s']);
  });
  it('reads "x/sec" and "per sec" after a bare number as calls per second', () => {
    expect(q('DescribeInstances: 40 x/sec')).toEqual(['40 x/sec|40|count|request/s']);
    expect(q('CreateStack 8 per sec')).toEqual(['8 per sec|8|count|request/s']);
  });
  it('reads a call rate before a slash scope as that rate', () => {
    expect(q('DescribeStream 10 TPS/stream')).toEqual(['10 TPS/stream|10|count|transaction/s']);
  });
  it('reads "<nouns> per sec" as a rate even of a noun the KB has no rate for', () => {
    expect(q('ledger takes 400 commits per sec')).toEqual(['400 commits per sec|400|count|commit/s']);
    expect(q('table sustains 700 writes/sec')).toEqual(['700 writes/sec|700|count|write/s']);
  });
});

describe('counted nouns: abbreviations', () => {
  it('reads short plural forms as their nouns', () => {
    expect(q('batch of 300 recs')).toEqual(['300 recs|300|count|record']);
    expect(q('RAID over 8 vols')).toEqual(['8 vols|8|count|volume']);
    expect(q('topic has 40 subs')).toEqual(['40 subs|40|count|subscription']);
  });
  it('singular of "aliases" is "alias"', () => {
    expect(singular('aliases')).toBe('alias');
    expect(singular('databases')).toBe('database');
  });
});

describe('scale words', () => {
  it('reads "mil", "bn", "trillion" and a glued "B" before a plural noun as multipliers', () => {
    expect(q('SNS delivered 3 mil notifications')).toEqual(['3 mil notifications|3000000|count|notification']);
    expect(q('scanned 2bn rows')).toEqual(['2bn rows|2000000000|count|row']);
    expect(q('holds 5B objects')).toEqual(['5B objects|5000000000|count|object']);
  });
  it('keeps a glued B after a number as bytes otherwise', () => {
    expect(q('header limit 512B')).toEqual(['512B|512|bytes|']);
    expect(q('min object 128B objects?')).toEqual(['128B|128|bytes|']);
  });
});
