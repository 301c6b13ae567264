/**
 * Session 28, helper a (issue 14 item 2): core yes/no behaviours of the analytics services the KB covered thinly
 * (Glue, Athena, EMR, Redshift, OpenSearch, MSK, Firehose, QuickSight, Lake Formation, Timestream, MWAA, Data
 * Exchange), each from the service's own documentation page. Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or
 * unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Glue
  ['Glue crawlers can only crawl S3', 'glue.crawler.sources'],
  ['AWS Glue crawlers only support S3 buckets as a source', 'glue.crawler.sources'],
  ['Glue crawlers can crawl Kinesis data streams', 'glue.crawler.data-streams'],
  ['A Glue crawler can crawl a Kafka topic to infer its schema', 'glue.crawler.data-streams'],
  ['Turning on Data Catalog encryption encrypts existing metadata too', 'glue.catalog-encryption.existing-metadata'],
  ['Glue only handles batch workloads', 'glue.streaming.sources'],
  ['AWS Glue cannot process streaming data', 'glue.streaming.sources'],
  ['Glue streaming jobs use job bookmarks to track processed records', 'glue.streaming.checkpoints'],
  ['Glue streaming processes data in 60-second windows by default', 'glue.streaming.window-default'],
  // Athena
  ['Dropping an Athena table deletes the underlying data in S3', 'athena.drop-table.keeps-data'],
  ['Athena DROP TABLE removes the S3 data as well', 'athena.drop-table.keeps-data'],
  ['Athena lets you plug in custom SerDes for any format', 'athena.serde.custom'],
  ['Athena cannot query Parquet files', 'athena.formats.read'],
  ['Athena only supports CSV', 'athena.formats.read'],
  ['Athena charges per query hour', 'athena.pricing.per-data-scanned'],
  ['Athena queries are billed per hour of run time', 'athena.pricing.per-data-scanned'],
  // EMR
  ['EMR clusters with three primary nodes have termination protection off by default', 'emr.multi-primary.termination-protection'],
  ['An EMR cluster with three primary nodes can auto-terminate when idle', 'emr.multi-primary.auto-termination'],
  ['EMR with three primary nodes still has the primary node as a single point of failure', 'emr.multi-primary.no-single-point-of-failure'],
  ['With EMR Serverless you still manage clusters', 'emr.serverless.no-clusters'],
  // Redshift
  ['Redshift is a row-based data store', 'redshift.storage.columnar'],
  ['Redshift stores data in rows', 'redshift.storage.columnar'],
  ['Redshift does not compress columns automatically', 'redshift.compression.encode-auto-default'],
  ['Redshift tables are uncompressed by default', 'redshift.compression.encode-auto-default'],
  ['Redshift snapshots cannot be copied to another Region', 'redshift.snapshot.cross-region-copy'],
  ['Redshift snapshots stay in their Region', 'redshift.snapshot.cross-region-copy'],
  // OpenSearch
  ['OpenSearch automated snapshots are charged as S3 storage', 'opensearch.snapshots.automated-free'],
  ['OpenSearch automated snapshots can be used to migrate data to another domain', 'opensearch.snapshots.automated-recovery-only'],
  ['OpenSearch manual snapshots are free', 'opensearch.snapshots.manual-charges'],
  ['OpenSearch node-to-node encryption can be disabled later', 'opensearch.node-to-node.irreversible'],
  // MSK
  ['MSK broker storage can be decreased later if you over-provision', 'msk.storage.no-decrease'],
  ['Scaling up MSK broker storage requires downtime', 'msk.storage.online-scaling'],
  ['MSK storage scaling has a 1 hour cool-down', 'msk.storage.scaling-cooldown'],
  ['MSK Express brokers require you to provision storage', 'msk.express.no-storage-provisioning'],
  ['With MSK Serverless you must choose the number of brokers', 'msk.serverless.auto-capacity'],
  ['MSK Serverless supports SASL/SCRAM authentication', 'msk.serverless.iam-required'],
  ['MSK Serverless clusters can use Kafka ACLs for authorization', 'msk.serverless.iam-required'],
  // Firehose
  ['Firehose cannot deliver to HTTP endpoints', 'kinesis-firehose.destinations.http-endpoints'],
  ['Firehose only delivers to AWS services', 'kinesis-firehose.destinations.http-endpoints'],
  ['Firehose can convert CSV directly to Parquet', 'kinesis-firehose.format-conversion.json-only'],
  ["Firehose format conversion doesn't need a Glue table", 'kinesis-firehose.format-conversion.glue-schema'],
  // Glue Schema Registry, Redshift Serverless, OpenSearch Serverless
  ['The Glue Schema Registry is billed per schema version', 'glue.schema-registry.free'],
  ['The Glue Schema Registry only supports Avro', 'glue.schema-registry.formats'],
  ['Glue Schema Registry does not support Protobuf', 'glue.schema-registry.formats'],
  ['Redshift Serverless compute is charged while idle', 'redshift.serverless.idle-free'],
  ['An OpenSearch Serverless collection can be created without an encryption policy', 'opensearch.serverless.encryption-policy-required'],
  ["OpenSearch Serverless collections don't need an encryption policy", 'opensearch.serverless.encryption-policy-required'],
  // QuickSight, Lake Formation, Timestream, MWAA, Data Exchange
  ['QuickSight SPICE only supports full refreshes', 'quicksight.spice.incremental-refresh'],
  ['SPICE datasets cannot be refreshed incrementally', 'quicksight.spice.incremental-refresh'],
  ['Lake Formation permissions replace IAM policies', 'lake-formation.permissions.iam-and-lf'],
  ['Lake Formation does not require registering the S3 location', 'lake-formation.s3-location.registration'],
  ['Lake Formation permissions only apply to Athena', 'lake-formation.fgac.services'],
  ['Timestream: you must move data manually from the memory store to the magnetic store', 'timestream.tiering.automatic'],
  ['With MWAA Serverless you still manage the metadata database', 'mwaa.serverless.no-infrastructure'],
  ['MWAA Serverless workflows are not defined in YAML', 'mwaa.serverless.yaml-definition'],
  ['AWS Data Exchange jobs are synchronous', 'data-exchange.jobs.async'],
  ['AWS Data Exchange data sets are immutable once published', 'data-exchange.dataset.revisions'],
];

const RIGHT: (RightCase | string)[] = [
  // Glue
  'Glue crawlers read S3, DynamoDB and JDBC databases',
  "Glue crawlers don't support data streams; define the streaming table by hand",
  "Streaming source in Glue: create the catalog table manually, crawlers can't crawl streams",
  'Glue Data Catalog encryption: only new metadata is encrypted, existing metadata remains unencrypted',
  'Enabling Data Catalog encryption does not encrypt existing metadata',
  'Glue streaming ETL jobs read from Kinesis Data Streams, Kafka or MSK',
  'Glue is not only for batch jobs: it also runs streaming ETL',
  'Glue Python shell jobs only run batch scripts',
  'Glue streaming jobs track progress with checkpoints instead of job bookmarks',
  'Glue batch jobs use job bookmarks to skip processed data',
  'Glue streaming writes out data in 100-second windows by default',
  // Athena
  'Athena DROP TABLE only removes the metadata; the S3 objects remain intact',
  'In Athena, dropping an external table keeps the data in S3',
  'Dropping an external Athena table will not remove the underlying data in S3',
  'Dropping an external Athena table will not delete the underlying data in S3',
  "Athena doesn't support custom SerDes, only its built-in SerDe libraries",
  'Hive on EMR can use custom SerDes',
  'Athena reads Parquet, ORC, Avro, JSON and CSV',
  "Athena doesn't need Parquet files, but columnar formats scan less data",
  'Athena charges per TB scanned, not per hour',
  'Athena provisioned capacity is billed per DPU hour',
  'Athena for Apache Spark is billed per DPU-hour',
  // EMR
  'EMR clusters with three primary nodes get termination protection automatically',
  'To terminate a multi-primary EMR cluster, first disable termination protection',
  'EMR ignores auto-termination settings on clusters with multiple primary nodes',
  'With multiple primary nodes the EMR primary node is no longer a single point of failure',
  'A single-primary EMR cluster: the primary node is a single point of failure',
  'EMR multi-primary clusters are still single-AZ, so an AZ outage takes them down',
  'EMR Serverless: no clusters to manage, just submit Spark or Hive jobs',
  'EMR on EC2 means you manage the cluster yourself',
  // Redshift
  'Redshift uses columnar storage and MPP',
  'Redshift is columnar, unlike RDS which stores rows',
  'Redshift tables default to ENCODE AUTO, so compression is managed automatically',
  'Redshift can copy snapshots to another Region automatically with cross-Region snapshot copy',
  'Redshift Serverless snapshots: restore in the same Region',
  // OpenSearch
  'OpenSearch: automated snapshots are stored at no additional charge',
  'OpenSearch: use manual snapshots to move data between clusters; automated ones are only for recovery',
  'OpenSearch manual snapshots live in your own S3 bucket and standard S3 charges apply',
  'RDS manual snapshots are kept until you delete them',
  'OpenSearch node-to-node encryption cannot be turned off once enabled',
  'OpenSearch fine-grained access control requires node-to-node encryption',
  // MSK
  'MSK: broker EBS storage can only grow, never shrink',
  'MSK broker storage can be increased at any time',
  'MSK: increasing broker storage keeps the volumes available',
  'MSK storage scaling: wait at least 6 hours between scaling events',
  'MSK Express brokers: no storage to provision, pay for what you use',
  'MSK Standard brokers: you size the EBS storage per broker',
  'MSK Serverless scales capacity automatically; provisioned MSK needs you to choose the number of brokers',
  'MSK Serverless requires IAM access control; Kafka ACLs are not supported',
  'Provisioned MSK supports SASL/SCRAM, mutual TLS and IAM',
  // Firehose
  'Firehose destinations: S3, Redshift, OpenSearch, Splunk, HTTP endpoints and partners like Datadog',
  'Firehose dynamic partitioning only works with S3, not HTTP endpoints',
  'Firehose converts JSON to Parquet or ORC; CSV needs a Lambda transform to JSON first',
  'Firehose record format conversion uses the schema of an AWS Glue table',
  'Firehose delivers to Redshift through S3',
  // Glue Schema Registry, Redshift Serverless, OpenSearch Serverless
  'Glue Schema Registry: serverless and free to use',
  'The EventBridge schema registry is free; schema discovery is billed',
  'Glue Schema Registry formats: Avro, JSON Schema and Protobuf',
  'The Glue Data Catalog is billed per object above the first million',
  'Redshift Serverless bills RPU-hours only while queries run; storage is billed separately',
  'Redshift provisioned clusters are billed per node-hour even when idle',
  'Redshift Serverless storage is billed even when idle',
  'OpenSearch Serverless: create the encryption policy first, then the network and data access policies',
  'OpenSearch Serverless collections need a matching encryption policy before creation',
  'OpenSearch Serverless collections are reachable only through the network policy you define',
  // QuickSight, Lake Formation, Timestream, MWAA, Data Exchange
  'SPICE supports full and incremental refreshes',
  'A SPICE incremental refresh reloads only rows in the lookback window',
  'With Lake Formation you no longer need IAM permissions? No: both IAM and Lake Formation must allow the request',
  'Lake Formation: a request must pass both IAM and Lake Formation checks',
  'Lake Formation permissions sit on top of IAM; both must allow the request',
  'Lake Formation: register the S3 location first, then grant table and column permissions',
  'Lake Formation enforces fine-grained permissions for Athena, Glue, Redshift Spectrum and EMR',
  'Timestream moves data to the magnetic store automatically when the memory store retention is reached',
  'Timestream does not backfill the memory store from the magnetic store',
  'MWAA Serverless: no Airflow clusters or metadata database to manage',
  'With MWAA provisioned you choose the environment class and worker counts',
  'MWAA Serverless workflows are YAML files in S3 that use AWS operators',
  'Classic MWAA runs Python DAG files from the S3 dags folder',
  'AWS Data Exchange export jobs run asynchronously',
  'AWS Data Exchange data sets are updated through revisions',
];

describeFlagCases('session 28 helper a: analytics services', WRONG, RIGHT);
