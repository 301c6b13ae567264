/**
 * Session 28, helper B (issue 14 item 2): the core yes/no behaviours (scope, defaults, failover, restore, billing,
 * what works with what) of the thinly covered databases and storage services beyond the core. Every line was
 * written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Neptune
  ['Neptune automated backups impact performance while they run', 'neptune.backup.no-performance-impact'],
  ['Neptune backup retention can go up to 90 days', 'neptune.backup.retention'],
  ['Neptune stores all of its data in one AZ', 'neptune.cluster-volume.multi-az'],
  ['Amazon Neptune storage lives in a single Availability Zone', 'neptune.cluster-volume.multi-az'],
  ['Neptune does not fail over automatically', 'neptune.failover.automatic'],
  ['Changing the failover priority of a Neptune replica triggers a failover', 'neptune.failover.priority-change'],
  // DocumentDB
  ['DocumentDB failover is manual', 'documentdb.failover.automatic'],
  ['A DocumentDB snapshot can be restored into an existing cluster', 'documentdb.restore.new-cluster'],
  ['Restoring a DocumentDB cluster snapshot also restores the instances', 'documentdb.restore.instances'],
  // MemoryDB
  ['MemoryDB failover is manual', 'memorydb.failover.automatic'],
  ['Adding MemoryDB replicas increases write throughput', 'memorydb.scaling.writes-by-shards'],
  ['A MemoryDB snapshot is restored into the existing cluster', 'memorydb.snapshot.restore-new-cluster'],
  ['MemoryDB is only a cache', 'memorydb.usage.primary-database'],
  // Keyspaces
  ['Amazon Keyspaces accepts plaintext connections', 'keyspaces.tls.required'],
  ['Keyspaces supports secondary indexes with CREATE INDEX', 'keyspaces.cql.secondary-indexes'],
  ['Amazon Keyspaces supports materialized views', 'keyspaces.cql.materialized-views'],
  ['Keyspaces supports user-defined functions', 'keyspaces.cql.triggers-functions'],
  ['Keyspaces supports TRUNCATE', 'keyspaces.cql.truncate'],
  ['Amazon Keyspaces does not support logged batches', 'keyspaces.cql.logged-batch'],
  ['Keyspaces lets you disable durable writes', 'keyspaces.writes.durable'],
  // DMS, ElastiCache, AWS Backup, Snow Family, Storage Gateway
  ['AWS DMS only supports homogeneous migrations', 'dms.engines.heterogeneous'],
  ['ElastiCache at-rest encryption can be turned on later for an existing cluster', 'elasticache.at-rest.existing-cluster'],
  ['AWS Backup S3 backups inherit the source bucket\'s encryption', 'backup.encryption.independent'],
  ['RefreshCache downloads the objects into the gateway cache', 'storage-gateway.refresh-cache.inventory-only'],
  // DataSync, Transfer Family
  ['DataSync transfers everything every time a task runs', 'datasync.transfer-mode.changed-only'],
  ['DataSync with Transfer all data deletes files that are gone from the source', 'datasync.transfer-all.no-delete'],
  ['With DataSync, Transfer all data deletes destination files', 'datasync.transfer-all.no-delete'],
  ['By default a DataSync task deletes destination files missing from the source', 'datasync.options.preserve-deleted-files-default'],
  ['A Transfer Family server is global', 'transfer-family.server.regional'],
  ['Transfer Family with AWS Managed Microsoft AD supports SSH keys', 'transfer-family.managed-ad.key-auth'],
  ['Transfer Family: the Lambda identity provider supports AWS WAF', 'transfer-family.waf.api-gateway-only'],
  // S3 Glacier vault service, Tape Gateway
  ['The standalone Glacier vault service is still open to new customers', 's3-glacier.vault-service.new-customers'],
  ['Data in Glacier vaults must be migrated to S3 Glacier storage classes', 's3-glacier.vault-service.no-migration'],
  ['An archived virtual tape can be retrieved to multiple gateways at once', 'storage-gateway.tape.retrieve-one-gateway'],
  // DocumentDB elastic clusters, Neptune IAM authentication
  ['With DocumentDB elastic clusters you still choose instance types and upgrade instances', 'documentdb.elastic.no-instances'],
  ['DocumentDB elastic clusters are available in AWS GovCloud', 'documentdb.elastic.availability'],
  ['Neptune IAM database authentication accepts unsigned requests', 'neptune.iam-auth.sigv4'],
  // Keyspaces serverless
  ['With Amazon Keyspaces you provision nodes and patch servers yourself', 'keyspaces.serverless.no-servers'],
  ['Keyspaces lets you tune compaction strategies per table', 'keyspaces.compaction.not-managed'],
  // Snowball Edge interfaces
  ['Snowball Edge does not support NFS, only the S3 interface', 'snow-family.snowball-edge.nfs'],
  ['Snowball Edge cannot export data from S3', 'snow-family.snowball-edge.export'],
  // DMS validation and homogeneous migrations, ElastiCache Serverless
  ['AWS DMS data validation is enabled by default on every task', 'dms.validation.default-off'],
  ['ElastiCache Serverless keeps the cache in a single AZ', 'elasticache.serverless.three-azs'],
  ['ElastiCache node-based cluster backups cannot be restored into a serverless cache', 'elasticache.backup.restore-across-deployments'],
  ['ElastiCache Serverless runs with cluster mode disabled', 'elasticache.serverless.cluster-mode'],
  // AWS Backup continuous backups, RefreshCache scope
  ['In AWS Backup, deleting the continuous backup recovery point stops continuous backups', 'backup.continuous.stop-by-rule'],
  ['A single RefreshCache call refreshes all file shares on the gateway', 'storage-gateway.refresh-cache.per-file-share'],
  // MemoryDB Multi-Region
  ['MemoryDB Multi-Region is active-passive with one writer Region', 'memorydb.multi-region.active-active'],
  ['MemoryDB Multi-Region replicates synchronously between Regions', 'memorydb.multi-region.async'],
  // Neptune global database
  ['Neptune global database secondary clusters accept writes locally', 'neptune.global.secondary-read-only'],
  // Transfer Family SFTP connectors
  ['A single SFTP connector can talk to several remote servers', 'transfer-family.sftp-connector.one-server'],
  ['Transfer Family SFTP connector credentials are stored in SSM Parameter Store', 'transfer-family.sftp-connector.credentials'],
  ['Transfer Family SFTP connectors send files in parallel by default', 'transfer-family.sftp-connector.sequential-default'],
  ['Transfer Family SFTP connectors can process up to 20 files in parallel', 'transfer-family.sftp-connector.max-parallel-files'],
  // AWS Backup logically air-gapped vaults
  ['A logically air-gapped vault uses Vault Lock in governance mode', 'backup.lag-vault.compliance-mode'],
  ['Logically air-gapped vaults require a customer managed KMS key', 'backup.lag-vault.default-key'],
  ['A logically air-gapped vault cannot be shared with other accounts', 'backup.lag-vault.sharing'],
  // DocumentDB global clusters
  ['DocumentDB secondary clusters in a global cluster accept writes', 'documentdb.global-cluster.secondary-read-only'],
  // Failover tier order
  ['DocumentDB failover: the replica in the highest-numbered tier is promoted first', 'documentdb.failover.tier-order'],
  ['Neptune promotes the replica with the highest tier number first', 'neptune.failover.tier-order'],
  // Verified in session 28 (b-verify28.md): only a claim that failover is manual contradicts automatic failover
  ['DocumentDB failover is only manual', 'documentdb.failover.automatic'],
];

const RIGHT: (RightCase | string)[] = [
  // Neptune
  'Neptune backups are continuous and incremental with no performance impact',
  'Does a Neptune backup slow the database down?',
  'Neptune backup retention: 1 to 35 days',
  'The Neptune cluster volume spans multiple AZs in one Region',
  'Neptune Analytics keeps the graph in memory',
  'A Neptune writer instance sits in a single AZ',
  'A Neptune instance runs in one AZ, so add a replica in another AZ for fast failover',
  'Neptune fails over automatically: it promotes a replica or creates a new primary',
  'You can also force a Neptune failover manually for testing',
  'Neptune replica priority can be changed at any time without triggering a failover',
  // DocumentDB
  'DocumentDB promotes a read replica automatically when the primary fails',
  'DocumentDB global cluster failover to a secondary Region is manual',
  'Neptune global database: cross-Region failover is manual',
  'A DocumentDB cluster needs at least two instances for failover',
  'Restoring a DocumentDB snapshot always creates a new cluster',
  'After restoring a DocumentDB snapshot, add instances to the new cluster',
  'Restoring a DocumentDB snapshot does not restore the instances',
  // MemoryDB
  'MemoryDB has Multi-AZ availability with automatic failover',
  'MemoryDB Multi-Region: failover to another Region is manual',
  'Add MemoryDB shards to scale writes; add replicas to scale reads',
  'MemoryDB replicas scale read throughput, not write throughput',
  'Restore a MemoryDB snapshot by creating a new cluster',
  'MemoryDB can be your primary database, unlike ElastiCache which is a cache',
  'MemoryDB snapshots are stored in S3',
  // Keyspaces
  'Amazon Keyspaces only accepts TLS connections',
  'Keyspaces does not support CREATE INDEX',
  'Keyspaces has no materialized views, so model a second table per query',
  'Keyspaces supports logged and unlogged batches',
  'Keyspaces: all writes are durable',
  'Keyspaces supports Time to Live (TTL) and static columns',
  'Use DynamoDB global secondary indexes for alternate keys',
  // DMS, ElastiCache, AWS Backup, Snow Family, Storage Gateway
  'AWS DMS handles homogeneous and heterogeneous migrations (Oracle to PostgreSQL)',
  'Homogeneous migrations keep the same engine; use DMS Schema Conversion for heterogeneous ones',
  'Enabling ElastiCache at-rest encryption on an existing cluster means backup, restore and recreate',
  'ElastiCache Serverless always encrypts data at rest',
  'AWS Backup encrypts S3 backups with the vault key, even when the bucket is unencrypted',
  'EBS snapshots inherit the volume encryption',
  'Snowball Edge jobs import into S3; a lifecycle rule can then move objects to Glacier',
  'RefreshCache only updates the file share inventory after objects are written directly to S3',
  // DataSync, Transfer Family
  'DataSync copies only changed data after the first full transfer',
  'DataSync can be set to transfer all data, which skips comparing the destination',
  'Transfer all data in DataSync cannot be combined with deleting destination files',
  'A Transfer Family server lives in the Region you pick',
  'Route 53 is a global service',
  'Put Global Accelerator in front of a Transfer Family server for static anycast IPs',
  'Transfer Family with AWS Managed Microsoft AD uses password authentication',
  'Put AWS WAF in front of Transfer Family with the API Gateway identity provider',
  'Lambda identity provider for Transfer Family: supports SSH keys and passwords',
  // S3 Glacier vault service, Tape Gateway
  'New archives: use the S3 Glacier storage classes, not the standalone Glacier vault service',
  'Existing Glacier vault data stays accessible; migrating to S3 is optional',
  'S3 Select is no longer available to new customers',
  'A retrieved tape belongs to one tape gateway; archive it again to move it to another',
  // DocumentDB elastic clusters, Neptune IAM authentication
  'DocumentDB elastic clusters: no instances to choose or upgrade, scale by shards',
  'DocumentDB instance-based clusters: you choose the instance class',
  'DocumentDB elastic clusters are not available in the China Regions or GovCloud',
  'Neptune IAM auth: every HTTP request is signed with SigV4',
  'With Neptune IAM auth, requests that are not signed are rejected',
  'RDS IAM database authentication uses a token instead of a password',
  // Keyspaces serverless
  'Amazon Keyspaces is serverless: no servers to provision or patch',
  'An EventBridge schedule can trigger a Lambda function that writes to Keyspaces',
  'Self-managed Cassandra on EC2: you manage nodes and compaction yourself',
  'Keyspaces has no compaction strategies or tombstones to manage',
  // Snowball Edge interfaces
  'Snowball Edge: copy data over the S3 interface or an NFS mount',
  'Snowball Edge jobs can import, export, or keep data for local use',
  'Snowball Edge cannot export directly from S3 Glacier; restore the objects first',
  'Snowball Edge is no longer available to new customers',
  // DMS validation and homogeneous migrations, ElastiCache Serverless
  'DMS data validation is off by default; set EnableValidation to true',
  'For DMS homogeneous data migrations the target version must be the same or newer',
  'ElastiCache Serverless stores data across three AZs with a 99.99% SLA',
  'A node-based ElastiCache cluster can be placed in a single AZ',
  'Backups from node-based Valkey clusters can be restored into a serverless cache',
  'ElastiCache Serverless runs in cluster mode and needs TLS-capable clients',
  // AWS Backup continuous backups, RefreshCache scope
  'To stop AWS Backup continuous backups, delete the continuous backup rule from the backup plan',
  'RefreshCache works per file share and lists the bucket, then HEADs each object',
  // MemoryDB Multi-Region
  'MemoryDB Multi-Region is active-active: local reads and writes in every Region',
  'MemoryDB Multi-Region replicates asynchronously, usually within a second',
  'A MemoryDB cluster itself is regional',
  // Neptune global database
  'Neptune global database secondary clusters are read-only until a failover promotes one',
  // Transfer Family SFTP connectors
  'One SFTP connector per remote SFTP server; create another connector for a second partner',
  'SFTP connector credentials live in Secrets Manager',
  'SFTP connectors send one file at a time unless you raise the concurrent connections (up to 5 files in parallel)',
  // AWS Backup logically air-gapped vaults
  'Logically air-gapped vaults come with Vault Lock in compliance mode',
  'A standard backup vault can use Vault Lock in governance or compliance mode',
  'Air-gapped vaults use an AWS owned key by default; a customer managed key is optional',
  'Share a logically air-gapped vault with a recovery account through AWS RAM',
  // DocumentDB global clusters
  'DocumentDB global cluster: writes go to the primary cluster endpoint, secondary clusters are read-only',
  // Failover tier order
  'DocumentDB promotes the replica in the lowest-numbered failover tier (0 is the highest priority)',
  'Neptune replica priorities run from 0 (highest) to 15 (lowest)',
  'Aurora promotes the replica in the lowest-numbered tier first',
  // Verified in session 28 (b-verify28.md): true lines the first reading flagged
  'Amazon Neptune: a manual failover can be forced for testing',
  'DocumentDB: you can trigger a manual failover with failover-db-cluster',
  'MemoryDB supports a manual failover with the FailoverShard API for testing',
  'DocumentDB secondary clusters: send DML and DDL to the primary cluster endpoint',
  'AWS Backup S3 backups are encrypted even if the source bucket is unencrypted',
];

describeFlagCases('session 28 helper B: databases and storage beyond the core', WRONG, RIGHT);
