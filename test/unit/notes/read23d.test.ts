/**
 * Session 23, helper D: figures whose subject went unread ("no subject") or whose kind went unread ("target
 * undecided-null"). Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A service named only as the thing a figure counts ("8 VPCs per Region") is the quota's service when nothing
// else in the line, above it or in a heading names one.
const COUNTED_WRONG: WrongCase[] = [
  ['Region quota out of the box: 8 VPCs', 'vpc.region.default-quota'],
  ['the starting limit is 20 Network Load Balancers per Region', 'nlb.per-region.default-quota'],
  ['default limit: 25 Application Load Balancers per Region', 'alb.per-region.default-quota'],
];
const COUNTED_RIGHT: (RightCase | string)[] = [
  'Region quota out of the box: 5 VPCs',
  'the starting limit is 50 Network Load Balancers per Region',
  'our team runs 3 VPCs per Region',
  'we peered 8 VPCs last quarter',
  'staging alone already uses 12 Application Load Balancers',
];
describeFlagCases('a service counted by the figure is its subject', COUNTED_WRONG, COUNTED_RIGHT);
