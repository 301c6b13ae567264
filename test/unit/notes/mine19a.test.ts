/**
 * Session 19, helper A (development set 25: compute and containers): the facts added or widened from its
 * misses. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['An ASG can have up to 50 VPC Lattice target groups', 'auto-scaling.group.max-vpc-lattice-target-groups'],
  ['ALB deregistration delay defaults to 60 seconds', 'alb.deregistration-delay.default'],
];

const RIGHT: string[] = [
  'ASG: up to 50 ELB target groups and 5 VPC Lattice target groups per group',
  'ALB connection draining default 300 seconds, up to 3600',
  'ALB health check timeout default 5 s',
];

describeFlagCases('mine19a: facts from set 25', WRONG, RIGHT);
