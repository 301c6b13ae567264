/**
 * Session 22, lead: lines written for these tests (none from an evaluation set). Wrong lines must be flagged by
 * exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// gp3's included 3,000 IOPS is what notes and AWS's own pages call its "baseline".
const GP3_BASELINE_WRONG: WrongCase[] = [
  ['gp3 baseline: 6000 IOPS regardless of size', 'ebs.gp3.baseline-iops'],
  ['A gp3 volume has a baseline of 4,000 IOPS', 'ebs.gp3.baseline-iops'],
];
const GP3_BASELINE_RIGHT: (RightCase | string)[] = [
  'EBS gp3 volumes give a baseline of 3,000 IOPS',
  'gp3: 3,000 IOPS included at any size, up to 80,000 provisioned',
];
describeFlagCases('gp3 baseline IOPS', GP3_BASELINE_WRONG, GP3_BASELINE_RIGHT);
