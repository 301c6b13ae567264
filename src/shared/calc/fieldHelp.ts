/**
 * What each calculator field means, in the words an architect uses: its unit, a plain explanation,
 * typical values, and the AWS page behind it. The form shows the unit beside the box and the help under
 * it; `showWhen` hides inputs a mode ignores; `percentOfFraction` shows a 0–1 fraction as a percentage.
 */
import type { CALCULATOR_IDS } from '../ipc/channels/scenarios';

export interface FieldHelp {
  unit?: string;
  help: string;
  typical?: string;
  doc?: string;
  /** The stored value is a fraction (0–1) the form shows and edits as a percentage. */
  percentOfFraction?: boolean;
  /** Shown only when another field has one of these values (e.g. EBS recommend mode). */
  showWhen?: { field: string; values: readonly string[] };
}

type Id = (typeof CALCULATOR_IDS)[number];

const REGION: FieldHelp = {
  help: 'The AWS Region whose prices apply. Regions without a verified price use us-east-1’s figure and say so.',
  doc: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
};

export const FIELD_HELP: Record<Id, Record<string, FieldHelp>> = {
  dynamodb: {
    region: REGION,
    itemSizeKB: {
      unit: 'KB',
      help: 'Average item size, attribute names included. Reads are billed per 4 KB, writes per 1 KB (rounded up per item). At most 400 KB.',
      typical: '0.5–10 KB',
      doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html',
    },
    readsPerSecond: { unit: 'reads/s', help: 'Average item reads per second (a Query or Scan reads many items: count each 4 KB read).', typical: '10–10,000' },
    readConsistency: {
      help: 'Eventually consistent reads cost half a read unit per 4 KB; strongly consistent one; transactional two.',
      doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html',
    },
    writesPerSecond: { unit: 'writes/s', help: 'Average item writes per second (puts, updates, deletes).', typical: '1–5,000' },
    writeMode: { help: 'Transactional writes (TransactWriteItems) cost two write units per 1 KB instead of one.' },
    storageGB: { unit: 'GB', help: 'Table size including indexes (LSIs and GSIs store their own copies of projected attributes).', typical: '1–10,000' },
    tableClass: {
      help: 'Standard-IA halves storage cost and raises request cost: worth it when storage dominates.',
      doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.TableClasses.html',
    },
    globalTableReplicaRegions: { unit: 'Regions', help: 'Extra Regions the table is replicated to (global tables): each replica is billed replicated writes and storage.', typical: '0–3' },
    accessPatterns: {
      help: 'Optional: the table’s access patterns, each with its own item size, rate, consistency and peak, summed into one table (replaces the single item size and rates). Example: [{"name":"get order","kind":"read","perSecond":2000,"itemSizeKB":6},{"name":"put event","kind":"write","perSecond":500,"itemSizeKB":2}]',
      doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html',
    },
    peakReadsPerSecond: { unit: 'reads/s', help: 'Peak reads per second; provisioned capacity is sized for the peak (or auto scaling follows it).' },
    peakWritesPerSecond: { unit: 'writes/s', help: 'Peak writes per second; provisioned capacity is sized for the peak.' },
    targetUtilization: {
      unit: '%',
      percentOfFraction: true,
      help: 'Auto scaling target: provisioned capacity is the peak divided by this. 70% is the console default.',
      typical: '50–90 %',
      doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    },
  },
  kinesis: {
    region: REGION,
    recordsPerSecond: { unit: 'records/s', help: 'Average records written per second across all producers.', typical: '100–100,000' },
    avgRecordKB: {
      unit: 'KB',
      help: 'Average record payload size (data blob plus partition key). A shard takes 1 MB/s or 1,000 records/s, whichever comes first.',
      typical: '0.5–25 KB',
      doc: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
    },
    ingressMiBps: {
      unit: 'MiB/s',
      help: 'Write throughput as you would state it. Give two of records/s, record size and MiB/s; the third is derived, and shards are sized from the stated MiB/s.',
      typical: '1–100 MiB/s',
    },
    consumers: { unit: 'consumers', help: 'Shared-throughput consumers (GetRecords) only: together they share 2 MiB/s per shard. Count enhanced fan-out consumers below, not here.', typical: '1–5' },
    efoConsumers: {
      unit: 'consumers',
      help: 'Enhanced fan-out consumers: each gets its own 2 MB/s per shard and is billed per consumer-shard hour and GB.',
      typical: '0–5',
      doc: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
    },
    retentionHours: { unit: 'hours', help: 'How long records stay readable: 24 hours included, up to 7 days extended, up to 365 days long-term.', typical: '24–168' },
    mode: { help: 'Provisioned: you choose shards. On-demand: billed per GB written and read, scales by itself.' },
    peakRecordsPerSecond: { unit: 'records/s', help: 'Peak records per second: provisioned shards must cover the peak.' },
    hoursPerMonth: { unit: 'hours', help: 'Hours the stream runs in a month (730 on average).', typical: '730' },
  },
  lambda: {
    region: REGION,
    architecture: { help: 'arm64 (Graviton) is about 20% cheaper per GB-second than x86_64.', doc: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html' },
    requestsPerMonth: { unit: 'requests/month', help: 'Invocations per month.', typical: '100,000–1,000,000,000' },
    avgDurationMs: { unit: 'ms', help: 'Average billed duration of one invocation (billed per 1 ms).', typical: '20–3,000 ms' },
    memoryMB: {
      unit: 'MB',
      help: 'Memory setting (128–10,240 MB); CPU grows with it. Cost is memory × duration (GB-seconds).',
      doc: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    },
    ephemeralStorageMB: { unit: 'MB', help: '/tmp size: 512 MB included, up to 10,240 MB billed per GB-second above that.' },
    includeFreeTier: { help: 'Subtract the monthly free tier (1M requests and 400,000 GB-seconds).' },
    provisionedConcurrency: { help: 'Pre-initialised execution environments (count and hours per month), billed whether used or not.' },
  },
  ebs: {
    region: REGION,
    mode: { help: 'Evaluate one volume, or recommend the cheapest volume type that meets required IOPS and throughput.' },
    volumeType: { help: 'gp3/gp2 general-purpose SSD, io2/io1 provisioned-IOPS SSD, st1/sc1 HDD (throughput-oriented).', doc: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html', showWhen: { field: 'mode', values: ['evaluate'] } },
    sizeGiB: { unit: 'GiB', help: 'Volume size. gp2 and st1/sc1 performance grows with size.', typical: '8–16,384 GiB' },
    iops: { unit: 'IOPS', help: 'Provisioned IOPS (gp3, io1, io2). gp3 includes 3,000.', showWhen: { field: 'mode', values: ['evaluate'] } },
    throughputMiBps: { unit: 'MiB/s', help: 'Provisioned throughput (gp3). 125 MiB/s included.', showWhen: { field: 'mode', values: ['evaluate'] } },
    requiredIops: { unit: 'IOPS', help: 'What the workload needs (recommend mode).', showWhen: { field: 'mode', values: ['recommend'] } },
    requiredThroughputMiBps: { unit: 'MiB/s', help: 'What the workload needs (recommend mode).', showWhen: { field: 'mode', values: ['recommend'] } },
    instanceType: { help: 'Optional: the EC2 instance the volume attaches to; its EBS limits can be the bottleneck.', typical: 'm7i.large' },
  },
  's3-lifecycle': {
    region: REGION,
    months: { unit: 'months', help: 'How long to simulate, month by month.', typical: '12–60' },
    initialGB: { unit: 'GB', help: 'Data stored at the start.', typical: '100–1,000,000' },
    monthlyIngestGB: { unit: 'GB/month', help: 'New data written each month.' },
    avgObjectSizeKB: {
      unit: 'KB',
      help: 'Average object size: sets the object count, which drives transition requests, monitoring fees and per-object archive overhead.',
      typical: '64–10,000 KB',
    },
    rules: {
      help: 'Lifecycle transitions: after how many days objects move to which class. S3 API names (STANDARD_IA, GLACIER…) are accepted too.',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
    },
    expireAfterDays: { unit: 'days', help: 'Optional: delete objects this many days after creation.' },
    retrievalGBPerMonth: { unit: 'GB/month', help: 'Data read back from IA or Glacier classes each month (retrieval fees apply).' },
    retrievalTier: { help: 'Glacier retrieval speed: expedited (minutes), standard (hours), bulk (cheapest, up to 12–48 hours).' },
    monthlyAccessPercent: {
      unit: '%',
      help: 'Share of the stored objects read in a month. In Intelligent-Tiering a read object goes back to the Frequent tier and restarts its clock.',
      typical: '0–20 %',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html',
    },
    intelligentTieringArchiveAccessDays: {
      unit: 'days',
      help: 'Optional Intelligent-Tiering Archive Access tier: objects not read for this many days (90–730) move there.',
    },
    intelligentTieringDeepArchiveAccessDays: {
      unit: 'days',
      help: 'Optional Intelligent-Tiering Deep Archive Access tier: objects not read for this many days (180–730, after Archive Access) move there.',
    },
  },
};

export function fieldHelp(calculator: string, field: string): FieldHelp | undefined {
  return (FIELD_HELP as Record<string, Record<string, FieldHelp>>)[calculator]?.[field];
}
