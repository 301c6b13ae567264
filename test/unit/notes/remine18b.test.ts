/**
 * Session 18, helper REMINE18-B (development sets 23 and 24: networking, security, identity; messaging,
 * analytics, monitoring, management): statements added to existing facts from their remaining misses. Every
 * line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'SageMaker asynchronous inference: each request may run at most 15 minutes',
    'sagemaker.async.invocation-timeout',
  ],
  [
    'AWS Organizations tag policy documents are capped at 2,500 characters',
    'organizations.tag-policy.max-size',
  ],
  ['In CodePipeline a CodeDeploy action has a timeout of one hour', 'codepipeline.action-timeout.codedeploy'],
  ['SNS: 256 KB per message is a hard limit for every topic', 'sns.message.max-size'],
  ['An EMR instance fleet has a hard limit of five instance types', 'emr.instance-fleet.max-instance-types'],
  ['VPC quotas: five NAT gateways per Region', 'vpc.nat-gateway.per-az'],
  ['PrivateLink interface endpoints are fixed at 10 Gbps', 'vpc-endpoints.interface.bandwidth'],
  [
    'Client VPN supports 5,000 connections regardless of the associated subnets',
    'client-vpn.connections.default-quota',
  ],
  [
    'STS AssumeRole: without DurationSeconds the session defaults to 12 hours',
    'sts.assume-role.default-session',
  ],
  [
    'With root account credentials, GetSessionToken can issue 36 hour sessions',
    'sts.session-token.max-duration',
  ],
  ['AWS WAF rate-based rules only use a fixed five-minute window', 'waf.rate-rule.windows'],
  ['WAF: a web ACL is limited to 1,500 WCUs until you get a quota increase', 'waf.web-acl.max-wcu'],
  ['AWS WAF: going beyond 1,500 WCUs in one web ACL costs nothing extra', 'waf.web-acl.default-wcu'],
  [
    'AWS WAF on an Application Load Balancer can inspect request bodies up to 32 KB',
    'waf.body-inspection.alb',
  ],
  [
    'AWS WAF on CloudFront: inspecting bodies larger than 16 KB is free',
    'waf.body-inspection.cloudfront-max',
  ],
];

const RIGHT: string[] = [
  'SageMaker async inference: the invocation timeout is 15 minutes by default and can go up to 1 hour',
  'SageMaker asynchronous endpoints: requests default to 15 min, max 3,600 s',
  'CodeBuild build timeout: 60 minutes by default, up to 36 hours',
  'CodeBuild timeout can be set between 5 minutes and 2,160 minutes',
  'Organizations tag policies: 10,000 characters max; AI services opt-out policies: 2,500 characters',
  'CodePipeline CodeDeploy actions time out after 5 days',
  'SNS topics default to 256 KB messages; MaximumMessageSize can be raised to 1 MiB',
  'EMR instance fleets: up to 5 instance types in the console, 30 through the CLI with an allocation strategy',
  'NAT gateways: 5 per Availability Zone by default',
  'Interface endpoints handle 10 Gbps per AZ and scale automatically to 100 Gbps',
  'Client VPN concurrent connections depend on how many subnets are associated',
  'AssumeRole sessions last 1 hour by default and up to 12 hours if the role allows it',
  'GetSessionToken: 12 h default, 36 h max for IAM users, 1 h for the root user',
  'WAF rate-based rules: the evaluation window is 5 minutes by default; 1, 2 or 10 minutes can be chosen',
  'A web ACL includes 1,500 WCUs in its base price and can use up to 5,000 for an extra fee',
  'AWS WAF with an ALB: body inspection covers the first 8 KB only, CloudFront up to 64 KB',
  'AWS WAF on API Gateway: body inspection beyond the default 16 KB is billed extra, up to 64 KB',
];

describeFlagCases(
  'session 18 re-mining of sets 23 and 24 (networking, security; messaging, analytics, management)',
  WRONG,
  RIGHT,
);
