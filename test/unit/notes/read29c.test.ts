/**
 * Session 29, helper C (issue 14 items 3/4, "target undecided"): a figure that two different best-fitting facts
 * each find wrong on their own (a default TTL against a default TTL and a default maximum TTL; a connection count
 * against a count and a rate) is wrong whichever the line means; only for a kind the line says itself. Lines in a
 * student's note style (none copied from an evaluation set). (The helper's two other changes, a settable range of
 * a fixed value and "even <figure>" below a minimum, each caught in one development set only and were not merged.)
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudFront default TTL is 3,600 s', 'caching-patterns.cloudfront.default-ttl'],
  ['CloudFront default TTL: 1 hour', 'caching-patterns.cloudfront.default-ttl'],
  ['MSK IAM access control: max 1,000 TCP connections per broker', 'msk.broker.iam-max-connections'],
];

const RIGHT: (RightCase | string)[] = [
  // Either fact's own figure stays right.
  'CloudFront default TTL is 86,400 seconds',
  'CloudFront default TTL: 24 hours',
  'CloudFront default max TTL is 31,536,000 s',
  'MSK IAM access control allows up to 3,000 TCP connections per broker',
  'MSK IAM auth: max 20 new TCP connections per broker per second',
  // No kind word: a build timeout may be one's own setting below the maximum, though it is not the default.
  'CodeBuild builds time out after 90 minutes',
  'CodeBuild builds time out after 30 minutes',
];

describeFlagCases('read29c: a figure every best-fitting fact finds wrong', WRONG, RIGHT);
