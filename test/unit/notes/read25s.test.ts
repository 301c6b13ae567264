/**
 * Session 25, helper S (issue 14, reading misses "no quantity" / "no candidate:noun"): figures the reader found
 * no quantity in, or whose counted noun no fact counts, in three shapes study notes use:
 * - a count of Direct Connect virtual interfaces written as "VIFs" ("50 VIFs per connection"), the noun the
 *   facts count as "virtual interfaces"; a singular "public VIF:" heading its own figure names the interface the
 *   clause is about, not what it counts;
 * - an MTU written as its unit ("9001 MTU") or as the label before its figure ("MTU 9001 between VPCs"): a packet
 *   size in bytes;
 * - a storage amount per a place written with a slash ("50 GB/Region"): the amount, not a count of Regions.
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // VIFs counted by their acronym
  ['DX: each hosted connection gets 5 VIFs', 'direct-connect.hosted.vifs'],
  ['Direct Connect dedicated link: up to 80 private VIFs', 'direct-connect.vif.max-per-connection'],
  ['Direct Connect: 2 transit VIFs per dedicated connection', 'direct-connect.transit-vif.per-connection'],
  // MTU as a unit or as the label before the figure
  ['Site-to-Site VPN tunnels carry jumbo frames (9001 MTU)', 'site-to-site-vpn.tunnel.max-mtu'],
  ['TGW: MTU 9001 between VPCs', 'transit-gateway.mtu.vpc'],
  // storage per a place after a slash
  ['Lambda code storage: 100 GB/region default', 'lambda.code-storage.quota'],
];

const RIGHT: (RightCase | string)[] = [
  'Direct Connect: 4 transit VIFs per dedicated connection',
  'Direct Connect dedicated connection supports 50 private VIFs',
  'hosted DX connection -> 1 VIF only',
  // "public VIF: 1,000" continues the routes of the clause before; it is no count of VIFs.
  'DX private VIF: max 100 routes per BGP session; public VIF: 1,000',
  'VPN tunnel MTU is 1446',
  'Site-to-Site VPN tunnels max MTU 1446 bytes',
  'transit gateway: 8500 MTU between VPC attachments',
  'transit gateway MTU is 8500 between VPCs',
  'Lambda code storage: 75 GB/Region default, can be raised',
  'my photo backups grow about 3 GB/month',
];

describeFlagCases('session 25 reading: VIF counts, MTU sizes, storage per place', WRONG, RIGHT);
