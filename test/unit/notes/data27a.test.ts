/**
 * Session 27, helper A (issue 14 item 2): yes/no properties, with the defaults beside them, for the serverless and
 * integration family (Lambda, API Gateway, EventBridge, Step Functions, SQS, SNS, Kinesis Data Streams, Firehose,
 * AppSync) taken from the documentation's considerations, limitations, comparison and default lists. Every line was
 * written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged
 * by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Lambda function URLs
  ['Lambda function URLs can be reached privately through AWS PrivateLink', 'lambda.function-url.privatelink'],
  ['A function URL can be called only from inside a VPC', 'lambda.function-url.privatelink'],
  ['You can add a function URL to a published version of the function', 'lambda.function-url.published-versions'],
  ['Lambda function URLs are IPv4 only', 'lambda.function-url.dual-stack'],
  ['Function URLs do not support IPv6', 'lambda.function-url.dual-stack'],
  // API Gateway HTTP APIs vs REST APIs
  ['API Gateway HTTP APIs support resource policies', 'api-gateway.http-api.resource-policies'],
  ['HTTP APIs in API Gateway can validate incoming requests', 'api-gateway.http-api.request-validation'],
  ['API Gateway HTTP APIs support certificates for backend authentication', 'api-gateway.http-api.backend-certificates'],
  ['API Gateway HTTP APIs do not support mutual TLS', 'api-gateway.http-api.mutual-tls'],
  ['API Gateway HTTP APIs have no JWT authorizers', 'api-gateway.http-api.jwt-authorizers'],
  ['API Gateway HTTP APIs cannot use Lambda authorizers', 'api-gateway.http-api.lambda-authorizers'],
  // Firehose dynamic partitioning
  ['Firehose dynamic partitioning also works for Redshift', 'kinesis-firehose.dynamic-partitioning.s3-only'],
  ['Firehose: dynamic partitioning can be switched on for an existing stream', 'kinesis-firehose.dynamic-partitioning.existing-stream'],
  ['Firehose dynamic partitioning supports zero buffering', 'kinesis-firehose.dynamic-partitioning.zero-buffering'],
  // Kinesis Data Streams, SQS encryption
  ['Kinesis server-side encryption can only be enabled at stream creation', 'kinesis-data-streams.encryption.existing-streams'],
  ['Kinesis data streams: SSE cannot be turned on for existing streams', 'kinesis-data-streams.encryption.existing-streams'],
  ['SQS server-side encryption cannot be added to an existing queue', 'sqs.encryption.existing-queue'],
  // AppSync
  ['An AppSync API can be made private after creation', 'appsync.private-api.creation-only'],
  ['AppSync private APIs can be called over the public internet', 'appsync.private-api.vpc-only'],
  ['AppSync caching does not work with pipeline resolvers', 'appsync.cache.pipeline-resolvers'],
  ['AppSync server-side caching is available only for unit resolvers', 'appsync.cache.pipeline-resolvers'],
  // Step Functions
  ['Step Functions AWS SDK integrations support the .sync pattern', 'step-functions.sdk-integrations.no-sync'],
  ['In a Distributed Map, child workflow executions are written to the parent workflow\'s execution history', 'step-functions.distributed-map.child-history'],
  // EventBridge Pipes and Scheduler
  ['EventBridge Pipes can deliver to an SNS FIFO topic', 'eventbridge.pipes.sns-fifo-target'],
  ['EventBridge Scheduler cron schedules always use UTC', 'eventbridge.scheduler.time-zones'],
  ['EventBridge Scheduler invokes targets with 15 second precision', 'eventbridge.scheduler.invocation-precision'],
  // Lambda packaging, Kinesis enhanced fan-out
  ['A Lambda container image function can be converted to a .zip function later', 'lambda.package-type.fixed'],
  ['SubscribeToShard keeps the HTTP/2 connection open for up to 15 minutes', 'kinesis-data-streams.subscribe-to-shard.connection-duration'],
  ['Firehose: StartDeliveryStreamEncryption and StopDeliveryStreamEncryption allow 50 calls per stream per day', 'kinesis-firehose.encryption.calls-per-day'],
  // SNS FIFO topics
  ['SNS FIFO topics can send notifications to email subscribers', 'sns.fifo.customer-endpoints'],
  ['An SNS FIFO topic can push to HTTPS endpoints', 'sns.fifo.customer-endpoints'],
  ['An SNS FIFO topic can trigger a Lambda function directly', 'sns.fifo.lambda-subscription'],
  ['SNS FIFO topics can only deliver to SQS FIFO queues', 'sns.fifo.standard-queue-subscribers'],
  // API Gateway WebSocket, Lambda stream event source mappings
  ['API Gateway WebSocket APIs do not support mapping templates', 'api-gateway.websocket.mapping-templates'],
  ['For a Kinesis event source mapping, the on-failure destination can be an EventBridge event bus', 'lambda.stream-esm.on-failure-destinations'],
  // Step Functions workflow type
  ['Step Functions: the default workflow type is Express', 'step-functions.type.default'],
  ['A Standard workflow can be converted to Express later', 'step-functions.type.immutable'],
];

const RIGHT: (RightCase | string)[] = [
  // Lambda function URLs
  'Function URLs are reachable over the public internet only; PrivateLink is not supported for them',
  'Lambda supports AWS PrivateLink for invoking functions through an interface endpoint',
  'A function URL can point to an alias or to $LATEST',
  'Function URLs cannot be attached to published versions',
  'Function URLs are dual stack: IPv4 and IPv6',
  'Does a function URL support IPv6?',
  // API Gateway
  'REST APIs support resource policies, HTTP APIs do not',
  'API Gateway REST APIs support request validation',
  'HTTP APIs do not support request validation',
  'Mutual TLS is supported by both REST and HTTP APIs',
  'API Gateway HTTP APIs support JWT authorizers natively',
  'REST APIs can validate JWTs with a Lambda authorizer',
  'API Gateway HTTP APIs support Lambda authorizers and IAM authorization',
  // Firehose
  'Firehose dynamic partitioning is only supported for S3 destinations',
  'Firehose can deliver to Redshift through an intermediate S3 bucket',
  'Dynamic partitioning must be enabled when you create the Firehose stream',
  'Zero buffering is not available with Firehose dynamic partitioning',
  // Kinesis, SQS
  'Kinesis server-side encryption can be enabled on existing streams',
  'You can turn on SSE for an existing SQS queue with SetQueueAttributes',
  'Firehose can encrypt data at rest with a KMS key',
  // AppSync
  'AppSync private APIs can only be enabled at creation',
  'An AppSync private API is reachable only from a VPC through an interface endpoint',
  'API Gateway private REST APIs are reached through an interface VPC endpoint',
  'AppSync caching works for both unit and pipeline resolvers',
  // Step Functions
  'AWS SDK integrations support Request Response and, in Standard workflows, the callback pattern',
  'Optimized integrations such as AWS Batch support the .sync pattern in Standard workflows',
  'Each Distributed Map child workflow execution has its own execution history',
  'Inline Map iterations are added to the parent workflow\'s execution history',
  // EventBridge
  'EventBridge Pipes can send to a standard SNS topic but not to an SNS FIFO topic',
  'EventBridge rules can send events to an event bus in another account',
  'EventBridge Scheduler cron schedules can use a time zone you choose',
  'Scheduled EventBridge rules use UTC',
  'EventBridge Scheduler runs a schedule set for 1:00 between 1:00:00 and 1:00:59 (60 second precision)',
  // Lambda, Kinesis
  'You cannot change a Lambda function from a container image to a .zip archive; create a new function',
  'The package type is chosen when the Lambda function is created',
  'SubscribeToShard pushes records for up to 5 minutes, then you call it again',
  'A shard iterator expires 5 minutes after it is returned',
  'Kinesis Data Streams allows 25 encryption key changes per stream in 24 hours',
  // SNS FIFO
  'SNS FIFO topics cannot deliver to email, SMS or HTTP endpoints',
  'SNS standard topics can deliver to email, SMS, HTTP(S), Lambda and SQS',
  'To fan out an SNS FIFO topic to Lambda, subscribe an SQS queue and let the queue trigger the function',
  'SNS FIFO topics can deliver to SQS standard queues as well, with best-effort ordering',
  'SNS FIFO topics deliver to SQS FIFO queues in order and only once',
  // API Gateway, Lambda
  'API Gateway WebSocket APIs support VTL mapping templates',
  'For asynchronous invocation, the on-failure destination can be an EventBridge event bus',
  'A Kinesis event source mapping can send failed batches to an SQS queue, an SNS topic or an S3 bucket',
  'The on-failure destination of a DynamoDB Streams event source mapping can be an S3 bucket',
  // Step Functions
  'The default Step Functions workflow type is Standard',
  'Express workflows suit high-volume event processing',
  'You cannot change a state machine from Standard to Express after creation',
];

describeFlagCases('session 27 helper A: serverless and integration', WRONG, RIGHT);
