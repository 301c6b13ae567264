/**
 * Session 27, helper D (issue 14 item 2): yes/no properties and the defaults beside them for the database family
 * (Aurora, RDS, DynamoDB, ElastiCache, MemoryDB, Neptune, Redshift, DocumentDB, DMS, Keyspaces, OpenSearch), taken
 * from the "Limitations", "Considerations", "Requirements" and FAQ sections of their AWS pages. Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right ones (true in other words, neighbouring features, negations, conditions, questions)
 * by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Aurora Backtrack
  ['Aurora Backtrack can be turned on for an existing cluster whenever you need it', 'aurora.backtrack.existing-cluster'],
  ['Backtrack can be enabled on existing clusters from the console', 'aurora.backtrack.existing-cluster'],
  ['Aurora Backtrack works fine with binlog replication', 'aurora.backtrack.binlog-replication'],
  ['Backtrack is enabled by default on Aurora MySQL clusters', 'aurora.backtrack.default-off'],
  // RDS Multi-AZ DB clusters
  ['A Multi-AZ DB cluster can be stopped and started like a single DB instance', 'rds.multi-az-cluster.stop-start'],
  ['RDS Multi-AZ DB clusters support Kerberos authentication', 'rds.multi-az-cluster.kerberos'],
  ['Multi-AZ DB clusters support cross-Region automated backups', 'rds.multi-az-cluster.cross-region-backups'],
  ['Multi-AZ DB clusters use option groups like DB instances do', 'rds.multi-az-cluster.option-groups'],
  ['Multi-AZ DB clusters support IPv6 (dual-stack mode)', 'rds.multi-az-cluster.ipv6'],
  ['You can copy snapshots of a Multi-AZ DB cluster to another Region', 'rds.multi-az-cluster.snapshot-copy'],
  ['An unencrypted Multi-AZ DB cluster can be encrypted later', 'rds.multi-az-cluster.encrypt-existing'],
  ['Multi-AZ DB clusters support storage autoscaling', 'rds.multi-az-cluster.storage-autoscaling'],
  // ElastiCache Global Datastore
  ['ElastiCache Serverless caches can use Global Datastore for DR', 'elasticache.global-datastore.serverless'],
  ['In a Global Datastore the secondary cluster accepts writes too', 'elasticache.global-datastore.secondary-read-only'],
  // DynamoDB
  ['DynamoDB export to S3 does not need PITR', 'dynamodb.export.requires-pitr'],
  // Aurora activity streams, DynamoDB transactions, Keyspaces TTL, Neptune Streams
  ['Database activity streams work with Aurora Serverless v2', 'aurora.activity-streams.serverless'],
  ['Keyspaces TTL can be turned off later if you change your mind', 'keyspaces.ttl.cannot-disable'],
  ['Keyspaces rows expire automatically by default', 'keyspaces.ttl.default-no-expiry'],
  ['Keyspaces max TTL: 10 years', 'keyspaces.ttl.max'],
  ['Expired Keyspaces data stops consuming RCUs and WCUs immediately', 'keyspaces.ttl.expired-capacity'],
  ['Enabling Neptune Streams needs no reboot', 'neptune.streams.reboot-required'],
  // MemoryDB Multi-Region, OpenSearch cold storage
  ['Removing a Region from a MemoryDB Multi-Region cluster keeps its regional cluster running', 'memorydb.multi-region.remove-region-deletes'],
  ['MemoryDB Multi-Region: every regional cluster must have the same number of replicas', 'memorydb.multi-region.replica-counts'],
  ['OpenSearch cold storage does not need UltraWarm', 'opensearch.cold-storage.requires-ultrawarm'],
  // Redshift Serverless
  ['Redshift Serverless recovery points are kept for 7 days', 'redshift.serverless.recovery-point-retention'],
  ['Redshift Serverless lets you pick a weekly maintenance window', 'redshift.serverless.no-maintenance-window'],
  // Aurora global databases: Backtrack, RDS Proxy
  ['RDS Proxy cannot be used with an Aurora global database', 'rds.proxy.global-database'],
  // AWS DMS Serverless
  ['DMS Serverless replications get a public IP address for management', 'dms.serverless.public-ip'],
  ['DMS Serverless supports all the same endpoint types as DMS standard', 'dms.serverless.endpoint-types'],
  ['DMS Serverless replications do not need VPC endpoints to reach S3', 'dms.serverless.vpc-endpoints'],
  // ElastiCache Global Datastore failover
  ['ElastiCache Global Datastore fails over automatically to the secondary Region', 'elasticache.global-datastore.manual-promotion'],
];

const RIGHT: (RightCase | string)[] = [
  // Aurora Backtrack
  'Backtrack has to be enabled when the Aurora cluster is created',
  'To get Backtrack on an existing cluster, restore a snapshot into a new cluster with Backtrack on',
  'The backtrack window can be changed on an existing Backtrack-enabled cluster',
  'Turn off binlog replication before you configure Aurora Backtrack',
  'Backtrack is not supported with binlog replication',
  'Backtrack is disabled by default; you set a target backtrack window to turn it on',
  'Is Backtrack on by default?',
  // RDS Multi-AZ DB clusters
  'Multi-AZ DB clusters cannot be stopped; a Multi-AZ DB instance can',
  'A Single-AZ or Multi-AZ DB instance can be stopped for up to 7 days',
  'Multi-AZ DB clusters do not support Kerberos authentication',
  'RDS DB instances support Kerberos authentication with AWS Managed Microsoft AD',
  'Option groups are not available for Multi-AZ DB clusters',
  'Multi-AZ DB cluster: scale storage manually, no storage autoscaling',
  'RDS storage autoscaling works on Single-AZ and Multi-AZ DB instances',
  'To change the port of a Multi-AZ DB cluster, restore it to a point in time with a new port',
  // RDS Proxy, read replicas
  'RDS Proxy works with Aurora Serverless v2',
  'RDS Proxy cannot be used with Aurora Serverless v1',
  'RDS for MySQL supports cross-Region read replicas',
  // ElastiCache Global Datastore
  'Global Datastore is for node-based Valkey and Redis OSS clusters only',
  'ElastiCache Serverless caches do not support Global Datastore',
  'The Global Datastore secondary cluster is read-only until it is promoted',
  'In a Global Datastore only the primary cluster accepts writes',
  // DynamoDB
  'DynamoDB export to S3 requires point-in-time recovery to be enabled',
  'Enable PITR on the table before exporting it to S3',
  'DynamoDB encryption at rest is always on and cannot be disabled',
  'DynamoDB: you can choose an AWS owned, AWS managed or customer managed key for encryption at rest',
  'S3 default encryption can be disabled? No, since 2023 it is always on',
  // Aurora activity streams, DynamoDB transactions, Keyspaces TTL, Neptune Streams
  'Database activity streams are not supported on Aurora Serverless',
  'Database activity streams push Aurora audit activity to a Kinesis data stream',
  'DynamoDB transactions are atomic, but their stream records can arrive at different times',
  'DynamoDB Streams consumers should not assume transaction atomicity',
  'Once enabled, Keyspaces TTL cannot be disabled on the table',
  'Set default_time_to_live to 0 to stop default expiration for new Keyspaces rows',
  'Keyspaces default TTL is 0, so data does not expire automatically',
  'Keyspaces rows with a TTL set expire automatically',
  'Keyspaces TTL max is 630,720,000 seconds (20 years)',
  'Expired Keyspaces data is removed typically within 10 days and counts toward RCUs until then',
  'After changing neptune_streams, reboot every instance in the cluster',
  'Neptune Streams can be enabled or disabled at any time',
  // MemoryDB Multi-Region, OpenSearch cold storage
  'Removing a Region from a MemoryDB Multi-Region cluster deletes the regional cluster there',
  'MemoryDB Multi-Region regional clusters share shard count, node type and engine version',
  'MemoryDB Multi-Region: replica counts can differ per Region',
  'Enable UltraWarm first, then cold storage, on an OpenSearch domain',
  'OpenSearch cold storage keeps detached indexes in S3 at the lowest cost',
  // Redshift Serverless
  'Redshift Serverless: a recovery point every 30 minutes, kept for 24 hours',
  'To keep a Redshift Serverless recovery point longer, create a snapshot from it',
  'Redshift Serverless has no maintenance window; updates are applied automatically',
  'Provisioned Redshift clusters have a weekly maintenance window',
  // Aurora global databases: Backtrack, RDS Proxy
  'Backtrack is not available for Aurora global databases',
  'Backtrack rewinds one cluster in place; for Regional DR use an Aurora global database instead',
  'RDS Proxy works with any DB cluster in an Aurora global database',
  'Aurora global database: up to 10 secondary Regions, replication lag typically under a second',
  // AWS DMS Serverless
  'DMS Serverless replications have no public IP; manage them in the console',
  'DMS replication instances can be publicly accessible',
  'A custom CDC start point needs a DMS replication instance, not DMS Serverless',
  'DMS Serverless supports fewer source and target endpoint types than DMS standard',
  'DMS Serverless reaches S3, Kinesis and DynamoDB through VPC endpoints',
  // ElastiCache Global Datastore failover
  'Global Datastore: promote the secondary cluster manually if the primary Region fails',
  'A Global Datastore secondary cluster inherits the Multi-AZ and automatic failover settings of the primary',
];

describeFlagCases('session 27 helper D: database family', WRONG, RIGHT);
