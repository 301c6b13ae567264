/**
 * Session 25, helper E (issue 14 item 2): behaviours and limits of the security, identity and governance entries
 * (IAM, STS, Organizations, KMS, Secrets Manager, Cognito, WAF, Shield, GuardDuty, ACM, Identity Center, CloudHSM,
 * Network Firewall, Control Tower, Security Hub, Inspector, Macie, Detective, Directory Service, Firewall Manager)
 * that the KB did not state. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // KMS: disabling, rotation
  ['A disabled KMS key cannot be re-enabled', 'kms.disable.reversible'],
  ['Disabling a KMS key is irreversible', 'kms.disable.reversible'],
  ['A disabled KMS key can still decrypt existing data', 'kms.disable.no-crypto-ops'],
  ['You can disable an AWS managed key such as aws/ebs', 'kms.aws-managed-key.disable'],
  ['A disabled customer managed key is still rotated every year', 'kms.rotation.disabled-key'],
  ['On KMS key rotation the old key material is deleted', 'kms.rotation.previous-material-kept'],
  ['Key rotation gives the KMS key a new key ID', 'kms.rotation.key-id-unchanged'],
  // Organizations
  ['The management account can leave the organization at any time', 'organizations.management-account.cannot-leave'],
  ['An account removed from the organization is still subject to its SCPs', 'organizations.removed-account.policies'],
  // Shield, Cognito, CloudHSM
  ['Shield Standard protects against layer 7 HTTP floods', 'shield.standard.layer7'],
  ['A Cognito refresh token is a JWT you can decode', 'cognito.refresh-token.opaque'],
  ['In a CloudHSM cluster you have to manually synchronize keys between the HSMs', 'cloudhsm.cluster.key-sync'],
  // WAF, Secrets Manager
  ['The web ACL default action can be set to Count', 'waf.web-acl.default-action'],
  ['GetSecretValue returns the AWSPENDING version by default', 'secrets-manager.get-secret-value.default-stage'],
  ['A rotation Lambda function can call another Lambda to rotate the secret', 'secrets-manager.rotation.lambda-direct'],
  // Network Firewall, Identity Center, Inspector
  ['AWS Network Firewall supports asymmetric routing', 'network-firewall.routing.asymmetric'],
  ['Network Firewall stateless rule groups are evaluated last', 'network-firewall.engines.stateless-first'],
  ['Network Firewall stateless rules track connections, so return traffic is allowed', 'network-firewall.stateless.packet-isolation'],
  ['You can create up to 3 account instances of IAM Identity Center per account', 'iam-identity-center.account-instance.per-account'],
  ['An account instance of IAM Identity Center can be created in the management account', 'iam-identity-center.account-instance.per-account'],
  ['Amazon Inspector is a global service', 'inspector.service.regional'],
  // GuardDuty, IAM service-linked roles, Access Analyzer
  ['GuardDuty stores your logs, so you can query them later', 'guardduty.logs.discarded'],
  ['You can edit the permissions of a service-linked role like any other role', 'iam.service-linked-role.modify'],
  ['A service-linked role can have a permissions boundary', 'iam.service-linked-role.permissions-boundary'],
  ['IAM Access Analyzer is global: one analyzer covers all Regions', 'iam.access-analyzer.regional'],
  // Cognito, STS AssumeRoot
  ['Cognito threat protection is included in the Essentials plan', 'cognito.threat-protection.plus-plan'],
  ['AssumeRoot sessions last up to 1 hour', 'sts.assume-root.max-duration'],
  ['AssumeRoot works on the global STS endpoint', 'sts.assume-root.regional-endpoint'],
  ['AssumeRoot can be called with root user credentials', 'sts.assume-root.root-credentials'],
  // Firewall Manager, Shield, Secrets Manager
  ['One Firewall Manager policy can combine WAF and security group rules', 'firewall-manager.policy.single-type'],
  ['CloudFront and Route 53 need Shield Advanced for inline DDoS mitigation', 'shield.edge.inline-mitigation'],
  ['PutSecretValue labels the new version AWSPENDING by default', 'secrets-manager.put-secret-value.awscurrent'],
];

const RIGHT: (RightCase | string)[] = [
  'A disabled KMS key can be re-enabled later; deletion is the irreversible step',
  'Disabling a KMS key is temporary and easily undone',
  'A disabled KMS key cannot be used to decrypt until it is enabled again',
  'AWS managed keys are permanently enabled and cannot be disabled',
  'Customer managed keys can be disabled and re-enabled',
  'KMS does not rotate a disabled customer managed key',
  'After rotation the old key material is kept so older ciphertext still decrypts',
  'Rotation keeps the same key ID and ARN',
  'Key rotation does not change the key ID',
  'The management account cannot leave the organization; delete the organization first',
  'A removed account is no longer subject to the organization policies',
  'Shield Standard covers layer 3 and layer 4 attacks; for layer 7 add AWS WAF',
  'Shield Advanced adds layer 7 protection together with WAF',
  'Cognito ID tokens and access tokens are JWTs you can decode',
  'A Cognito refresh token is opaque and encrypted',
  'CloudHSM keeps keys in sync across the HSMs of a cluster automatically',
  'The web ACL default action is either Allow or Block',
  'Rules inside a web ACL can use Count to test them before blocking',
  'GetSecretValue returns AWSCURRENT unless you pass VersionStage',
  'Call GetSecretValue with VersionStage AWSPREVIOUS to read the last good version',
  'The rotation function rotates the secret directly',
  'Network Firewall needs symmetric routing, so use appliance mode on the transit gateway',
  'Network Firewall checks stateless rule groups first, then stateful ones',
  'Network Firewall stateless rules look at each packet in isolation',
  'Stateful rule groups inspect packets in the context of the traffic flow',
  'One account instance of IAM Identity Center per account, across all Regions',
  'Amazon Inspector is a Regional service, activate it in each Region',
  'GuardDuty reads CloudTrail, flow logs and DNS logs and then discards them',
  'Keep logs in CloudTrail or S3 yourself; GuardDuty findings are kept for 90 days',
  'Only the linked service can modify or delete a service-linked role',
  'You cannot set a permissions boundary on a service-linked role',
  'Create an Access Analyzer external access analyzer in each Region',
  'Access Analyzer also checks the trust policies of IAM roles, which are global',
  'Cognito threat protection needs the Plus plan',
  'AssumeRoot sessions last at most 900 seconds',
  'Call AssumeRoot on a Regional STS endpoint from the management account',
  'A Firewall Manager policy has one policy type; create several policies for several types',
  'CloudFront and Route 53 get inline DDoS mitigation even without Shield Advanced',
  'PutSecretValue moves AWSCURRENT to the new version unless VersionStages is given',
];

describeFlagCases('session 25 E: security, identity and governance facts', WRONG, RIGHT);
