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

// A purpose clause opening the sentence ("To use another key, …") names what the steps are for; the main
// clause's verb ("restore a snapshot") says nothing of it. The subject and the property in one clause still count.
describeFlagCases(
  'a purpose clause before the main clause',
  [
    ['A deleted KMS key can be restored', 'kms.deletion.irreversible'],
    ['To save money, note that a deleted KMS key can be recovered later', 'kms.deletion.irreversible'],
    ['To be safe, remember security groups can deny traffic', 'vpc.security-group.deny-rules'],
  ] satisfies WrongCase[],
  [
    'To use another KMS key, restore a Neptune snapshot into a new cluster',
    'To change the KMS key of an encrypted RDS DB, copy a snapshot with the new key and restore it',
    'In order to rotate a KMS key manually, create a new key and point the alias at it',
  ] satisfies (RightCase | string)[],
);

// The writer's own change of a setting, told right after the figure ("after I raised the retention"), makes the
// figure the value chosen, inside the range a maximum and its sibling minimum span; an old maximum said so is no
// claim of the maximum. A figure outside the range, or one the sentence calls a bound, is still judged.
describeFlagCases(
  "the writer's own setting told after the figure",
  [
    ['Kinesis Data Streams keeps data for at most 7 days', 'kinesis-data-streams.retention.max'],
    ['Kinesis Data Streams retention max 7 days after we raised it', 'kinesis-data-streams.retention.max'],
    [
      'Kinesis Data Streams data retained 400 days after we raised the retention',
      'kinesis-data-streams.retention.max',
    ],
  ] satisfies WrongCase[],
  [
    'KDS data retained 7 days after I raised the retention',
    'Kinesis Data Streams: records kept 30 days since we extended the retention period',
  ] satisfies (RightCase | string)[],
);

// "assigned to a role", "attached to one user", "associated with a VPC": the thing a count is counted per, as
// "per role" says it; a per-account quota does not judge it. The same figure per account is still judged.
describeFlagCases(
  'a count attached or assigned to a thing',
  [
    ['IAM: max 20 groups per account', 'iam.account.max-groups'],
    ['IAM: up to 30 managed policies attached to a role', 'iam.role.attached-policies-default'],
  ] satisfies WrongCase[],
  [
    'IAM account access manager: up to 20 groups assigned to an IAM role',
    'IAM: up to 20 managed policies attached to a role',
  ] satisfies (RightCase | string)[],
);
