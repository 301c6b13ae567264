/**
 * Session 20, helper D (development set 32: application integration, analytics, management, machine
 * learning and migration): the facts added from its misses. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudTrail Lake: event data stores can keep events for as little as 1 day', 'cloudtrail.lake.min-retention'],
  ['CloudTrail Lake billing mode can be switched back to fixed retention pricing later', 'cloudtrail.lake.billing-mode-switch'],
  ['CloudTrail Lake retention counts from when events are ingested, not their event time', 'cloudtrail.lake.retention-basis'],
  ['CloudTrail Lake is open to new customers in any account', 'cloudtrail.lake.new-customers'],
  ['Firehose delivers a batch only when both thresholds (size and interval) are hit', 'kinesis-firehose.buffer.first-condition'],
  ['Firehose buffering hints are strictly enforced', 'kinesis-firehose.buffer.hints-only'],
  ['StackSets support all macros, whatever the permission model', 'cloudformation.stacksets.macros'],
  ['Athena INSERT INTO counts against the DDL quota', 'athena.ctas.dml-quota'],
  ['SQS queue names are case-insensitive', 'sqs.queue-name.case-sensitive'],
  ['SQS queue tags: the tag value is mandatory', 'sqs.tags.value-optional'],
  ['EventBridge CreateEndpoint API allows 100 requests per second', 'eventbridge.create-endpoint.tps'],
  ['EventBridge Scheduler retries happen at a fixed interval', 'eventbridge.scheduler.retry-backoff'],
  ['Scheduled EventBridge rules are the recommended way to trigger targets on a timer', 'eventbridge.scheduled-rules.not-recommended'],
  ['Rekognition Image accepts GIF uploads', 'ai-services.rekognition.image-formats'],
  ['The Rekognition 15 MB image size limit can be raised via Service Quotas', 'ai-services.rekognition.set-quotas-fixed'],
  ['Rekognition reads images from an S3 bucket in any Region', 'ai-services.rekognition.s3-same-region'],
  ['Rekognition S3 object images must be base64-encoded', 'ai-services.rekognition.s3-no-base64'],
  ['Amazon Textract takes Word documents as input', 'ai-services.textract.formats'],
  ['Amazon Textract only reads pages that must be upright', 'ai-services.textract.rotation'],
  ['Polly charges for SSML tags as characters', 'ai-services.polly.ssml-not-billed'],
  ['Polly neural voices SynthesizeSpeech: 100 TPS', 'ai-services.polly.neural-tps'],
  ['Polly standard voices SynthesizeSpeech: 20 TPS', 'ai-services.polly.standard-tps'],
  ['The AWS Health API works with every support plan', 'health-dashboard.api.basic-developer'],
  ['put-parameter overwrites the existing value by default', 'systems-manager.parameter.overwrite-default'],
  ['Parameter Store has just two tiers', 'systems-manager.parameter.tiers'],
  ['AWS Server Migration Service is the primary tool to migrate on-premises VMs', 'application-migration-service.sms.replaced'],
  ['PutLogEvents accepts a batch in random order', 'cloudwatch.logs.put-log-events.chronological'],
  ['A subscription filter can invoke a Lambda function in a different account', 'cloudwatch.logs.subscription.lambda-same-account'],
  ['Amazon MQ ActiveMQ: up to 50 network connectors per broker', 'mq.activemq.network-connectors'],
  ['RabbitMQ on Amazon MQ: CloudWatch monitors the first 2,000 queues', 'mq.rabbitmq.cloudwatch-queues'],
  ['Managed Service for Apache Flink: 8 KPUs per application by default', 'kinesis-data-streams.flink.kpu-limit'],
];

const RIGHT: string[] = [
  'CloudTrail Lake: retention from 7 days up to 3,653 days with extendable pricing',
  'CloudTrail Lake: fixed (7-year) pricing can move to extendable, never the reverse',
  'CloudTrail Lake keeps events by eventTime, so copied old events may expire early',
  'CloudTrail Lake stopped taking new customers on May 31, 2026',
  'Firehose delivers as soon as the buffer size or the buffer interval is reached, whichever comes first',
  'Firehose treats buffering sizes and intervals as hints',
  "Service-managed StackSets can't be created from templates that reference macros",
  'Self-managed stack sets can be created from templates that use macros',
  'Athena: CTAS and INSERT INTO are DML queries; CREATE TABLE is DDL',
  'SQS queue names are case-sensitive, up to 80 characters',
  'SQS tags: key required, value optional',
  'EventBridge CreateEndpoint and DeleteEndpoint: 5 requests per second each, not adjustable',
  'EventBridge Scheduler retries with exponential backoff up to 185 attempts',
  'AWS recommends EventBridge Scheduler over scheduled rules',
  'Rekognition Image takes PNG and JPEG only',
  'Rekognition max image size (15 MB in S3, 5 MB as bytes) is fixed',
  'Rekognition needs the S3 bucket in the same Region as the API call',
  'Rekognition: image bytes are base64-encoded, S3 objects are not',
  'Textract input formats: JPEG, PNG, PDF and TIFF',
  'Textract handles any in-plane rotation, e.g. a page turned 45 degrees',
  'Polly: SSML tags are not billed; 6,000 characters total, 3,000 billed',
  'Polly SynthesizeSpeech: standard voices 80 TPS, neural 8 TPS',
  'The AWS Health API needs Business, Enterprise On-Ramp or Enterprise Support',
  'put-parameter needs --overwrite to change an existing parameter',
  'Parameter Store tiers: Standard, Advanced, Intelligent-Tiering',
  'MGN replaced Server Migration Service for lift-and-shift migrations',
  'PutLogEvents: events in a batch must be in chronological order',
  'Subscription filters can reach another account only through a destination (Kinesis or Firehose)',
  'ActiveMQ brokers: 20 network connectors each',
  'Amazon MQ: CloudWatch monitors the first 1,000 ActiveMQ destinations and the first 500 RabbitMQ queues',
  'Managed Flink: ParallelismPerKPU defaults to 1, max 8; Parallelism max 256',
  'Managed Service for Apache Flink: 64 KPUs per application by default',
];

describeFlagCases('session 20 set 32 facts (integration, analytics, management, ML, migration)', WRONG, RIGHT);
