/**
 * Session 12's precision rules for the notes fact-check (issue 14), each tested on wording written for
 * these tests (none copied from an evaluation set): ways a true note's figure was read as another claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { findQuantities } from '../../../src/shared/notes/quantity';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const index = loadFactRules(ROOT).index;
const ids = (text: string, heading: string[] = []): string[] =>
  checkClaims(text, heading, index).map((f) => `${f.factId} ${f.excerpt}`);
const read = (text: string): string[] =>
  findQuantities(text, index.countNouns, true).map(
    (q) => `${q.raw}|${q.dim}|${q.low ?? ''}|${q.value}|${q.noun}`,
  );

describe('reading: a range whose first unit is glued to the dash (session 12)', () => {
  it('reads "A MiB-B GiB" as one range, not a lone upper figure', () => {
    expect(read('chunks may be 8 MiB-4 GiB each')).toEqual([`8 MiB-4 GiB|bytes|${8 * 1024 ** 2}|${4 * 1024 ** 3}|`]);
    expect(read('blocks between 2KB–16KB')).toEqual([`2KB–16KB|bytes|2048|16384|`]);
    expect(read('timeouts of 5 min-2 hours')).toEqual(['5 min-2 hours|seconds|300|7200|']);
  });
  it('lets neither end of an S3 part-size range be checked alone', () => {
    expect(ids('Multipart uploads: each part 5 MiB-5 GiB except the final one')).toEqual([]);
    expect(ids('S3 multipart upload parts range from 5 MiB-5 GiB')).toEqual([]);
  });
});

describe('reading: a multiplier is not a count (session 12)', () => {
  it('reads no count from "N x <noun>" or "N times <noun>"', () => {
    expect(read('the burst is 10 x concurrency')).toEqual([]);
    expect(read('the burst is 3x concurrency')).toEqual([]);
    expect(read('throughput grows to 4 times the concurrency')).toEqual([]);
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
