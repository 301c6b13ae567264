/**
 * Session 31, helper B (issue 14 items 3/4): figures the checker bound to the fact with the official figure but
 * left undecided, because the line says no kind word (max/default/min) and the fact is a maximum or a floor.
 * Three classes of wording that state the attribute's value all the same:
 * - a duration right after a verb of keeping ("kept", "retained", "accessible for") of a fixed retention;
 * - a count said per the place a quota is counted in, when the fact's label names no "per" place (a quotas page's
 *   quota is per account and Region) or names that place in other words ("… with a hosted zone"; "PHZ");
 * - a figure the clause calls the baseline or what is included, of a fact whose label calls its one figure the
 *   baseline (a floor): a higher figure is no setting above the floor, it is the wrong baseline.
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Kept for N: a fixed retention.
  ['Storage Lens advanced metrics history retained 12 months', 's3.storage-lens.advanced-retention'],
  ['CodeBuild build history held for 30 days, then gone', 'codebuild.build-history.retention'],
  ['CodeBuild: old builds stay in the build history, kept 6 months', 'codebuild.build-history.retention'],
  // A count per the place an unscoped quota is counted in.
  ['DynamoDB: 10 concurrent S3 import jobs per account', 'dynamodb.import.concurrent-jobs'],
  [
    'CloudWatch Logs Insights: 30 concurrent queries per account',
    'cloudwatch.logs-insights.concurrent-queries',
  ],
  ['Control Tower landing zone: 5,000 accounts per organization', 'control-tower.landing-zone.max-accounts'],
  [
    'Route 53 PHZ sharing: 200 VPC association authorizations per PHZ',
    'route53.private-zone.cross-account-authorizations',
  ],
  // The baseline's one value.
  ['every gp3 volume gets a baseline of 500 MiB/s throughput', 'ebs.gp3.baseline-throughput'],
  ['gp3 volumes include a 160 MiB/s throughput baseline', 'ebs.gp3.baseline-throughput'],
  ['gp3 baseline throughput included at any volume size: 150 MiB/s', 'ebs.gp3.baseline-throughput'],
];

const RIGHT: string[] = [
  // Kept for N: the right figure, settable retentions, the writer's own setup.
  'Storage Lens advanced metrics history kept 15 months',
  'CodeBuild build history kept for 1 year',
  'Kinesis Data Streams records kept 3 days',
  'SQS messages retained 7 days',
  'we kept our build logs 30 days in CloudWatch Logs',
  // Counts per place: the quota itself, the writer's own usage, a place the fact does not name.
  'DynamoDB: 50 concurrent S3 import jobs per account',
  'we run 10 DynamoDB import jobs per account at a time',
  'CloudWatch Logs Insights: 100 concurrent queries per account',
  'Route 53: 1,000 VPC association authorizations per private hosted zone',
  'Inspector: a delegated admin manages 5,000 member accounts per organization',
  // Baselines: the right one, what is provisioned or paid on top, a baseline that scales with size.
  'gp3 baseline: 3,000 IOPS and 125 MiB/s at any size',
  'gp3: 3,000 IOPS baseline, pay extra for throughput beyond 125 MiB/s, max 2,000 MiB/s',
  'gp3 baseline 3,000 IOPS; I set 500 MiB/s throughput on my volume',
  'gp3 baseline is 3,000 IOPS, and you can provision more throughput, e.g. 600 MiB/s',
  'a 500 GiB gp2 volume gets 1,500 IOPS baseline',
  'a 1 TiB gp2 volume has a baseline of 3,000 IOPS',
];

describeFlagCases(
  'Session 31: a stated value with no kind word (kept for, per place, baseline)',
  WRONG,
  RIGHT,
);
