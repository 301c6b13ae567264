import { describe, expect, it } from 'vitest';
import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';
import { ids, read } from './claimCases';

// Session 16 (SETMINE16-B): storage and database facts added while mining development set 13, each checked
// with lines of our own wording (not taken from the set): a wrong line the fact must flag, a right line
// nothing may flag.

describe('figures added for set 13 (storage and databases)', () => {
  const wrong: [string, string][] = [
    ['DynamoDB Streams iterator lifetime: 30 min', 'dynamodb.streams.shard-iterator-lifetime'],
    ['EFS Elastic throughput: up to 10 GiBps of writes per file system', 'efs.elastic.max-write-throughput'],
    ['EFS elastic mode: default write IOPS per file system = 100,000', 'efs.elastic.max-write-iops'],
    ['EFS elastic: frequently accessed read IOPS default 55,000', 'efs.elastic.max-read-iops'],
    ['TTL item deletion in DynamoDB happens within 1 hour', 'dynamodb.ttl.typical-deletion-time'],
    [
      'S3 Glacier Flexible Retrieval min billable object size: 128 KB',
      's3-storage-classes.glacier-flexible.min-object-size',
    ],
    [
      'Glacier Deep Archive minimum billable object size = 256 KB',
      's3-storage-classes.deep-archive.min-object-size',
    ],
    [
      'EBS gp2 is designed to deliver its provisioned performance 99.99% of the time',
      'ebs.gp2.performance-consistency',
    ],
    [
      'io2 volumes deliver their provisioned IOPS 99% of the time',
      'ebs.provisioned-iops.performance-consistency',
    ],
    ["Aurora's storage volume spans 2 Availability Zones", 'aurora.storage.azs'],
    ['Aurora Serverless v2: each ACU = 8 GiB of memory', 'aurora.serverless-v2.acu-memory'],
    ['RDS Multi-AZ DB cluster: min backup retention 0 days', 'rds.multi-az-cluster.min-backup-retention'],
    ['DocumentDB cluster: subnets in at least 3 AZs', 'documentdb.subnet-group.min-azs'],
    ['DMS API throttling: max 1,000 requests per second', 'dms.api.max-request-rate'],
    [
      'Amazon Keyspaces: up to 3 levels of nested frozen collections',
      'keyspaces.frozen-collections.max-nesting',
    ],
    // Current engine versions go to 256 TiB, many others to 128 TiB: 512 TiB is no engine version's.
    ['Aurora: max cluster volume 512 TiB', 'aurora.storage.max-size'],
  ];
  for (const [line, fact] of wrong)
    it(`flags: ${line}`, () => {
      expect(ids(line).map((f) => f.split(' ')[0])).toEqual([fact]);
    });
  const right = [
    'DynamoDB Streams shard iterators expire 15 min after GetShardIterator returns them',
    'EFS Elastic throughput writes: up to 5 GiBps per file system in the big Regions',
    'EFS elastic: 50,000 write IOPS per file system by default',
    'EFS elastic: 250,000 read IOPS for frequently accessed data (default quota)',
    // memorydb.cluster.max-nodes: a figure above 500 stays undecided (the default-quota fact of 90 nodes fits
    // too, and a default is no maximum), so only its right side is tested: 500 is no longer flagged.
    'MemoryDB: at most 500 nodes in one cluster',
    'DynamoDB TTL usually deletes expired items within 2 days',
    'Glacier Flexible Retrieval and Deep Archive: 40 KB minimum billable object size',
    'gp2: provisioned performance 99% of the time; io1/io2: 99.9% of the time',
    'Aurora cluster volume: 6 copies across 3 AZs',
    'Aurora Serverless v2: 1 ACU is about 2 GiB of RAM',
    'Aurora: max cluster volume 256 TiB',
    'Aurora MySQL 3 cluster volume can grow to 128 TiB',
    'Aurora cluster volume grows in 10 GiB increments',
    'RDS Multi-AZ DB cluster backup retention: 1 to 35 days',
    'DocumentDB: subnets in at least 2 AZs, storage always spans 3 AZs',
    'DMS API: up to 200 requests per second',
    'Keyspaces allows up to 8 nested frozen collections',
    'S3 File Gateway: max file size 5 TB, cache disk up to 64 TiB',
    'Glacier Deep Archive: standard retrieval within 12 hours, bulk within 48 hours',
  ];
  for (const line of right)
    it(`leaves alone: ${line}`, () => {
      expect(ids(line)).toEqual([]);
    });
});

