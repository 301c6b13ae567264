/**
 * Session 18, helper D (development set 24: messaging, streaming, analytics, monitoring, devtools, ML and
 * migration): the facts added or widened from its misses and false flags. Every line was written for these
 * tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly
 * the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG_FIGURES: [string, string, string[]?][] = [
  ['Kinesis enhanced fan-out: only 10 consumers per stream', 'kinesis-data-streams.efo.max-consumers'],
  ['KDS: up to 10 EFO consumers can be CREATING at the same time', 'kinesis-data-streams.efo.max-creating-consumers'],
  ['CloudTrail LookupEvents gives back at most 1,000 events per call', 'cloudtrail.lookup-events.max-results'],
  ['AWS Config can keep configuration items for 15 years max', 'config.retention.max'],
  ['AWS Config retention period: minimum 7 days', 'config.retention.min'],
  ['CloudWatch Logs Insights: a query can name up to 10 log groups', 'cloudwatch.logs-insights.max-log-groups'],
  ['DMS Serverless: 1 DCU = 8 GB RAM', 'dms.serverless.dcu-memory'],
  ['Bedrock Provisioned Throughput: 3-year commitment for the best price', 'ai-services.bedrock.pt-commitment-max'],
  ['SQS SendMessageBatch: up to 20 messages per batch', 'sqs.batch.max-messages'],
  ['LF-Tag keys: at most 100 values each', 'lake-formation.lf-tag.max-values'],
];
const RIGHT_FIGURES: (RightCase | string)[] = [
  'Kinesis: 20 enhanced fan-out consumers per stream, 5 of them CREATING at once',
  'CloudTrail LookupEvents: 50 results per page max',
  'AWS Config keeps configuration items 30 days to 7 years (2,557 days)',
  'CloudWatch Logs Insights: up to 50 log groups in one query',
  'DMS Serverless: 1 DCU is 2 GB RAM, max 384 DCUs',
  'Bedrock Provisioned Throughput: no commitment, 1 month or 6 months',
  'SQS batch actions take 10 messages max',
  'LF-Tag: up to 1,000 values per key',
];
describeFlagCases('mine 18 D: figures from set 24', WRONG_FIGURES, RIGHT_FIGURES);

const WRONG_YESNO: WrongCase[] = [
  ['EventBridge rules can point at a FIFO queue as DLQ', 'eventbridge.rule.dlq-standard-only'],
  ['EventBridge Pipes can read from an SNS topic as source', 'eventbridge.pipes.sns-source'],
  ['the Athena query string limit is adjustable through Service Quotas', 'athena.query-string.adjustable'],
  ['SageMaker async inference endpoints cannot scale to zero', 'sagemaker.async.scale-to-zero'],
  ['SageMaker InvokeEndpointAsync: the payload must be uploaded to S3 for every request', 'sagemaker.async.inline-input'],
  ['a newly created CloudWatch alarm starts in OK', 'cloudwatch.alarm.initial-state'],
  ['Transfer Family FTPS servers can use a public endpoint', 'transfer-family.ftp.endpoint-type'],
  ['Transfer Family AS2 servers can write files to EFS', 'transfer-family.as2.s3-only'],
  ['Transfer Family supports SMB file shares', 'transfer-family.protocols.supported'],
  ['stopping a Transfer Family server stops the hourly charge', 'transfer-family.billing.server-hours'],
  ['QuickSight: every dashboard view of a SPICE dataset re-queries the source', 'quicksight.spice.reuse-no-requery'],
  ['LF-Tags: a table can carry multiple values for the same key', 'lake-formation.lf-tag.one-value-per-key'],
  ['Amazon MQ only supports ActiveMQ', 'mq.engines.activemq-only'],
  ['Amazon MSK clusters always need ZooKeeper', 'msk.metadata.kraft'],
  ['Bedrock: a 1-month Provisioned Throughput can be deleted at any time', 'ai-services.bedrock.pt-delete-during-term'],
  ['Bedrock Provisioned Throughput is charged per token', 'ai-services.bedrock.pt-billing'],
  ['CloudTrail Event history is charged per event', 'cloudtrail.event-history.free'],
  ['MSK with IAM auth: Kafka ACLs control what IAM identities can do', 'msk.iam.kafka-acls'],
  ['Firehose: the buffer interval can be set alone', 'kinesis-firehose.buffer.hints-together'],
  ['SQS: a standard SQS queue can use an SQS FIFO queue as its DLQ', 'sqs.dlq.same-type'],
  ['each Athena workgroup has a separate quota for active queries', 'athena.quotas.shared-workgroups'],
  ['CloudWatch alarms: missing data points are treated as breaching by default', 'cloudwatch.alarm.missing-data-default'],
  ['DMS Multi-AZ: the standby is a read replica you can query', 'dms.replication-instance.multi-az'],
];
const RIGHT_YESNO: (RightCase | string)[] = [
  'EventBridge rule DLQs are standard SQS queues, FIFO queues are not supported',
  'EventBridge Pipes: sources are SQS, Kinesis, DynamoDB streams, MQ, MSK and Kafka; SNS can be a target',
  'Athena query strings are capped at 256 KiB and the limit is fixed',
  'SageMaker async inference can scale to zero instances when idle',
  'InvokeEndpointAsync: small payloads go inline in Body, big ones via S3',
  'new CloudWatch alarms start in INSUFFICIENT_DATA',
  'Transfer Family: FTP and FTPS need a VPC endpoint; SFTP-only servers can be public',
  'Transfer Family AS2 stores files in S3 only',
  'Transfer Family supports SFTP, FTPS, FTP and AS2',
  'Transfer Family servers are billed per hour even when stopped',
  'QuickSight SPICE data is reused without querying the source again',
  'Lake Formation: one value per LF-Tag key on a resource',
  'Amazon MQ offers ActiveMQ and RabbitMQ brokers',
  'MSK supports KRaft mode, no ZooKeeper needed',
  'Bedrock Provisioned Throughput is billed hourly',
  'CloudTrail Event history is free',
  'MSK IAM access control: IAM policies decide access, Kafka ACLs have no effect for IAM identities',
  'Firehose buffering hints: set SizeInMBs and IntervalInSeconds together',
  'SQS DLQ must match the source queue type',
  'Athena quotas are shared by all workgroups of an account',
  'CloudWatch alarms treat missing data as missing by default (DynamoDB alarms ignore it)',
  'DMS Multi-AZ keeps a synchronous standby in another AZ',
  'CW Logs subscription filters deliver to Kinesis Data Streams, Firehose or Lambda',
  'Amazon MQ configurations allow 300 revisions (ActiveMQ)',
  'Transfer Family moves files over SFTP, FTPS, FTP or AS2 into S3 or EFS',
];
describeFlagCases('mine 18 D: yes/no facts from set 24', WRONG_YESNO, RIGHT_YESNO);
