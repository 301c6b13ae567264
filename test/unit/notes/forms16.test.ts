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
    expect(q('SNS delivered 3 mil notifications')).toEqual([
      '3 mil notifications|3000000|count|notification',
    ]);
    expect(q('scanned 2bn rows')).toEqual(['2bn rows|2000000000|count|row']);
    expect(q('holds 5B objects')).toEqual(['5B objects|5000000000|count|object']);
  });
  it('keeps a glued B after a number as bytes otherwise', () => {
    expect(q('header limit 512B')).toEqual(['512B|512|bytes|']);
    expect(q('min object 128B objects?')).toEqual(['128B|128|bytes|']);
  });
});

describe('sizes written with a bare K', () => {
  it('reads a K after the size of a record, payload or message as kilobytes', () => {
    expect(q('Kafka record max 512K')).toEqual(['512K|524288|bytes|']);
  });
  it('keeps a K before a counted noun a count', () => {
    expect(q('SES: 50K recipients')).toEqual(['50K recipients|50000|count|recipient']);
  });
});

describe('number words', () => {
  it('reads two-word numbers', () => {
    expect(q('retention of thirty-five days')).toEqual(['thirty-five days|3024000|seconds|']);
    expect(q('up to three hundred rules')).toEqual(['three hundred rules|300|count|rule']);
  });
  it('reads a spelled-out size rate and a spelled-out range', () => {
    expect(q('two megabytes per second')).toEqual(['two megabytes per second|2097152|bytesPerSecond|']);
    expect(q('two to six hours')).toEqual(['two to six hours|7200..21600|seconds|']);
  });
  it('reads half and a quarter of a unit of time', () => {
    expect(q('wait half an hour')).toEqual(['half an hour|1800|seconds|']);
    expect(q('a quarter of a minute')).toEqual(['quarter of a minute|15|seconds|']);
  });
});

describe('durations in parts', () => {
  it('reads "2h15m" and "4m30s"', () => {
    expect(q('job ran 2h15m')).toEqual(['2h15m|8100|seconds|']);
    expect(q('boot took 4m30s')).toEqual(['4m30s|270|seconds|']);
  });
});

describe('lists of options', () => {
  it('reads a slash list in the unit after its last member, earlier members as options', () => {
    expect(q('retries at 2/4/8 sec')).toEqual(['2|2|seconds|', '4|4|seconds|', '8 sec|8|seconds|']);
    expect(findQuantities('retries at 2/4/8 sec', index.countNouns, true).map((x) => !!x.option)).toEqual([
      true,
      true,
      false,
    ]);
    expect(q('volumes 64 / 128 GiB')).toEqual(['64|68719476736|bytes|', '128 GiB|137438953472|bytes|']);
  });
  it('leaves fractions, "24/7" and dates alone', () => {
    expect(q('24/7 support')).toEqual([]);
    expect(q('dated 12/05/2026')).toEqual([]);
    expect(q('smallest task 1/4 vCPU')).toEqual([]);
  });
  it('reads a comma list ending in "or" in the unit of its last member', () => {
    expect(q('snapshots every 4, 8 or 12 hours')).toEqual([
      '4|14400|seconds|',
      '8|28800|seconds|',
      '12 hours|43200|seconds|',
    ]);
  });
  it('does not make a list of two numbers joined by a comma alone', () => {
    expect(q('step 3, 15 minutes later')).toEqual(['15 minutes|900|seconds|']);
  });
});

describe('no figure', () => {
  it('leaves ordinals and the numbers inside an ARN alone', () => {
    expect(q('failover to the 2nd replica')).toEqual([]);
    expect(q('alias arn:aws:lambda:us-east-1:123456789012:function:orders:12')).toEqual([]);
  });
});

describe('money', () => {
  it('keeps a scaled denominator with the price', () => {
    expect(q('Textract $1.50 per 1k pages')).toEqual(['$1.50 per 1k pages|1.5|usd|1k pages']);
  });
});

describe('labels before a bare number', () => {
  it('reads a scope after the number ("per region", "/region") as no unit, so the label counts', () => {
    expect(q('account concurrency 3000 per region')).toEqual(['3000|3000|count|execution']);
    expect(q('S3 access points per region 10,000')).toEqual(['10,000|10000|count|point']);
  });
  it('reads an abbreviation with a point inside a label', () => {
    expect(q('reserved conc. cap = 200')).toEqual(['200|200|count|execution']);
  });
  it('gives the label’s noun to a bare range', () => {
    expect(q('Glue job retries 0–10')).toEqual(['0–10|0..10|count|retry']);
  });
});

describe('values after a figure', () => {
  it('gives a default after a range from any low end the range’s unit', () => {
    expect(q('backup retention 1–30 days, default 5')).toEqual([
      '1–30 days|86400..2592000|seconds|',
      '5|432000|seconds|',
    ]);
    expect(q('retention 0-14 days, default 3')).toEqual([
      '0-14 days|0..1209600|seconds|',
      '3|259200|seconds|',
    ]);
  });
  it('reads a bare range or maximum in brackets after a figure in its unit', () => {
    expect(q('drain timeout 120 s (10-900)')).toEqual(['120 s|120|seconds|', '10-900|10..900|seconds|']);
    expect(q('Lambda layers: 4 (max 8)')).toEqual(['4|4|count|layer', '8|8|count|layer']);
  });
  it('leaves a bracketed range that does not hold the figure alone', () => {
    expect(q('drain timeout 120 s (1-60)')).toEqual(['120 s|120|seconds|']);
  });
});

describe('labels: more forms', () => {
  it('reads a spaced slash in a label as "per"', () => {
    expect(q('Glue jobs / acct = 500')).toEqual(['500|500|count|job']);
  });
  it('reads "raise to" as a link to the label’s noun', () => {
    expect(q('CloudFormation: 200 stacks, raise to 2,000')).toContain('2,000|2000|count|stack');
  });
});

describe('units: more forms', () => {
  it('reads an adjective of time before the unit', () => {
    expect(q('alarm after 3 consecutive days')).toEqual(['3 consecutive days|259200|seconds|']);
    expect(q('retain logs 3 calendar days')).toEqual(['3 calendar days|259200|seconds|']);
  });
  it('reads a lower-case m as minutes only where the clause is about time, as millions before a plural', () => {
    expect(q('flush every 2m')).toEqual(['2m|120|seconds|']);
    expect(q('TTL 15m, max 60m')).toEqual(['15m|900|seconds|', '60m|3600|seconds|']);
    expect(q('cost 10m')).toEqual([]);
    expect(q('holds 10m items')).toEqual(['10m items|10000000|count|item']);
  });
});

describe('no figure: more forms', () => {
  it('leaves a version before an unknown noun and a dash chain alone', () => {
    expect(q('EKS 1.31 release notes')).toEqual([]);
    expect(q('rotate keys 1-2-3 plan')).toEqual([]);
  });
  it('makes no range whose low end is above its high end', () => {
    expect(q('pick 9 - 4 GB')).toEqual(['4 GB|4294967296|bytes|']);
  });
});
