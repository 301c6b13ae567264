/**
 * Session 18, helper B (development set 22: storage and databases): the facts added or widened from its misses
 * and false flag. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG_1: WrongCase[] = [
  ['DocDB automated backups are optional, you can disable them', 'documentdb.backup.min-retention'],
  ['S3 event notifications deliver straight into Kinesis Data Streams', 's3.event-notifications.kinesis-destination'],
  ['in a versioned bucket, deleting a key permanently removes all its versions', 's3.versioning.delete-keeps-versions'],
  ['Recycle Bin retains deleted EBS volumes indefinitely', 'ebs.recycle-bin.retention-required'],
  ['Bursting throughput is the default for a new EFS file system', 'efs.throughput.default-mode'],
  ['EFS Max I/O mode gives the lowest latency', 'efs.max-io.latency'],
  ['EFS enforces mandatory locking on files', 'efs.locking.advisory'],
  ['Lustre scratch deployments replicate your data', 'fsx.lustre.scratch-replication'],
  ['FSx for Lustre: deployment type defaults to persistent', 'fsx.lustre.default-deployment-type'],
  ['FSx for Lustre PERSISTENT_2 needs at least 1.2 TiB of storage', 'fsx.lustre.persistent-2.min-storage'],
  ['FSx Windows File Server defaults to Multi-AZ', 'fsx.windows.default-deployment-type'],
  ['OpenZFS on FSx is single-AZ only', 'fsx.openzfs.multi-az'],
  ["a gateway's type can be changed after activation", 'storage-gateway.type.after-activation'],
  ['Vault Lock: the root user can delete the Vault Lock once it is in compliance mode', 'backup.vault-lock.root-override'],
  ['DataSync tasks run in Enhanced mode by default', 'datasync.task-mode.default'],
];
const RIGHT_1: (RightCase | string)[] = [
  "DocumentDB: retention 1-35 days, default 1 day, backups can't be turned off",
  'S3 event notifications go to SNS, SQS, Lambda or EventBridge',
  'versioned bucket: delete adds a delete marker, older versions stay',
  'Versioned bucket: DELETE with a version ID permanently deletes that version',
  'Recycle Bin keeps deleted snapshots for up to 1 year, then deletes them',
  'EFS console default is Elastic throughput',
  'EFS default throughput mode is Elastic; Bursting is the API default',
  'EFS Max I/O has higher latency than General Purpose',
  'EFS supports advisory file locks only',
  "Lustre persistent deployments replicate data, scratch ones don't",
  'FSx for Lustre PERSISTENT_2: minimum 600 GiB',
  'FSx Lustre: SCRATCH_1 is the default deployment type',
  'FSx for Windows: Single-AZ 1 by default, Multi-AZ optional',
  'FSx for OpenZFS supports Multi-AZ deployments',
  'Storage Gateway: pick the gateway type before activation, it cannot be changed later',
  'DataSync uses Basic task mode by default',
];

describeFlagCases('mine 18 B: storage facts from set 22', WRONG_1, RIGHT_1);

const WRONG_2: WrongCase[] = [
  ['Aurora storage keeps copies in two AZs', 'aurora.storage.azs'],
  ['Aurora cluster volume durability increases as you add replicas', 'aurora.storage.replication-independent'],
  ['Aurora Backtrack: once disabled you can turn it on again later', 'aurora.backtrack.re-enable'],
  ['DynamoDB: TransactWriteItems uses the same WCUs as a normal PutItem', 'dynamodb.transactions.capacity-cost'],
  ['DynamoDB TTL deletes expired items within a minute', 'dynamodb.ttl.deletion-timing'],
  ['with DynamoDB TTL, expired items stop counting toward storage right away', 'dynamodb.ttl.expired-storage-billing'],
  ['DynamoDB attribute names do not count toward the 400 KB item limit', 'dynamodb.item-size.attribute-names'],
  ['DAX pricing: you pay per request, like on-demand tables', 'dynamodb.dax.billing-unit'],
  ['MemoryDB write latency is in microseconds', 'memorydb.writes.latency'],
  ['Timestream archives expired magnetic store data to S3 Glacier', 'timestream.magnetic-store.expiry'],
  ['Redshift RA3: set the automated snapshot retention to 0 to turn snapshots off', 'redshift.snapshot.ra3-automated-required'],
];
const RIGHT_2: (RightCase | string)[] = [
  'Aurora storage: 6 copies across 3 AZs',
  'Aurora replicas add read capacity and failover targets; storage copies stay the same',
  'Aurora Backtrack up to 72 hours, MySQL only',
  'DynamoDB transactional writes cost 2 WCUs per KB',
  'DynamoDB TTL deletes expired items within about 2 days',
  'DynamoDB expired items still count toward storage until TTL deletes them',
  'DynamoDB attribute names count toward item size, keep them short',
  'DAX is billed per node-hour',
  'MemoryDB: microsecond reads, single-digit ms writes',
  'Timestream: data past magnetic store retention is deleted for good',
  "Redshift RA3: automated snapshot retention 1-35 days, can't disable",
  'RDS for SQL Server supports cross-Region read replicas',
];

describeFlagCases('mine 18 B: database facts from set 22', WRONG_2, RIGHT_2);

const WRONG_3: WrongCase[] = [
  ["RDS: it's fine to build a read replica from a source with backup retention of 0", 'rds.backup.retention-zero-read-replica-source'],
  ['EFS throughput modes are just two: bursting and provisioned', 'efs.throughput.mode-count'],
  ['EFS storage classes are only Standard and IA', 'efs.storage-classes.list'],
  ['new customers can deploy FSx File Gateway today', 'storage-gateway.fsx-file-gateway.new-customers'],
  ['gp3 volumes get 3 IOPS per GiB as baseline', 'ebs.gp3.baseline-iops'],
  ['RDS Multi-AZ: route read traffic to the standby to offload the primary', 'rds.multi-az.standby-readable'],
  ['S3 Intelligent-Tiering moves even small objects between tiers', 's3-storage-classes.intelligent-tiering.min-object-size'],
  ['DynamoDB single-Region tables: 99.999% availability design', 'dynamodb.table.sla'],
];
const RIGHT_3: (RightCase | string)[] = [
  'RDS read replicas need automated backups enabled on the source',
  'EFS throughput modes: Elastic, Provisioned, Bursting',
  'EFS storage classes: Standard, Infrequent Access, Archive',
  "FSx File Gateway: existing customers only, new customers can't deploy it",
  'gp3: flat 3,000 IOPS baseline whatever the size',
  'gp2 gets 3 IOPS per GiB, gp3 a flat 3,000',
  'RDS Multi-AZ DB cluster: readable standbys serve read traffic',
  'Intelligent-Tiering: objects under 128 KB always stay in Frequent Access',
  'Intelligent-Tiering can store objects of any size; small ones are never tiered',
  'DynamoDB: single-Region table 99.99%, global tables 99.999%',
  'DynamoDB availability: 99.99% in one Region, 99.999% with global tables',
];

describeFlagCases('mine 18 B: widened storage and RDS facts from set 22', WRONG_3, RIGHT_3);
