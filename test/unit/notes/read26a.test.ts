/**
 * Session 26, helper A (issue 14 items 3/4): figures the reader did not read as a quantity with the unit their fact
 * needs. Every line was written for these tests in a student's note style (none copied from an evaluation set):
 * wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

// A bare 0 after a word that names a duration ("retention to 0") is a duration of zero in any unit; it is judged
// only where no other fitting fact allows 0, or where the line names the flagged fact's own case in full.
const ZERO_WRONG: WrongCase[] = [
  ["DocumentDB: you can set the backup retention to 0 if you don't need backups", 'documentdb.backup.min-retention'],
  ['Multi-AZ DB cluster (RDS): backup retention may be set to 0', 'rds.multi-az-cluster.min-backup-retention'],
  ['Kinesis Data Streams retention period can be set to 0', 'kinesis-data-streams.retention.min'],
];
const ZERO_RIGHT = [
  'RDS DB instance: backup retention can be set to 0 to switch automated backups off',
  'RDS backup retention period to 0 = no automated backups',
  'RDS backup retention 0-35 days, 0 turns it off',
  'DocumentDB backup retention: 1 to 35 days',
  'ALB deregistration delay can be set to 0',
];

// "3x the concurrent build limit", "8 times the …": a multiple of another figure, counted by a fact that states one.
const MULTIPLE_WRONG: WrongCase[] = [
  ['CodeBuild: the build queue holds up to 3x the concurrent build limit', 'codebuild.queue.max-builds'],
  ['CodeBuild queue max = 8 times the concurrent build limit', 'codebuild.queue.max-builds'],
];
const MULTIPLE_RIGHT = [
  'CodeBuild: build queue can hold 5x the concurrent build limit',
  'CodeBuild queue holds up to 5 times the concurrent build limit',
  // Multiples the KB states for no fact that counts in times: never bound to a count of retries or switches.
  'Lambda: invocation RPS quota = 10x the concurrency quota',
  'SQS visibility timeout should be at least 6x the Lambda timeout',
  'ASG lifecycle hook: max 48 h wait or 100x the heartbeat timeout, whichever is smaller',
  'S3 Express One Zone: up to 10x faster than S3 Standard',
];

describeFlagCases('a bare zero after a duration word', ZERO_WRONG, ZERO_RIGHT);
describeFlagCases('a multiple of another figure', MULTIPLE_WRONG, MULTIPLE_RIGHT);
