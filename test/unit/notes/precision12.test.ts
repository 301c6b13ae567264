/**
 * Session 12's precision rules for the notes fact-check (issue 14), each tested on wording written for
 * these tests (none copied from an evaluation set): ways a true note's figure was read as another claim.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { ids, index } from './claimCases';

const read = (text: string): string[] =>
  findQuantities(text, index.countNouns, true).map(
    (q) => `${q.raw}|${q.dim}|${q.low ?? ''}|${q.value}|${q.noun}`,
  );

describe('reading: a range whose first unit is glued to the dash (session 12)', () => {
  it('reads "A MiB-B GiB" as one range, not a lone upper figure', () => {
    expect(read('chunks may be 8 MiB-4 GiB each')).toEqual([
      `8 MiB-4 GiB|bytes|${8 * 1024 ** 2}|${4 * 1024 ** 3}|`,
    ]);
    expect(read('blocks between 2KB–16KB')).toEqual([`2KB–16KB|bytes|2048|16384|`]);
    expect(read('timeouts of 5 min-2 hours')).toEqual(['5 min-2 hours|seconds|300|7200|']);
  });
  it('lets neither end of an S3 part-size range be checked alone', () => {
    expect(ids('Multipart uploads: each part 5 MiB-5 GiB except the final one')).toEqual([]);
    expect(ids('S3 multipart upload parts range from 5 MiB-5 GiB')).toEqual([]);
  });
});

describe('reading: a multiplier is not a count (session 12)', () => {
  // Since session 26 the multiple itself is read, in times and marked `multiple` (only a fact that states a multiple
  // of another figure, "5 times the concurrent build limit", takes it); never as a count of the noun after it.
  it('reads no count from "N x <noun>" or "N times <noun>"', () => {
    expect(read('the burst is 10 x concurrency')).toEqual(['10 x|count||10|time']);
    expect(read('the burst is 3x concurrency')).toEqual(['3x|count||3|time']);
    expect(read('throughput grows to 4 times the concurrency')).toEqual(['4 times|count||4|time']);
    expect(ids('Lambda: requests per second may reach 10 x the concurrency quota')).toEqual([]);
  });
});

describe('reading: a count glued by a hyphen to the noun it describes (session 12)', () => {
  it('reads no count from "a N-thing <other counted thing>"', () => {
    expect(read('a 200-shard stream')).toEqual([]);
    expect(read('a 6-node cluster')).toEqual([]);
    expect(ids('a Kinesis 4,000-shard stream can take in about 4 GB/s')).toEqual([]);
  });
  it('still reads "a N-thing limit" as a count of the thing', () => {
    expect(read('a 20-rule limit')).toEqual(['20-rule|count||20|rule']);
  });
});

describe('reading: "5M" is five million (session 12)', () => {
  it('multiplies a number glued to M', () => {
    expect(read('2M records/s')).toEqual(['2M records/s|count||2000000|record/s']);
    expect(read('10M objects')).toEqual(['10M objects|count||10000000|object']);
    expect(read('5 MB')).toEqual([`5 MB|bytes||${5 * 1024 ** 2}|`]);
  });
  it('sees a per-shard rate times the shard count as a worked-out total', () => {
    expect(ids('Kinesis: scaled to 2,000 shards, a stream can ingest 2M records/s')).toEqual([]);
    expect(ids('Kinesis stream of 3,000 shards can ingest 3,000,000 records/s')).toEqual([]);
  });
});

describe('precision: "every N" is how often something repeats (session 12)', () => {
  it('does not check a polling or repeat period against a duration fact', () => {
    // Judged by the fact about the recommended checking interval (5 s), never by the 2-minute notice.
    expect(ids('Check instance metadata for the Spot interruption notice every 10 seconds')).toEqual([
      'ec2-purchasing.spot.interruption-check-interval 10 seconds',
    ]);
    expect(ids('Scripts should look for a Spot interruption notice once every 30 s')).toEqual([
      'ec2-purchasing.spot.interruption-check-interval 30 s',
    ]);
    // A fact that only mentions a period in its value text, or is about a wait while polling, is no interval.
    expect(ids('The Glacier restore status is checked every 6 hours')).toEqual([]);
    expect(ids('Our worker polls the SQS queue every 45 seconds')).toEqual([]);
    // The duration itself is still checked.
    expect(ids('Spot gives a 10-minute interruption notice')).toEqual([
      'ec2-purchasing.spot.interruption-notice 10-minute',
    ]);
  });
});

describe('precision: a list or table row whose other item gives the fact’s figure (session 12)', () => {
  it('does not check the sibling items against that fact', () => {
    expect(
      ids(
        'CloudWatch keeps data points: under 60 s for 3 hours; 60 s points for 15 days; 300 s points for 63 days',
      ),
    ).toEqual([]);
    expect(ids('| S3 Standard | 99.99 % | | Standard-IA | 99.9 % |')).toEqual([]);
  });
  it('still checks an item that names the fact or a kind', () => {
    // Two figures swapped: each item names its own attribute.
    expect(ids('Kinesis shard: read throughput 1 MB/s, write throughput 2 MB/s')).toHaveLength(2);
    // "default" right at the figure: a claim of its own.
    expect(ids('Lambda /tmp storage: min 512 MB, max 10 GB, default 2 GB')).toHaveLength(1);
  });
  it('still checks a lone figure', () => {
    expect(ids('CloudWatch keeps high-resolution data points for 6 hours')).toEqual([
      'cloudwatch.metrics.high-res-retention 6 hours',
    ]);
    expect(ids('S3 Standard-IA availability is 99.5 %')).toEqual([
      's3-storage-classes.standard-ia.availability 99.5 %',
    ]);
  });
});

describe('precision: a sentence about another attribute of the subject (session 12)', () => {
  it('does not bind a figure through a synonym when the words name another fact', () => {
    expect(ids('Each Glacier provisioned capacity unit is bought for 2 months')).toEqual([]);
    expect(ids('A Glacier provisioned capacity unit lasts 3 months after you buy it')).toEqual([]);
  });
  it('still checks the fact when its own words are there', () => {
    expect(ids('Glacier Flexible Retrieval has a 30-day minimum storage duration')).toEqual([
      's3-glacier.flexible.min-duration 30-day',
    ]);
  });
});

describe('binding: a plural inside a capitalised name is not the counted noun (session 12)', () => {
  it('does not count "metrics" of "Metrics Insights" as its alarms', () => {
    // Session 33: the KB states the query's own limit (10,000 metrics), which judges these figures now.
    expect(ids('CloudWatch Metrics Insights: one query can scan up to 10,000 metrics')).toEqual([]);
    expect(ids('A CloudWatch Metrics Insights query reads at most 20,000 metrics')).toEqual([
      'cloudwatch.metrics-insights.max-metrics-processed 20,000 metrics',
    ]);
    expect(ids('CloudWatch Metrics Insights alarms: 300 per Region')).toEqual([
      'cloudwatch.metrics-insights.alarms 300',
    ]);
  });
});
