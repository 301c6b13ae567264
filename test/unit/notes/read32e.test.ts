/**
 * Session 32, helper E (issue 14 items 3/4): yes/no lines whose fact and property words the KB already has, read
 * the way study notes write a default — as the state that holds "unless you enable / turn on / opt in / add …"
 * (assertCheck.ts optInDefaultRead: the opt-in condition read as "by default"). Every line was written for these
 * tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly
 * the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // A default (the fact's phrase says "by default" / "automatically"): the action turns the property itself on.
  [
    'CodePipeline stage transitions are disabled unless you enable them',
    'codepipeline.transitions.enabled-default',
  ],
  [
    'Cognito refresh token revocation is off unless you turn it on',
    'cognito.app-client.token-revocation-default',
  ],
  [
    'Keyspaces tables are unencrypted at rest unless you enable encryption',
    'keyspaces.encryption.at-rest-default',
  ],
  ['ECR images are stored unencrypted unless you turn on encryption', 'ecr.encryption.default'],
  [
    'CloudTrail log files are unencrypted unless you enable encryption',
    'cloudtrail.log-files.default-encryption',
  ],
  [
    'EventBridge archives are unencrypted unless you configure encryption',
    'eventbridge.archive.encryption-default',
  ],
  ["Shield Advanced subscriptions don't auto-renew unless you opt in", 'shield.advanced.auto-renew'],
  [
    "Amplify managed certificates aren't renewed automatically unless you configure it",
    'amplify.certificate.auto-renew',
  ],
  ['Lambda recursive loop detection is off unless you turn it on', 'lambda.recursion.default-on'],
  ['ALB cross-zone load balancing is off unless you enable it', 'elb.cross-zone.alb-default'],
  // A property that always holds: any opt-in before which it is said not to hold contradicts it.
  ['EFS Regional file systems keep everything in one AZ unless you add replication', 'efs.regional.multi-az'],
  // A setting's value that opens with "not-"/"no-" is a name, not a negation of the property said before it.
  [
    'Opting out of a Wavelength Zone: run modify-availability-zone-group and pass not-opted-in yourself',
    'local-zones-outposts.zone-group.opt-out',
  ],
  [
    'Wavelength Zone opt-out is self-service: ModifyAvailabilityZoneGroup with not-opted-in',
    'local-zones-outposts.zone-group.opt-out',
  ],
];

const RIGHT: string[] = [
  // True defaults said the same way.
  'NLB cross-zone load balancing is off unless you enable it',
  'EBS volumes are unencrypted unless you enable encryption by default',
  'KMS customer managed keys are not rotated automatically unless you enable rotation',
  'DynamoDB PITR is disabled unless you enable it',
  'EC2 detailed monitoring is off unless you enable it',
  'CodePipeline transitions are enabled unless you disable them',
  'Source/destination checks are on for new instances unless you disable them',
  // Another action than an opt-in, or the opposite one: no default is said.
  'Shield Advanced subscriptions auto-renew unless you opt out',
  'ALB cross-zone load balancing is on unless you turn it off on the target group',
  'Lambda recursive loop detection stays on unless you allow recursion for the function',
  'Amplify managed certificates renew automatically unless you switch to a custom certificate',
  // A capability or a need before the condition: a requirement, not a default.
  "Lambda functions can't reach VPC resources unless you configure VPC access",
  // The property itself turned on, said of a fact that is no default (the property is optional).
  'RDS DB instances run in a single AZ unless you enable Multi-AZ',
  // Another feature turned on, said of a default: the default may rest on it.
  'Organizations SCPs are not enabled unless you enable all features',
  // The fact excludes a default ("versioning disabled by default" is right).
  'S3 Versioning is disabled unless you enable it on the bucket',
  // The value named, the property denied in words of its own.
  "Local Zone opt-out needs a support case; status not-opted-in can't be set yourself",
  // Questions and myths stay unsure.
  'Are ECR images unencrypted unless you turn on encryption?',
  'Myth: ECR images are unencrypted unless you turn on encryption',
];

describeFlagCases(
  'session 32 helper E: an opt-in condition read as a default; a negator-led value is a name',
  WRONG,
  RIGHT,
);
