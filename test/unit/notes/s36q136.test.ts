/**
 * Session 36, data helper q1 (issue 14): quota and parameter-range facts for storage and database services
 * (AWS Backup restore testing windows, DynamoDB CreateBackup rate; its two ElastiCache Serverless request limits were
 * dropped by the lead: they moved label-word weights so that a true shard-size line was flagged).
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right ones (other wordings of the true figure) by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'AWS Backup restore testing: the start window defaults to 12 hours.',
    'backup.restore-testing.start-window-default',
  ],
  [
    'Restore testing plans allow a start window of up to 72 hours.',
    'backup.restore-testing.start-window-max',
  ],
  [
    'Restore testing picks a recovery point from a selection window of at most 90 days.',
    'backup.restore-testing.selection-window-max',
  ],
  [
    'DynamoDB lets you call CreateBackup at most 10 times per second.',
    'dynamodb.on-demand-backup.create-rate',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'AWS Backup restore testing start window defaults to 24 hours and can be at most 168 hours.',
  'A restore test that has not started within one week (168 hours) of its schedule is canceled at the latest.',
  'Restore testing can choose recovery points from the last 365 days at most; 30 days if you leave it out.',
  'You can call CreateBackup up to 50 times per second in DynamoDB.',
  'AWS Backup default backup start window: 8 hours.',
  'Backup rule names: up to 50 characters.',
  'EventBridge rule names can be up to 64 characters.',
  'Valkey: one value can be up to 512 MB.',
];

describeFlagCases('session 36 helper q1: storage and database quota facts', WRONG, RIGHT);
