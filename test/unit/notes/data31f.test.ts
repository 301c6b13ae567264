/**
 * Session 31, helper F (issue 14 item 2): central yes/no behaviours of the thinly covered analytics and database
 * services (Athena, Glue, EMR, OpenSearch, Firehose, Lake Formation, QuickSight, MSK, DMS, DataSync, Neptune,
 * Timestream, MemoryDB, DocumentDB) from their "What is", concepts, security and FAQ pages. Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Athena
  ['Athena cannot query encrypted data in S3', 'athena.encryption.encrypted-source-data'],
  [
    "Amazon Athena can't read encrypted objects, so keep the lake unencrypted",
    'athena.encryption.encrypted-source-data',
  ],
  [
    'The primary workgroup can be deleted like any other',
    'athena.workgroup.primary-undeletable',
    ['Athena workgroups'],
  ],
  [
    'An Athena workgroup shows the query history of every query in the account',
    'athena.workgroup.history-scope',
  ],
  ['Queries sent to a disabled workgroup still run', 'athena.workgroup.disabled-queries-fail', ['Athena']],
  ['Deleting an Athena workgroup keeps its saved queries', 'athena.workgroup.delete-saved-queries'],
  // Glue
  ['Glue ETL jobs can only be written in Python', 'glue.etl.script-languages'],
  ["AWS Glue jobs don't support Scala", 'glue.etl.script-languages'],
  [
    'The Glue Data Catalog is not compatible with the Hive metastore',
    'glue.catalog.hive-metastore-compatible',
  ],
  ['Glue crawlers cannot infer the schema; you must define it by hand', 'glue.crawler.infers-schema'],
  // EMR
  ['EMR cannot use the Glue Data Catalog as its Hive metastore', 'emr.hive.glue-metastore'],
  [
    'HDFS transparent encryption is configured through the security configuration',
    'emr.hdfs-encryption.not-security-configuration',
    ['EMR'],
  ],
  // OpenSearch
  ['The blue/green switchover of an OpenSearch domain loses data', 'opensearch.blue-green.no-data-loss'],
  [
    'Changing the instance type of an OpenSearch domain is done in place',
    'opensearch.config-change.instance-type-blue-green',
  ],
  [
    'OpenSearch encryption at rest can be disabled later if you need to',
    'opensearch.encryption-at-rest.fixed-once-set',
  ],
  [
    'OpenSearch encryption at rest can only be enabled at domain creation',
    'opensearch.encryption-at-rest.existing-domain',
  ],
  // Firehose
  ['With Firehose you must provision shards for throughput', 'kinesis-firehose.service.fully-managed'],
  ['Kinesis Data Firehose cannot compress data', 'kinesis-firehose.compression.supported'],
  // Lake Formation
  ['Lake Formation permissions are charged per grant', 'lake-formation.pricing.permissions-free'],
  [
    "Shared Lake Formation tables don't need resource links to be queried in Athena",
    'lake-formation.cross-account.resource-link-query',
  ],
  // MSK
  [
    'Moving existing Kafka producers to Amazon MSK requires code changes',
    'msk.kafka.open-source-no-code-changes',
  ],
  ['Amazon MSK runs a proprietary fork of Kafka', 'msk.kafka.open-source-no-code-changes'],
  ['An MSK cluster can put all its brokers in one AZ', 'msk.brokers.spread-across-azs'],
  ['MSK brokers are reachable over the public internet by default', 'msk.network.private-by-default'],
  // DMS, DataSync
  ['AWS DMS can only migrate into AWS', 'dms.direction.aws-to-on-premises'],
  ['DMS cannot migrate from RDS back to on-premises', 'dms.direction.aws-to-on-premises'],
  ['DataSync can only move data into AWS', 'datasync.direction.to-from-between'],
  ['AWS DataSync only supports NFS shares', 'datasync.locations.hdfs-smb-azure'],
  ["DataSync can't copy data from HDFS", 'datasync.locations.hdfs-smb-azure'],
  // Neptune, DocumentDB
  ['Neptune snapshots are not encrypted', 'neptune.encryption.backups-snapshots'],
  ['The KMS key of a Neptune cluster can be changed later', 'neptune.encryption.key-fixed'],
  ['DocumentDB encryption at rest is configured per instance', 'documentdb.encryption.cluster-wide'],
  [
    'DocumentDB storage encryption can be enabled later on an existing cluster',
    'documentdb.encryption.set-at-creation',
  ],
  ['DocumentDB encryption at rest requires application changes', 'documentdb.encryption.transparent'],
  // Timestream, MemoryDB, Quick Sight
  ['With Timestream for LiveAnalytics you must provision capacity', 'timestream.liveanalytics.serverless'],
  [
    'Timestream for LiveAnalytics is open to new customers',
    'timestream.liveanalytics.closed-to-new-customers',
  ],
  ['MemoryDB replication traffic is not encrypted', 'memorydb.in-transit.replication-encrypted'],
  ['Amazon QuickSight requires you to provision servers', 'quicksight.service.serverless'],
  ['QuickSight can only connect to AWS data sources', 'quicksight.datasources.non-aws'],
  ["Quick Sight can't use Snowflake or BigQuery as a data source", 'quicksight.datasources.non-aws'],
  // Glue DataBrew, MemoryDB network
  ['Glue DataBrew requires you to write PySpark code', 'glue.databrew.no-code'],
  [
    'MemoryDB clusters can have a public endpoint reachable from the internet',
    'memorydb.network.vpc-required',
  ],
  ['A MemoryDB cluster can be created outside a VPC', 'memorydb.network.vpc-required'],
  // EMR termination, DMS CDC
  [
    'Data on the EBS volumes of an EMR cluster persists after termination',
    'emr.termination.instance-storage-lost',
  ],
  ["DMS CDC from RDS MySQL doesn't need automated backups", 'dms.cdc.rds-mysql-automated-backups'],
  ['DMS CDC from RDS MySQL works with backup retention set to 0', 'dms.cdc.rds-mysql-automated-backups'],
  // Lake Formation hybrid access mode
  [
    'Lake Formation hybrid access mode enforces Lake Formation permissions for all principals',
    'lake-formation.hybrid.opted-in-only',
  ],
  // Firehose SSE
  ['Turning on SSE for Firehose requires downtime', 'kinesis-firehose.sse.no-downtime'],
  // more: Athena results, Glue Studio, Lake Formation org grants, Neptune key, DocumentDB sizes
  [
    'Athena query result encryption requires the source data to be encrypted',
    'athena.results.encryption-independent',
  ],
  ["You can't edit the script Glue Studio generates", 'glue.studio.script-editable'],
  [
    'Lake Formation grants to an organization still need the RAM invitation accepted',
    'lake-formation.cross-account.org-grant-no-ram-invite',
  ],
  ['Neptune encryption at rest requires a customer managed KMS key', 'neptune.encryption.default-key'],
  [
    'DocumentDB encryption at rest is only available on larger instance classes',
    'documentdb.encryption.all-instance-sizes',
  ],
  // Quick Sight embedding
  [
    'QuickSight embedded dashboards are available in Standard edition',
    'quicksight.embedding.enterprise-only',
  ],
  [
    'Embedded QuickSight dashboards can only be shown to registered users',
    'quicksight.embedding.anonymous-users',
  ],
  ["QuickSight embedding doesn't support anonymous users", 'quicksight.embedding.anonymous-users'],
  // OpenSearch blue/green, wider
  [
    'Enabling fine-grained access control on an OpenSearch domain is applied in place',
    'opensearch.config-change.instance-type-blue-green',
  ],
  // OpenSearch Serverless encryption policy, EMR security configuration scope
  ["EMR security configurations can't encrypt EMRFS data in S3", 'emr.security-configuration.scope'],
  // Athena workgroup name and primary access, MSK VPC
  ['An Athena workgroup can be renamed later', 'athena.workgroup.name-immutable'],
  [
    'By default the primary workgroup is restricted to administrators',
    'athena.workgroup.primary-default-access',
    ['Athena'],
  ],
  ['An MSK cluster can be created outside a VPC', 'msk.cluster.vpc-required'],
];

const RIGHT: (RightCase | string)[] = [
  // Athena
  'Athena can query encrypted data in S3 (SSE-S3 and SSE-KMS)',
  'Athena cannot query CSE-KMS encrypted data across Regions',
  'Can Athena query encrypted data?',
  'Athena query results can be encrypted with SSE-KMS',
  ['The primary workgroup cannot be deleted', ['Athena workgroups']],
  'Athena: every account has a primary workgroup open to all authenticated users',
  'Each Athena workgroup only shows the queries that ran in it',
  'CloudTrail records Athena API calls for the whole account',
  ['Queries sent to a disabled workgroup fail until it is enabled again', ['Athena']],
  'Disabling an Athena workgroup keeps its query history viewable',
  'Deleting an Athena workgroup deletes its saved queries too',
  'Copy saved queries to another Athena workgroup before deleting it',
  // Glue
  'Glue ETL scripts are written in Python or Scala',
  'Glue Python shell jobs can only be written in Python',
  'Glue Spark jobs can be written in Scala as well as Python',
  'The Glue Data Catalog works as a Hive-compatible metastore',
  'Glue crawlers infer the schema automatically and write tables to the Data Catalog',
  'Glue crawlers cannot crawl data streams; define the streaming table manually',
  'Do Glue crawlers infer the schema?',
  // EMR
  'EMR 5.8.0+ can use the Glue Data Catalog as its Hive metastore',
  'EMR Serverless is not a cluster you manage',
  'HDFS transparent encryption is not set in the EMR security configuration',
  'EMR security configurations set at-rest encryption for EBS and EMRFS',
  // OpenSearch
  'OpenSearch blue/green deployments switch over with no data loss',
  'An OpenSearch blue/green deployment needs extra capacity while both environments run',
  'Changing the instance type of an OpenSearch domain triggers a blue/green deployment',
  'Modifying the access policy of an OpenSearch domain usually does not cause a blue/green deployment',
  'OpenSearch encryption at rest cannot be disabled once enabled',
  'OpenSearch encryption at rest can be enabled on an existing domain',
  'OpenSearch node-to-node encryption cannot be disabled later',
  'Is OpenSearch encryption at rest only available at creation?',
  // Firehose
  'Firehose is fully managed: no shards to provision',
  'Kinesis Data Streams needs shards; Firehose does not',
  'Firehose can compress data with GZIP before writing to S3',
  'Firehose does not support Snappy compression for Redshift',
  'Firehose delivers to S3 uncompressed by default unless you pick GZIP, ZIP or Snappy',
  // Lake Formation
  'Lake Formation permissions and cross-account sharing are free',
  'The Lake Formation Storage API is charged per byte scanned',
  'Shared Lake Formation tables need resource links before Athena can query them',
  'Lake Formation cross-account sharing uses AWS RAM',
  // MSK
  'Amazon MSK runs open-source Apache Kafka, so existing clients work unchanged',
  'Moving from Kinesis to MSK requires code changes',
  'MSK with IAM access control needs the IAM client library',
  'MSK spreads brokers evenly across two or three AZs',
  'MSK Serverless manages brokers for you',
  'MSK client traffic is private by default',
  'MSK brokers can be reached over the internet once public access is turned on',
  // DMS, DataSync
  'AWS DMS can migrate from AWS back to an on-premises database',
  'DMS cannot migrate from one on-premises database to another on-premises database',
  'DataSync moves data to, from and between AWS storage services',
  'DataSync supports NFS, SMB, HDFS and object storage locations',
  'DataSync needs an agent for HDFS',
  'Does DataSync support HDFS?',
  // Neptune, DocumentDB
  'Backups and snapshots of an encrypted Neptune cluster are encrypted as well',
  'Neptune logs exported to CloudWatch are not covered by Neptune encryption',
  'Snapshots of an unencrypted Neptune cluster are not encrypted',
  'The KMS key of a Neptune cluster cannot be changed after creation',
  'To use a different encryption key, restore a Neptune snapshot into a new cluster',
  'DocumentDB encryption at rest is cluster-wide: primary, replicas, backups and snapshots',
  'DocumentDB encryption at rest is chosen when you create the cluster',
  'DocumentDB TLS can be turned off later with the tls parameter',
  'DocumentDB encryption at rest needs no application changes',
  'Switching on DocumentDB TLS requires client changes to use the CA certificate',
  // Timestream, MemoryDB, Quick Sight
  'Timestream for LiveAnalytics is serverless and scales automatically',
  'Timestream for InfluxDB needs you to choose a DB instance class',
  'Timestream for LiveAnalytics is closed to new customers since June 2025',
  'New customers should pick Timestream for InfluxDB',
  'MemoryDB in-transit encryption also encrypts replication between primary and replica nodes',
  'MemoryDB snapshots are encrypted at rest',
  'QuickSight is a fully managed, serverless BI service',
  'QuickSight needs a VPC connection to reach a private RDS data source',
  'QuickSight can connect to Snowflake, Databricks and BigQuery as well as AWS sources',
  'Athena can only query data in S3 without federated connectors',
  // Glue DataBrew, MemoryDB network
  'Glue DataBrew is a visual data preparation tool with one-click transformations',
  'Glue ETL jobs require you to write code or generate it in Glue Studio',
  'MemoryDB clusters must be created in a VPC',
  'MemoryDB clusters cannot be created outside a VPC',
  'Reach a MemoryDB cluster from on premises over a VPN or Direct Connect',
  // EMR termination, DMS CDC
  'EMR: instance store and EBS data is lost when the cluster shuts down, so write results to S3',
  'EBS volumes persist after an EC2 instance is stopped',
  'EMRFS data in S3 persists after the EMR cluster terminates',
  'DMS CDC from RDS MySQL requires automated backups, which turn on binary logging',
  'A DMS full load only task from RDS MySQL can run with automated backups disabled',
  'DMS CDC from Aurora MySQL needs binlog_format set in the DB cluster parameter group',
  // Lake Formation hybrid access mode
  'In Lake Formation hybrid access mode only opted-in principals need Lake Formation permissions',
  'Lake Formation hybrid access mode lets non-opted-in principals keep using IAM permissions',
  'Without hybrid mode, registering a location with Lake Formation enforces Lake Formation permissions for all principals',
  // Firehose SSE
  'Firehose keeps accepting data while SSE is ENABLING, but those records are not encrypted yet',
  'A Firehose stream with an HTTP endpoint destination is unavailable when the endpoint is down',
  'Enabling encryption on a Kinesis data stream needs no downtime',
  // more: Athena results, Glue Studio, Lake Formation org grants, Neptune key, DocumentDB sizes
  'Athena can encrypt query results whether or not the source data is encrypted',
  'Athena reads an encrypted table with the table encryption options, not the query results options',
  'The script Glue Studio generates can be edited, or you can bring your own script',
  'Lake Formation grants to an organization need no RAM invitation to be accepted',
  'Lake Formation grants to an individual external account use a RAM resource share invitation',
  'Without a key specified, Neptune encryption uses the aws/rds key',
  'DocumentDB encryption at rest is available for all instance sizes',
  'DocumentDB elastic clusters are not available in GovCloud',
  // Quick Sight embedding
  'QuickSight embedding requires Enterprise edition',
  'Embedded QuickSight dashboards can be shown to anonymous users with GenerateEmbedUrlForAnonymousUser',
  'The embedded QuickSight console is only for registered users',
  'QuickSight Standard edition supports SPICE',
  // OpenSearch blue/green, wider
  'A service software update of an OpenSearch domain runs as a blue/green deployment',
  'Enabling fine-grained access control on OpenSearch requires encryption at rest and HTTPS',
  // OpenSearch Serverless encryption policy, EMR security configuration scope
  'EMR security configurations encrypt EBS volumes, EMRFS data in S3 and data in transit',
  'HDFS transparent encryption is not part of the EMR security configuration',
  // Athena workgroup name and primary access, MSK VPC
  'An Athena workgroup cannot be renamed; create a new one with the same settings',
  'Athena workgroup settings can be edited after creation',
  'By default all authenticated users can use the primary Athena workgroup',
  'An MSK cluster needs a VPC with subnets in two or three AZs',
  'MSK public access can be turned on for a provisioned cluster',
];

describeFlagCases('session 31 helper F: analytics and database behaviours', WRONG, RIGHT);
