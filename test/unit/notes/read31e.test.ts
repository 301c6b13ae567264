/**
 * Session 31, helper e (issue 14 items 1/3): a figure per unit of size ("3 IOPS per GiB", "50 MiB/s per TiB",
 * "200 MBps/TiB", "60 minutes per TiB") reads as a ratio, normalised per GiB (GB read as GiB, TB as TiB, as the
 * KB's storage units are), and binds only to a fact that states the same kind of ratio. Every line was written for
 * these tests in a student's note style: wrong lines must be flagged by exactly the named fact; right lines (the
 * ratio in other units, another volume type's ratio beside it, a worked example of the writer's own volume, a
 * plain maximum with its ratio in brackets, ratios no fact states) by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // EBS: IOPS per GiB of volume size
  ['gp2 volumes: baseline is 5 IOPS per GiB', 'ebs.gp2.baseline-iops-per-gib'],
  ['gp2 baseline performance = 10 IOPS/GB of volume size', 'ebs.gp2.baseline-iops-per-gib'],
  ['io1: you can provision up to 100 IOPS per GiB', 'ebs.io1.max-iops-per-gib'],
  ['io2 Block Express lets you provision at most 2,000 IOPS per GiB', 'ebs.io2.max-iops-per-gib'],
  // The same ratio written with a colon, when the line says what it counts per GiB
  ['io1 allows an IOPS:GiB ratio of up to 100:1', 'ebs.io1.max-iops-per-gib'],
  // EBS fast snapshot restore
  ['Fast snapshot restore: optimizing takes 30 minutes per TiB', 'ebs.fsr.optimizing-time-per-tib'],
  // EFS bursting baseline, in either unit
  ['EFS bursting mode: baseline of 100 KiB/s per GiB stored', 'efs.bursting.baseline-per-gib'],
  ['EFS Bursting baseline throughput is 25 MiB/s per TiB', 'efs.bursting.baseline-per-gib'],
  // EFS bursting burst rate (file systems above 1 TiB)
  ['EFS bursting file systems over 1 TiB burst to 300 MiB/s per TiB', 'efs.bursting.burst-per-tib'],
  // FSx
  ['FSx for Lustre scratch: 100 MB/s per TiB baseline', 'fsx.lustre.scratch.baseline-throughput-per-tib'],
  [
    'FSx for Lustre Persistent 2 tops out at 4,000 MB/s/TiB',
    'fsx.lustre.persistent-2.max-throughput-per-tib',
  ],
  [
    'FSx for Lustre PERSISTENT_1 allows up to 500 MB/s per TiB',
    'fsx.lustre.persistent-1.max-throughput-per-tib',
  ],
  [
    'FSx for Windows File Server provisions 6 IOPS per GB of SSD automatically',
    'fsx.ssd-iops.automatic-per-gb',
  ],
  // A size per one thing that a fact's label names as its scope is that fact's figure, not a ratio
  [
    'With an LSI, item collections may grow to 50 GB per partition key value',
    'dynamodb.item-collection.max-size',
  ],
];

const RIGHT: string[] = [
  // The right ratio, written in other units
  'gp2 gives 3 IOPS/GB baseline, bursting to 3,000 IOPS',
  'EFS bursting baseline: 50 KiB/s per GiB',
  'EFS bursting: 50 MiB/s per TiB of Standard storage as baseline',
  'EFS bursting: baseline 50 MiB/s per TiB, bursts to 100 MiB/s per TiB when it has credits',
  'EFS Bursting: baseline 0.05 MiB/s per GiB',
  'Lustre scratch file systems: 200 MBps/TiB baseline, bursting up to 6x',
  'FSx for Lustre PERSISTENT_2: 125, 250, 500 or 1,000 MB/s per TiB',
  'FSx ONTAP: 3 IOPS per GB included automatically, more can be provisioned',
  'Fast snapshot restore needs about 60 minutes per TiB to optimize',
  'io2 Block Express supports an IOPS:GiB ratio of 1,000:1',
  'io1 max ratio 50:1 IOPS to GiB',
  // Another volume type's ratio in the same line
  'io1 is 50 IOPS per GiB while io2 Block Express allows 1,000 IOPS per GiB',
  'gp2 (3 IOPS per GiB) vs io1 (up to 50 IOPS per GiB)',
  // A worked example of the writer's own volume
  'My 500 GiB gp2 volume: 1,500 IOPS baseline at 3 IOPS per GiB',
  // A plain maximum with its ratio in brackets, and ratios no fact states (set aside as before)
  'io1 maximum IOPS: 64,000 (50 IOPS per GiB)',
  'gp3: provision up to 80,000 IOPS (500 IOPS per GiB)',
  'st1 baseline: 40 MiB/s per TiB, bursting to 250 MiB/s per TiB',
  'FSx Lustre HDD: 12 MB/s per TiB or 40 MB/s per TiB throughput options',
  'OpenSearch: keep at most 25 shards per GiB of Java heap',
  // Scopes and deployment types
  'DynamoDB with local secondary indexes: at most 10 GB per partition key value',
  'FSx for Lustre PERSISTENT_2 needs at least 600 GiB of storage',
];

describeFlagCases(
  'ratios: a figure per unit of size binds only to a fact stating the same ratio',
  WRONG,
  RIGHT,
);
