/**
 * Session 32, helper X (issue 14 item 2): quotas and documented limits of the database and analytics entries
 * (ElastiCache, MemoryDB, DocumentDB, Neptune, Firehose, Glue, Athena, EMR) that the KB did not state yet: quota
 * table rows, per-destination buffering limits, worker sizes, serverless capacity ranges, token lengths. Every
 * line was written for these tests in a student's note style (none copied from an evaluation set): wrong lines
 * must be flagged by exactly the named fact, right ones (the right figure in other words, a neighbouring quota, a
 * default beside a maximum) by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // MemoryDB quota table
  ['MemoryDB allows 500 parameter groups per Region', 'memorydb.parameter-groups.per-region'],
  ['MemoryDB user groups: 100 per Region by default', 'memorydb.user-groups.per-region'],
  ['A MemoryDB user group can contain up to 50 users', 'memorydb.users.per-user-group'],
  // Athena
  ['Athena: max 100 prepared statements per workgroup', 'athena.prepared-statements.per-workgroup'],
  [
    'A new Athena capacity request can take up to 2 hours to complete',
    'athena.capacity-reservation.request-time',
  ],
  ['With Athena capacity reservations, a DDL query consumes 8 DPUs', 'athena.capacity.ddl-query-dpus'],
  // Neptune
  ['Neptune closes idle WebSocket connections after 5 minutes', 'neptune.websocket.idle-close'],
  // Firehose destinations, tags, names
  ['Each Firehose stream can have up to 100 tags', 'kinesis-firehose.tags.per-stream'],
  ['Firehose stream names can be up to 128 characters', 'kinesis-firehose.stream-name.max-length'],
  // Glue
  [
    'Glue triggers can run a job on a cron schedule as often as every 1 minute',
    'glue.schedule.min-precision',
  ],
  ['A Glue G.12X worker has 8 DPUs', 'glue.worker.g12x-dpu'],
  ['Glue G.12X workers come with 256 GB of memory', 'glue.worker.g12x-memory'],
  ['G.12X workers in Glue have 32 vCPUs', 'glue.worker.g12x-vcpu'],
  ['The Glue G.16X worker is 32 DPUs', 'glue.worker.g16x-dpu'],
  ['Glue G.16X worker memory is 128 GB', 'glue.worker.g16x-memory'],
  ['A Glue G.16X worker has 128 vCPUs', 'glue.worker.g16x-vcpu'],
  // EMR Serverless
  // DocumentDB serverless
  ['DocumentDB serverless scales down to 1 DCU when idle', 'documentdb.serverless.min-dcu'],
  ['DocumentDB serverless max capacity 128 DCUs per instance', 'documentdb.serverless.max-dcu'],
  ['Each DocumentDB DCU gives 4 GiB of memory', 'documentdb.serverless.dcu-memory'],
  // ElastiCache
  ['ElastiCache AUTH tokens must be 8 to 128 characters', 'elasticache.auth-token.min-length'],
  ['ElastiCache AUTH token can be up to 256 characters long', 'elasticache.auth-token.max-length'],
  ['An ElastiCache RBAC user can have up to 5 passwords', 'elasticache.user.max-passwords'],
  // batch 2: EMR Serverless timeout, OpenSearch names and Ingestion, Neptune loader, DocumentDB global, Glue sessions
  ['EMR Serverless job runs time out after 24 hours by default', 'emr.serverless.job-timeout-default'],
  ['OpenSearch domain names can be up to 64 characters', 'opensearch.domain-name.max-length'],
  ['An OpenSearch domain name needs at least 1 character', 'opensearch.domain-name.min-length'],
  ['The Neptune bulk loader can queue up to 10 load jobs', 'neptune.loader.max-queued-jobs'],
  ['Neptune keeps track of the most recent 100 bulk load jobs', 'neptune.loader.tracked-jobs'],
  ['Neptune stores only the last 1,000 error details per load job', 'neptune.loader.errors-per-job'],
  [
    'A stateless OpenSearch Ingestion pipeline scales up to 200 Ingestion OCUs',
    'opensearch.ingestion.max-ocus-stateless',
  ],
  [
    'DocumentDB global clusters replicate across Regions with a typical lag of 5 seconds',
    'documentdb.global-cluster.replication-latency',
  ],
  ['Glue interactive sessions use 10 DPUs by default', 'glue.interactive-session.default-dpus'],
  ['Glue interactive sessions need at least 1 DPU', 'glue.interactive-session.min-dpus'],
  [
    'Glue interactive sessions have a default idle timeout of 60 minutes',
    'glue.interactive-session.idle-timeout-default',
  ],
  ['An Athena Spark session can run at most 500 DPUs concurrently', 'athena.spark.max-concurrent-dpus'],
  ['A Neptune Analytics graph needs at least 8 m-NCUs of provisioned memory', 'neptune.analytics.min-mncu'],
  ['A MemoryDB user can have up to 4 passwords', 'memorydb.user.max-passwords'],
];

const RIGHT: (RightCase | string)[] = [
  // MemoryDB
  'MemoryDB: up to 300 parameter groups in each Region',
  'MemoryDB: max 200 user groups per region',
  'Each MemoryDB user group holds at most 100 users, and you can have 2,000 users per Region',
  // Athena
  'Athena workgroups can hold up to 1,000 prepared statements',
  'Athena: 1,000 workgroups per Region, each with up to 1,000 prepared statements',
  'Athena capacity reservation DPUs are added in increments of 4',
  'Athena capacity requests can take up to 30 minutes and are not guaranteed',
  'In an Athena reservation DDL queries use 4 DPUs and DML queries 4-124 DPUs',
  'Athena: 1,000 workgroups per account per Region, 50 tags per workgroup',
  // Neptune
  'Neptune terminates idle WebSocket connections after 20-25 minutes if the client never closes them',
  // Firehose
  'Firehose S3 destination buffer size up to 128 MiB',
  'Firehose buffer size 1-128 MiB, interval 0-900 s',
  'Kinesis Data Firehose buffers up to 128 MB or 900 seconds before delivering to S3',
  'A Firehose stream supports up to 50 tags',
  'Firehose stream name: 1-64 characters',
  // Glue
  'Glue schedules have a minimum precision of 5 minutes',
  'Glue crawlers can be scheduled every 15 minutes',
  'G.12X Glue workers: 12 DPUs, 48 vCPUs, 192 GB RAM',
  'Glue G.16X = 16 DPU / 64 vCPU / 256 GB',
  'Glue G.1X worker has 16 GB memory and G.2X has 32 GB',
  // EMR Serverless
  // DocumentDB
  'DocumentDB serverless scales from 0.5 to 256 DCUs per instance',
  'One DocumentDB DCU has about 2 GiB of memory',
  // ElastiCache
  'ElastiCache AUTH token: 16-128 printable characters',
  'ElastiCache users can have two passwords for rotation',
  // other services' figures in the same shape
  'A 2 vCPU Fargate task can use 4 to 16 GB',
  // batch 2
  'EMR Serverless: default job run timeout 12 hours; set executionTimeoutMinutes to 0 for streaming jobs',
  'An EMR Serverless job run is cancelled after 12 hours unless you change executionTimeoutMinutes',
  'OpenSearch Service domain names: 3-28 lowercase characters',
  'OpenSearch domain names start with a lowercase letter and are at most 28 characters long',
  'Neptune loader: up to 64 queued load requests, FIFO',
  'Neptune can queue 8,192 queries per instance',
  'Neptune tracks the last 1,024 bulk load jobs and 10,000 errors per job',
  'Use queueRequest TRUE to queue Neptune load jobs; 64 can wait in the queue',
  'An OpenSearch Ingestion OCU = about 15 GiB of RAM + 2 vCPUs',
  'OpenSearch Serverless OCU: 6 GiB memory; OpenSearch Ingestion OCU: 15 GiB',
  'OpenSearch Ingestion: min 1 OCU, max 96 OCUs for a stateless pipeline',
  'OpenSearch Ingestion stateful pipelines: max 48 Ingestion OCUs',
  'Persistent buffering in OpenSearch Ingestion: 2 to 384 Ingestion OCUs',
  'One OpenSearch Ingestion OCU processes up to 2 MiB per second for a simple log pipeline',
  'Each OpenSearch Serverless OCU has 6 GiB of memory',
  'DocumentDB global clusters: cross-Region replication latency under 1 second',
  'Glue interactive sessions: 5 DPUs by default, at least 2',
  'Glue interactive sessions idle timeout defaults to 2,880 minutes; set %idle_timeout 10 to stop sooner',
  'Glue Spark jobs default to 10 DPUs and need at least 2 DPUs',
  'Glue ETL job timeout defaults to 2,880 minutes (48 hours)',
  'Glue jobs are billed per second with a 1-minute minimum',
  // second right lines for batch 1 facts
  'MemoryDB: 300 subnet groups and 300 parameter groups per Region by default',
  'MemoryDB defaults: 2,000 users and 200 user groups per Region, 100 users in each user group',
  'Athena prepared statements: up to 1,000 in one workgroup',
  'Athena DDL queries take 4 DPUs of a capacity reservation',
  'Idle Neptune WebSocket connections are closed after 20 to 25 minutes, so close the client yourself',
  // the 10-day IAM close and in-Region replica lag are other limits (scope of the idle and global-cluster facts)
  'Neptune closes WebSocket connections after 10 days under IAM authentication',
  'DocumentDB read replicas can lag the primary by up to 30 seconds under heavy writes',
  'Firehose tags: at most 50 per Firehose stream',
  'Glue cron schedules cannot run more often than every 5 minutes',
  'Glue G.12X worker memory is 192 GB and a G.16X worker has 256 GB',
  'A Glue G.16X worker has 64 vCPUs and a G.12X worker 48 vCPUs',
  'EMR Serverless: a 16 vCPU worker can have 32 to 120 GB of memory',
  'DocumentDB serverless: 0.5 DCU idle state, 256 DCUs maximum, 2 GiB per DCU',
  'An ElastiCache AUTH token has at least 16 characters',
  'An ElastiCache user has at most two passwords',
  'Athena for Apache Spark: MaxConcurrentDpus between 2 and 5,000',
  'Athena Spark notebooks: the coordinator uses 1 DPU and each executor 1 DPU by default',
  // neighbouring OpenSearch Serverless capacity figures stay with their own facts
  'OpenSearch Serverless needs 2 OCUs with redundancy disabled and 4 OCUs with redundancy',
  'Neptune Analytics graphs start at 16 m-NCUs of provisioned memory',
  'Neptune Serverless: 1 to 128 NCUs, 2 GiB per NCU; Neptune Analytics: from 16 m-NCUs',
  'Each MemoryDB user has at most two passwords',
  'MemoryDB: 2,000 users per Region, two passwords per user',
  'DocumentDB global clusters replicate to secondary Regions in under a second',
  'Firehose stream names are limited to 64 characters',
  'Allow up to 30 minutes for an Athena capacity request to complete',
  'Athena picks 4 to 124 DPUs for each DML query it runs on a reservation',
  'A Neptune Analytics graph cannot be smaller than 16 m-NCUs',
  'Athena Spark sessions: MaxConcurrentDpus can go as high as 5,000',
];

describeFlagCases('session 32 helper X: database and analytics quotas', WRONG, RIGHT);
