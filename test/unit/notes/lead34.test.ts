/**
 * Session 34, lead (issue 14): CloudWatch Logs' default retention has one home (cloudwatch.logs.default-retention;
 * the second fact of the same figure was merged into it), and a finite default read on it is flagged. CloudTrail Lake
 * (event data stores) and CloudTrail event history are variants of one entry (lexicon group cloudtrail-store): a line
 * naming Lake is judged by Lake's facts, one naming neither by event history's. A yes/no fact's phrase with an irregular participle ("kept", "sent", "written")
 * is read in the active voice too. Lines written for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudWatch Logs default retention is 30 days', 'cloudwatch.logs.default-retention'],
  ['CloudWatch Logs keeps log data for 30 days by default', 'cloudwatch.logs.default-retention'],
  ['CloudWatch Logs: the default log group retention is 7 days', 'cloudwatch.logs.default-retention'],
  ['Log groups retain events for 90 days by default', 'cloudwatch.logs.default-retention', ['CloudWatch']],
  ['CloudTrail Lake event data stores keep events up to 15 years', 'cloudtrail.lake.max-retention'],
  ['CloudTrail Lake: up to 20 event data stores per Region', 'cloudtrail.event-data-stores.max'],
  ['CloudTrail event history keeps 30 days of management events', 'cloudtrail.event-history.retention'],
  ['CloudTrail keeps 30 days of events for free', 'cloudtrail.event-history.retention'],
  // An irregular participle's active form ("kept after termination" → "keeps after termination").
  ['EBS: the root volume keeps after termination', 'ebs.delete-on-termination.root-default'],
];

const RIGHT: (RightCase | string)[] = [
  'CloudWatch Logs retention can be set from 1 day to 10 years',
  'Set log group retention to 30 days to save money',
  'CloudWatch Logs keeps logs forever by default; we set 30 days on every log group',
  'CloudTrail Lake event data stores retain events for 2 years in our account',
  'CloudTrail Lake can keep events for up to 10 years',
];

describeFlagCases('CloudWatch Logs default retention', WRONG, RIGHT);
