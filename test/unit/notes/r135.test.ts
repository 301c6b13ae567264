/**
 * Session 35, helper r1 (voice and word order): the property first and the subject after it as the agent or means
 * of a passive verb ("… are served by <subject>", "-> found by <subject>", "are used for <subject>", "can be placed
 * into … with <subject>"), read as "<subject> does <property>" (passiveReads in assertCheck.ts). Every line was written for these
 * tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // "by <subject>" after a copula and a participle.
  ['Strongly consistent reads are served by MemoryDB replicas', 'memorydb.replica.consistency'],
  ['RDS database engines are scanned by Amazon Inspector', 'inspector.resources.scanned'],
  // Note shorthand: an arrow or a colon, then a bare participle and "by".
  ['Sensitive data in S3 -> found by Amazon Inspector', 'inspector.targets.no-s3'],
  ['Temporary credentials: issued directly by Cognito user pools', 'cognito.user-pool.aws-credentials'],
  // Another preposition after a copula and a participle, the service's name first.
  ['SCPs are used for Control Tower detective controls', 'control-tower.detective.config-rules'],
  // The passive verb before the property, the subject the means after it.
  ['The copy can be placed into another Availability Zone with EBS CopyVolumes', 'ebs.copy-volumes.same-az'],
];

const RIGHT: (RightCase | string)[] = [
  // The official side said in the passive.
  'Eventually consistent reads are served by MemoryDB replicas',
  'Temporary credentials are issued by Cognito identity pools',
  'AWS Config rules are used for Control Tower detective controls',
  // A negated passive: which word the negation denies is left unsure, never read as asserted.
  'S3 buckets are not scanned by Inspector',
  'Read-after-write consistency is not provided by MemoryDB replicas',
  'S3 buckets are scanned by Macie, not by Inspector',
  // Another agent named after the passive: the property is that one's.
  'Inspector: S3 buckets are scanned by Amazon Macie',
  // The subject before a passive whose agent is its own service: read as before.
  'Objects in S3 Glacier are encrypted by default by S3',
  // A participle whose "by" does not name an agent of the property.
  'Strongly consistent reads are replaced by MemoryDB replicas in this design',
];

describeFlagCases('r1 35: passive voice, subject as agent after the property', WRONG, RIGHT);
