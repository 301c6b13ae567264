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

// "1 MB/s in, 2 MB/s out": a rate said to go into its thing is its write rate, out of it its read rate.
describeFlagCases(
  'a rate in or out',
  [['Kinesis shard = 2 MB/s in, 1 MB/s out', 'kinesis-data-streams.shard.write-mbps']],
  [
    'Kinesis shard = 1 MB/s in, 2 MB/s out',
    'KDS shard: 1 MB/s or 1,000 records/s in, 2 MB/s out',
    'EBS: all concurrent time-based copies between a Region pair share 2,000 MiB/s',
  ],
);
