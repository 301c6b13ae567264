/**
 * Session 32, helper Q (issue 14 item 2): quotas and documented limits of the serverless and application
 * integration services (Lambda, API Gateway, Step Functions, EventBridge and Scheduler, DynamoDB, Kinesis Data
 * Streams, Cognito) that the KB did not hold. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right, neighbouring
 * and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Step Functions versions and aliases
  [
    'Step Functions: you can create up to 10 aliases per state machine.',
    'step-functions.aliases.per-state-machine',
  ],
  [
    'A Step Functions state machine can have up to 100 versions published.',
    'step-functions.versions.per-state-machine',
  ],
  // DynamoDB
  ['A DynamoDB table can carry up to 10 tags.', 'dynamodb.table.max-tags'],
  [
    'DynamoDB TransactWriteItems client request tokens stay valid for 60 minutes.',
    'dynamodb.transaction.idempotency-window',
  ],
  ['A DynamoDB import from S3 job can read at most 10,000 S3 objects.', 'dynamodb.import.max-s3-objects'],
  ['A DynamoDB MRSC global table spans 5 Regions.', 'dynamodb.global-tables.mrsc-regions'],
  // Lambda
  ['Lambda alias names can be up to 64 characters long.', 'lambda.alias.name-max-length'],
  [
    'Lambda event source mappings accept up to 3 filters by default.',
    'lambda.event-filtering.filters-per-mapping',
  ],
  ['A Lambda function can register up to 5 extensions.', 'lambda.extensions.per-function'],
  [
    "Lambda's Kinesis event source batching window can be set up to 15 minutes.",
    'lambda.streams.max-batching-window',
  ],
  [
    "Lambda's default batching window for Amazon MSK event sources is 1 second.",
    'lambda.kafka-mq.default-batching-window',
  ],
  // EventBridge and Scheduler
  ['EventBridge rule names can be up to 256 characters.', 'eventbridge.rule.name-max-length'],
  ['EventBridge event bus names are limited to 64 characters.', 'eventbridge.event-bus.name-max-length'],
  [
    'EventBridge Scheduler allows up to 100 schedule groups per account.',
    'eventbridge.scheduler.schedule-groups',
  ],
  [
    'EventBridge Scheduler schedule names can be up to 128 characters.',
    'eventbridge.scheduler.schedule-name-max-length',
  ],
  [
    'EventBridge Scheduler schedule group names can be up to 256 characters.',
    'eventbridge.scheduler.schedule-group-name-max-length',
  ],
  // Cognito
  ['Cognito password history can block reuse of the last 50 passwords.', 'cognito.password.history-size-max'],
  // API Gateway
  ['API Gateway API key values must be at least 8 characters long.', 'api-gateway.api-key.min-length'],
  [
    'API Gateway REST API stage variable keys can be up to 128 characters.',
    'api-gateway.rest.stage-variable-key-length',
  ],
  ['API Gateway custom domains support 20 routing rules per domain.', 'api-gateway.routing-rules.per-domain'],
  // SES
  ['SES email verification links expire after 7 days.', 'ses.verification.email-link-validity'],
  [
    "SES keeps looking for a domain's verification TXT record for 24 hours.",
    'ses.verification.domain-detection-window',
  ],
  // Kinesis Data Streams
  ['Kinesis consumer names can be up to 256 characters.', 'kinesis-data-streams.consumer.name-max-length'],
  [
    'Kinesis GetRecords returns at most 1,000 records per call.',
    'kinesis-data-streams.get-records.max-records',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // Step Functions: the right figures, the neighbouring quota, a question
  'Step Functions allows at most 100 aliases for each state machine.',
  'Step Functions: up to 1,000 published versions per state machine, and 100 aliases.',
  'How many aliases can one state machine have, 100?',
  'Step Functions aliases can split traffic between two versions.',
  'Step Functions state machine names are limited to 80 characters.',
  // DynamoDB
  'DynamoDB tables support up to 50 tags each.',
  'DynamoDB tag keys can be up to 128 characters and values up to 256.',
  "A DynamoDB transaction's idempotency token is valid for 10 minutes.",
  'DynamoDB transactions: up to 100 actions and 4 MB per transaction.',
  'Each DynamoDB import from S3 job supports up to 50,000 S3 objects.',
  'DynamoDB allows 50 concurrent import from S3 jobs.',
  'DynamoDB multi-Region strong consistency global tables need exactly 3 Regions: three replicas or two replicas plus a witness.',
  'An MRSC global table can use 2 replicas and 1 witness.',
  'A DynamoDB global table consists of 2 or more replicas in different Regions.',
  'A strongly consistent DynamoDB read of an 8 KB item costs 2 RCUs.',
  // Lambda
  'A Lambda alias name is limited to 128 characters.',
  'Lambda function names can be up to 64 characters; alias names up to 128.',
  'A Lambda alias can route traffic to 2 versions at most.',
  'A Lambda event source mapping can have 5 filters by default, raisable to 10.',
  'Lambda event filtering: up to 10 filters per event source mapping after a quota increase.',
  'Lambda SQS event source mapping batch size defaults to 10 messages.',
  'You can register up to 10 extensions for one Lambda function.',
  'Lambda: 5 layers per function, and up to 10 extensions.',
  "For a Kinesis stream, Lambda's batching window goes from 0 to 300 seconds.",
  'Lambda SQS event source mapping maximum batching window is 300 seconds.',
  'Lambda tumbling windows for streams can be up to 900 seconds.',
  'Lambda MSK and Amazon MQ event sources default to a 500 ms batching window.',
  'Kinesis and SQS event sources default to a batching window of 0 seconds.',
  // EventBridge and Scheduler
  'An EventBridge rule name can be at most 64 characters.',
  'EventBridge: 300 rules per event bus, rule names up to 64 characters.',
  'EventBridge event bus names can be up to 256 characters.',
  'EventBridge event bus policy can be up to 10,240 characters.',
  'EventBridge Scheduler: at most 500 schedule groups in an account.',
  'EventBridge Scheduler supports 10 million schedules per Region.',
  'An EventBridge Scheduler schedule name is limited to 64 characters.',
  'A Scheduler schedule group name is limited to 64 characters.',
  'EventBridge rules support up to 50 tags.',
  // Cognito
  'Cognito password policy can prevent reuse of up to 24 previous passwords.',
  'Cognito passwords must be at least 8 characters by default.',
  'Before 2024, could Cognito keep 24 passwords of history?',
  // API Gateway
  'An API Gateway API key value needs at least 20 characters.',
  'API Gateway allows 10,000 API keys per account per Region.',
  'API Gateway usage plans: 300 per account; API keys 10,000; key values at least 20 characters.',
  'In API Gateway, a stage variable key can be up to 64 characters.',
  'API Gateway: up to 100 stage variables per stage.',
  'API Gateway allows 50 routing rules per domain by default.',
  // SES
  'The SES verification link must be clicked within 24 hours.',
  'SES looks for the domain verification TXT record for up to 72 hours.',
  'SES sandbox: 200 emails per 24-hour period.',
  'SES sandbox accounts can send 1 email per second.',
  // Kinesis Data Streams
  'A Kinesis stream consumer name is at most 128 characters.',
  'Kinesis partition keys can be up to 256 characters.',
  'Kinesis enhanced fan-out: up to 20 consumers per stream.',
  'Kinesis data streams support 50 tags per stream.',
  'Kinesis GetRecords can return up to 10,000 records per call.',
  'Kinesis: 5 GetRecords calls per second per shard, each up to 10,000 records or 10 MB.',
  'Kinesis PutRecords accepts up to 500 records per call.',
  'DynamoDB Streams GetRecords returns up to 1,000 records.',
];

describeFlagCases('session 32 helper Q: serverless and integration quotas', WRONG, RIGHT);
