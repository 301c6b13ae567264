/**
 * Session 18, helper REMINE18-A (remaining misses of development sets 21 and 22): the facts and the reader
 * cue added. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Lambda: a function stops after 10 seconds unless you change its timeout', 'lambda.timeout.default'],
  ['Lambda default timeout: 60 seconds', 'lambda.timeout.default'],
  ['Backtrack: you may turn it off and on again any time you want', 'aurora.backtrack.re-enable'],
  ['EFS: Bursting throughput is the default mode when you create a new file system', 'efs.throughput.default-mode'],
  ['RDS MySQL: 8 read replicas per source DB max', 'rds.read-replicas.max'],
  ['ECR basic scanning: 5,000 image scans per 24 hours', 'ecr.basic-scans.per-day'],
  ['Files on EFS One Zone are safe even if that AZ goes down', 'efs.one-zone.multi-az'],
];

const RIGHT = [
  'Lambda: a function stops after 3 seconds unless you change its timeout',
  'Lambda default timeout: 3 seconds',
  'Lambda timeout can be raised to 900 seconds',
  'Deregistration delay defaults to 300 seconds',
  'Backtrack rewinds an Aurora MySQL cluster to an earlier point in time',
  'EFS One Zone data is lost if its Availability Zone is destroyed',
  'EFS: Elastic throughput is the default mode when you create a file system in the console',
  'RDS MySQL: 15 read replicas per source DB max',
  'RDS for Oracle: 5 read replicas per source instance max',
  'ECR basic scanning: 100,000 image scans per 24 hours',
  'Lambda: the default timeout of 3 seconds applies unless you change it',
];

describeFlagCases('remine18a: sets 21 and 22 remaining misses', WRONG, RIGHT);
