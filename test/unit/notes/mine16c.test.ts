import { describe, expect, it } from 'vitest';
import { ids } from './claimCases';
import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';

// Session 16 (C): facts added while mining development set 14 (networking and security). Every fact has a
// wrong line it must flag and a right line nothing may flag, in wordings of our own (not the set's items).
const FIGURES: [string, string[]][] = [
  // CloudFront: origins per distribution, VPC origins, custom origin header lengths.
  [
    'CloudFront allows up to 25 origins per distribution.',
    ['cloudfront.origins.per-distribution 25 origins'],
  ],
  ['CloudFront: 100 origins per distribution by default.', []],
  ['CloudFront VPC origins: 50 per account by default.', ['cloudfront.vpc-origins.per-account 50']],
  ['CloudFront VPC origins quota is 25 per account.', []],
  [
    'CloudFront custom header value max 2,048 characters.',
    ['cloudfront.custom-header.max-value-length 2,048 characters'],
  ],
  ['CloudFront custom header value max length is 1,783 characters.', []],
  [
    'CloudFront custom header name: max 128 characters.',
    ['cloudfront.custom-header.max-name-length 128 characters'],
  ],
  ['CloudFront custom header name up to 256 characters.', []],
  // IAM Identity Center: permission set name and description lengths.
  [
    'IAM Identity Center permission set name can be up to 64 characters.',
    ['iam-identity-center.permission-set.name-max-length 64 characters'],
  ],
  ['Permission set names in IAM Identity Center are limited to 32 characters.', []],
  [
    'IAM Identity Center permission set description max 256 characters.',
    ['iam-identity-center.permission-set.description-max-length 256 characters'],
  ],
  ['IAM Identity Center permission set description: up to 700 characters.', []],
  // ACM: private CAs per Region.
  ['ACM allows 50 private CAs per Region.', ['acm.private-cas.default-quota 50 private CAs']],
  ['Up to 200 private CAs per Region in ACM.', []],
  // WAF rate-based rules: default and longest evaluation window.
  [
    'WAF rate-based rule default evaluation window is 15 minutes.',
    ['waf.rate-rule.default-window 15 minutes'],
  ],
  ['WAF rate-based rule default evaluation window is 5 minutes.', []],
  [
    'WAF rate-based rule evaluation window can be set up to 60 minutes.',
    ['waf.rate-rule.max-window 60 minutes'],
  ],
  ['The longest WAF rate-based evaluation window is 10 minutes.', []],
  // VPC: peered Network Address Usage.
  ['Peered NAU quota for a VPC: 64,000 units by default.', ['vpc.nau.peered 64,000 units']],
  ['Peered Network Address Usage default quota is 128,000 NAU units.', []],
  // KMS: the keys-per-Region quota named as "KMS keys".
  ['Default quota for KMS keys: 10,000 per Region.', ['kms.keys.default-quota 10,000']],
  ['You can create 100,000 KMS keys per Region.', []],
  // VPC: one egress-only internet gateway per VPC.
  [
    'You can attach up to 3 egress-only internet gateways per VPC.',
    ['vpc.egress-only-igw.per-vpc 3 egress-only internet gateways'],
  ],
];

describe('session 16 C: networking and security figures', () => {
  for (const [line, flags] of FIGURES)
    it(`${flags.length ? 'flags' : 'leaves alone'}: ${line}`, () => {
      expect(ids(line)).toEqual(flags);
    });
});

// Yes/no facts: flow logs, the Region scope of quotas, Cognito's account-level API quotas, KMS resource quotas,
// GuardDuty's fixed finding retention.
const WRONG: WrongCase[] = [
  ['VPC flow logs give you a real-time stream of traffic.', 'vpc.flow-logs.real-time'],
  ["Turning on flow logs adds latency to your instances' traffic.", 'vpc.flow-logs.no-performance-impact'],
  ['Deleting a flow log removes all its records from S3.', 'vpc.flow-logs.delete-keeps-data'],
  ['WAF quotas are global across all Regions.', 'waf.quotas.scope'],
  ['Network Firewall quotas are shared across Regions.', 'network-firewall.quotas.scope'],
  ['ACM quotas are global.', 'acm.quotas.scope'],
  ['Cognito category quotas apply per user pool.', 'cognito.api-quotas.scope'],
  ['KMS resource quotas are hard limits.', 'kms.resource-quotas.adjustable'],
  ['GuardDuty finding retention can be extended with a quota increase.', 'guardduty.findings.retention'],
  ['VPC flow logs can only be enabled at the VPC level.', 'vpc.flow-logs.resource-levels'],
  ['AWS managed keys count against your KMS key quota.', 'kms.keys.quota-customer-managed-only'],
  ['Global Accelerator API calls go to us-east-1.', 'global-accelerator.api.region'],
  ['A VPC can have two egress-only internet gateways attached.', 'vpc.egress-only-igw.per-vpc'],
];
const RIGHT: RightCase[] = [
  ['Flow logs are not real-time; expect a few minutes of delay.'],
  ['Flow logs are collected out of band, no performance impact.'],
  ['Deleting a flow log keeps the data already published.'],
  ['WAF quotas apply per Region.'],
  ['Network Firewall quotas are per Region.'],
  ['ACM quotas apply per account per Region.'],
  ['Cognito category quotas are account-level, across all user pools.'],
  ['KMS resource quotas are adjustable in Service Quotas.'],
  ['GuardDuty finding retention is fixed at 90 days.'],
  ['Flow logs can be created per subnet or per ENI, not just per VPC.'],
  ["AWS managed keys don't count toward the KMS keys quota."],
  ['Global Accelerator API operations run in us-west-2 (Oregon).'],
  ['Global Accelerator quotas are raised in us-east-1.'],
  ['Only one egress-only internet gateway can be attached to a VPC at a time.'],
  ['Egress-only internet gateways per Region: 5 by default.'],
];
describeAssertCases('session 16 C: networking and security yes/no facts', WRONG, RIGHT);

// Reader: "D default, max M" of an adjustable quota whose fact states no ceiling: M is the raised quota, not
// judged; the same maximum said alone is still held against the quota.
describe('session 16 C: the ceiling of an adjustable quota the KB does not know', () => {
  it('leaves a larger maximum said next to the right default alone', () => {
    expect(ids('IAM account holds 300 groups default, max 500')).toEqual([]);
    expect(ids('IAM groups 300 (default), max 500')).toEqual([]);
  });
  it('still flags the maximum said alone', () => {
    expect(ids('IAM groups per account max 500')).toEqual(['iam.account.max-groups 500']);
  });
});
