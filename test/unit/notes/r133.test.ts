/**
 * Session 33 (READ33, r1): figures a fact's text gives another case ("4 MB/s write (8 MB/s read)", "50 MB …;
 * 250 MB unzipped") and the minimum of a maximum's bare-number range ("255 characters (3 to 255)"). Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { caseWordsOf } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A parenthesis (or part) that gives a figure followed by the words of its case ("8 MB/s read", "250 MB
// unzipped") ties that figure to the case: said of the fact's own case, it is wrong.
const CASE_AFTER_WRONG: WrongCase[] = [
  [
    'Kinesis on-demand: a new stream starts at 8 MB/s of write capacity',
    'kinesis-data-streams.on-demand.initial-write',
  ],
  ['Lambda direct upload of a zipped package: up to 250 MB', 'lambda.package.zip-direct-max'],
  ['Lambda: 250 MB max for a zipped deployment package uploaded directly', 'lambda.package.zip-direct-max'],
  ['Glue: 150 crawlers per account', 'glue.crawlers.per-account'],
];
const CASE_AFTER_RIGHT: (RightCase | string)[] = [
  'Kinesis on-demand: a new stream gets 4 MB/s write',
  'Kinesis on-demand stream: initial read capacity 8 MB/s',
  'Lambda .zip package: 250 MB unzipped max',
  'Lambda: a zipped deployment package uploaded directly can be 50 MB',
  'Glue crawlers per account: 1,000; 150 can run concurrently',
  'Glue: up to 150 crawlers running concurrently',
];
describeFlagCases(
  'a figure the text gives another case, said of the fact’s own',
  CASE_AFTER_WRONG,
  CASE_AFTER_RIGHT,
);

// "255 characters (3 to 255)": the low end of a maximum's range written as bare numbers is its minimum, so a
// range of allowed values that starts below (or above) it is wrong, as with a unit ("1 to 35 days").
const BARE_RANGE_WRONG: WrongCase[] = [
  ['S3 bucket names: 1-63 characters', 's3.bucket.name-max-length'],
  ['DynamoDB table name length: 1-255 characters', 'dynamodb.table.name-max-length'],
  ['CloudTrail trail names: 1-128 characters', 'cloudtrail.trail.name-max-length'],
  ['S3 access point names: 1-50 characters', 's3.access-point.name-max-length'],
  ['Kinesis Firehose stream names: 3-64 characters', 'kinesis-firehose.stream-name.max-length'],
];
const BARE_RANGE_RIGHT: (RightCase | string)[] = [
  'S3 bucket names must be 3-63 characters',
  'DynamoDB table names: 3-255 chars',
  'CloudTrail trail names: 3-128 characters',
  'Lambda alias names: 1-128 characters',
  'S3 bucket name max length 63',
];
describeFlagCases(
  'the minimum of a bare-number range in a maximum’s text',
  BARE_RANGE_WRONG,
  BARE_RANGE_RIGHT,
);

describe('caseWordsOf (figure first)', () => {
  it('reads the words after a figure as its case', () => {
    expect([...(caseWordsOf('250 MB unzipped') ?? [])]).toEqual(['unzipped']);
    expect(caseWordsOf('8 MB/s read')?.has('read')).toBe(true);
  });
  it('reads no case from a condition, a list or a negation', () => {
    expect(caseWordsOf('250 in other Regions')).toBeUndefined();
    expect(caseWordsOf('90 shards without replicas')).toBeUndefined();
    expect(caseWordsOf('384 with persistent buffering')).toBeUndefined();
  });
});
