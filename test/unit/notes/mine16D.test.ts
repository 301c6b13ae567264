/**
 * Session 16 (SETMINE16-D): facts added while mining development set 15 (messaging, analytics, monitoring,
 * management and developer tools), plus the EventBridge variant group that keeps EventBridge Scheduler and
 * Custom Event Bus subscriber facts off plain event-bus lines. Every line was written for these tests in a
 * student's note style (none copied from set 15): wrong lines must be flagged by exactly the named fact,
 * right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { checker } from './assertCases';

/** The ids of every flag (figure checks and yes/no facts) on a line under optional headings. */
const flagged = (line: string, heading: string[] = []): string[] =>
  checkSection(line, heading, checker).map((f) => f.ruleId.replace(/^kb:/, ''));

const WRONG: [string, string][] = [
  [
    'EventBridge Pipes batch size from a Kinesis source: up to 1,000 records',
    'eventbridge.pipes.kinesis-batch-max',
  ],
  [
    'EventBridge Custom Event Bus subscriber retries: 185 attempts by default',
    'eventbridge.subscriber.retry-default-attempts',
  ],
  [
    'EventBridge Custom Event Bus subscribers: max event age defaults to 24 hours',
    'eventbridge.subscriber.max-event-age-default',
  ],
  ['EventBridge rule target retry window defaults to 2 hours', 'eventbridge.retry.max-age'],
  ['EventBridge allows 10 targets per rule', 'eventbridge.rule.max-targets'],
  ['EventBridge Scheduler max event age is 48 hours', 'eventbridge.scheduler.max-event-age'],
  ['SageMaker async request timeout can be set up to 2 hours', 'sagemaker.async.invocation-timeout'],
  [
    'SageMaker async requests time out after 60 minutes by default',
    'sagemaker.async.invocation-timeout-default',
  ],
  ['SageMaker async inline payload limit 6 MB', 'sagemaker.async.inline-payload-max'],
  [
    'SageMaker Serverless Inference: model must pass /ping within 10 minutes',
    'sagemaker.serverless.ping-timeout',
  ],
  [
    'Firehose retry duration for Redshift: 7,200 seconds by default',
    'kinesis-firehose.redshift.retry-duration',
  ],
  [
    'CodeArtifact GetAuthorizationToken limit: 100 requests per second',
    'codeartifact.get-authorization-token.tps',
  ],
  ['CodeArtifact PublishPackageVersion max 50 TPS', 'codeartifact.publish-package-version.tps'],
  ['CodeArtifact: 2,000 read requests per second per account', 'codeartifact.read-requests.tps'],
  ['CodeArtifact allows 500 write requests per second per account', 'codeartifact.write-requests.tps'],
  [
    'CodeArtifact: one authentication token can make 5,000 requests per second',
    'codeartifact.token.requests-per-second',
  ],
  [
    'CodeArtifact allows 1,200 requests per second without an authentication token from one IP',
    'codeartifact.no-token.requests-per-ip',
  ],
  [
    'QuickSight Enterprise edition manual SPICE refresh limited to 10 per day',
    'quicksight.spice.manual-refresh-enterprise',
  ],
  [
    'QuickSight Standard edition: 32 manual refreshes per 24 hours',
    'quicksight.spice.manual-refresh-standard',
  ],
  ['An OpenSearch Serverless OCU has 8 GiB of RAM', 'opensearch.serverless.ocu-memory'],
  [
    'OpenSearch Serverless starts the first collection with 2 OCUs',
    'opensearch.serverless.first-collection-ocus',
  ],
  ['AppConfig.Canary10Percent20Minutes bake time 30 min', 'appconfig.strategy.canary10percent20minutes-bake'],
  ['AppConfig.Linear20PercentEvery6Minutes bakes for 10 minutes', 'appconfig.strategy.linear20percent-bake'],
  ['AppConfig deployment strategy names can be 256 characters', 'appconfig.strategy.name-max-length'],
  [
    'Patch Manager auto-approval delay can be at most 100 days',
    'systems-manager.patch-rule.approve-after-days-max',
  ],
  ['Athena DuckDB queries can run for 4 hours', 'athena.duckdb.run-timeout'],
  ['Athena DuckDB queue timeout: 60 minutes', 'athena.duckdb.queue-timeout'],
  ['Each Synthetics group holds at most 50 canaries', 'cloudwatch.synthetics.group-max-canaries'],
  ['CloudWatch Synthetics: max 100 groups per account', 'cloudwatch.synthetics.groups-per-account'],
  ['CloudWatch Synthetics: max 1,000 canaries per Region', 'cloudwatch.synthetics.canaries-per-region'],
  ['CodeBuild max build timeout is 72 hours', 'codebuild.timeout.max'],
  ['CodeBuild allows 200 concurrently running builds by default', 'codebuild.builds.concurrent-default'],
  ['CodeDeploy: the default deployment configuration is AllAtOnce', 'codedeploy.ec2.default-config'],
  ['CloudWatch alarms: missing data default = breaching', 'cloudwatch.alarm.missing-data-default'],
  [
    'CloudWatch Logs: new log groups get a default retention of 30 days',
    'cloudwatch.logs.retention-default-never',
  ],
  ['CloudWatch percentiles work fine even with negative values', 'cloudwatch.percentiles.negative-values'],
  ['GetMetricStatistics returns data points sorted by timestamp', 'cloudwatch.get-metric-statistics.order'],
  ['A standard queue can use a FIFO queue as its DLQ', 'sqs.dlq.same-type'],
  [
    'SNS lets you customize the delivery policy for SQS and Lambda subscriptions',
    'sns.delivery-policy.http-only',
  ],
  ['X-Ray sampling rules are evaluated in descending priority', 'x-ray.sampling.priority-order'],
  ['Athena quotas are per workgroup', 'athena.quotas.shared-workgroups'],
  ['CodePipeline quotas are global per account', 'codepipeline.quotas.per-region'],
  [
    'Lake Formation: you can assign LF-Tags while creating a table',
    'lake-formation.lf-tag.existing-resources-only',
  ],
  [
    'EMR lets you switch from instance groups to instance fleets on a running cluster',
    'emr.fleets-groups.fixed',
  ],
  ['The Cost Explorer API is free to call', 'cost-explorer.api.not-free'],
  // "LookupEvents" names CloudTrail, and the Get/Describe/List rate no longer answers for it.
  ['LookupEvents is limited to 10 TPS per Region', 'cloudtrail.lookup-events.tps'],
  // Batch 3: statement facts from set 15's non-numeric items.
  ['SES: the 40 MB message size limit can be raised by a support request', 'ses.message.max-size'],
  ['MSK quotas are global', 'msk.quotas.per-region'],
  ['AWS Budgets tracks blended costs by default', 'budgets.cost-basis.unblended'],
  ['Trusted Advisor API is available on the Developer plan', 'trusted-advisor.api.support-plan'],
  ['The AWS Health API has a single endpoint', 'health-dashboard.api.endpoints'],
  ['AWS Health API endpoints run active-active', 'health-dashboard.api.endpoints'],
  ['A Service Catalog TagOption is just a regular AWS tag', 'service-catalog.tagoption.not-aws-tag'],
  ['AWS Config allows multiple retention configurations per Region', 'config.retention.one-per-region'],
  [
    'Compute Optimizer enhanced infrastructure metrics also covers Lambda functions',
    'compute-optimizer.eim.ec2-only',
  ],
  [
    'Amazon MQ RabbitMQ connection limits can be raised with the max-connections vhost setting',
    'mq.rabbitmq.connection-limit-fixed',
  ],
  ['SNS FIFO passes the message group ID to standard queues as well', 'sns.fifo.group-id-standard-queues'],
  ['SNS FIFO topics support up to 1,000 message group IDs', 'sns.fifo.group-ids-unlimited'],
  [
    'EventBridge Pipes input transformers apply to the whole batch',
    'eventbridge.pipes.transformer-per-record',
  ],
  [
    'CloudWatch Logs expired events keep adding storage costs until deleted',
    'cloudwatch.logs.expired-events-storage',
  ],
  ['SageMaker async inference returns the prediction in the API response', 'sagemaker.async.result-location'],
  ['Athena active DML quotas only count running queries', 'athena.active-quotas.include-queued'],
  ['OpenSearch dedicated master nodes store data shards', 'opensearch.master-nodes.no-data'],
  [
    'Patch Manager ApproveAfterDays works with Ubuntu Server baselines',
    'systems-manager.patch-rule.approve-after-days-ubuntu',
  ],
  ['The Cost Explorer API endpoint is regional', 'cost-explorer.api.endpoint'],
];

