/**
 * Session 31, helper Q (issue 14 items 1/3): a bare count followed by "allowed" or "permitted" ("only 1 allowed per
 * Region", "30 allowed") is the value of the label before it, as "max 1 per Region" is, and "only" after a label's
 * link (": only 5", "- only 1") still links the label to the figure. "allowed" right after the figure then names no
 * other attribute. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Egress-only IGWs: only 1 allowed per Region', 'vpc.egress-only-igw.per-region'],
  ['DynamoDB GSIs per table: 30 allowed', 'dynamodb.gsi.default-quota'],
  ['Lambda layers per function: only 3 allowed', 'lambda.layers.max'],
  ['Lambda layers per function - only 10 permitted', 'lambda.layers.max'],
];

const RIGHT: (RightCase | string)[] = [
  'Egress-only IGWs: 5 allowed per Region',
  'DynamoDB GSIs per table: 20 allowed',
  'Lambda layers per function: only 5 allowed',
  'NAT gateways per AZ: 5 allowed',
  // unsure: a question, history, a condition
  'Are only 3 Lambda layers per function allowed?',
  'Before 2020 Lambda layers per function: only 3 allowed',
  // "allowed" as an adjective of another noun, ports, versions, CIDRs, instance names
  'Security group: 443 allowed inbound from the ALB',
  'VPC CIDR: only 10.0.0.0/16 allowed',
  // an IPv4 address or CIDR block is no figure ("10.0" was read from it)
  'VPC CIDR is 10.0.0.0/16',
  'our VPC: 172.16.0.0/12, subnets 172.16.1.0/24 and 172.16.2.0/24',
  'Subnet 10.0.1.0/24: 5 reserved IPs, 251 usable',
  'EMR: only 5.0.0 and later allowed for instance fleets',
  'EC2 instance type: only m5.2xlarge allowed in our account',
  'Lambda runtime: only python3.12 allowed by our SCP',
];

describeFlagCases(
  'a bare count followed by "allowed" / "permitted", and "only" after a label link',
  WRONG,
  RIGHT,
);
