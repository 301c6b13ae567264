/**
 * Session 20, helper B (development set 30: storage, data transfer and databases): the facts added from its
 * misses and their pages' siblings. Every line was written for these tests in a student's note style (none
 * copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['S3 Transfer Acceleration supports bucket names with periods', 's3.transfer-acceleration.bucket-name-periods'],
  ['Transfer Acceleration also works for Express One Zone directory buckets', 's3.transfer-acceleration.directory-buckets'],
  ['S3 Transfer Acceleration: after enabling, wait up to 2 hours for faster transfers', 's3.transfer-acceleration.enable-delay'],
  ['With MFA Delete on, you can remove old versions from the S3 console', 's3.mfa-delete.console'],
  ['With MFA Delete, IAM admins with MFA can permanently remove object versions', 's3.mfa-delete.iam-users'],
  ['S3 Batch Operations restore jobs can use the Expedited tier', 's3-glacier.batch-operations.expedited'],
  ['cascading read replicas: max 6 in a chain', 'rds.read-replicas.cascading-chain'],
  ['RDS Proxy: after IdleClientTimeout the underlying DB connection is closed as well', 'rds.proxy.idle-client-db-connection'],
  ['RDS: time in the stopped state counts toward the backup retention window', 'rds.backup.stopped-time'],
  ['RDS Custom for Oracle supports storage autoscaling', 'rds.custom-oracle.storage-autoscaling'],
];

const RIGHT: string[] = [
  'Transfer Acceleration requires a DNS-compliant bucket name without periods',
  'S3 Transfer Acceleration: enabling can take up to 30 min before speeds go up',
  'MFA Delete: only the root user can permanently delete versions',
  'Batch Operations restore jobs support Standard and Bulk tiers',
  'RDS MySQL cascading replicas: up to 3 in a chain, 4 instances counting the source',
  'RDS MySQL: up to 15 read replicas per source',
  'RDS Proxy idle client timeout closes the client; the DB connection goes back to the pool',
  'RDS for Oracle supports storage autoscaling',
  'RDS for SQL Server: cross-Region read replicas are supported',
];

describeFlagCases('session 20 helper B: storage and databases', WRONG, RIGHT);