const RIGHT: string[] = [
  // AWS pages disagree (API: 2,160 minutes; quotas page: 480), so neither figure is flagged.
  'CodeBuild max build timeout is 8 hours',
  // An event-bus retry policy is no EventBridge Scheduler claim (the Scheduler's facts need "Scheduler").
  'EventBridge retry policy: 3 retry attempts and 1 hour max age',
  'EventBridge Scheduler retry: up to 185 attempts within 24 h',
  'EventBridge Pipes batch size for a Kinesis source: up to 10,000 records',
  'EventBridge Pipes into SQS: batch max 10 messages',
  'Custom Event Bus subscriber retry policy: 5 attempts and 300 s by default, up to 185 attempts and 24 h',
  'EventBridge rule targets: retry 24 h / 185 attempts by default',
  'EventBridge: 5 targets per rule',
  'SageMaker async inference: per-request timeout up to 1 hour (default 15 min)',
  'SageMaker async: inline request body up to 128,000 bytes, else pass an S3 InputLocation',
  'SageMaker serverless endpoints must answer /ping within 3 minutes',
  'Firehose to Redshift retries for 3600 s (60 min) by default',
  'CodeArtifact GetAuthorizationToken: 40 requests per second (adjustable)',
  'CodeArtifact PublishPackageVersion: 10 TPS',
  'CodeArtifact per account: 800 reads/s, 100 writes/s',
  'CodeArtifact single auth token: 1,200 req/s; no token: 600 req/s per IP',
  'QuickSight: manual refresh 32x/day Enterprise, 8x/day Standard',
  'OpenSearch Serverless OCU = 6 GiB memory; first collection = 4 OCUs',
  'AppConfig canary strategy (Canary10Percent20Minutes) bakes 10 min, Linear20PercentEvery6Minutes bakes 30 min',
  'AppConfig deployment strategy name: up to 64 characters',
  'Patch Manager: ApproveAfterDays between 0 and 360',
  'Athena DuckDB workgroup (preview): 30 min queue timeout, 60 min run time',
  'CloudWatch Synthetics groups: 10 canaries each, 20 groups per account',
  'CloudWatch Synthetics: 500 canaries per Region by default',
  'CodeBuild build timeout: 5 min to 36 h, default 60 min',
  'CodeBuild: 60 concurrent builds by default (adjustable)',
  'CodeDeploy EC2 default config: CodeDeployDefault.OneAtATime; others: AllAtOnce, HalfAtATime',
  'CloudWatch alarm missing data: default treatment is missing; DynamoDB alarms ignore it',
  'CloudWatch Logs: default retention = never expire',
  'CloudWatch percentiles are not available if any value is negative',
  'GetMetricStatistics does not return data points in chronological order',
  'SQS: a FIFO queue needs a FIFO DLQ, a standard queue a standard DLQ',
  'SNS: only HTTP/S subscriptions support a custom delivery policy',
  'X-Ray evaluates sampling rules in ascending order of priority',
  'Athena quotas are shared across all workgroups in the account',
  'CodePipeline quotas apply per Region',
  'Lake Formation: LF-Tags can only be added to existing resources',
  'EMR: instance fleets vs instance groups is chosen at cluster creation',
  'Cost Explorer API: $0.01 per request',
  'LookupEvents returns at most 50 events per page; 2 calls per second',
  'CloudTrail describe/list APIs: 10 TPS',
  'SES max message size 40 MB (v2 API/SMTP), not adjustable',
  'MSK quotas are per Region',
  'AWS Budgets track unblended costs',
  'Trusted Advisor API needs Business, Enterprise On-Ramp or Enterprise Support',
  'AWS Health API: regional endpoints in active-passive setup',
  'Service Catalog TagOptions are templates for AWS tags',
  'AWS Config: one retention configuration per Region',
  'Compute Optimizer enhanced infrastructure metrics covers EC2 and Auto Scaling groups only',
  'RabbitMQ per-node connection limits on Amazon MQ are fixed by instance type',
  'SNS FIFO passes the group ID only to SQS FIFO queues',
  'SNS FIFO: no limit on message group IDs',
  'EventBridge Pipes input transformers run on each record of the batch',
  'CloudWatch Logs: events past retention stop costing storage once marked for deletion',
  'SageMaker async inference writes results to S3',
  'Athena active query quotas include queued queries',
  'OpenSearch dedicated master nodes do cluster management only',
  'Patch Manager ApproveAfterDays is not supported for Ubuntu Server',
  'Cost Explorer API has one endpoint in us-east-1',
];

describe('mine16D: facts from set 15 (wrong lines flagged by their fact)', () => {
  for (const [line, id] of WRONG)
    it(`flags: ${line}`, () => {
      expect(flagged(line)).toEqual([id]);
    });
});

describe('mine16D: right lines left alone', () => {
  for (const line of RIGHT)
    it(`leaves alone: ${line}`, () => {
      expect(flagged(line)).toEqual([]);
    });
});
