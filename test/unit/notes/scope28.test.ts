/**
 * Session 28 (issue 14 item 3): the right figure said per another thing than the one it is counted per. Until now
 * only places (Region, AZ, VPC, subnet) were told apart; a quota counted per prefix, function, queue, shard,
 * volume or table said per bucket, account or stream is as wrong. "Per account" and "per Region" stay one
 * scope (an account's quota in each Region), and "per table" may name a route table short.
 * Lines written for this test; wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Lambda: 5 layers per account', 'lambda.layers.max'],
  ['S3 supports 3,500 PUT requests per second per bucket', 's3.prefix.put-rate'],
  ['Lambda concurrency limit is 1,000 per function', 'lambda.concurrency.default'],
];
const RIGHT = [
  'Lambda: 5 layers per function',
  'S3: 3,500 PUT requests per second per prefix',
  'Lambda: 1,000 concurrent executions per account',
  'Lambda: 1,000 concurrent executions per Region',
  'SQS: 120,000 in-flight messages per queue',
  'Route 53: 10,000 records per hosted zone',
  'Route tables: 50 routes per table',
];

describeFlagCases('the right figure counted per another thing', WRONG, RIGHT);
