/**
 * Session 32, lead (issue 14, "one home per figure"): a ratio in colon notation ("IOPS:GiB ratio of 500:1", "a
 * 50:1 IOPS-to-GiB ratio") is read as the figure per GiB and judged by the KB fact that states it, so the
 * hand-written io2 ratio rule could be retired. Lines written for these tests in a student's note style.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['io2 Block Express: IOPS:GiB ratio of 500:1', 'ebs.io2.max-iops-per-gib'],
  ['io2 supports a 256:1 IOPS-to-GiB ratio', 'ebs.io2.max-iops-per-gib'],
  ['io1 max IOPS to GiB ratio is 100:1', 'ebs.io1.max-iops-per-gib'],
  ['Max PIOPS with an IOPS:GiB ratio 100:1', 'ebs.io2.max-iops-per-gib', ['EBS', 'io2']],
  ['gp2 baseline: 5:1 IOPS to GiB ratio', 'ebs.gp2.baseline-iops-per-gib'],
];

const RIGHT: (RightCase | string)[] = [
  'io2 Block Express: IOPS:GiB ratio of 1,000:1',
  'io1 allows an IOPS:GiB ratio of 50:1',
  'gp2 gives a 3:1 IOPS to GiB ratio as baseline',
  ['Provision at most an IOPS:GiB ratio of 1000:1', ['EBS', 'io2']],
  // Other ratios in colon notation are no IOPS per GiB.
  'Aurora read:write ratio in our app is 4:1',
  'Keep a 2:1 replica to primary ratio for io2-backed databases',
  'We run io2 at a 200:1 IOPS:GiB ratio to save money',
];

describeFlagCases('ratios in colon notation', WRONG, RIGHT);

// A fact label that names its own service ("Shards per MemoryDB cluster") is no integration limit of another
// service that a shared head noun ("shards") names; a label naming another service only is ("Lambda functions
// per target group" of ALB).
describeFlagCases(
  'labels naming their own service',
  [['Lambda functions per target group: 5', 'alb.lambda.targets-per-target-group']],
  ['KDS shards per stream up to 500', 'Kinesis Data Streams: up to 500 shards per stream in my account'],
);
