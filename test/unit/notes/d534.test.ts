/**
 * Session 34, helper d5 (issue 14): ALB attribute defaults and API constraints and two REST API quota rows that
 * the KB did not hold (the other 23 facts of this helper's first commit are held back: see its report). Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['ALB HTTP client keepalive duration defaults to 60 seconds', 'alb.client-keepalive.default'],
  ['ALB listener rule priorities range from 1 to 1000', 'alb.rule-priority.max'],
  ['ALB authentication session timeout default is 1 day', 'alb.auth.session-timeout-default'],
  ['HTTP/2 is disabled by default on an Application Load Balancer', 'alb.http2.default-on'],
  [
    'API Gateway mapping templates allow 5,000 iterations in a foreach loop',
    'api-gateway.rest.foreach-iterations',
  ],
  [
    'The method ARN can be up to 2,048 bytes when authorization is enabled',
    'api-gateway.method-arn.max-length',
  ],
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
  'gp3 throughput can be provisioned at 0.25 MiB/s per IOPS',
  'EventBridge Scheduler invokes targets with 60-second precision',
  'EFS lets you switch throughput modes once every 24 hours',
  'Step Functions GetActivityTask long polls for up to 60 seconds',
  // a neighbouring IAM quota whose binding shifted when "maximum length" labels were added (kept off here)
  ['IAM account alias: 3-63 chars, 1 alias per account', ['IAM / account alias']],
];

describeFlagCases('session 34 helper d5: core-service limits and defaults', WRONG, RIGHT);
