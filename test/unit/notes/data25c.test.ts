/**
 * Session 25, helper C (issue 14 item 2): behaviours and limits that cheat sheets quote for the databases and
 * analytics entries (RDS, Aurora, DynamoDB, ElastiCache, Redshift, Athena, Glue, OpenSearch and the rest) which the KB
 * did not state. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // RDS
  ['IAM database authentication works with RDS for Oracle', 'rds.iam-auth.engines'],
  ['IAM DB authentication also supports SQL Server', 'rds.iam-auth.engines'],
  // Athena
  ['Athena CTAS queries can write up to 1,000 partitions', 'athena.ctas.max-partitions'],
  ['An Athena INSERT INTO statement can add up to 500 partitions', 'athena.ctas.max-partitions'],
  // DynamoDB
  ['A DynamoDB parallel scan can use at most 4,096 segments', 'dynamodb.scan.max-total-segments'],
  // OpenSearch
  ['OpenSearch fine-grained access control does not require node-to-node encryption', 'opensearch.fgac.prerequisites'],
  // Redshift
  ['Redshift Spectrum can query an S3 bucket in another Region', 'redshift.spectrum.same-region'],
  ['Redshift Spectrum external tables support UPDATE and DELETE', 'redshift.spectrum.external-table-dml'],
  ['OpenSearch UltraWarm does not require dedicated master nodes', 'opensearch.ultrawarm.dedicated-masters'],
  // Neptune, RDS replication, EMR
  ['A Neptune global database can have up to 10 secondary Regions', 'neptune.global.max-secondary-regions'],
  ['RDS replication traffic to read replicas is sent unencrypted', 'rds.read-replica.in-transit-encryption'],
  ['EMR managed scaling also resizes the master node', 'emr.managed-scaling.primary-node'],
  // DMS
  ['AWS DMS CDC gives real-time replication to the target', 'dms.cdc.not-real-time'],
  ['AWS DMS Serverless supports views', 'dms.serverless.views'],
  // Keyspaces
  ['Amazon Keyspaces partition keys can hold up to 4,096 bytes of data', 'keyspaces.partition-key.max-size'],
];

const RIGHT: (RightCase | string)[] = [
  'IAM database authentication works with MariaDB, MySQL and PostgreSQL',
  'IAM DB authentication is not available for RDS for Oracle or SQL Server',
  'RDS IAM auth tokens are valid for 15 minutes',
  'Athena CTAS: at most 100 partitions per query; use INSERT INTO batches of 100 for more',
  'Athena can scan up to 1 million partitions in one query',
  'DynamoDB encrypts all table data at rest; you choose an AWS owned, AWS managed or customer managed key',
  'DynamoDB tables are always encrypted at rest',
  'DynamoDB uses an AWS owned key by default',
  'Fine-grained access control requires encryption at rest, node-to-node encryption and HTTPS',
  'Redshift Spectrum: the cluster and the S3 bucket must be in the same Region',
  'Redshift Spectrum queries data in place in S3 without loading it',
  "You can't UPDATE or DELETE rows of a Redshift Spectrum external table",
  'Dropping a Redshift Spectrum external table deletes only its metadata; the files stay in S3',
  'Amazon Keyspaces: partition key up to 2,048 bytes, rows up to 1 MB',
  'DynamoDB parallel scan: TotalSegments from 1 to 1,000,000; Scan reads at most 1 MB per call',
  'Use 4 segments for a parallel scan with four worker threads',
  'UltraWarm requires dedicated master nodes and stores warm indexes in S3',
  'Neptune global database: 1 primary Region plus up to 5 read-only secondary Regions',
  'Aurora Global Database supports up to 10 secondary Regions',
  'RDS replication traffic to read replicas is encrypted, even across Regions',
  'Replication traffic to read replicas is encrypted even for unencrypted DB instances',
  'An unencrypted RDS instance can still have read replicas; the replication traffic is encrypted',
  'EMR managed scaling resizes core and task nodes, not the master node',
  'EMR managed scaling adjusts core and task nodes between the minimum and maximum limits',
  'DMS CDC is not real-time: latency can reach minutes and there is no SLA',
  'DMS CDC streams source changes to the target in near real time',
  'DMS ongoing replication (CDC) reads changes from the source transaction logs',
  'DMS Serverless does not support views; use a full-load task on a replication instance',
  'DynamoDB partition key values can be up to 2,048 bytes',
];

describeFlagCases('session 25 helper C: databases and analytics', WRONG, RIGHT);
