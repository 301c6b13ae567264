/**
 * Session 33, helper d1 (issue 14): quotas and documented limits of the networking and content delivery
 * services (Cloud WAN, VPC and IPAM, CloudFront cache policies, Functions and KeyValueStore, Network Firewall
 * rule group capacity, Route 53, Global Accelerator) that the KB did not hold. Every line was written for these
 * tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly
 * the named fact, right and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Cloud WAN
  ['A Cloud WAN core network supports up to 80 segments.', 'transit-gateway.cloud-wan.segments'],
  [
    'One Cloud WAN global network can hold 2 core networks.',
    'transit-gateway.cloud-wan.core-networks-per-global-network',
  ],
  [
    'By default an account can create 10 Cloud WAN global networks.',
    'transit-gateway.cloud-wan.global-networks',
  ],
  ['A Cloud WAN core network policy document can be up to 5 MB.', 'transit-gateway.cloud-wan.policy-size'],
  [
    'Each Cloud WAN core network takes up to 1,000 attachments by default.',
    'transit-gateway.cloud-wan.attachments',
  ],
  // VPC and IPAM
  ['A VPC can have 3 carrier gateways for Wavelength Zones.', 'vpc.carrier-gateway.per-vpc'],
  ['A NAT gateway gets up to 4 private IP addresses by default.', 'vpc.nat-gateway.private-ips'],
  ['IPAM pools can be nested 4 levels deep by default.', 'vpc.ipam.pool-depth'],
  // CloudFront
  ['A CloudFront cache policy can hold 25 headers by default.', 'cloudfront.cache-policy.headers'],
  ['CloudFront cache policies take up to 30 cookies each by default.', 'cloudfront.cache-policy.cookies'],
  ['CloudFront Functions: up to 500 functions per AWS account.', 'cloudfront.functions.per-account'],
  ['A single CloudFront key value store can be up to 50 MB.', 'cloudfront.kvs.store-size'],
  // VPC Lattice and transit gateway multicast
  [
    'VPC Lattice allows 10 service networks per Region by default.',
    'vpc.lattice.service-networks-per-region',
  ],
  ['You can create up to 500 VPC Lattice services per Region by default.', 'vpc.lattice.services-per-region'],
  ['A transit gateway supports up to 5 multicast domains.', 'transit-gateway.multicast.domains'],
  [
    'Each transit gateway multicast group allows up to 1,000 static members.',
    'transit-gateway.multicast.members-per-group',
  ],
  // Route 53 and Global Accelerator
  [
    'Route 53: up to 5 query logging configurations per hosted zone.',
    'route53.query-logging.configs-per-zone',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'Cloud WAN: 40 segments per core network and one core network per global network.',
  'Cloud WAN core network policies are limited to 1 MB.',
  'A VPC can have only one carrier gateway.',
  'A NAT gateway can have 8 private IP addresses by default (adjustable).',
  'By default IPAM pools can be nested up to a depth of 10.',
  'CloudFront cache policies: 10 headers, 10 cookies and 10 query strings each by default.',
  'You can have 100 CloudFront Functions per account.',
  'A CloudFront key value store can be up to 5 MB.',
  'A VPC can be associated with only one Route 53 Profile.',
  'VPC Lattice: 50 service networks and 2,000 services per Region by default.',
  'A transit gateway supports 20 multicast domains.',
  'One query logging configuration per hosted zone in Route 53.',
];

describeFlagCases('session 33 helper d1: networking quotas', WRONG, RIGHT);

// Lead, session 33: Cloud WAN's facts live in the transit-gateway entry; a line about a transit gateway that
// names no Cloud WAN word is no Cloud WAN quota (variant group "tgw-network" in the lexicon).
describeFlagCases(
  'Cloud WAN is a variant of the transit-gateway entry',
  [
    ['Transit gateway: up to 10,000 attachments', 'transit-gateway.attachments.max'],
    ['Cloud WAN core network: up to 10,000 attachments', 'transit-gateway.cloud-wan.attachments'],
  ],
  ['Transit gateway: up to 5,000 attachments', 'Cloud WAN: 5,000 attachments per core network'],
);
