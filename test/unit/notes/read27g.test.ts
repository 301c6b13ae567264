/**
 * Session 27, helper G (issue 14 items 3/4): yes/no facts whose subject and property words a line uses, but which
 * the reader did not read. Sub-classes of phrasing: the property as the modifier of its subject noun ("no
 * cross-Region read replicas", "caps concurrent connections"); a copula dropped before "supported on/for" and a
 * list joined by "&" after it; "both X and Y" (a list, not a contrast); another fact's subject words in the line
 * whose own context words are absent (not a second subject); an exclusive "only"/"always" restated in an aside
 * ("- nothing else", "(no way around it)"). Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or
 * unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The property directly before the noun it qualifies.
  ['RDS for PostgreSQL cannot have cross-Region read replicas', 'rds.read-replica.cross-region'],
  ['- RDS MySQL: no cross-Region read replicas, use snapshots', 'rds.read-replica.cross-region'],
  ['WebSocket APIs in API Gateway: hard limit concurrent connections per account', 'api-gateway.websocket.concurrent-connections'],
  ['AWS Batch enforces a maximum job timeout on each queue', 'batch.job-timeout.no-max'],
  // No copula before "supported on / available for"; names listed with "&".
  ['Multi-Attach supported on st1 volumes as well', 'ebs.multi-attach.gp-hdd'],
  ['KMS: automatic rotation available for RSA & ECC KMS keys', 'kms.rotation.key-types'],
  // "both X and Y": one statement about each.
  ['AS2 in Transfer Family can store received files in both S3 and EFS', 'transfer-family.as2.s3-only'],
  ['ED25519 key pairs: fine for both Windows and Linux AMIs', 'ec2.key-pairs.ed25519-windows'],
  // An exclusive "only"/"always" restated by "nothing else" / "no way around it" in an aside.
  ['GuardDuty only analyzes CloudTrail, VPC Flow Logs and DNS queries (nothing else)', 'guardduty.sources.protection-plans'],
  ['Aurora always bills I/O requests on top of storage - no way around it', 'aurora.storage.io-optimized'],
  // Another fact's subject words without that fact's context words.
  ['AWS Organizations has separate quotas in each Region', 'organizations.service.global'],
  ['Lightsail static IPs can be moved across Regions', 'lightsail.static-ip.same-az'],
];

const RIGHT: (RightCase | string)[] = [
  // The same properties said the right way, or denied.
  'RDS for MySQL supports cross-Region read replicas',
  'Concurrent connections of API Gateway WebSocket APIs are not capped by a quota',
  'Multi-Attach not supported on st1 volumes',
  'KMS: automatic rotation not available for HMAC KMS keys',
  'ED25519 key pairs are not supported for Windows instances',
  'Lightsail static IPs must stay in the same AZ as their instance',
  'AWS Organizations is a global service',
  // Conditions, questions, another subject set against it.
  'Cross-Region read replicas for RDS only if the engine supports them?',
  'Is Multi-Attach supported on st1 volumes?',
  'If Multi-Attach were supported on st1 volumes, clustered apps could share them',
  'Transfer Family SFTP servers can use both S3 and EFS as storage',
  'Aurora, unlike RDS, does not create cross-Region read replicas the same way',
  // A negated aside after "only" that names something else.
  'Transfer Family web apps: S3 only, key-based login (no passwords)',
  // "both" alone is still a contrast or a choice.
  'A function can use destinations or a DLQ for failures, and AWS says both can be set',
];

describeFlagCases('session 27 G: yes/no facts the reader now reads', WRONG, RIGHT);
