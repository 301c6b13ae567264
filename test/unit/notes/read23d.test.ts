/**
 * Session 23, helper D: figures whose subject went unread ("no subject") or whose kind went unread ("target
 * undecided-null"). Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
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

// "cluster: 5-10 nodes": a bare low end whose noun came from the label before the colon joins the high end's
// counted noun into one range; a range given as the value of the attribute's words (":", "=") is the allowed
// range, its ends claims about the minimum and the maximum. Not one whose clause names its case by a figure.
describe('a range after a label', () => {
  it('reads one range, with the high end’s noun', () => {
    const qs = findQuantities('S3 cluster on Snow devices: 4-12 nodes', new Set(['node', 'cluster']), true);
    expect(qs.map((q) => [q.raw, q.noun, q.low, q.value])).toEqual([['4-12 nodes', 'node', 4, 12]]);
  });
});
const STATED_RANGE_WRONG: WrongCase[] = [
  ['AWS Batch retry strategy attempts: 1-3', 'batch.retry-strategy.max-attempts'],
  ['Snowball Edge S3-compatible cluster: 2-16 nodes', 'snow-family.s3-cluster.min-nodes'],
];
const STATED_RANGE_RIGHT: (RightCase | string)[] = [
  'AWS Batch retry strategy attempts: 1-10',
  'Snowball Edge S3-compatible cluster: 3-16 nodes',
  'Fargate 2 vCPU tasks: 4-16 GB memory',
  'SQS max visibility timeout: 0 s to 12 h',
];
describeFlagCases('a range stated as the value of its label', STATED_RANGE_WRONG, STATED_RANGE_RIGHT);
