/**
 * Session 36, data helper d4 (issue 14): networking and content delivery facts the KB did not hold (CloudFront
 * origin failover and error caching, Route 53 health checks and DNSSEC, VPC peering, flow logs and route
 * tables, Site-to-Site VPN). Every line was written for these tests in a student's note style (none copied from
 * an evaluation set): wrong lines must be flagged by exactly the named fact, right, negated and neighbouring
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudFront origin failover also works for POST requests.', 'cloudfront.origin-failover.http-methods'],
  ['Origin groups: fail over POST and PUT -> yes', 'cloudfront.origin-failover.http-methods'],
  [
    'CloudFront origin failover retries any HTTP method on the secondary origin.',
    'cloudfront.origin-failover.http-methods',
  ],
  ['An origin group can contain three origins.', 'cloudfront.origin-group.origins'],
  ['CloudFront caches error responses for 5 minutes by default.', 'cloudfront.error-caching.default-ttl'],
  ['Route 53 HTTP health checks must connect within 10 seconds.', 'route53.health-check.http-connect-time'],
  ['Route 53 HTTPS health checks validate the SSL certificate.', 'route53.health-check.https-certificate'],
  [
    'Route 53 HTTPS health check fails if the certificate is expired.',
    'route53.health-check.https-certificate',
  ],
  [
    'A new Route 53 health check starts as unhealthy until enough data is collected.',
    'route53.health-check.new-starts-healthy',
  ],
  ['New health checks: unhealthy by default', 'route53.health-check.new-starts-healthy'],
  ['Route 53 DNSSEC: the KSK can live in whichever Region you deploy in.', 'route53.dnssec.kms-key-region'],
  ['DNSSEC KSK key: any AWS Region', 'route53.dnssec.kms-key-region'],
  [
    'Inter-Region VPC peering lets you reference security groups in the peer VPC.',
    'vpc.peering.inter-region-sg-reference',
  ],
  ['Cross-Region peering: SG referencing -> yes', 'vpc.peering.inter-region-sg-reference'],
  ['VPC Flow Logs capture traffic to the Amazon DNS server.', 'vpc.flow-logs.amazon-dns-traffic'],
  ['Flow logs: instance metadata traffic -> captured', 'vpc.flow-logs.amazon-dns-traffic'],
  ['You can delete the main route table of a VPC.', 'vpc.route-table.main-undeletable'],
  ['Main route table: deletable -> yes', 'vpc.route-table.main-undeletable'],
  ['Site-to-Site VPN supports only IKEv2.', 'site-to-site-vpn.ike.v1-supported'],
  ["AWS Site-to-Site VPN doesn't support IKEv1.", 'site-to-site-vpn.ike.v1-supported'],
  ['Site-to-Site VPN pre-shared key can be up to 128 characters.', 'site-to-site-vpn.psk.length'],
  [
    'A transit gateway VPC attachment can use 2 subnets per AZ.',
    'transit-gateway.vpc-attachment.subnets-per-az',
  ],
  [
    'Transit gateway attachments allow up to 3 subnets per Availability Zone.',
    'transit-gateway.vpc-attachment.subnets-per-az',
  ],
  [
    'You can associate a VPC from another account with a private hosted zone in the Route 53 console.',
    'route53.private-zone.cross-account-console',
  ],
  ['Cross-account VPC association with a PHZ: console -> yes', 'route53.private-zone.cross-account-console'],
  [
    'You can convert a public hosted zone into a private hosted zone.',
    'route53.hosted-zone.public-to-private',
  ],
  ['Public hosted zone: can be converted to private -> yes', 'route53.hosted-zone.public-to-private'],
  [
    'A canned policy signed URL can restrict access by IP range.',
    'cloudfront.signed-url.canned-policy-limits',
  ],
  ['Canned policy: IP restrictions -> yes', 'cloudfront.signed-url.canned-policy-limits'],
  [
    'CloudFront canned policies support a start date and an expiry.',
    'cloudfront.signed-url.canned-policy-limits',
  ],
  ['CloudFront cannot forward POST requests to the origin.', 'cloudfront.allowed-methods.write'],
  [
    'Inter-Region VPC peering does support security group referencing.',
    'vpc.peering.inter-region-sg-reference',
  ],
];

const RIGHT: (RightCase | string)[] = [
  "CloudFront origin failover doesn't apply to POST requests.",
  'Origin failover only covers GET, HEAD and OPTIONS requests.',
  'A CloudFront origin group has two origins, a primary and a secondary.',
  'You can have up to 10 origin groups per distribution.',
  'CloudFront caches 4xx and 5xx errors for 10 seconds by default.',
  'CloudFront default TTL is 24 hours.',
  'Route 53 HTTPS health check: TCP connection within 4 seconds, then 2 seconds for the status code.',
  'TCP health checks: connection within 10 seconds',
  'Route 53 health checks run every 30 seconds, or every 10 seconds for fast checks.',
  "Route 53 HTTPS health checks don't validate the certificate.",
  'ALB HTTPS health checks do not validate certificates.',
  'New Route 53 health checks are considered healthy until there is enough data.',
  'A new health check does not start unhealthy.',
  'A new Route 53 health check with an inverted status starts unhealthy until there is enough data.',
  'Route 53 DNSSEC needs an asymmetric KMS key in us-east-1.',
  'Route 53 DNSSEC key-signing key uses a KMS key in us-east-1.',
  "With inter-Region peering you can't reference security groups; use CIDR blocks.",
  "Same-Region VPC peering lets you reference the peer VPC's security groups.",
  "Flow logs don't record Amazon DNS server traffic or DHCP traffic.",
  'Flow logs record traffic to your own DNS server.',
  'Use Route 53 Resolver query logs for DNS queries; flow logs skip Amazon DNS server traffic.',
  'Amazon DNS server traffic is left out of VPC Flow Logs.',
  "You can't delete the main route table, but you can replace it with a custom route table.",
  'Subnets without an explicit association use the main route table.',
  'Delete a custom route table after disassociating its subnets; the main route table stays.',
  'Site-to-Site VPN tunnels support IKEv1 and IKEv2.',
  'VPN: IKEv1 -> yes',
  'VPN PSK must be 8-64 characters.',
  'TGW VPC attachment: one subnet per AZ',
  'Client VPN: one subnet per AZ per endpoint.',
  'Cross-account VPC association with a private hosted zone must be done with the CLI or API, not the console.',
  "A public hosted zone can't be converted to private; create a new private hosted zone.",
  'Public hosted zones are not convertible to private ones.',
  'A public hosted zone answers queries from the internet.',
  'A canned policy only sets an expiration time; use a custom policy for IP ranges or a start date.',
  'Canned policy signed URLs cannot restrict by IP address.',
  'Custom policies can restrict by IP range and start time.',
  'CloudFront can forward POST and PUT requests to the origin.',
  "CloudFront doesn't cache POST requests; they go to the origin.",
  'CloudFront does not cache responses to PUT requests.',
  'CloudFront forwards POST requests to the origin but never caches them.',
  'Inter-Region VPC peering does not support security group referencing.',
  'CloudFront TTLs: min 0, default 86,400 s (24 h), max 31,536,000 s (1 year)',
];

describeFlagCases('session 36 helper d4: networking and content delivery facts', WRONG, RIGHT);