const wrongAsserts: WrongCase[] = [
  [
    'DynamoDB TTL: expired items are hidden from Query results until deletion',
    'dynamodb.ttl.deletion-timing',
  ],
  [
    'FSx for Lustre scratch deployment: a failed server is replaced automatically',
    'fsx.lustre.scratch-replication',
  ],
  [
    'the consistency mode of a DynamoDB global table can be changed any time',
    'dynamodb.global-tables.consistency-mode-change',
  ],
  ['with DAX every cache hit uses RCUs on the table', 'dynamodb.dax.cache-hit-cost'],
  ['DAX query cache is updated immediately on writes', 'dynamodb.dax.query-cache-invalidation'],
  ['DAX: the item cache stores Query results too', 'dynamodb.dax.item-cache-contents'],
  ['you can transfer S3 bucket ownership to another account', 's3.bucket.ownership-transfer'],
  ['S3: the bucket limit applies per Region', 's3.bucket-quota.scope'],
  ['S3 Object Lock: only for new buckets', 's3.object-lock.existing-buckets'],
  ["S3 Object Lock governance mode can't be bypassed by anyone", 's3.object-lock.governance-bypass'],
  ['S3 Intelligent-Tiering has retrieval fees', 's3-storage-classes.intelligent-tiering.retrieval-fees'],
  [
    'S3 lifecycle rule: move objects back to Standard after 30 days',
    's3-storage-classes.lifecycle.to-standard',
  ],
  ['The EFS performance mode can be changed after creation', 'efs.performance-mode.change'],
  ['EFS One Zone: Max I/O works with One Zone too', 'efs.max-io.one-zone'],
  ['EFS lifecycle policy can be set per directory', 'efs.lifecycle.scope'],
  ['RDS: stopped instances still get automated backups', 'rds.automated-backups.while-stopped'],
  [
    'RDS snapshots taken by AWS Backup count toward the manual snapshot quota',
    'rds.aws-backup.snapshot-quota',
  ],
  ['Aurora Global DB: secondaries replicate synchronously', 'aurora.global.replication-mode'],
  ['Aurora: backtrack lets you rewind one table', 'aurora.backtrack.scope'],
  [
    "Aurora Serverless v2 can't be mixed with provisioned instances in one cluster",
    'aurora.serverless-v2.mixed-cluster',
  ],
  ['Redshift: automated snapshots can be deleted manually', 'redshift.snapshot.automated-manual-delete'],
  ['DocumentDB: reads from replica instances are strongly consistent', 'documentdb.replica.consistency'],
  ['FSx for Lustre: encryption at rest is optional, turn it on yourself', 'fsx.lustre.encryption-at-rest'],
  ['FSx for Lustre persistent deployment = Multi-AZ', 'fsx.lustre.persistent-replication-scope'],
  [
    'Storage Gateway: a file share can point at several S3 buckets',
    'storage-gateway.file-share.multiple-buckets',
  ],
  ['FSx File Gateway = on-prem cache for FSx for ONTAP', 'storage-gateway.fsx-file-gateway.target'],
  ['Neptune has no public endpoints, VPC only', 'neptune.network.public-endpoints'],
  ['a MemoryDB cluster spans multiple Regions', 'memorydb.cluster.region-scope'],
  ['Transfer Family: plain FTP is encrypted', 'transfer-family.ftp.encryption'],
];
const rightAsserts: RightCase[] = [
  ['DynamoDB TTL: expired items can still show up in Scan results'],
  ['FSx Lustre scratch = no replication, temp storage'],
  ["DDB global table: MRSC vs MREC is chosen at creation and can't be changed"],
  ["DAX: cache hits don't consume RCUs, misses do"],
  ['DAX query cache entries stay stale until the TTL expires'],
  ['DAX item cache = GetItem/BatchGetItem results'],
  ['S3 bucket ownership is not transferable'],
  ['S3 bucket quota is per account, not per Region'],
  ['Object Lock can now be enabled on existing S3 buckets'],
  ['governance mode: users with s3:BypassGovernanceRetention can bypass it'],
  ['S3 Intelligent-Tiering: no retrieval fees, just a monitoring fee'],
  ['S3 lifecycle: Standard -> Standard-IA after 30 days'],
  ['EFS perf mode is fixed at creation'],
  ['EFS One Zone file systems only use General Purpose mode'],
  ['EFS lifecycle policies apply to the whole file system'],
  ['RDS: a stopped DB instance gets no automated backups'],
  ["AWS Backup-managed RDS snapshots don't count toward the manual snapshot quota"],
  ['Aurora Global Database: async storage-level replication, lag < 1 s'],
  ['Aurora backtrack rewinds the whole cluster'],
  ['Aurora: Serverless v2 readers can be mixed with provisioned writers in one cluster'],
  ['Redshift: copy an automated snapshot to a manual one to keep it'],
  ['DocumentDB replicas are eventually consistent (lag < 100 ms)'],
  ['FSx Lustre: data encrypted at rest by default'],
  ['FSx for Lustre persistent: replicated within the same AZ'],
  ['File Gateway: several file shares can use the same bucket'],
  ['FSx File Gateway fronts FSx for Windows File Server'],
  ['Neptune public endpoints need IAM auth'],
  ['MemoryDB Multi-Region spans several Regions'],
  ['Transfer Family FTP = cleartext, VPC only'],
  ['S3 bucket configurations (create/delete bucket) are eventually consistent'],
];
describeAssertCases('yes/no facts added for set 13 (storage and databases)', wrongAsserts, rightAsserts);

