/**
 * Session 35, lead (issue 14): a comma splice ("…, data events cost extra") starts a clause of its own, so what its
 * subject is said to do is not read as said of the first clause's subject; a contradicts pattern no longer reaches
 * across a comma either. Two yes/no facts about one property (a stopped instance's private IPv4) each keep their own
 * lines, so neither silences the other. WAF on an HTTP API is read only where a verb or preposition ties them. Lines
 * written for these tests. A rival yes/no fact that would judge a sentence the same way no longer silences it.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudTrail Event history includes S3 data events', 'cloudtrail.event-history.retention'],
  ['stopped instances lose their private IP address', 'vpc.subnet.stopped-instance-private-ip'],
  ['After a stop and start the EC2 instance gets a new private IP', 'ec2.private-ipv4.kept-on-stop'],
  ['AWS WAF can be associated with an API Gateway HTTP API', 'waf.api-gateway.http-api'],
  ['Rebooting an EC2 instance wipes its instance store', 'ec2.reboot.keeps-addresses-and-instance-store'],
  // Two facts stating one property (a KMS key policy's principals, any policy's principals) agree: no rivals.
  ['KMS key policy — IAM group as a principal: yes', 'kms.key-policy.iam-groups'],
];

const RIGHT: (RightCase | string)[] = [
  'Event history is free in CloudTrail, data events cost extra.',
  'CloudTrail Event history shows management events, data events need a trail.',
  'Put CloudFront with AWS WAF in front of an HTTP API.',
  'A stopped instance keeps its private IPv4 address.',
  'S3 Standard is free to read from the same Region, data transfer out costs extra.',
  // Two facts that judge the words differently are still two subjects set against each other.
  'Cross-zone load balancing is on by default for ALB, off for NLB',
];

describeFlagCases(
  'session 35 lead: comma splices, two homes of one property, WAF and HTTP APIs',
  WRONG,
  RIGHT,
);
