/**
 * Session 19, helper D (development set 28: messaging, analytics, monitoring, management and developer tools):
 * the facts added or widened from its misses. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['EventBridge: throttled invocations are dropped', 'eventbridge.invocations.throttled-delayed'],
  ['CloudTrail Event history is global across all Regions', 'cloudtrail.event-history.per-region'],
  ['CloudTrail log files are sorted in chronological order', 'cloudtrail.log-files.order'],
  ['In Athena, failed queries are billed too', 'athena.pricing.ddl-failed-free'],
  ['SQS short polling costs less than long polling', 'sqs.polling.same-price'],
  ['Put the SQS DLQ in a different Region from the source queue', 'sqs.dlq.same-region'],
  ['A dead-letter queue preserves the order of a FIFO queue', 'sqs.dlq.fifo-order'],
  ['ActiveMQ active/standby brokers sit in one AZ', 'mq.activemq.active-standby-azs'],
  ['AppSync API keys never expire', 'appsync.api-key.expiry-required'],
  ['Kinesis Data Firehose is the current official name of the service', 'kinesis-firehose.name.current'],
  ['Kinesis Data Analytics for Apache Flink is the official name today', 'kinesis-data-streams.flink.name-current'],
  ['For EC2 terminate alarms AWS advises treating missing data as breaching', 'cloudwatch.alarm.ec2-actions-missing-data'],
  ['CW alarms treat missing data points as notBreaching by default', 'cloudwatch.alarm.missing-data-default'],
  ['SSM advanced parameters use the same encryption as standard ones', 'systems-manager.parameter.advanced-encryption'],
  ['SPICE datasets get deleted automatically', 'quicksight.spice.datasets-persist'],
  ['SPICE capacity cannot be purchased automatically', 'quicksight.spice.purchase-mode'],
  ['QuickSight SPICE capacity works in any Region once bought', 'quicksight.spice.capacity-scope'],
  ['Firehose inserts newlines between records for you', 'kinesis-firehose.record.delimiters'],
  ['Step Functions: non-ASCII state machine names work with CloudWatch', 'step-functions.names.non-ascii'],
  ['AWS Config custom rules must be Lambda functions', 'config.custom-rules.kinds'],
  ['AWS Config rules block non-compliant resources', 'config.rules.prevent'],
  ['Developer plan customers can use the Trusted Advisor checks API', 'trusted-advisor.api.support-plan'],
  ['SQS standard queues are limited to 3,000 API calls per second', 'sqs.standard.throughput'],
  ['Firehose: a single record can be up to 5 MB', 'kinesis-firehose.record.max-size'],
  ['CodeBuild timeouts can be as short as 1 minute', 'codebuild.timeout.min'],
  ['SQS delay queue: messages can be delayed up to 30 minutes', 'sqs.delay.max'],
  ['CloudWatch Logs: PutLogEvents limited to 5 requests per second per log stream', 'cloudwatch.logs.put-log-events.per-stream-quota'],
  ['An alarm in INSUFFICIENT_DATA always means something is broken', 'cloudwatch.alarm.insufficient-data-meaning'],
  ['CloudWatch Events and EventBridge are separate services', 'eventbridge.cloudwatch-events.same-service'],
  ['Managed Flink: each KPU comes with 100 GB of running application storage', 'kinesis-data-streams.flink-kpu.disk'],
];

const RIGHT: string[] = [
  'SNS topic with MaximumMessageSize above 256 KiB: at most 100 subscriptions',
  'Firehose PutRecordBatch: up to 500 records, each as large as 1,000 KB, 4 MB per request',
  'Firehose PutRecordBatch: 500 records or 4 MiB per call, whichever comes first',
  'EventBridge delays throttled invocations',
  'CloudTrail Event history is per Region',
  'Events in a CloudTrail log file appear in no particular order',
  "Athena doesn't charge for DDL statements or failed queries",
  'Short polling and long polling are billed the same in SQS',
  'Keep the SQS DLQ in the same account and Region as the source queue',
  'A DLQ can break the exact order of a FIFO queue',
  'ActiveMQ active/standby brokers run in two different AZs',
  'AppSync API keys expire after 7 days by default, at most 365 days',
  'Amazon Data Firehose was formerly called Kinesis Data Firehose',
  'Managed Service for Apache Flink was previously called Kinesis Data Analytics',
  'For EC2 reboot alarms treat missing data as missing',
  'By default CloudWatch alarms treat missing data as missing',
  'Advanced parameters use a different encryption than standard ones',
  'SPICE datasets stay until you delete them',
  'SPICE capacity can be bought automatically with AUTO_PURCHASE',
  'SPICE capacity is per Region',
  'Add a newline delimiter to each record so Firehose output can be split',
  'Use ASCII-only state machine names so CloudWatch metrics work',
  'AWS Config custom rules can be Lambda functions or Guard policies',
  "AWS Config rules flag non-compliant resources but don't block them",
  'The Trusted Advisor API needs Business, Enterprise On-Ramp or Enterprise Support',
  'SQS FIFO queues are limited to 300 API calls per second without batching',
  'Standard queues: nearly unlimited API calls per second',
  'CodeBuild build timeout: 5 min to 36 h, default 60 min',
  'SQS delay queues: 0 s default, 15 min max',
  'PutLogEvents is throttled per account and Region, not per log stream',
  'A new alarm starts in INSUFFICIENT_DATA, which is normal',
  'EventBridge was called CloudWatch Events; same API',
  'One KPU = 1 vCPU, 4 GB memory and 50 GB of running application storage',
  'KDS default max record size is 1 MiB; up to 10 MiB if configured',
];

describeFlagCases('mine19d: set 28 facts', WRONG, RIGHT);
