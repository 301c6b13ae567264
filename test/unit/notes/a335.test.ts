/**
 * Session 35, helper a3 (issue 14): yes/no behaviour facts of the networking and security family (VPC security
 * groups and network ACLs, Route 53 multivalue answers, IAM instance profiles, consistency and user groups, AWS
 * WAF and API Gateway HTTP APIs, Shield Standard, Organizations consolidated billing, NLB targets, Site-to-Site
 * VPN encryption). Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right and negated ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Security groups are applied at the subnet level.', 'vpc.security-group.scope'],
  ['Security group: attached to subnets -> yes', 'vpc.security-group.scope'],
  ['A network ACL is attached to an instance like a firewall.', 'vpc.nacl.scope'],
  ['NACLs work at the instance level.', 'vpc.nacl.scope'],
  ['Multivalue answer routing is a substitute for a load balancer.', 'route53.multivalue.load-balancer'],
  ['Multivalue routing: replaces ELB -> yes', 'route53.multivalue.load-balancer'],
  ['An instance profile can contain multiple roles.', 'iam.instance-profile.roles'],
  ['Instance profile: more than one role allowed', 'iam.instance-profile.roles'],
  ['IAM policy changes take effect immediately in every Region.', 'iam.changes.eventual-consistency'],
  ['IAM is strongly consistent.', 'iam.changes.eventual-consistency'],
  ['An IAM user group can contain roles as well as users.', 'iam.group.roles'],
  ['IAM groups: users and roles can be members', 'iam.group.roles'],
  ['AWS WAF can protect API Gateway HTTP APIs.', 'waf.api-gateway.http-api'],
  ['WAF web ACL on an HTTP API -> supported', 'waf.api-gateway.http-api'],
  ['Shield Standard must be enabled in each account.', 'shield.standard.activation'],
  ['Shield Standard has to be activated in every Region.', 'shield.standard.activation'],
  [
    'Consolidated billing requires all features enabled in the organization.',
    'organizations.consolidated-billing.feature-set',
  ],
  ['Consolidated billing: needs all features -> yes', 'organizations.consolidated-billing.feature-set'],
  ['A Network Load Balancer can invoke Lambda functions directly.', 'nlb.targets.lambda'],
  ['NLB: Lambda targets supported', 'nlb.targets.lambda'],
  ['Site-to-Site VPN traffic is unencrypted.', 'site-to-site-vpn.traffic.encryption'],
  ['A Site-to-Site VPN is not encrypted, only private.', 'site-to-site-vpn.traffic.encryption'],
];

const RIGHT: string[] = [
  'Security groups are applied at the instance level.',
  'Security groups are not applied at the subnet level.',
  'Network ACLs apply at the subnet level and security groups at the instance level.',
  'A network ACL is not attached to an instance.',
  'NACLs work at the subnet level.',
  "Multivalue answer routing isn't a substitute for a load balancer.",
  'Multivalue answer routing returns up to 8 healthy records.',
  'An instance profile can contain only one role.',
  'An instance profile cannot hold more than one role.',
  'IAM is eventually consistent, so changes take a moment to propagate.',
  'IAM changes do not take effect immediately everywhere.',
  'An IAM user group can contain only users, not roles.',
  'Identity-based policies attach to IAM groups, users and roles.',
  'IAM user groups cannot be nested.',
  'AWS WAF can protect API Gateway REST APIs.',
  'AWS WAF cannot protect API Gateway HTTP APIs.',
  'Put CloudFront with AWS WAF in front of an HTTP API.',
  'Shield Standard is enabled automatically at no extra cost.',
  'Shield Standard does not need to be enabled.',
  'Shield Advanced requires a subscription of $3,000 per month.',
  'Consolidated billing does not require all features.',
  'SCPs require all features; consolidated billing alone is not enough.',
  'A Network Load Balancer cannot have Lambda targets; put an ALB in front of Lambda.',
  'An NLB can forward to an ALB, which can invoke Lambda functions.',
  'Site-to-Site VPN traffic is encrypted with IPsec.',
  'Direct Connect is not encrypted by default; run a Site-to-Site VPN over it for encryption.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts', WRONG, RIGHT);

const WRONG2: WrongCase[] = [
  ["Firewall Manager doesn't require AWS Config.", 'firewall-manager.config.required'],
  [
    'Firewall Manager does not need AWS Config enabled in member accounts.',
    'firewall-manager.config.required',
  ],
  ['Network Firewall cannot inspect encrypted traffic.', 'network-firewall.tls.inspection'],
  ['AWS Network Firewall: no TLS inspection', 'network-firewall.tls.inspection'],
  ['An inline policy can be attached to multiple roles.', 'iam.inline-policy.reuse'],
  ['Inline policies are reusable across users.', 'iam.inline-policy.reuse'],
];

const RIGHT2: string[] = [
  'Firewall Manager requires AWS Config and AWS Organizations.',
  'Firewall Manager needs AWS Config enabled in every member account.',
  'Network Firewall supports TLS inspection with a certificate from ACM.',
  'Network Firewall can filter domains by SNI without decrypting TLS traffic.',
  'An inline policy cannot be reused; it is embedded in one identity.',
  'An inline policy has a one-to-one relationship with its identity.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (2)', WRONG2, RIGHT2);

const WRONG3: WrongCase[] = [
  ['A Cognito identity pool is a user directory for your app.', 'cognito.identity-pool.directory'],
  ['Identity pools handle sign-up and sign-in for app users.', 'cognito.identity-pool.directory'],
  ['Global Accelerator does not support UDP.', 'global-accelerator.protocols.udp'],
  ['Global Accelerator: HTTP only', 'global-accelerator.protocols.udp'],
];

const RIGHT3: string[] = [
  'A Cognito identity pool gives users temporary AWS credentials.',
  'The user pool is the user directory; the identity pool hands out AWS credentials.',
  'Global Accelerator supports TCP and UDP listeners.',
  'CloudFront is HTTP only, while Global Accelerator also handles UDP.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (3)', WRONG3, RIGHT3);

const WRONG4: WrongCase[] = [
  ['Geolocation routing sends users to the Region with the lowest latency.', 'route53.geolocation.latency'],
  ['Route 53 geolocation routing policy: based on latency', 'route53.geolocation.latency'],
  ['CloudFront cannot use on-premises servers as origins.', 'cloudfront.origin.non-aws'],
  ['CloudFront origins must be AWS resources.', 'cloudfront.origin.non-aws'],
];

const RIGHT4: string[] = [
  'Geolocation routing answers by the country the DNS query comes from.',
  'Latency-based routing picks the lowest latency Region, geolocation routing the user location.',
  'Geolocation routing does not route by latency.',
  'CloudFront can use an on-premises web server as a custom origin.',
  'CloudFront supports origins outside AWS through custom origins.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (4)', WRONG4, RIGHT4);

const WRONG5: WrongCase[] = [
  ['You can edit the key policy of an AWS managed key.', 'kms.aws-managed-key.policy-change'],
  ['AWS managed KMS key: key policy can be changed -> yes', 'kms.aws-managed-key.policy-change'],
  ['A KMS key policy can grant access to an IAM group.', 'kms.key-policy.iam-groups'],
  ['Key policies accept IAM groups as principals.', 'kms.key-policy.iam-groups'],
  ['A private hosted zone can be resolved from the internet.', 'route53.private-hosted-zone.internet'],
  ['Route 53 private hosted zone: answers internet clients', 'route53.private-hosted-zone.internet'],
];

const RIGHT5: string[] = [
  'You can view but not change the key policy of an AWS managed key.',
  'You can change the key policy of a customer managed key.',
  'A KMS key policy cannot name an IAM group; list the users or roles instead.',
  'A key policy can grant access to IAM roles and users in another account.',
  'A private hosted zone answers queries only inside associated VPCs.',
  'A private hosted zone is not resolvable from the internet.',
  'To let an IAM group use a KMS key, the key policy enables IAM policies and you attach an IAM policy to the group.',
  'Use a public hosted zone for internet users and a private hosted zone for the VPC.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (5)', WRONG5, RIGHT5);

const WRONG6: WrongCase[] = [
  ['An EC2 instance can have only one security group.', 'vpc.security-group.per-instance'],
  ['An EC2 instance: only one security group allowed', 'vpc.security-group.per-instance'],
  [
    'If no geolocation record matches, Route 53 falls back to the nearest location.',
    'route53.geolocation.fallback',
  ],
  ['Geolocation routing: unmatched queries -> closest location is used', 'route53.geolocation.fallback'],
];

const RIGHT6: string[] = [
  'An EC2 instance can have up to five security groups per network interface.',
  'An instance can be associated with one or more security groups.',
  'Instances in a tier share a single security group.',
  'Geolocation routing returns no answer when no record matches and there is no default record.',
  'Create a default geolocation record for locations you have not mapped.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (6)', WRONG6, RIGHT6);

const WRONG7: WrongCase[] = [
  ['S3 gateway endpoints are powered by PrivateLink.', 'vpc-endpoints.gateway.privatelink'],
  ['A gateway endpoint creates an ENI in your subnet.', 'vpc-endpoints.gateway.privatelink'],
  ['Multivalue answer routing requires health checks on every record.', 'route53.multivalue.health-checks'],
  ['Multi-value answer: health checks are mandatory', 'route53.multivalue.health-checks'],
];

const RIGHT7: string[] = [
  'A gateway endpoint is a route table target and does not use PrivateLink.',
  'Interface endpoints use PrivateLink; gateway endpoints do not.',
  'Multivalue answer routing returns only healthy records when health checks are attached.',
  'In multivalue answer routing, health checks are optional.',
];

describeFlagCases('session 35 helper a3: networking and security yes/no facts (7)', WRONG7, RIGHT7);
