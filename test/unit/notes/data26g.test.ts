/**
 * Session 26, helper G (issue 14 items 1-3): whether a quota can be raised, from its quotas page (a fact's
 * `adjustable`, with `adjustableSource` when another page says it). Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Adjustable quotas said to be hard limits.
  ['ACM: 10 domain names per certificate, a hard limit', 'acm.domains.per-certificate'],
  ['ACM certificates per Region: 2,500 and that is a hard limit', 'acm.certificates.default-quota'],
  ['CloudFront dedicated IP custom SSL: 2 certificates per account - hard limit', 'cloudfront.ssl.dedicated-ip-certs'],
  ['Route 53 health checks per account: 200, hard limit', 'route53.health-checks.default-quota'],
  ['Route 53: 10,000 records per hosted zone - cannot be increased', 'route53.hosted-zone.records-default'],
  // Fixed limits said to be raisable.
  ['Textract async jobs: PDF up to 500 MB, adjustable via Service Quotas', 'ai-services.textract.async-max-size'],
  ['Transcribe audio file size limit 2 GB - can be raised on request', 'ai-services.transcribe.max-audio-size'],
  ['CodePipeline polling pipelines per Region: 300, you can request an increase', 'codepipeline.polling-pipelines.max'],
  [
    'Rekognition DetectProtectiveEquipment accepts raw image bytes up to 4 MB - soft limit',
    'ai-services.rekognition.ppe.max-image-bytes',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // What the quotas pages say.
  'ACM lets you put up to 10 domain names on one certificate; you can ask for up to 100 through Service Quotas',
  'CloudFront dedicated-IP SSL certificates per account: 2 by default, raise it with a support case',
  'Route 53 records per hosted zone: 10,000 by default, soft limit',
  'Rekognition Image: biggest image you can point to in S3 is 15 MB, and that is fixed',
  'Textract sync calls take files up to 10 MB; this cannot be changed',
  'Transcribe: audio files up to 4 hours long; fixed, no increase possible',
  'Transcribe: 250 concurrent batch jobs by default (soft limit)',
  'Transcribe job records stay for 90 days',
  'CodePipeline: 1,000 pipelines per Region by default, adjustable',
];

describeFlagCases('session 26: quotas pages say which limits can be raised', WRONG, RIGHT);

const MORE_WRONG: WrongCase[] = [
  // AWS WAF: the quotas page lists these as fixed ("cannot be changed").
  ['WAF: max 10 rate-based rules per web ACL, can be raised via Service Quotas', 'waf.rate-rules.per-web-acl'],
  ['WAF rate-based rule tracks up to 10,000 IPs - soft limit', 'waf.rate-rule.max-tracked-ips'],
  ['WAF regex pattern: 200 characters max, you can request an increase', 'waf.regex.max-pattern-length'],
  ['WAF custom response body max 4 KB - raise it with a support ticket', 'waf.custom-response.max-body'],
  ['WAF body inspection for ALB: first 8 KB, can be increased via a quota increase', 'waf.body-inspection.alb'],
  // Other fixed limits said to be raisable.
  ['CloudHSM users per cluster: 1,024 - can be raised via a support case', 'cloudhsm.users.per-cluster'],
  ['CloudWatch Logs export tasks: only 1 active per account, you can request an increase', 'cloudwatch.logs.export-tasks'],
  ['ECS task definition revisions: 1,000,000 per family, can be raised on request', 'ecs.task-definition.max-revisions'],
  [
    'Network Firewall Suricata rule max 8,192 characters, adjustable via Service Quotas',
    'network-firewall.suricata-rule.max-length',
  ],
  // Adjustable quotas said to be hard limits.
  ['Kinesis Video Streams: 10,000 streams per account, hard limit', 'kinesis-video-streams.streams.default-quota'],
  ['ElastiCache nodes per Region: 300, a hard limit', 'elasticache.nodes.per-region'],
  ['EventBridge Pipes per account: 1,000, hard limit', 'eventbridge.pipes.per-account'],
  ['MSK brokers per account: 90 - hard limit', 'msk.brokers.per-account'],
  ['Glue: 1,000 concurrent DPUs per account - hard limit', 'glue.task-dpus.per-account'],
];

const MORE_RIGHT: (RightCase | string)[] = [
  'KVS streams per account: 10,000 by default, can be raised to 100,000',
  'WAF rate-based rules per web ACL: 10, fixed',
  'AWS WAF regex patterns are capped at 200 characters and that cannot be changed',
  'ElastiCache: 300 nodes per Region by default, raise it in Service Quotas',
  'MSK: 90 brokers per account, request more through Service Quotas',
  'CloudWatch Logs allows one active export task per account at a time',
  'Myth: ElastiCache nodes per Region are a hard limit',
];

describeFlagCases('session 26: more fixed and adjustable quotas', MORE_WRONG, MORE_RIGHT);
