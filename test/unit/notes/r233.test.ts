/**
 * Session 33, helper r2: figures whose counted noun or label words did not reach their fact. Lines written
 * for these tests (none copied from an evaluation set): wrong ones must be flagged by exactly the named fact,
 * right and restated ones by nothing.
 * - a parenthesis that only says the figure again ("12,288 MB (12 GB) of memory") has no words of its own:
 *   the words after it name the figure before it;
 * - a noun after "per" is a scope, not the counted noun, even when a "per" follows it ("nodes quota per
 *   account per Region = 100" counts nodes); "associated with" links a counted noun to its scope as
 *   "attached to" does;
 * - CloudFront counts invalidation paths in files.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // parenthesised restatement before the attribute words
  ['Lambda functions can use up to 12,288 MB (12 GB) of memory.', 'lambda.memory.max'],
  ['A Lambda function can use 12 GB (12,288 MB) of memory.', 'lambda.memory.max'],
  ['Lambda allows 1 MB (1,024 KB) of environment variables.', 'lambda.env-vars.max'],
  ['Lambda tasks get up to 20,480 MB (20 GB) of /tmp storage.', 'lambda.tmp.max'],
  // a scope noun followed by another scope
  ['DynamoDB tables quota per account per Region = 5,000', 'dynamodb.tables.default-quota'],
  ['KMS keys quota per account per Region = 5,000', 'kms.keys.default-quota'],
  ['IAM roles associated with an instance profile = 5', 'iam.instance-profile.max-roles'],
];

const RIGHT: (RightCase | string)[] = [
  'Lambda functions can be given up to 10,240 MB (10 GB) of memory.',
  'Lambda allows 4 KB (4,096 bytes) of environment variables.',
  'DynamoDB tables per account per Region = 2,500',
  'IAM roles associated with an instance profile = 1',
  'CloudFront lets you invalidate 3,000 files at a time per distribution.',
  'First 1,000 invalidation paths each month are free in CloudFront.',
];

describeFlagCases('session 33 helper r2: nouns and label words that reach their fact', WRONG, RIGHT);
