import { describe, expect, it } from 'vitest';
import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';
import { ids } from './claimCases';

// Session 15 (COVER15-B): storage and database facts students write in their notes, in wordings of our
// own (abbreviated, inverted, negated), not taken from any evaluation set. Wrong lines name the fact that
// must flag them; right lines must not be flagged at all.

describe('figures: default ports, timeouts and ranges', () => {
  const wrong: [string, string][] = [
    ['RDS PostgreSQL default port: 3306', 'rds.port.postgresql-default 3306'],
    ['RDS MySQL default port is 5432', 'rds.port.mysql-default 5432'],
    ['RDS SQL Server default port = 1521', 'rds.port.sqlserver-default 1521'],
    ['RDS for Oracle default port: 1433', 'rds.port.oracle-default 1433'],
    ['Aurora PostgreSQL default port: 3306', 'aurora.port.postgresql-default 3306'],
    ['Keyspaces auto scaling target utilization up to 95%', 'keyspaces.auto-scaling.max-target 95%'],
    ['Transfer Family idle timeout is 10 minutes', 'transfer-family.connection.idle-timeout 10 minutes'],
    [
      'Transfer Family: max 20 multiplexed SFTP sessions per connection',
      'transfer-family.sftp.sessions-per-connection 20',
    ],
    ['Neptune default port: 8181', 'neptune.port.default 8181'],
    ['Redshift Multi-AZ spans 3 AZs', 'redshift.multi-az.azs 3 AZs'],
    ['Redshift Multi-AZ deployment: 3 Availability Zones', 'redshift.multi-az.azs 3 Availability Zones'],
    ['MemoryDB: up to 500 million TPS per cluster', 'memorydb.cluster.max-tps 500 million TPS'],
    [
      'Glacier Vault Lock: 48 hours to complete the lock after initiating it',
      's3-glacier.vault-lock.complete-window 48 hours',
    ],
    ['Glacier vault lock policy max size 10 KB', 's3-glacier.vault-lock.policy-max-size 10 KB'],
    ['DynamoDB reserved capacity: minimum 50 capacity units', 'dynamodb-capacity.reserved.min-units 50'],
    ['DynamoDB reserved capacity 1-year: up to 72% discount', 'dynamodb-capacity.reserved.max-discount 72%'],
    ['DynamoDB reserved capacity: up to 90% discount', 'dynamodb-capacity.reserved.max-discount 90%'],
    [
      'S3 Express One Zone directory bucket: 55,000 read requests per second by default',
      's3-storage-classes.express-one-zone.default-reads 55,000',
    ],
    [
      'S3 Express One Zone directory bucket: default 3,500 write requests/s',
      's3-storage-classes.express-one-zone.default-writes 3,500',
    ],
    [
      'FSx for Lustre: max 16 data repository associations per file system',
      'fsx.lustre.max-data-repository-associations 16',
    ],
    [
      'Transfer Family: an unresponsive SFTP client is disconnected after 10 minutes',
      'transfer-family.sftp.unresponsive-timeout 10 minutes',
    ],
  ];
  for (const [line, flag] of wrong)
    it(`flags: ${line}`, () => {
      expect(ids(line).map((f) => f.split(' ')[0])).toEqual([flag.split(' ')[0]]);
    });
  const right = [
    'RDS PostgreSQL default port: 5432',
    'RDS for MySQL default port is 3306',
    'RDS Oracle: default port 1521',
    'SQL Server on RDS: default port = 1433',
    'Aurora MySQL default port: 3306',
    'Keyspaces auto scaling target utilization between 20 and 90%',
    'Transfer Family idle connection timeout: 30 minutes',
    'Transfer Family: up to 10 SFTP sessions per connection',
    'Neptune default port: 8182',
    'Redshift Multi-AZ: 2 AZs',
    'Redshift Multi-AZ deployment: 2 Availability Zones',
    'MemoryDB: up to 160 million TPS per cluster',
    'Glacier Vault Lock: 24 hours to complete the lock',
    'Glacier vault lock policy up to 20 KB',
    'DynamoDB reserved capacity: minimum 100 capacity units',
    'DynamoDB reserved capacity 1-year: up to 54% discount',
    'DynamoDB reserved capacity 3-year: up to 77% off',
    'S3 Express One Zone directory bucket: 200,000 read requests per second by default',
    'S3 Express One Zone directory bucket: default 100,000 write requests/s',
    // The general purpose bucket figures stay the S3 prefix facts'.
    'S3: 5,500 GET requests per second per prefix',
    'FSx for Lustre: up to 8 data repository associations per file system',
    'Transfer Family: an unresponsive SFTP client times out after 5 minutes',
  ];
  for (const line of right)
    it(`leaves alone: ${line}`, () => {
      expect(ids(line)).toEqual([]);
    });
});

