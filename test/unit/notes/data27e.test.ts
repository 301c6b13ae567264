/**
 * Session 27, helper E (issue 14 item 2): yes/no properties and defaults of the networking and content delivery
 * family (Transit Gateway, GWLB, Network Firewall, Global Accelerator, CloudFront, Client VPN, Site-to-Site VPN,
 * Direct Connect, Route 53, VPC) harvested from the "Considerations", "Limitations", "Unsupported" and default
 * values of their AWS pages. Every line was written for these tests in a student's note style: wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Transit Gateway
  ['TGW appliance mode is enabled by default on VPC attachments', 'transit-gateway.appliance-mode.default'],
  ['Appliance mode is on by default, so flows stay in one AZ', 'transit-gateway.appliance-mode.default'],
  // Network Firewall
  ['AWS Network Firewall supports VPC peering', 'network-firewall.unsupported.vpc-peering'],
  ['Network Firewall can inspect Global Accelerator traffic', 'network-firewall.unsupported.global-accelerator'],
  ['Network Firewall inspects AmazonProvidedDNS traffic from EC2 instances', 'network-firewall.unsupported.amazon-provided-dns'],
  // Global Accelerator
  ['Global Accelerator listeners have client affinity enabled by default', 'global-accelerator.client-affinity.default'],
  // CloudFront OAC
  ['OAC does not support SSE-KMS encrypted buckets', 'cloudfront.oac.sse-kms'],
  ['Origin access control cannot handle PUT or DELETE requests to S3', 'cloudfront.oac.dynamic-requests'],
  ['OAC supports origin redirect with Lambda@Edge', 'cloudfront.oac.lambda-edge-redirect'],
  // Client VPN
  ['Client Route Enforcement is on by default for Client VPN endpoints', 'client-vpn.route-enforcement.default'],
  // Site-to-Site VPN
  ['The customer gateway can use a dynamic IP address', 'site-to-site-vpn.customer-gateway.static-ip'],
  ["A customer gateway doesn't need a static IP", 'site-to-site-vpn.customer-gateway.static-ip'],
  ['The customer gateway device cannot be behind a NAT device', 'site-to-site-vpn.customer-gateway.behind-nat'],
  // Direct Connect
  ['A private VIF on a virtual private gateway can reach VPCs in other Regions', 'direct-connect.private-vif.vgw-single-vpc'],
  // Route 53
  ['Route 53 does not support split-horizon DNS', 'route53.split-view.supported'],
  ['Route 53 DNSSEC signing also works for private hosted zones', 'route53.dnssec.private-zones'],
  // CloudFront protocols
  ['HTTP/3 is enabled by default on new CloudFront distributions', 'cloudfront.http3.default'],
  ['CloudFront does not support WebSockets', 'cloudfront.websocket.support'],
  // Global Accelerator, Transit Gateway, Direct Connect
  ['A Global Accelerator endpoint group can span several Regions', 'global-accelerator.endpoint-group.single-region'],
  ['A TGW attachment can propagate to only one route table', 'transit-gateway.attachment.propagate-multiple'],
  ['A Direct Connect public VIF gives you internet access', 'direct-connect.public-vif.aws-prefixes-only'],
  // Route 53 private endpoint health checks, Global Accelerator endpoints
  ['Route 53 private endpoint health checks need a public IP on the endpoint', 'route53.health-check.private-endpoint-source'],
  ['A Route 53 health check source supports up to 500 private endpoint health checks', 'route53.health-check-source.max-checks'],
  ['Global Accelerator cannot use internal ALBs as endpoints', 'global-accelerator.endpoints.internal-load-balancers'],
  ['Global Accelerator does not support endpoints in other AWS accounts', 'global-accelerator.endpoints.cross-account'],
  // Site-to-Site VPN options, Direct Connect gateways
  ['Accelerated Site-to-Site VPN: acceleration is enabled by default on new VPN connections', 'site-to-site-vpn.acceleration.default'],
  ['A Site-to-Site VPN connection requires BGP on the customer gateway', 'site-to-site-vpn.routing.static-without-bgp'],
  ['A virtual private gateway can be associated with several Direct Connect gateways', 'direct-connect.gateway.vgw-one-dxgw'],
  ['A Direct Connect gateway cannot be associated with a VGW in another account', 'direct-connect.gateway.cross-account-association'],
  ['A Direct Connect gateway can be associated with both a transit gateway and a virtual private gateway', 'direct-connect.gateway.tgw-or-vgw'],
  // PrivateLink
  ['Interface endpoints do not support security groups', 'vpc-endpoints.interface.security-groups'],
  ['PrivateLink cannot connect VPCs with overlapping CIDR blocks', 'vpc-endpoints.privatelink.overlapping-cidrs'],
  ['AWS PrivateLink does not support IPv6', 'vpc-endpoints.privatelink.ipv6'],
];

const RIGHT: (RightCase | string)[] = [
  'Appliance mode is disabled by default; enable it on the TGW attachment of the inspection VPC',
  'With appliance mode, a flow keeps the same AZ of the VPC attachment for its lifetime',
  'Is appliance mode on by default?',
  'ALB: turn on deletion protection to avoid accidental deletes',
  'Network Firewall does not support VPC peering; route through a transit gateway instead',
  'Network Firewall cannot inspect Global Accelerator traffic',
  'Use Route 53 Resolver DNS Firewall for AmazonProvidedDNS queries',
  'Network Firewall inspects traffic between VPCs attached to a transit gateway',
  'Global Accelerator client affinity is NONE by default; choose SOURCE_IP to keep a user on one endpoint',
  'Global Accelerator client IP preservation is enabled by default for internet-facing ALBs',
  'OAC supports SSE-KMS, dynamic requests and all Regions',
  'OAI does not support SSE-KMS encrypted objects',
  'Origin access control supports PUT and DELETE requests to S3',
  'OAC does not support origin redirect by using Lambda@Edge',
  'Client Route Enforcement is disabled by default',
  'Split-tunnel is disabled by default on a Client VPN endpoint',
  'The customer gateway needs a static public IP address',
  'If the customer gateway is behind a NAT device, use the NAT device public IP and allow UDP 4500',
  'Customer gateway default ASN: 64512',
  'A private VIF on a virtual private gateway reaches a single VPC in the same Region',
  'Attach the private VIF to a Direct Connect gateway to reach VPCs in other Regions',
  'Route 53 supports split-view DNS: same name for a public and a private hosted zone',
  'Split-horizon DNS needs a private hosted zone associated with the VPC',
  'DNSSEC signing is only supported for public hosted zones',
  'You cannot enable DNSSEC signing for a private hosted zone',
  'Route 53 Resolver DNSSEC validation applies to queries from the VPC',
  'CloudFront distributions default to HTTP/2; turn on HTTP/3 yourself',
  'HTTP/3 on CloudFront needs TLSv1.3 and SNI on the viewer',
  'CloudFront supports WebSocket connections with no extra configuration',
  'CloudFront WebSocket idle timeout: 10 minutes',
  'Each Global Accelerator endpoint group belongs to a single Region',
  'A Global Accelerator listener can have endpoint groups in several Regions',
  'A TGW attachment is associated with one route table but can propagate to multiple route tables',
  'A transit gateway attachment can propagate its routes to several route tables',
  'A public VIF reaches AWS public services such as S3 over public IP addresses',
  'A public VIF does not give access to non-Amazon prefixes',
  'Private endpoint health checks run from a health check source inside your VPC, no public IP needed',
  'One health check source serves up to 200 private endpoint health checks',
  'Public Route 53 health checkers cannot reach an instance that has only a private IP',
  'Global Accelerator endpoints can be internal ALBs or internal NLBs',
  'Global Accelerator supports internet-facing and internal Application Load Balancers',
  'With cross-account attachments, Global Accelerator can use endpoints in other AWS accounts',
  'Endpoints must be in the same account as the accelerator unless you configure cross-account support',
  'Acceleration is off by default; enable it when you create the VPN connection',
  'S3 Transfer Acceleration is disabled by default',
  'Site-to-Site VPN supports static routing for devices without BGP',
  'A Site-to-Site VPN connection does not require BGP: static routes work too',
  'VPN ECMP on a transit gateway requires BGP',
  'A virtual private gateway can be associated with only one Direct Connect gateway',
  'A Direct Connect gateway can be associated with a VGW owned by another AWS account',
  'A Direct Connect gateway attached to a VGW cannot also be attached to a transit gateway',
  'A Direct Connect gateway can be associated with several transit gateways',
  'Interface endpoints use security groups; gateway endpoints use route tables',
  'Gateway endpoints do not support security groups',
  'PrivateLink works even when the VPC CIDRs overlap',
  'VPC peering cannot connect VPCs with overlapping CIDR blocks',
  'AWS PrivateLink supports IPv6 with dual-stack Network Load Balancers',
];

describeFlagCases('session 27 helper E: networking and content delivery yes/no facts', WRONG, RIGHT);