describe('batch 2: siblings from the same quota pages, and request rates written as "GET/s"', () => {
  const wrong: [string, string][] = [
    ['DataSync: max directory name length 512 bytes', 'datasync.path.component-max-length'],
    ['DataSync transfers S3 object names of at most 255 characters', 'datasync.s3.object-name-max-length'],
    ['S3: 5,500 PUT/s per prefix', 's3.prefix.put-rate'],
  ];
  for (const [line, fact] of wrong)
    it(`flags: ${line}`, () => {
      expect(ids(line).map((f) => f.split(' ')[0])).toEqual([fact]);
    });
  const right = [
    'DataSync: file names up to 255 bytes',
    'DataSync: S3 object name length up to 1,024 characters',
    'S3 prefix: 5,500 GET/s',
    'S3: 3,500 PUT/s per partitioned prefix',
  ];
  for (const line of right)
    it(`leaves alone: ${line}`, () => {
      expect(ids(line)).toEqual([]);
    });
  it('reads an HTTP method per second as a request rate', () => {
    expect(read('S3: 5,500 GET/s per prefix')).toEqual([['5,500 GET/s', 5500, 'request/s']]);
    expect(read('200 POST/s')).toEqual([['200 POST/s', 200, 'request/s']]);
  });
});

describeAssertCases(
  'batch 2 yes/no facts',
  [
    [
      'Neptune instances are not counted against the RDS DB instance quota',
      'rds.instances.quota-shared-engines',
    ],
    ['S3 data is automatically replicated to other Regions', 's3.region.data-residency'],
    ['Aurora: removing an instance loses data', 'aurora.instance-delete.data'],
  ],
  [
    ['RDS quota: Aurora, Neptune and DocumentDB instances count toward the 40-instance limit'],
    ['S3: objects never leave the Region unless you set up CRR'],
    ['Aurora: deleting a reader keeps the data in the cluster volume'],
  ],
);
