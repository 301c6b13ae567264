/**
 * Session 27, helper C (issue 14 item 2): yes/no properties and defaults of the storage family (S3, S3 storage
 * classes, Glacier, EFS, FSx, Storage Gateway, DataSync, Snow Family, Transfer Family, AWS Backup) taken from the
 * considerations, limitations, defaults and FAQ answers of their AWS pages. Every line was written for these tests
 * in a student's note style: wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // S3 Replication, server access logs, Lifecycle
  ['S3 replication: replica modifications are synced back by default', 's3.replication.replica-modifications-default'],
  ['Server access logs can go to a bucket in another Region', 's3.access-logs.same-region'],
  ['Lifecycle rules can be set on a bucket that has MFA Delete enabled', 's3.lifecycle.mfa-delete-buckets'],
  ['S3 Lifecycle policies require versioning on the bucket', 's3.lifecycle.versioning-not-required'],
  ['In a lifecycle config, the transition takes precedence over expiration', 's3.lifecycle.deletion-precedence'],
  // FSx for Windows File Server
  ['FSx for Windows File Server cannot be mounted from Linux instances', 'fsx.windows.linux-clients'],
  ['FSx for Windows shares are accessible only from Windows clients', 'fsx.windows.linux-clients'],
  ['An FSx for Windows file system can be used by only one instance at a time', 'fsx.windows.concurrent-access'],
  // AWS Backup
  ['AWS Backup: cold storage works for all resource types', 'backup.cold-storage.resource-types'],
  // DataSync, Glacier
  ['DataSync can copy from an on-premises NFS server without an agent', 'datasync.agent.on-premises'],
  ['Glacier Flexible Retrieval: Bulk retrievals are charged per GB like Standard', 's3-glacier.flexible.bulk-free'],
  ['Bulk retrievals from S3 Glacier Flexible Retrieval are not free', 's3-glacier.flexible.bulk-free'],
  ['Glacier vaults: the default data retrieval policy is Free Tier Only', 's3-glacier.vault.retrieval-policy-default'],
  // AWS Backup cross-account
  ['AWS Backup cross-account copy works without AWS Organizations', 'backup.copy.cross-account-organizations'],
  // S3 Versioning default, EFS lifecycle metadata
  ['Versioning is on by default for new S3 buckets', 's3.versioning.default-disabled'],
  ['EFS lifecycle: file metadata is moved to IA along with the data', 'efs.lifecycle.metadata-in-standard'],
  // Object Lock, EventBridge, AWS Backup resources, Deep Archive, restored objects
  ['With Object Lock on, versioning can still be suspended later', 's3.object-lock.versioning-suspend'],
  ['S3 to EventBridge delivery needs a resource-based policy on the event bus', 's3.eventbridge.no-extra-permissions'],
  ['AWS Backup does not support Amazon Redshift', 'backup.resources.supported-types'],
  ['AWS Backup cannot protect VMware VMs', 'backup.resources.supported-types'],
  ['Objects in Deep Archive can be transitioned back later with a lifecycle rule', 's3-glacier.deep-archive.one-way'],
  ['Restored objects can be copied in the S3 console to change their class', 's3-glacier.restore.console-copy'],
];

const RIGHT: string[] = [
  'Replica modification sync is off by default; enable it for two-way replication',
  'S3 replication copies object metadata and tags from source to replica',
  'Server access logs are delivered to a bucket in the same Region',
  'CloudTrail can deliver logs to a bucket in another Region',
  'Lifecycle configuration is not supported on MFA Delete-enabled buckets',
  'Lifecycle rules work on unversioned and versioned buckets',
  'Lifecycle noncurrent version expiration needs versioning',
  'S3 Replication requires versioning on both buckets',
  'Lifecycle: permanent deletion takes precedence over transition',
  'FSx for Windows File Server is accessible from Windows, Linux and macOS clients over SMB',
  'FSx for Lustre is for Linux clients only',
  'Thousands of instances can access an FSx for Windows file system concurrently',
  'AWS Backup cold storage is only for some resource types, such as EFS',
  'Does AWS Backup support cold storage for every resource type?',
  'DataSync needs an agent deployed near the on-premises file server',
  'No agent is needed for DataSync between S3 and EFS',
  'Bulk retrievals are free for Glacier Flexible Retrieval objects',
  'Deep Archive Bulk retrievals typically finish within 48 hours',
  'Bulk is the cheapest Glacier retrieval tier, 5-12 hours',
  'No Retrieval Limit is the default Glacier data retrieval policy',
  'A Free Tier Only retrieval policy keeps retrievals within the free tier',
  'Cross-account backup copies need accounts in the same AWS Organization',
  'AWS Backup can copy recovery points to another Region without Organizations',
  'S3 bucket versioning is disabled by default and must be explicitly enabled',
  'Enabling Object Lock on a bucket also turns on versioning',
  'Lambda versions are immutable snapshots of a function',
  'EFS keeps file metadata such as names and directories in Standard storage',
  'EFS lifecycle moves file data to IA after 30 days without access',
  'After enabling Object Lock you cannot suspend versioning on that bucket',
  'Versioning can be suspended on an ordinary bucket',
  'S3 needs no additional permissions to send events to EventBridge',
  'SNS topics need an access policy that lets S3 publish event notifications',
  'AWS Backup supports Redshift, Timestream and VMware virtual machines',
  'Transitions into Deep Archive are one way',
  'To move an object out of Deep Archive, restore it and then copy it with a new storage class',
  'Use the CLI or SDK to copy restored Glacier objects',
  'Is an FSx for Windows file system shared by many clients at once? Yes, by thousands',
  'If MFA Delete is enabled on a bucket, lifecycle rules cannot be configured on it',
  'Lifecycle rules expire objects on buckets without MFA Delete',
  'Use a lifecycle rule to clean up incomplete multipart uploads',
  'Server access logging is off by default on a new bucket',
  'When an object is eligible for both expiration and transition, S3 expires it',
  'Windows instances mount FSx for Windows shares over SMB',
  'DataSync agents are deployed as VMs on premises',
  'Does the S3 console support copying restored Deep Archive objects? No',
  'Replication can copy replica metadata changes back when replica modification sync is enabled',
  'EventBridge rules route S3 events to other targets',
  'Glacier data retrieval policies apply only to Standard retrievals',
  'Object Lock buckets stay versioned',
  'Cold storage in AWS Backup needs a minimum of 90 days',
];

describeFlagCases('session 27 helper C: storage family properties', WRONG, RIGHT);
