/**
 * Session 34, helper d5 (issue 14): API parameter constraints, defaults and less-quoted quota rows of the core
 * services (ELB, ALB, NLB, SQS, SNS, Lambda, API Gateway, EC2, EBS, EFS, S3, EventBridge, Step Functions) that
 * the KB did not hold. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Elastic Load Balancing
  ['ALB HTTP client keepalive duration defaults to 60 seconds', 'alb.client-keepalive.default'],
  ['ALB listener rule priorities range from 1 to 1000', 'alb.rule-priority.max'],
  ['ALB authentication session timeout default is 1 day', 'alb.auth.session-timeout-default'],
  ['HTTP/2 is disabled by default on an Application Load Balancer', 'alb.http2.default-on'],
  ['Proxy Protocol v2 is enabled by default on NLB target groups', 'nlb.proxy-protocol-v2.default-off'],
  ['Load balancer names can be up to 64 characters', 'elb.load-balancer.name-max-length'],
  ['Target group names can be up to 64 characters', 'elb.target-group.name-max-length'],
  // SQS, SNS, Lambda, Step Functions
  ['SQS message attribute names can be up to 128 characters', 'sqs.message-attribute.name-max-length'],
  ['SQS FIFO deduplication IDs can be up to 256 characters', 'sqs.message-deduplication-id.max-length'],
  ['A Lambda function description can be up to 1024 characters', 'lambda.description.max-length'],
  [
    'Step Functions GetActivityTask long polls for up to 20 seconds',
    'step-functions.activity.get-task-long-poll',
  ],
  // API Gateway, EC2, EBS, S3, EventBridge
  ['The method ARN can be up to 2,048 bytes when authorization is enabled', 'api-gateway.method-arn.max-length'],
  ['Private REST API URLs can be up to 10,240 characters', 'api-gateway.rest.private-url-length'],
  ['You can add up to 10 tags to an EC2 instance', 'ec2.tags.per-resource'],
  ['gp3 allows 0.5 MiB/s per provisioned IOPS', 'ebs.gp3.throughput-per-iops'],
  [
    'An S3 presigned URL signed with instance profile credentials is valid for up to 12 hours',
    's3.presigned-url.instance-profile-max',
  ],
  ['EventBridge scheduled rules can run every 30 seconds', 'eventbridge.scheduled-rule.precision'],
];

const RIGHT: (RightCase | string)[] = [
  'ALB idle timeout defaults to 60 seconds',
  'Sticky session cookies on an ALB last up to 7 days',
  'Deregistration delay defaults to 300 seconds',
  'Target group names can be up to 32 characters long',
  'Lambda function names can be up to 64 characters',
  'SQS queue names can be up to 80 characters',
  'SQS FIFO deduplication interval is 5 minutes',
  'SQS long polling waits up to 20 seconds',
  'Presigned URLs can be valid for up to 7 days',
  'gp3 max throughput is 2,000 MiB/s',
  'gp3 throughput can be provisioned at 0.25 MiB/s per IOPS',
  'EventBridge Scheduler invokes targets with 60-second precision',
  'EFS lets you switch throughput modes once every 24 hours',
  'Step Functions GetActivityTask long polls for up to 60 seconds',
  // a neighbouring IAM quota whose binding shifted when "maximum length" labels were added (kept off here)
  ['IAM account alias: 3-63 chars, 1 alias per account', ['IAM / account alias']],
];

describeFlagCases('session 34 helper d5: core-service limits and defaults', WRONG, RIGHT);
