/**
 * Session 36, data helper q1 (issue 14): quota facts for storage and database services. Of its AWS Backup restore
 * testing windows, backup rule name length and ElastiCache Serverless request limits, the lead kept none: each set
 * moved KB-wide label-word weights so that a true ElastiCache shard-size line was flagged. The DynamoDB CreateBackup
 * rate stays. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones (other wordings of the true figure) by
 * nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'DynamoDB lets you call CreateBackup at most 10 times per second.',
    'dynamodb.on-demand-backup.create-rate',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'You can call CreateBackup up to 50 times per second in DynamoDB.',
  'AWS Backup default backup start window: 8 hours.',
  'EventBridge rule names can be up to 64 characters.',
  'Valkey: one value can be up to 512 MB.',
  'ElastiCache Valkey shard = 1 to 6 nodes (1 primary + up to 5 replicas)',
];

describeFlagCases('session 36 helper q1: storage and database quota facts', WRONG, RIGHT);
