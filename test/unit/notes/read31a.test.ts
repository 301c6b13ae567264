/**
 * Session 31, helper A (issue 14 items 3/4): a line that names no service but a thing only one service's facts
 * speak of, in a keyword phrase joined by a stop word ("origins per distribution", "access point policy",
 * "custom data identifier"): the phrase is a term of that service (src/shared/notes/termSubjects.ts). Every line
 * was written for these tests in a student's note style (none copied from an evaluation set): wrong lines must
 * be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['origins per distribution: max 50', 'cloudfront.origins.per-distribution'],
  ['Access point policy size limit is 10 KB', 's3.access-point.policy-max-size'],
  ['recipients per email: up to 100 (To + CC + BCC)', 'ses.message.max-recipients'],
  ['custom data identifier: max 100 keywords', 'macie.custom-identifier.max-keywords'],
];

const RIGHT: (RightCase | string)[] = [
  // The official figures, said as a default, a cap, or for two kinds of policy at once.
  'origins per distribution: 100 by default, can be raised',
  'Access point policies are capped at 20 KB',
  'Bucket policy max 20 KB, access point policy max 20 KB',
  // "per account" is where every service counts its quotas: "<thing> per account" names no one service.
  'domains per account: 100',
  'max 300 domains per account',
  // Another service named: the term is not read.
  'Lightsail distributions allow 3 origins per distribution',
  // History is left alone.
  'origins per distribution used to be 25, now 100',
  // A stop word that joins two things or starts a clause, not one thing's name: a verb phrase one service's
  // keywords use ("eligible to transition") is said of other services' lifecycles too.
  'origins and distributions: 25 of each in my lab',
  'lifecycle: objects are eligible to transition after 30 days',
];

describeFlagCases('a keyword phrase joined by a stop word names its one service (session 31)', WRONG, RIGHT);
