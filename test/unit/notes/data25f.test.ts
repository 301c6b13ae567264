/**
 * Session 25, helper F (issue 14 item 2): facts by breadth for application integration, monitoring, management and
 * developer tools (SQS, SNS, EventBridge, Kinesis, CloudWatch, CloudTrail, CloudFormation, Systems Manager …) that the
 * KB did not state. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // SQS
  ['SQS visibility timeout: minimum 1 second, maximum 12 hours', 'sqs.visibility-timeout.min'],
  // SNS
  ['SNS subscription confirmation tokens stay valid for 7 days', 'sns.subscribe.confirmation-token-validity'],
  ['SNS email subscriptions do not need to be confirmed', 'sns.subscription.confirmation-required'],
  // CloudTrail
  ['CloudTrail log file integrity validation is enabled by default', 'cloudtrail.log-file-validation.default'],
  // CloudFormation
  ['CloudFormation rollback triggers: monitoring time up to 60 minutes', 'cloudformation.rollback-triggers.monitoring-max'],
  // Kinesis Data Streams
  ['MergeShards works on on-demand streams too', 'kinesis-data-streams.merge-shards.provisioned-only'],
  ['MergeShards can merge any two shards of a stream', 'kinesis-data-streams.merge-shards.adjacent'],
  ['Kinesis: a shard split can create up to 4 child shards in one operation', 'kinesis-data-streams.reshard.pairwise'],
  // CloudWatch
  ['A composite alarm can include up to 50 underlying alarms in its rule expression', 'cloudwatch.composite-alarm.max-underlying-alarms'],
  ['A CloudWatch composite alarm can stop an EC2 instance', 'cloudwatch.composite-alarm.ec2-actions'],
  ['CloudWatch alarm actions repeat every evaluation period', 'cloudwatch.alarm.actions-on-transition'],
  // EventBridge archives
  ['You can change the source event bus of an EventBridge archive later', 'eventbridge.archive.source-bus-fixed'],
  ['An EventBridge archive can receive events from multiple event buses', 'eventbridge.archive.source-bus-fixed'],
  ['Replayed events are archived again', 'eventbridge.archive.replayed-not-archived'],
  // CodeBuild, CodePipeline
  ['CodeBuild build artifacts are not encrypted by default', 'codebuild.artifacts.encryption-default'],
  ['PARALLEL mode is the default in CodePipeline', 'codepipeline.execution-mode.default'],
  ['PARALLEL mode works with V1 pipelines', 'codepipeline.execution-mode.v2-only'],
  ['Stage rollback is available for pipelines in PARALLEL mode', 'codepipeline.parallel.stage-rollback'],
  // MSK
  ['MSK Serverless default retention is 3 days', 'msk.serverless.retention-default'],
  ['MSK Serverless lets you change broker configuration properties', 'msk.serverless.broker-config-fixed'],  // Amazon MQ, SageMaker, Systems Manager, CloudTrail, SQS polling
  ['Amazon MQ for RabbitMQ single-instance brokers store data on Amazon EFS', 'mq.rabbitmq.single-instance-storage'],
  ['SageMaker real-time endpoints cannot scale to zero instances', 'sagemaker.endpoint.scale-to-zero'],
  ['Systems Manager Run Command: default MaxConcurrency is 10', 'systems-manager.run-command.max-concurrency-default'],
  ['Deleting a CloudTrail trail deletes its log files in S3', 'cloudtrail.delete-trail.keeps-logs'],
  ['SQS short polling queries all servers for messages', 'sqs.short-polling.sampled-servers'],  // SNS filter policy scope, Kinesis Client Library
  ['SNS filter policies apply to the message body by default', 'sns.filter-policy.scope-default'],
  ['The KCL automatically deletes its DynamoDB tables when the application stops', 'kinesis-data-streams.kcl.metadata-tables-kept'],
  ['The Kinesis Client Library stores checkpoints in Amazon S3', 'kinesis-data-streams.kcl.dynamodb-checkpoints'],  // AWS Config
  ['The Config recorder records IAM users by default', 'config.recorder.default-resource-types'],];

const RIGHT: (RightCase | string)[] = [
  'SQS visibility timeout: default 30 seconds, range 0 seconds to 12 hours',
  'SNS confirmation tokens are valid for two days',
  'SNS email and HTTPS subscriptions must be confirmed by the endpoint owner',
  'Log file integrity validation is off by default; enable it on the trail',
  'CloudFormation rollback triggers: monitoring time can be set up to 180 minutes',
  'Rollback trigger monitoring time defaults to 0 minutes',
  'MergeShards is only supported for provisioned streams',
  'MergeShards combines two adjacent shards into one',
  'Resharding is pairwise: a split gives 2 shards',
  'The rule expression of a composite alarm can include up to 100 alarms',
  'Composite alarms notify SNS, invoke Lambda, or create OpsItems',
  'A metric alarm on an EC2 metric can stop, terminate, reboot or recover the instance',
  'Alarm actions run only on state transitions',
  'By default an EventBridge archive keeps events indefinitely',
  'An EventBridge archive receives events from a single event bus',
  'Replayed events are not sent to an archive',
  'CodeBuild build artifacts are encrypted by default with the AWS managed S3 key',
  'CodePipeline default execution mode is SUPERSEDED',
  'QUEUED mode requires a V2 pipeline',
  'PARALLEL mode: no stage rollback',
  'MSK Serverless: retention.ms default 7 days, can be unlimited',
  "MSK Serverless: you can't change broker configuration, only some topic-level settings",
  'MSK provisioned brokers keep data 7 days by default',  'RabbitMQ single-instance broker: one AZ, EBS volume behind an NLB',
  'ActiveMQ single-instance brokers can use EFS or EBS storage',
  'A SageMaker endpoint can scale to zero only if it hosts inference components',
  'Run Command: MaxConcurrency default 50, can be a percentage like 10%',
  'Deleting a trail does not delete the S3 bucket or the log files',
  'Short polling samples a subset of servers; long polling queries all servers',  'SNS filter policy scope defaults to MessageAttributes; set MessageBody to filter on the payload',
  'By default an SNS filter policy applies to message attributes',
  'KCL does not remove its DynamoDB tables; delete them when you decommission the app',
  'KCL keeps leases and checkpoints in a DynamoDB table',
  'DynamoDB Streams can be read with the KCL adapter',  'The configuration recorder records all supported resource types except global IAM resource types by default',];

describeFlagCases('session 25 helper F: integration, monitoring, management and developer tools', WRONG, RIGHT);
