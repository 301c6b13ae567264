import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';

// Session 15 (C): yes/no properties of networking and security services students write in their notes, in
// wordings of our own (abbreviated, negated, inverted), not taken from any evaluation set.
const WRONG: WrongCase[] = [
  // Network ACLs: stateless, rules in ascending order, the default NACL allows everything.
  ['NACLs are stateful.', 'vpc.nacl.stateless'],
  ['Network ACLs are stateful firewalls.', 'vpc.nacl.stateless'],
  ['NACL rules are evaluated from the highest number to the lowest.', 'vpc.nacl.rule-order'],
  ['The default NACL denies all inbound traffic.', 'vpc.nacl.default-allows-all'],
  // Subnets: one AZ each.
  ['A subnet can span multiple AZs.', 'vpc.subnet.single-az'],
  // Security groups: no inbound rules when created.
  ['A new security group allows all inbound traffic by default.', 'vpc.security-group.default-inbound'],
  // NAT gateway: zonal.
  ['NAT gateway is redundant across AZs automatically.', 'vpc.nat-gateway.single-az'],
  // Egress-only internet gateway: IPv6 only.
  ['Egress-only internet gateway is for IPv4 traffic.', 'vpc.egress-only-igw.ipv6-only'],
  // Route 53: global; alias records.
  ['Route 53 is a regional service.', 'route53.service.global'],
  ['You can set the TTL on an alias record.', 'route53.alias.ttl'],
  ['Alias records cannot be created at the zone apex.', 'route53.alias.zone-apex'],
  ['Alias queries to AWS resources are charged.', 'route53.alias.query-charge', ['Route 53']],
  ['Route 53 health checks can monitor resources in a private subnet directly.', 'route53.health-check.private-endpoints'],
  // SCPs: never service-linked roles, always the member account's root user.
  ['SCPs affect service-linked roles.', 'organizations.scp.service-linked-roles'],
  ['SCPs do not apply to the root user of member accounts.', 'organizations.scp.member-root-user'],
  // IAM: global; implicit deny.
  ['IAM is a regional service.', 'iam.service.global'],
  ['IAM requests are allowed by default.', 'iam.policy.default-deny'],
  // KMS: AWS managed keys cannot be deleted.
  ['AWS managed keys can be deleted by the customer.', 'kms.aws-managed-key.deletion'],
  // GuardDuty: Regional.
  ['GuardDuty is a global service.', 'guardduty.service.regional'],
  // Shield Advanced: cost protection.
  ['Shield Advanced does not offer cost protection.', 'shield.advanced.cost-protection'],
  // Secrets Manager: encrypted with KMS.
  ['Secrets Manager stores secrets in plaintext.', 'secrets-manager.secret.encrypted-at-rest'],
];

const RIGHT: RightCase[] = [
  ['Network ACLs are stateless.'],
  ['NACL = stateless, SG = stateful.'],
  ['Security groups: stateful. NACLs: stateless.'],
  ['Each subnet lives in exactly one AZ.'],
  ['Create subnets in multiple AZs for high availability.'],
  ['Default NACL allows all inbound and outbound traffic.'],
  ['A newly created NACL denies all inbound and outbound traffic.'],
  ['NACL rules are evaluated in order, lowest number first.'],
  ['Use NACLs to block a specific IP; security groups cannot deny.'],
  ['Security groups allow all outbound traffic by default.'],
  ['The default security group allows inbound traffic from the same security group.'],
  ['Deploy one NAT gateway in each AZ for HA.'],
  ['NAT gateways across multiple AZs give zone independence.'],
  ['Egress-only IGW: IPv6 only, outbound only.'],
  ['The egress-only internet gateway works like a NAT gateway but for IPv6.'],
  ['Route 53 is global.'],
  ['Route 53 Resolver endpoints are regional.'],
  ['Latency-based routing uses regional latency measurements.'],
  ['Alias records can point to the zone apex.'],
  ['Alias queries to AWS resources are free.', ['Route 53']],
  ['For private resources, use a health check based on a CloudWatch alarm.'],
  ["SCPs don't affect service-linked roles."],
  ["SCPs don't affect the management account's root user."],
  ['IAM is global.'],
  ['Use aws:RequestedRegion to deny regional services outside approved Regions.'],
  ['IAM Identity Center is regional.'],
  ['By default, all requests are implicitly denied.'],
  ['You cannot delete AWS managed keys.'],
  ['Customer managed keys can be deleted after a 7-30 day waiting period.'],
  ['GuardDuty is regional - enable it in each Region.'],
  ['Shield Advanced includes DDoS cost protection.'],
  ['Secrets Manager encrypts secrets with KMS.'],
];

describeAssertCases('session 15 C: networking and security yes/no facts', WRONG, RIGHT);
