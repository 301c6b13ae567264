/**
 * Session 15 (lead): unit spellings notes use that the reader did not know ("GBps" is bytes, "Gbit/s" bits,
 * "pct", "wk"), a power of two ("2^31") that is not a count of its exponent, and Multi-AZ EBS volumes (a
 * volume attachable in two AZs, so "EBS volumes attach in one AZ only" has an exception).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { describeAssertCases } from './assertCases';
import { index } from './claimCases';

const read = (text: string): [string, string, number][] =>
  findQuantities(text, index.countNouns, true).map((q) => [q.raw, q.dim, q.value]);

describe('unit spellings', () => {
  it('reads a capital B in a rate as bytes, a small b as bits', () => {
    expect(read('1 GBps')).toEqual([['1 GBps', 'bytesPerSecond', 1024 ** 3]]);
    expect(read('2 KBps')).toEqual([['2 KBps', 'bytesPerSecond', 2048]]);
    expect(read('10 MBps')).toEqual([['10 MBps', 'bytesPerSecond', 1024 ** 2 * 10]]);
    expect(read('10 Gbps')).toEqual([['10 Gbps', 'bitsPerSecond', 1e10]]);
  });
  it('reads bit rates written out', () => {
    expect(read('a tunnel does 1.25 Gbit/s')).toEqual([['1.25 Gbit/s', 'bitsPerSecond', 1.25e9]]);
    expect(read('100 Mbits/s per link')).toEqual([['100 Mbits/s', 'bitsPerSecond', 1e8]]);
  });
  it('reads pct and wk', () => {
    expect(read('99.9 pct uptime')).toEqual([['99.9 pct', 'percent', 99.9]]);
    expect(read('kept 2 wks')).toEqual([['2 wks', 'seconds', 2 * 604800]]);
  });
  it("does not count the noun before an API parameter that heads the label (the figure is the parameter's)", () => {
    // A parameter a count fact's label names (Glue's "MaxConcurrentRuns") counts what that fact counts (read23b);
    // the noun before it ("job") is still not what the figure counts.
    expect(
      findQuantities('Glue job MaxConcurrentRuns default is 1.', index.countNouns, true).map((q) => q.noun),
    ).toEqual(['maxconcurrentrun']);
    expect(read('SQS queue VisibilityTimeout default is 30')).toEqual([]);
    expect(read('concurrent executions limit is 1,000')).toEqual([['1,000', 'count', 1000]]);
  });
  it('does not read an exponent as a count', () => {
    expect(read('up to 2^31 items')).toEqual([]);
  });
});

describeAssertCases(
  'Multi-AZ EBS volumes',
  [
    ['EBS volumes can be attached to instances in another AZ', 'ebs.attach.same-az'],
    ['A Multi-AZ EBS volume can be attached in the same AZ only', 'ebs.multi-az.standby-attach'],
  ],
  [
    ['Multi-AZ EBS volumes can be attached to instances in another AZ'],
    ['A Multi-AZ volume is attachable in its standby AZ too'],
    ['EBS: a volume attaches only to instances in the same AZ'],
  ],
);
