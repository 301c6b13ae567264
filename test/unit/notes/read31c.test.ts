/**
 * Session 31, helper C (issue 14 items 3/4): figures the fact accepts, said with words around them that make the
 * line wrong. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

// The place a quota is counted per: a denied place ("not per AZ") is not where the figure holds, "VGW" is a
// virtual private gateway, and a fact counted per another place is still the one a line names by its own words
// when the only other fitting fact fits by the place alone.
const SCOPE_WRONG: WrongCase[] = [
  ['NAT gateways: 5 per Region', 'vpc.nat-gateway.per-az'],
  ['max 5 NAT gateways per Region, not per AZ', 'vpc.nat-gateway.per-az'],
  ['5 NAT gateways per Region (not per AZ)', 'vpc.nat-gateway.per-az'],
  ['Site-to-Site VPN: 50 connections per VGW', 'site-to-site-vpn.connections.per-vgw'],
];
const SCOPE_RIGHT = [
  'NAT gateways: 5 per AZ (not per Region)',
  'NAT gateway limit: 5 per AZ, rather than per Region',
  'Internet gateways: 5 per Region, one per VPC',
  'Site-to-Site VPN: 10 connections per VGW, 50 per Region',
  'VPN connections per Region: 50 (not per VGW)',
  'Gateway endpoints per VPC: up to 255',
  'VPC endpoints and PrivateLink gateway endpoints per VPC: default 20 endpoints, up to 255 endpoints',
];

describeFlagCases('a quota said per another place than the one it is counted per', SCOPE_WRONG, SCOPE_RIGHT);
