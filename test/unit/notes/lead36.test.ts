/**
 * Session 36, lead (issue 14): how long SQS keeps a message is said with "stay", "remain" or "live" as often as with
 * "retention"; a true 14-day line was flagged against the 15-minute delivery delay. CodeDeploy's in-place deployments
 * run up to 12 hours (8 only for custom configurations made before June 2023). Shield Standard's activation has one
 * home. An Auto Scaling group's VPC Lattice target groups (5) have a fact of their own, so a true line no longer
 * falls to the per-call attach limit when other facts move the label words' weights; the two kinds of target group
 * are variants of an Auto Scaling group (lexicon group asg-target-group: ELB implicit, VPC Lattice named). Lines written for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['WAF rule names: max 256 characters', 'waf.rule.name-max-length'],
  ['SQS messages stay in the queue for at most 7 days', 'sqs.retention.max'],
  ['SQS: messages can remain in a queue for up to 30 days', 'sqs.retention.max'],
  ['SQS delay queues can postpone delivery for up to 14 days', 'sqs.delay.max'],
  ['CodeDeploy in-place deployment max duration: 24 hours', 'codedeploy.in-place.max-duration'],
  ['Shield Standard must be turned on per account', 'shield.standard.activation'],
  ['Shield Standard costs extra', 'shield.standard.price'],
  [
    'An Auto Scaling group can have up to 50 VPC Lattice target groups',
    'auto-scaling.group.max-vpc-lattice-target-groups',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // A name's length no longer falls to the only other WAF figure in characters (the regex pattern length).
  'A WAF rule name can be up to 128 characters.',
  'SQS messages can stay in the queue for up to 14 days',
  'SQS messages remain in the queue for 4 days by default',
  'CodeDeploy: an EC2 in-place deployment can run for up to 12 hours',
  'Shield Standard is on automatically at no extra cost',
  'ASG: max 5 VPC Lattice target groups per group, 50 ELB target groups',
  'Auto Scaling: 50 CLBs and 50 target groups per group, 5 VPC Lattice target groups',
  "CodeBuild's Lambda compute can't build Docker images",
];

describeFlagCases(
  'session 36 lead: SQS retention wording, CodeDeploy in-place duration, Shield Standard',
  WRONG,
  RIGHT,
);
