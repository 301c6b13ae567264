/**
 * Session 36, helper s36q2 (issue 14): the Step Functions redrive window (14 days), a quota the KB did not hold.
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right ones in other words by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'You can redrive a failed Step Functions Standard execution up to 30 days after it fails.',
    'step-functions.redrive.window-days',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'Failed Standard workflow executions can be redriven for up to 14 days.',
  'A timed-out Step Functions execution stays redrivable for two weeks.',
  'Step Functions keeps a closed Standard execution history for 90 days.',
];

describeFlagCases('s36q2: Step Functions redrive window', WRONG, RIGHT);
