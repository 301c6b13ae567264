/**
 * Session 18, helper C (development set 23: networking, edge, security and identity): the facts and the two
 * reader changes added from its misses and false flags. Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG_FIGURES: WrongCase[] = [
  ['NAT gateway handles max 100,000 packets per second', 'vpc.nat-gateway.pps'],
  // Lead, after an independent check: 1 M packets/s is where a NAT gateway starts, 10 M its maximum.
  ['NAT gateway max 1,000,000 packets per second', 'vpc.nat-gateway.pps'],
  ['Site-to-Site VPN tunnels default to 5 Gbps', 'site-to-site-vpn.tunnel.default-bandwidth'],
  ['Route 53 health checks default to a 10-second interval', 'route53.health-check.default-interval'],
  ['WAF: web ACL max capacity 3,000 WCUs', 'waf.web-acl.max-wcu'],
  ['Identity Center permission set names: max 64 characters', 'iam-identity-center.permission-set.name-max-length'],
  ['CloudFront tries an origin up to 10 times', 'cloudfront.origin.connection-attempts'],
  ['KMS allows 500,000 customer managed CMKs per Region', 'kms.keys.default-quota'],
  // Adjustability: "hard max" said of a default quota, "soft limit"/"adjustable" of a fixed one.
  ['IAM role: 10 managed policies, hard max', 'iam.role.attached-policies-default'],
  ['Direct Connect: 50 private virtual interfaces per dedicated connection, soft limit', 'direct-connect.vif.max-per-connection'],
  ['Direct Connect hosted connection: 1 virtual interface, adjustable', 'direct-connect.hosted.vifs'],
];
const RIGHT_FIGURES: RightCase[] = [
  ['NAT gateway: 1 million pps to start, scales automatically to 10 million'],
  ['NAT gateway: 5 Gbps scaling to 100 Gbps, about 1 million packets per second'],
  ['VPN tunnels default to Standard, 1.25 Gbps'],
  ['Route 53 health check interval: 30 s default or 10 s fast'],
  ['web ACL includes 1,500 WCUs, up to 5,000'],
  ['permission set name: up to 32 characters'],
  ['CloudFront origin connection attempts: 1-3 (default 3)'],
  ['KMS: 100,000 customer managed keys per Region'],
  ['IAM role: 10 managed policies by default, can be raised to 20'],
  ["DX: 50 private/public VIFs per dedicated connection, can't be increased"],
  // A count the thing cannot reach restates its maximum (claimGuard threshold, NEGATED_COUNT).
  ["a TGW can't have 2 attachments to the same VPC"],
];

describeFlagCases('mine 18 C: figures from set 23', WRONG_FIGURES, RIGHT_FIGURES);

const WRONG_YESNO: WrongCase[] = [
  ['NAT GW: TCP and UDP only', 'vpc.nat-gateway.protocols'],
  ['NAT gateways do not support ICMP', 'vpc.nat-gateway.protocols'],
  ['secondary CIDRs do not count against the CIDR quota', 'vpc.cidr.blocks-per-vpc'],
  ['you can create 2 default VPCs in one Region', 'vpc.default-vpc.per-region'],
  ['a deleted default VPC cannot be recreated', 'vpc.default-vpc.recreate'],
  ['stopped instances lose their private IP address', 'vpc.subnet.stopped-instance-private-ip'],
  ['VPC peering is a single point of failure', 'vpc.peering.no-bottleneck'],
  ['a transit gateway can have several attachments to the same VPC', 'transit-gateway.vpc-attachments.per-vpc'],
  ['a TGW can have multiple peering attachments between the same two gateways', 'transit-gateway.peering.between-two'],
  ['the VGW ASN can be changed later', 'site-to-site-vpn.vgw.asn-change'],
  ['a VGW supports IPv6 VPN connections', 'site-to-site-vpn.vgw.ipv6'],
  ['The AWS Management Console supports role chaining', 'sts.chaining.console'],
  ["a health check's request interval can be switched after creation", 'route53.health-check.interval-fixed'],
  ['a KMS key pending deletion can still be used', 'kms.deletion.pending-key-unusable'],
  ['GenerateDataKey supports asymmetric KMS keys', 'kms.generate-data-key.symmetric-only'],
  ["a WAF rule group's capacity can be increased later", 'waf.rule-group.capacity-fixed'],
  ['Shield Advanced charges the monthly fee for each member account', 'shield.advanced.consolidated-billing-fee'],
  ['Cognito token revocation is off by default', 'cognito.app-client.token-revocation-default'],
  ['expired certificates are renewed automatically by ACM', 'acm.expired.renewal'],
  ['Firewall Manager supports standalone accounts outside AWS Organizations', 'firewall-manager.prereq.organizations'],
  ['permission set tags are propagated to the IAM roles in member accounts', 'iam-identity-center.permission-set.tags-scope'],
  ['CloudFront: default TTL overrides Cache-Control headers from the origin', 'cloudfront.ttl.default'],
  ['KMS key policy size limit is adjustable', 'kms.key-policy.max-size'],
  ['the Detective free trial resets for each behavior graph', 'detective.trial.per-region'],
  ['hosted DX connections are provisioned directly by AWS', 'direct-connect.hosted.partner'],
  ['an expired ACM certificate gets renewed automatically', 'acm.expired.renewal'],
  ['the egress-only IGW quota is raised independently', 'vpc.egress-only-igw.per-region'],
  ['internet gateway quota can be increased independently', 'vpc.igw.per-region'],
  ['GWLB endpoints have their own quota, separate from interface endpoints', 'vpc-endpoints.interface.default-quota'],
  ['Shield Advanced covers all WAF charges', 'shield.advanced.waf-fees-covered'],
  ["the Shield Advanced rule group doesn't consume any WCUs", 'shield.advanced.auto-mitigation-wcus'],
  ['the GuardDuty usage page matches your bill', 'guardduty.usage.estimate'],
];
const RIGHT_YESNO: RightCase[] = [
  ['NAT gateway supports TCP, UDP and ICMP'],
  ['secondary CIDR blocks count toward the 5-per-VPC quota'],
  ['only one default VPC per Region'],
  ['deleted the default VPC? create a new one with CreateDefaultVpc'],
  ['a stopped instance keeps its private IP'],
  ['VPC peering: no single point of failure, no bandwidth bottleneck'],
  ['only one peering attachment between the same two transit gateways'],
  ["the VGW ASN can't be changed after creation"],
  ['VGW: no IPv6 for Site-to-Site VPN, use a transit gateway'],
  ["the console doesn't support role chaining"],
  ["health check request interval can't be changed after creation"],
  ["a key pending deletion can't be used for crypto operations"],
  ['GenerateDataKey needs a symmetric KMS key'],
  ['WAF rule group capacity is fixed when the rule group is created'],
  ['Shield Advanced: one subscription fee for all accounts under consolidated billing'],
  ['token revocation is on by default for new app clients'],
  ['expired certificates are not renewed by ACM'],
  ['Firewall Manager requires AWS Organizations'],
  ['tags apply to the permission set only, not to the roles it provisions'],
  ['default TTL applies only when the origin sends no Cache-Control or Expires'],
  ["KMS key policy size: 32 KB, can't be raised"],
  ['Detective: one 30-day free trial per account per Region'],
  ['DX hosted connections come from a Direct Connect Partner'],
  ['ACM renews DNS-validated certs automatically before they expire'],
  ['to get more egress-only IGWs, raise the VPCs per Region quota'],
  ['the internet gateway quota goes up with the VPCs per Region quota'],
  ['GWLB endpoints share the interface endpoint quota'],
  ['Shield Advanced covers standard WAF fees for protected resources'],
  ['automatic application layer mitigation uses web ACL WCUs'],
  ['GuardDuty usage page = cost estimate, not the bill'],
];

describeFlagCases('mine 18 C: yes/no facts from set 23', WRONG_YESNO, RIGHT_YESNO);
