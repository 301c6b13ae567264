import { describe, expect, it } from 'vitest';
import { ids } from './claimCases';
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
  [
    'Route 53 health checks can monitor resources in a private subnet directly.',
    'route53.health-check.private-endpoints',
  ],
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
  // ALB layer 7, NLB layer 4.
  ['ALB operates at Layer 4.', 'alb.osi.layer'],
  ['NLB operates at layer 7.', 'nlb.osi.layer'],
  // Security Hub controls need AWS Config; Detective graphs are Regional; Firewall Manager needs Organizations.
  ["Security Hub doesn't need AWS Config.", 'security-hub.controls.dependency'],
  ['Detective is a global service.', 'detective.graph.regional'],
  ['Firewall Manager does not require AWS Organizations.', 'firewall-manager.prereq.organizations'],
  // CloudHSM: single-tenant.
  ['CloudHSM is multi-tenant.', 'cloudhsm.hsm.single-tenant'],
  // IAM roles: temporary credentials only.
  ['IAM roles have long-term credentials.', 'iam.role.long-term-credentials'],
  // Secrets Manager: automatic rotation.
  ['Secrets Manager does not support automatic rotation.', 'secrets-manager.rotation.automatic'],
  // No additional charge: Organizations, Control Tower, IAM Identity Center.
  ['AWS Organizations costs extra.', 'organizations.pricing.model'],
  ['Control Tower has an additional charge.', 'control-tower.pricing.model'],
  ['IAM Identity Center is charged per user.', 'iam-identity-center.pricing.model'],
  // Route 53 private hosted zones need the VPC's DNS attributes.
  ["Private hosted zones don't require enableDnsSupport.", 'route53.private-zone.vpc-dns-settings'],
  // Cognito identity pools: guest (unauthenticated) identities.
  ["Identity pools don't support guest users.", 'cognito.identity-pool.guest-access'],
  // Network Firewall: stateful rules and domain filtering.
  ['Network Firewall does not support stateful rules.', 'network-firewall.engines.types'],
  ['Network Firewall cannot filter by domain name.', 'network-firewall.rules.domain-lists'],
  // NLB: UDP and TLS listeners.
  ['NLB does not support UDP.', 'nlb.listener.udp'],
  ['NLB cannot terminate TLS.', 'nlb.listener.tls-termination'],
  // ALB listener rule conditions.
  ['ALB cannot route based on query string parameters.', 'alb.rules.condition-types'],
  ["ALB can't do path-based routing.", 'alb.rules.condition-types'],
  // GWLB: layer 3.
  ['GWLB operates at layer 7.', 'gwlb.osi.layer'],
  // Secrets Manager: the AWS managed key is not for cross-account sharing.
  [
    'Secrets encrypted with aws/secretsmanager can be shared with another account.',
    'secrets-manager.cross-account.aws-managed-key',
  ],
  // SCPs need all features.
  ['SCPs work with consolidated billing only.', 'organizations.scp.all-features'],
  // AWS WAF geo match; Cognito user pool MFA; one route table per transit gateway attachment.
  ['WAF cannot block requests by country.', 'waf.geo-match.supported'],
  ['Cognito user pools do not support MFA.', 'cognito.user-pool.mfa'],
  [
    'A TGW attachment can be associated with multiple route tables.',
    'transit-gateway.attachment.route-table-association',
  ],
  // Interface endpoints are billed; AD Connector caches nothing; Simple AD has no MFA and no RDS for SQL Server.
  ['Interface endpoints are free.', 'vpc-endpoints.interface.billing'],
  ['AD Connector caches directory data in AWS.', 'directory-service.ad-connector.caching'],
  ['Simple AD supports MFA.', 'directory-service.simple-ad.mfa'],
  ['Simple AD supports RDS for SQL Server.', 'directory-service.simple-ad.unsupported'],
  // Security Hub cross-Region aggregation; Shield Advanced protects only the resources you add.
  [
    'Security Hub cannot aggregate findings across Regions.',
    'security-hub.findings.cross-region-aggregation',
  ],
  ['Shield Advanced automatically protects all your resources.', 'shield.advanced.explicit-protection'],
  // KMS: rotation off by default for customer managed keys.
  [
    'KMS automatic key rotation is enabled by default for customer managed keys.',
    'kms.rotation.default-enabled',
  ],
  // One internet gateway per VPC; RAM shares beyond the organization.
  ['A VPC can have multiple internet gateways attached.', 'vpc.igw.per-vpc'],
  ['RAM can share resources only within an organization.', 'ram.sharing.scope'],
  // Client VPN: split-tunnel off by default.
  ['Split tunnel is enabled by default on Client VPN endpoints.', 'client-vpn.split-tunnel.default'],
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
  ['ALB is a layer 7 load balancer.'],
  ['NLB = layer 4, ALB = layer 7.'],
  ['ALB vs NLB: ALB layer 7, NLB layer 4.'],
  ['Use NLB for TCP/UDP at layer 4.'],
  ['Security Hub requires AWS Config to be enabled.'],
  ['Security Hub does not replace AWS Config.'],
  ['Detective behavior graphs are regional.'],
  ['Firewall Manager requires AWS Organizations.'],
  ['CloudHSM gives you single-tenant HSMs.'],
  ['KMS is multi-tenant while CloudHSM is single-tenant.'],
  ['IAM roles provide temporary credentials.'],
  ['Use IAM roles instead of long-term credentials on EC2.'],
  ['Secrets Manager supports automatic rotation of RDS credentials.'],
  ['Parameter Store does not support automatic rotation.'],
  ['AWS Organizations is free.'],
  ['Control Tower is free but you pay for Config and CloudTrail.'],
  ['IAM Identity Center is free.'],
  ['Private hosted zones require enableDnsHostnames and enableDnsSupport.'],
  ['Cognito identity pools can give guest users temporary credentials.'],
  ['User pools do not support unauthenticated access.'],
  ['Network Firewall supports stateful and stateless rule groups.'],
  ['AWS Network Firewall can filter traffic by domain name.'],
  ['NLB supports TCP and UDP.'],
  ['NLB can terminate TLS with a TLS listener.'],
  ['Use a TCP listener on NLB for TLS passthrough.'],
  ['ALB supports host-based and path-based routing.'],
  ['ALB cannot route on the request body.'],
  ['GWLB works at layer 3 and uses GENEVE.'],
  ['To share a secret cross-account, use a customer managed KMS key, not the AWS managed key.'],
  ['SCPs require all features enabled.'],
  ['Weighted records: weight 0-255.'],
  ['Route 53 weighted routing: weight between 0 and 255.'],
  ['Global Accelerator endpoint weights range from 0 to 255.'],
  ['Global Accelerator traffic dial 0-100%.'],
  ['AWS WAF can block traffic from specific countries with a geo match rule.'],
  ['CloudFront geo restriction blocks countries before WAF sees them.'],
  ['Route 53 geolocation routing is not a WAF feature.'],
  ['Cognito user pools support MFA with SMS or TOTP.'],
  ['Identity pools do not do MFA; user pools do.'],
  ['A TGW attachment can propagate routes to multiple route tables.'],
  ['Each TGW attachment is associated with one route table.'],
  ['Gateway endpoints are free; interface endpoints are billed per hour per AZ.'],
  ['AD Connector does not cache any information in the cloud.'],
  ['Simple AD does not support MFA; AD Connector does.'],
  ['Use Managed Microsoft AD for RDS for SQL Server.'],
  ['Security Hub cross-Region aggregation uses an aggregation Region.'],
  ['Shield Advanced only protects resources you add explicitly.'],
  ['Shield Standard automatically protects all AWS customers.'],
  ['Automatic rotation of customer managed keys is off by default; you must enable it.'],
  ['AWS managed keys are rotated automatically every year.'],
  ['A deleted KMS key cannot be recovered.'],
  ['You can cancel a KMS key deletion during the waiting period.'],
  ['Secrets Manager secrets can be restored during the recovery window.'],
  ['Only one internet gateway per VPC.'],
  ['5 internet gateways per Region by default.'],
  ['RAM can share resources with any AWS account or within your organization.'],
  ['Global Accelerator endpoints are regional resources.'],
  ['Global Accelerator is global.'],
  ['HTTP use cases that require deterministic, fast regional failover.', ['Global Accelerator']],
  ['Client VPN split-tunnel is disabled by default, so all traffic goes through the VPN.'],
  ['Enable split-tunnel on the Client VPN endpoint to send only VPC traffic through the tunnel.'],
];

describeAssertCases('session 15 C: networking and security yes/no facts', WRONG, RIGHT);

// Figures: Route 53 weighted records take a weight of 0 to 255.
describe('session 15 C: figures', () => {
  it('flags a weighted-record weight range of 0 to 100', () => {
    expect(ids('Weighted routing weights range from 0 to 100.')).toEqual([
      'route53.weighted.weight-range 0 to 100',
    ]);
    expect(ids('Route 53 weighted routing: weight up to 100.')).toEqual([
      'route53.weighted.weight-range 100',
    ]);
  });
});