const WRONG: WrongCase[] = [
  ['Aurora PostgreSQL supports Backtrack.', 'aurora.backtrack.postgresql'],
  ['You can backtrack an Aurora PostgreSQL cluster to an earlier time.', 'aurora.backtrack.postgresql'],
  ['The root EBS volume is kept after termination by default.', 'ebs.delete-on-termination.root-default'],
  ['Root volume persists after termination by default (EBS).', 'ebs.delete-on-termination.root-default'],
  [
    'Additional EBS volumes are deleted on termination by default.',
    'ebs.delete-on-termination.non-root-default',
  ],
  ['EBS snapshots are not incremental; each one is a full copy.', 'ebs.snapshot.incremental'],
  ['You can enable encryption on an existing EFS file system later.', 'efs.encryption.after-creation'],
  ['S3 website endpoints support HTTPS.', 's3.website-endpoint.https'],
  [
    'S3 Block Public Access is disabled by default for new buckets.',
    's3.block-public-access.new-bucket-default',
  ],
  [
    'New S3 buckets have Block Public Access disabled by default.',
    's3.block-public-access.new-bucket-default',
  ],
  ['S3 ACLs are enabled by default on new buckets.', 's3.acl.new-bucket-default'],
  ['DocumentDB TLS is disabled by default.', 'documentdb.tls.default'],
  [
    'In the console, DynamoDB auto scaling is off by default.',
    'dynamodb-capacity.auto-scaling.console-default',
  ],
  ['AWS Transfer Family supports SCP.', 'transfer-family.scp.support'],
  [
    'Service-managed Transfer Family users can use password authentication.',
    'transfer-family.service-managed.password-auth',
  ],
  ['SQS FIFO queues are supported as S3 event notification destinations.', 's3.event-notifications.sqs-fifo'],
  ['In S3 Object Lock compliance mode, the root user can delete objects.', 's3.object-lock.compliance-mode'],
  [
    'Object Lock compliance mode: retention period can be shortened by admins.',
    's3.object-lock.compliance-mode',
  ],
  ['RDS read replicas must be in the same Region as the source.', 'rds.read-replica.cross-region'],
  ['RDS read replicas cannot be cross-Region.', 'rds.read-replica.cross-region'],
  ['An RDS read replica cannot be promoted to a standalone instance.', 'rds.read-replica.promote'],
  ['DataSync does not encrypt data in transit.', 'datasync.encryption.in-transit'],
  ["DataSync doesn't verify data integrity.", 'datasync.verification.checksum'],
  ['Redshift DC2 clusters support Multi-AZ.', 'redshift.multi-az.ra3-only'],
  [
    'A governance mode vault lock can never be removed (AWS Backup).',
    'backup.vault-lock.governance-removable',
  ],
  ['Memcached is single-threaded.', 'elasticache.memcached.multithreaded'],
  ['ElastiCache: you can downgrade the engine version after creation.', 'elasticache.engine.downgrade'],
  ['Amazon Keyspaces tables are not encrypted at rest by default.', 'keyspaces.encryption.at-rest-default'],
  ['MemoryDB replicas are strongly consistent.', 'memorydb.replica.consistency'],
  ['MemoryDB replica nodes give read-after-write consistency.', 'memorydb.replica.consistency'],
  ['A Glacier Vault Lock policy can be changed after it is locked.', 's3-glacier.vault-lock.immutable'],
  ['DynamoDB reserved capacity also works for on-demand tables.', 'dynamodb-capacity.reserved.on-demand'],
  ['DynamoDB reserved capacity can be cancelled at any time.', 'dynamodb-capacity.reserved.transfer'],
  ['DynamoDB: provisioned mode is the default capacity mode.', 'dynamodb-capacity.table.default-mode'],
  ['RDS Proxy can be publicly accessible.', 'rds.proxy.public-access'],
  [
    'S3 Express One Zone objects can live in general purpose buckets.',
    's3-storage-classes.express-one-zone.bucket-type',
  ],
  [
    'S3 Express One Zone replicates data across multiple AZs.',
    's3-storage-classes.express-one-zone.multi-az',
  ],
  ['FSx for Lustre cannot be linked to an S3 bucket.', 'fsx.lustre.s3-link'],
  ['DMS replication instances do not support Multi-AZ.', 'dms.replication-instance.multi-az'],
  ['Timestream data is not encrypted by default.', 'timestream.encryption.default'],
  ['Timestream stores data in a single AZ.', 'timestream.storage.multi-az'],
  ['EFS cannot be mounted from on-premises servers.', 'efs.on-premises.mount'],
  ["FSx for Lustre can't be accessed from on-premises.", 'fsx.lustre.on-premises.mount'],
  ['Aurora clones do not use copy-on-write; they copy all the data.', 'aurora.clone.copy-on-write'],
  [
    'An encrypted DocumentDB snapshot can be restored to an unencrypted cluster.',
    'documentdb.snapshot.encrypted-restore',
  ],
  ['A Redshift Multi-AZ data warehouse can be unencrypted.', 'redshift.multi-az.encryption-required'],
  ['An FSx for Lustre file system cannot be linked to an Amazon S3 bucket.', 'fsx.lustre.s3-link'],
];

