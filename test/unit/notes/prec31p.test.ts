/**
 * Session 31, helper p (issue 14 item 3): true study-note lines flagged by a reading error, each a class of
 * phrasing (not one line). Every line was written for these tests in a student's note style: wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A clause that denies what it says of a figure beyond the fact's bound (below a minimum, above a maximum) says
// what the bound says; a comparison in the clause still states a bound and is judged as usual.
describeFlagCases(
  'a denial of a figure beyond the bound',
  [
    [
      'Intelligent-Tiering auto-tiers 50 KB objects',
      's3-storage-classes.intelligent-tiering.min-object-size',
    ],
    [
      "Intelligent-Tiering doesn't auto-tier objects smaller than 50 KB",
      's3-storage-classes.intelligent-tiering.min-object-size',
    ],
    ['Lambda functions can run for 20 minutes', 'lambda.timeout.max'],
  ] satisfies WrongCase[],
  [
    "Intelligent-Tiering doesn't auto-tier 50 KB objects",
    'S3 Intelligent-Tiering: 50 KB objects are not monitored or auto-tiered',
    'S3 Intelligent-Tiering never auto-tiers 64 KB objects, they stay in Frequent Access',
    "Lambda functions can't run for 20 minutes",
    'A Lambda function cannot be given 20 GB of memory',
  ] satisfies (RightCase | string)[],
);
