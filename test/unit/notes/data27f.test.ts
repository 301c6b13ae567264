/**
 * Session 27, helper F (issue 14 item 2): yes/no properties, defaults and limits of the management, governance and
 * security family (IAM, KMS, CloudFormation, Shield, GuardDuty, Secrets Manager, …) that the documentation's
 * considerations, limitations and FAQ answers state and the KB did not hold. Every line was written for these tests
 * in a student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // IAM
  ['A deleted IAM policy can be restored from the console', 'iam.policy.delete-permanent'],
  ['Customer managed policies can be recovered after you delete them', 'iam.policy.delete-permanent'],
  ['Permissions boundaries can be attached to IAM groups', 'iam.permissions-boundary.entities'],
  ['You can set a permissions boundary on a group to cap all its users', 'iam.permissions-boundary.entities'],
  ['A permissions boundary can be an inline policy', 'iam.permissions-boundary.managed-policy'],
  // KMS imported key material
  ['Imported key material cannot be deleted immediately', 'kms.imported-key-material.delete-any-time'],
  ['Deleting imported key material has a 7 to 30 day waiting period', 'kms.imported-key-material.delete-any-time'],
  // CloudFormation
  ['Creating a change set updates the stack right away', 'cloudformation.change-set.no-changes-until-executed'],
  ['DeletionPolicy Snapshot works on any resource type', 'cloudformation.deletion-policy.snapshot-resource-types'],
  ['A Snapshot deletion policy can back up S3 buckets before the stack is deleted', 'cloudformation.deletion-policy.snapshot-resource-types'],
  // Shield, GuardDuty
  ['Shield Advanced protects an EC2 instance without an Elastic IP', 'shield.advanced.ec2-via-elastic-ip'],
  ["Shield Advanced doesn't need an Elastic IP to protect EC2 instances", 'shield.advanced.ec2-via-elastic-ip'],
  ['Enabling GuardDuty slows down your EC2 instances', 'guardduty.performance.no-impact'],
  ['GuardDuty has a performance impact on the monitored workloads', 'guardduty.performance.no-impact'],
  // Secrets Manager
  ['A secret scheduled for deletion can still be retrieved by applications', 'secrets-manager.delete.inaccessible-in-recovery-window'],
  ['Secrets marked for deletion are still billed during the recovery window', 'secrets-manager.delete.no-charge-pending'],
  // Config aggregators
  ['You can deploy Config rules to source accounts through an aggregator', 'config.aggregator.read-only'],
  ['A Config aggregator can remediate resources in the source accounts', 'config.aggregator.read-only'],
  ['Config aggregators are billed per source account', 'config.aggregator.no-cost'],
  // IAM Identity Center
  ['IAM Identity Center requires AWS Organizations', 'iam-identity-center.organizations.optional'],
  ['Identity Center only works with AWS Organizations', 'iam-identity-center.organizations.optional'],
  ['IAM Identity Center is a global service', 'iam-identity-center.instance.single-region'],
  ['For Identity Center, the AD Connector can be in a different Region', 'iam-identity-center.ad.same-region'],
  ['An organization instance of IAM Identity Center can be enabled in a member account', 'iam-identity-center.organization-instance.management-account'],
  // STS, CloudFormation ssm-secure, Parameter Store
  ['GetFederationToken can be called with assumed role credentials', 'sts.get-federation-token.long-term-credentials'],
  ['An ssm-secure dynamic reference works in any resource property', 'cloudformation.ssm-secure.supported-properties'],
  ['With ssm-secure, CloudFormation stores the decrypted value in the stack', 'cloudformation.ssm-secure.value-not-stored'],
  ['SecureString parameters can be created with CloudFormation', 'systems-manager.parameter.securestring-cloudformation'],
  // WAF logging
  ['A web ACL can send logs to multiple logging destinations', 'waf.logging.one-destination'],
  ['WAF logs can go to Kinesis Data Streams', 'waf.logging.destination-types'],
  ['A WAF logging destination can have any name', 'waf.logging.name-prefix'],
  // KMS access, Organizations, CloudTrail validation
  ['An IAM policy alone is enough to use a KMS key', 'kms.iam-policy.needs-key-policy'],
  ['Cross-account KMS access: the key policy alone is enough', 'kms.cross-account.key-policy-and-iam'],
  ["A member account can't leave the organization by itself", 'organizations.member.leave-organization'],
  ['CloudTrail log files can still be validated after you copy them to another bucket', 'cloudtrail.validate-logs.original-location'],
  ['Once log file validation is re-enabled, digest files are created for the log files delivered while it was off', 'cloudtrail.log-file-validation.gap-while-disabled'],
  // CloudWatch Logs exports
  ["CloudWatch Logs export tasks don't support S3 buckets encrypted with SSE-KMS", 'cloudwatch.logs.export-s3.kms-object-lock'],
  ['You cannot export CloudWatch Logs to a KMS-encrypted bucket', 'cloudwatch.logs.export-s3.kms-object-lock'],
  ['CloudWatch Logs exported files are sorted by timestamp', 'cloudwatch.logs.export-s3.time-order'],
  // Secrets Manager rotation, GuardDuty Malware Protection
  ['Enabling rotation in Secrets Manager waits for the next scheduled window before the first rotation', 'secrets-manager.rotation.immediate-default'],
  ['GuardDuty Malware Protection for EC2 needs an agent installed on instances', 'guardduty.malware-protection.agentless'],
  ['GuardDuty snapshot retention is enabled by default', 'guardduty.malware-protection.snapshot-retention-default'],
  ['On-demand malware scans need Malware Protection enabled in GuardDuty', 'guardduty.malware-protection.on-demand-without-enabling'],
  // CloudFormation drift, IAM Principal, WAF associations, KMS aliases
  ['Drift detection on a parent stack also checks its nested stacks', 'cloudformation.drift.nested-stacks'],
  ['CloudFormation drift detection checks every property of each resource', 'cloudformation.drift.explicit-properties-only'],
  ['You put a Principal element in identity-based policies to say who gets the permissions', 'iam.policy.principal-element-identity'],
  ['An ALB can have several web ACLs attached, one per team', 'waf.web-acl.one-per-resource'],
  ['A KMS alias can point to multiple KMS keys at once', 'kms.alias.one-key'],
  ['A KMS alias can reference a key in another Region', 'kms.alias.same-account-region'],
  ["A KMS alias can't be pointed to another key once it is created", 'kms.alias.reassign'],
  ['In Parameter Store the same label can be attached to multiple versions of a parameter', 'systems-manager.parameter-label.one-version'],
  ["Parameter Store labels can't be moved to another version", 'systems-manager.parameter-label.movable'],
  ['You can add a Parameter Store label when you create the parameter', 'systems-manager.parameter-label.not-at-creation'],
  ['A session policy can grant extra permissions on top of the role policy', 'sts.session-policy.no-extra-permissions'],
];

const RIGHT: (RightCase | string)[] = [
  // IAM
  'Deleting an IAM policy is permanent: it cannot be recovered',
  'You can roll a managed policy back to an earlier version by setting the default version',
  'A deleted KMS key cannot be recovered either',
  'Permissions boundaries are set on IAM users and roles only, not on groups',
  'A user who gets permissions from groups is still capped by the permissions boundary',
  'Use an AWS managed or customer managed policy as the permissions boundary',
  'Permissions boundaries limit what inline policies attached to the role can grant',
  // KMS imported key material
  'You can delete imported key material at any time; the key goes to Pending import',
  'Scheduling deletion of a KMS key with imported key material still has a 7 to 30 day waiting period',
  'Automatic rotation creates new key material every year',
  // CloudFormation
  'A change set only previews the changes; nothing happens until you execute it',
  'Executing a change set updates the stack',
  'DeletionPolicy Snapshot: EBS volumes, RDS instances and clusters, ElastiCache and Redshift',
  'DeletionPolicy Retain can be used on any resource type',
  // Shield, GuardDuty
  'Shield Advanced protects EC2 instances through an associated Elastic IP address',
  'Shield Advanced protects CloudFront, Route 53, Global Accelerator, load balancers and Elastic IPs',
  'GuardDuty runs independently of your resources, so there is no performance impact',
  'Does GuardDuty slow down my instances? No, it reads logs independently',
  // Secrets Manager
  'A secret scheduled for deletion becomes inaccessible at once but can be restored during the recovery window',
  'There is no charge for secrets that are marked for deletion',
  // Config aggregators
  'A Config aggregator gives a read-only view of configuration and compliance data across accounts and Regions',
  'Deploy Config rules across accounts with conformance packs or organization rules, not with an aggregator',
  'Aggregators cost nothing extra; you pay for the configuration items recorded in the source accounts',
  // IAM Identity Center
  'AWS Organizations is recommended but not required for IAM Identity Center',
  'An organization instance of IAM Identity Center requires AWS Organizations',
  'IAM Identity Center is enabled in a single Region, yet it gives access to accounts in every Region',
  'IAM policies are global',
  'Identity Center with AD Connector: the directory must be in the same Region as Identity Center',
  'A member account can create an account instance of IAM Identity Center',
  'Enable the organization instance of IAM Identity Center from the management account',
  // STS, CloudFormation ssm-secure, Parameter Store
  'GetFederationToken must be called with the long-term credentials of an IAM user',
  'GetFederationToken returns temporary credentials for a federated user',
  'ssm-secure dynamic references only work in resource properties that support them',
  'CloudFormation never stores the secure string value, only the ssm-secure reference',
  'CloudFormation templates read SecureString parameters through ssm-secure dynamic references',
  'AWS::SSM::Parameter creates String and StringList parameters',
  // WAF logging
  'One logging destination per web ACL: a log group, an S3 bucket or a Firehose stream',
  'WAF logs can reach OpenSearch through a Data Firehose stream',
  'WAF logging destination names must start with aws-waf-logs-',
  // KMS access, Organizations, CloudTrail validation
  'An IAM policy grants access to a KMS key only if the key policy allows IAM policies',
  'The default key policy lets IAM policies in the account control access to the KMS key',
  'Cross-account use of a KMS key needs both the key policy and an IAM policy in the other account',
  'Member accounts can leave the organization with LeaveOrganization',
  "A member account can't leave the organization until it has a payment method and support plan",
  'The management account cannot leave the organization',
  'To validate CloudTrail logs, the digest and log files must stay where CloudTrail delivered them',
  'Disabling log file validation breaks the digest chain after one hour',
  // CloudWatch Logs exports
  'CloudWatch Logs can export to S3 buckets encrypted with SSE-KMS or AES-256, even with Object Lock',
  'Exported log data is not guaranteed to be in time order; sort it yourself',
  'For continuous archiving use a subscription filter to Firehose rather than export tasks',
  // Secrets Manager rotation, GuardDuty Malware Protection
  'By default RotateSecret rotates the secret immediately',
  'Set RotateImmediately to false to wait for the next rotation window',
  'GuardDuty malware scans are agentless: they scan copies of the EBS volumes',
  'GuardDuty Runtime Monitoring needs a security agent',
  'GuardDuty keeps no scan snapshots unless you opt in to snapshot retention',
  'You can run an on-demand malware scan without enabling GuardDuty-initiated scans',
  // CloudFormation drift, IAM Principal, WAF associations, KMS aliases
  'Run drift detection on each nested stack separately',
  'Drift detection on a parent stack skips its nested stacks',
  'Drift detection only checks properties explicitly set in the template',
  'The Principal element belongs in resource-based policies such as trust policies and bucket policies',
  'Identity-based policies have no Principal element: the principal is the identity they are attached to',
  'One web ACL can protect several ALBs in its Region',
  'Each resource can be associated with only one web ACL',
  'A KMS key can have multiple aliases',
  'Aliases with the same name can exist in different Regions',
  'Use UpdateAlias to point an alias to a different KMS key',
  'Parameter Store labels help you track a parameter with multiple versions',
  'Move the Production label to the new parameter version after testing',
  'Attach labels to an existing parameter version with LabelParameterVersion',
  'Session policies only restrict the role session: permissions are the intersection with the role policy',
];

describeFlagCases('session 27 helper F: management, governance and security facts', WRONG, RIGHT);