const RIGHT: RightCase[] = [
  ['Backtrack only works with Aurora MySQL, not Aurora PostgreSQL.'],
  ['By default the root EBS volume is deleted on termination.'],
  ['Additional EBS volumes are preserved on termination by default.'],
  ['EBS snapshots are incremental.'],
  ['EFS encryption at rest can only be set at creation.'],
  ["S3 static website endpoints don't support HTTPS, use CloudFront."],
  ['Block Public Access is enabled by default on new S3 buckets.'],
  ['ACLs are disabled by default for new S3 buckets.'],
  ['DocumentDB clusters have TLS enabled by default.'],
  ['DynamoDB auto scaling is enabled by default for tables created in the console.'],
  // Unsure: auto scaling made through the API is not on by default.
  ['DynamoDB auto scaling is off by default.'],
  ['AWS Transfer Family does not support SCP.'],
  ['Service-managed users in Transfer Family use SSH keys only.'],
  ['S3 event notifications cannot target SQS FIFO queues.'],
  ['Use EventBridge to route S3 events to an SQS FIFO queue.'],
  [
    'Compliance mode (Object Lock): nobody, not even root, can delete the object version until retention expires.',
  ],
  ['In compliance mode, objects can be deleted after the retention period expires.'],
  ['Governance mode can be bypassed with special permissions (S3 Object Lock).'],
  ['RDS supports cross-Region read replicas.'],
  ['RDS read replicas can be promoted to standalone DB instances.'],
  ['Aurora replicas are promoted automatically on failover.'],
  ['DataSync encrypts data in transit with TLS.'],
  ['DataSync verifies data integrity with checksums.'],
  ['Redshift Multi-AZ is only for RA3 nodes.'],
  ['AWS Backup Vault Lock governance mode: users with permissions can delete the lock.'],
  ['Memcached is multi-threaded, Redis is not.'],
  ['ElastiCache engine versions can be upgraded but not downgraded.'],
  ['Keyspaces encrypts data at rest by default with an AWS owned key.'],
  ['MemoryDB: primary strongly consistent, replicas eventually consistent.'],
  ["Once locked, a Glacier Vault Lock policy can't be changed."],
  ['You can abort a Glacier vault lock while it is InProgress.'],
  ['DynamoDB reserved capacity is only for provisioned tables, not on-demand.'],
  ["DynamoDB reserved capacity can't be cancelled or transferred."],
  ['DynamoDB: on-demand is the default capacity mode; provisioned is optional.'],
  ['In provisioned mode, DynamoDB auto scaling is on by default in the console.'],
  ['RDS Proxy is never publicly accessible, only from within the VPC.'],
  ['The database can be publicly accessible, but RDS Proxy cannot.'],
  ['S3 Express One Zone uses directory buckets only.'],
  ['S3 Express One Zone keeps data in a single AZ.'],
  ['FSx for Lustre integrates with S3 (lazy load from a linked bucket).'],
  ['A DMS replication instance can be Multi-AZ with a synchronous standby.'],
  ['Timestream encrypts data at rest and in transit by default.'],
  ['Timestream replicates memory and magnetic store data across AZs.'],
  ['EFS can be mounted from on-premises over Direct Connect or VPN.'],
  ['FSx for Lustre can be mounted from on-premises clients over Direct Connect.'],
  ['Aurora cloning uses copy-on-write, so it is faster than restoring a snapshot.'],
  ["DocumentDB: you can't restore an encrypted snapshot to an unencrypted cluster."],
  ['Redshift Multi-AZ requires encryption.'],
  // Other subjects with the same words.
  ['Network ACLs are stateless and allow all traffic by default.'],
  ['CloudFront supports HTTPS in front of an S3 website.'],
];

describeAssertCases('cover15b: yes/no storage and database facts', WRONG, RIGHT);
