/**
 * Session 20, helper B (development set 30: storage, data transfer and databases): the facts added from its
 * misses and their pages' siblings. Every line was written for these tests in a student's note style (none
 * copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['S3 Transfer Acceleration supports bucket names with periods', 's3.transfer-acceleration.bucket-name-periods'],
  ['Transfer Acceleration also works for Express One Zone directory buckets', 's3.transfer-acceleration.directory-buckets'],
  ['S3 Transfer Acceleration: after enabling, wait up to 2 hours for faster transfers', 's3.transfer-acceleration.enable-delay'],
  ['With MFA Delete on, you can remove old versions from the S3 console', 's3.mfa-delete.console'],
  ['With MFA Delete, IAM admins with MFA can permanently remove object versions', 's3.mfa-delete.iam-users'],
  ['S3 Batch Operations restore jobs can use the Expedited tier', 's3-glacier.batch-operations.expedited'],
  ['cascading read replicas: max 6 in a chain', 'rds.read-replicas.cascading-chain'],
  ['RDS Proxy: after IdleClientTimeout the underlying DB connection is closed as well', 'rds.proxy.idle-client-db-connection'],
  ['RDS: time in the stopped state counts toward the backup retention window', 'rds.backup.stopped-time'],
  ['RDS Custom for Oracle supports storage autoscaling', 'rds.custom-oracle.storage-autoscaling'],
  ['DynamoDB TTL attribute holds epoch milliseconds', 'dynamodb.ttl.epoch-seconds'],
  ['Global tables: TTL deletions appear as TTL deletes in all Regions', 'dynamodb.ttl.global-tables-streams'],
  ['A point-in-time restore keeps TTL and stream settings of the source table', 'dynamodb.pitr.restore-settings'],
  ['DynamoDB PITR restores overwrite the source table in place', 'dynamodb.pitr.restore-new-table'],
  ['DynamoDB Streams uses the same endpoint as the table API', 'dynamodb.streams.endpoint'],
  ['In DAX the LRU algorithm is optional', 'dynamodb.dax.lru-always-on'],
  ['Timestream: late data older than the memory store window is accepted by default', 'timestream.magnetic-store-writes'],
  ['EBS snapshot archive tier keeps only the changed blocks of each snapshot', 'ebs.snapshot-archive.full-snapshot'],
  ['Recycle Bin protects EBS snapshots only', 'ebs.recycle-bin.resource-types'],
  ['ElastiCache data tiering moves keys to SSD as well', 'elasticache.data-tiering.keys-in-memory'],
  ['On MemoryDB r6gd clusters, data tiering can be disabled', 'memorydb.data-tiering.opt-out'],
  ['MemoryDB data tiering moves items up to 512 MiB to SSD', 'memorydb.data-tiering.max-item-size'],
  ['Volume Gateway serves its volumes over NFS', 'storage-gateway.volume.iscsi'],
];

const RIGHT: string[] = [
  'Transfer Acceleration requires a DNS-compliant bucket name without periods',
  'S3 Transfer Acceleration: enabling can take up to 30 min before speeds go up',
  'MFA Delete: only the root user can permanently delete versions',
  'Batch Operations restore jobs support Standard and Bulk tiers',
  'RDS MySQL cascading replicas: up to 3 in a chain, 4 instances counting the source',
  'RDS MySQL: up to 15 read replicas per source',
  'RDS Proxy idle client timeout closes the client; the DB connection goes back to the pool',
  'RDS for Oracle supports storage autoscaling',
  'RDS for SQL Server: cross-Region read replicas are supported',
  'DynamoDB TTL: store the expiry as epoch seconds (Number)',
  'PITR restore keeps GSIs, LSIs and encryption settings',
  'DynamoDB PITR always restores into a new table',
  'DynamoDB Streams has its own endpoint (streams.dynamodb)',
  'DAX: LRU always on, evicts old items when memory is full',
  'Timestream: enable magnetic store writes to accept late data',
  'Archived EBS snapshots become full snapshots',
  'Recycle Bin: protects EBS snapshots, volumes and EBS-backed AMIs',
  'ElastiCache data tiering: keys stay in memory, values go to SSD',
  'MemoryDB data tiering: items over 128 MiB stay in memory',
  'Volume Gateway: iSCSI block volumes, cached or stored',
  'File Gateway exposes NFS and SMB shares',
];

describeFlagCases('session 20 helper B: storage and databases', WRONG, RIGHT);
