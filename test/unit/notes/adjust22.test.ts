/**
 * Session 22, lead: a line with no figure that says whether a quota can be raised, read against the quota
 * fact's `adjustable` (from its Service Quotas page). Lines written for these tests, none from an evaluation set.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['IPv4 CIDR blocks per VPC: a hard limit', 'vpc.cidr.blocks-per-vpc'],
  ['SES recipients per message can be raised with a quota increase', 'ses.message.max-recipients'],
  ['The SES maximum message size is adjustable', 'ses.message.max-size'],
  ['Active VPC peering connections per VPC: a hard limit', 'vpc.peering.default-quota'],
];
const RIGHT: (RightCase | string)[] = [
  // What the quotas pages say.
  'Active VPC peering connections per VPC can be raised via Service Quotas',
  'You can ask AWS to increase the number of IPv4 CIDR blocks per VPC via a quota increase request',
  // A denial, a quoted myth, a condition, an exception, a narrower claim.
  'Active VPC peering connections per VPC: not a hard limit',
  'Myth: active VPC peering connections per VPC are a hard limit',
  'If you need more, active VPC peering connections per VPC can be raised',
  'All VPC quotas are adjustable except IPv4 CIDR blocks per VPC',
  'Active VPC peering connections per VPC cannot be raised beyond 125',
  // Two services' quotas on one line with nothing to pick one.
  'Quotas are adjustable',
];
describeFlagCases('whether a quota can be raised, said without a figure', WRONG, RIGHT);

// More ways to say it: "is hard", "can't raise", "won't increase", "a soft quota", "raise it through a support case".
const MORE_WRONG: WrongCase[] = [
  [
    'Lambda concurrent executions: 1,000, and the quota is hard, you cannot raise it',
    'lambda.concurrency.default',
  ],
  ['SES recipients per message are a soft quota', 'ses.message.max-recipients'],
  ['SES recipients per message: raise through a support case', 'ses.message.max-recipients'],
];
const MORE_RIGHT: (RightCase | string)[] = [
  'Lambda: 1,000 concurrent executions per Region by default, a soft quota',
  'It is hard to raise Lambda concurrent executions quickly',
];
describeFlagCases('whether a quota can be raised, other wordings', MORE_WRONG, MORE_RIGHT);
