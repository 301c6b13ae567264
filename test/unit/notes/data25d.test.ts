/**
 * Session 25, helper D (issue 14 item 2): behaviours, defaults and limits of the networking and content delivery
 * entries (VPC, endpoints, Route 53, CloudFront, load balancers, Direct Connect, Transit Gateway, VPN …) that
 * the KB did not state. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // CloudFront
  ['A CloudFront distribution does not need to be disabled before deleting it', 'cloudfront.distribution.delete-requires-disable'],
  ['CloudFront distributions can be deleted while still enabled', 'cloudfront.distribution.delete-requires-disable'],
  ['A deleted CloudFront distribution can be recovered from the console', 'cloudfront.distribution.delete-unrecoverable'],
  // Route 53
  ['Route 53 DNS query logs can be sent to a log group in another Region', 'route53.query-logging.log-group-region'],
  ['Route 53 health checks cannot monitor CloudWatch alarms', 'route53.health-check.cloudwatch-alarm'],
  // NLB
  ['NLB access logs capture all TCP connections', 'nlb.access-logs.tls-only'],
  // VPC endpoints
  ['A PrivateLink endpoint service can be fronted by an Application Load Balancer', 'vpc-endpoints.endpoint-service.load-balancer'],
  // Transit Gateway
  ['The default Amazon side ASN of a transit gateway is 65000', 'transit-gateway.asn.default'],
  ['Transit gateway shared attachments are auto-accepted by default', 'transit-gateway.auto-accept.default'],
  ['Transit gateway security group referencing is enabled by default', 'transit-gateway.sg-referencing.default'],
  ['On a transit gateway, VPN ECMP is disabled by default', 'transit-gateway.vpn-ecmp.default'],
  // ELB
  ['The Classic Load Balancer desync mitigation mode is strictest by default', 'elb.clb.desync-mitigation.default'],
  // Direct Connect BGP and BFD
  ['Direct Connect BGP default hold timer is 180 seconds', 'direct-connect.bgp.hold-timer-default'],
  ['Direct Connect: the BGP hold timer can go as low as 1 second', 'direct-connect.bgp.hold-timer-min'],
  ['Direct Connect default BGP keepalive is 60 seconds', 'direct-connect.bgp.keepalive-default'],
  ['Direct Connect BFD minimum interval is 50 ms', 'direct-connect.bfd.min-interval'],
  ['Direct Connect supports multihop BGP sessions', 'direct-connect.bgp.multihop'],
  // Global Accelerator client IP preservation
  ['Global Accelerator client IP preservation also works for Elastic IP endpoints', 'global-accelerator.client-ip.elastic-ip'],
  ['Custom routing accelerators do not preserve the client IP', 'global-accelerator.client-ip.custom-routing'],
  ['Global Accelerator: client IP preservation is disabled by default for an internet-facing ALB endpoint', 'global-accelerator.client-ip.alb-default'],
  // ALB
  ['Targets cannot be registered with multiple target groups', 'alb.target.multiple-target-groups'],
  // Site-to-Site VPN tunnel options
  ['For a Site-to-Site VPN, the customer gateway does not need to initiate IKE; AWS brings the tunnels up by default', 'site-to-site-vpn.tunnel.startup-default'],
  ['The Site-to-Site VPN DPD timeout action restarts the IKE session by default', 'site-to-site-vpn.tunnel.dpd-timeout-action-default'],
  // Route 53 private hosted zones
  ['Route 53 private hosted zones do not support latency-based routing', 'route53.private-zone.routing-policies'],
  // NAT gateways
  ['The public NAT gateway must be placed in the private subnet', 'vpc.nat-gateway.public-subnet'],
  ['A private NAT gateway gets an Elastic IP address', 'vpc.nat-gateway.private-eip'],
  ['A private NAT gateway gives private instances internet access', 'vpc.nat-gateway.private-internet'],
  // CloudFront logs and origin groups
  ['CloudFront real-time logs are delivered directly to S3', 'cloudfront.realtime-logs.destination'],
  // Global Accelerator, NLB access logs
  ['NLB access logs: the log bucket can be in a different Region', 'nlb.access-logs.bucket-region'],
  ['NLB access logs: the log bucket cannot be owned by another account', 'nlb.access-logs.bucket-cross-account'],
  // Client VPN target networks
  ['A Client VPN endpoint can be associated with two subnets in the same AZ', 'client-vpn.subnet-association.per-az'],
  ['One Client VPN endpoint can be associated with subnets in different VPCs', 'client-vpn.subnet-association.same-vpc'],
  ['Inter-Region VPC peering traffic goes over the public internet, encrypted', 'vpc.peering.inter-region-backbone'],
];

const RIGHT: (RightCase | string)[] = [
  'Disable the CloudFront distribution first, then delete it',
  'A CloudFront distribution must be disabled before it can be deleted',
  'A deleted CloudFront distribution cannot be recovered',
  'Route 53 query logging: the CloudWatch Logs log group must be in us-east-1',
  'Route 53 health checks can monitor endpoints, other health checks or CloudWatch alarms',
  'NLB access logs only record TLS requests, so add a TLS listener',
  'A PrivateLink endpoint service needs a Network Load Balancer or a Gateway Load Balancer',
  'Transit gateway default ASN is 64512; a custom private ASN can be set',
  'Transit gateway auto accept shared attachments is disabled by default',
  'Transit gateway: DNS support and VPN ECMP are enabled by default',
  'The desync mitigation mode defaults to defensive; strictest only accepts RFC 7230 requests',
  'Direct Connect BGP: default hold timer 90 s, keepalive 30 s',
  'Direct Connect minimum BGP hold timer is 3 seconds; a value of 0 is not supported',
  'Direct Connect BFD: minimum interval 300 ms, multiplier 3',
  'Direct Connect BGP packets have a TTL of 1, so multihop BGP is not supported',
  'Direct Connect BFD minimum multiplier is 3',
  'Direct Connect minimum BGP keepalive timer is 1 second',
  'Global Accelerator: client IP preservation is off by default for NLB endpoints with security groups',
  'Global Accelerator: client IP preservation is enabled by default for an internet-facing ALB endpoint',
  'Global Accelerator preserves client IPs for ALB, EC2 and NLB with security groups, not for Elastic IP endpoints',
  'Custom routing accelerators always preserve the client IP address',
  'Register the same instance in two target groups to serve two ports',
  'Site-to-Site VPN: by default the customer gateway initiates IKE; set the startup action to start to let AWS initiate',
  'After a DPD timeout the default action clears the tunnel; choose restart to have AWS restart IKE',
  'Private hosted zones support simple, failover, geolocation, latency, multivalue and weighted routing',
  'Create the NAT gateway in a public subnet and route the private subnet to it',
  'Instances in the private subnet send internet traffic to the NAT gateway',
  'A private NAT gateway has no Elastic IP and routes to other VPCs through a transit gateway',
  'A public NAT gateway needs an Elastic IP at creation',
  'CloudFront real-time logs go to a Kinesis data stream; standard logs go to S3',
  'CloudFront allows 10 origin groups per distribution',
  'NLB access logs: the bucket must be in the same Region, though another account can own it',
  'Client VPN: associate one subnet per AZ, in at least two AZs, all from the same VPC',
  'Inter-Region VPC peering traffic stays on the AWS global backbone, never on the public internet',
];

describeFlagCases('session 25 helper D: networking and content delivery', WRONG, RIGHT);
