/**
 * Session 34, lead (issue 14): CloudWatch Logs' default retention has one home (cloudwatch.logs.default-retention;
 * the second fact of the same figure was merged into it), and a finite default read on it is flagged. Lines written
 * for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudWatch Logs default retention is 30 days', 'cloudwatch.logs.default-retention'],
  ['CloudWatch Logs keeps log data for 30 days by default', 'cloudwatch.logs.default-retention'],
  ['CloudWatch Logs: the default log group retention is 7 days', 'cloudwatch.logs.default-retention'],
  ['Log groups retain events for 90 days by default', 'cloudwatch.logs.default-retention', ['CloudWatch']],
];

const RIGHT: (RightCase | string)[] = [
  'CloudWatch Logs retention can be set from 1 day to 10 years',
  'Set log group retention to 30 days to save money',
  'CloudWatch Logs keeps logs forever by default; we set 30 days on every log group',
];

describeFlagCases('CloudWatch Logs default retention', WRONG, RIGHT);
