/**
 * Session 25, helper b (issue 14 item 2): behaviours and limits of the storage family (S3, storage classes,
 * EBS, EFS, FSx, Storage Gateway, Backup, DataSync, Transfer Family, Snow) that cheat sheets state and the KB
 * did not. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // S3: Requester Pays, SSE-C
  ['Requester Pays buckets allow anonymous access', 's3.requester-pays.anonymous-access'],
  ['With Requester Pays, the bucket owner doesn\'t pay for storage', 's3.requester-pays.owner-pays-storage'],
  ['SSE-C: S3 stores your encryption key so you can read the object later', 's3.sse-c.key-stored'],
  ['SSE-C is enabled by default on new buckets', 's3.sse-c.new-bucket-default'],
  // EBS fast snapshot restore
  ['EBS fast snapshot restore is enabled by default for every snapshot', 'ebs.fast-snapshot-restore.default'],
  // EFS
  ['The EFS Archive storage class works with Provisioned throughput', 'efs.archive.throughput-mode'],
  ['An EFS replication configuration can have multiple destinations', 'efs.replication.one-destination'],
  ['EFS: writes to IA files are eligible to transition again after 12 hours', 'efs.lifecycle.rewritten-transition-delay'],
  // FSx
  ['FSx for Lustre storage capacity can be decreased later', 'fsx.lustre.storage-decrease'],
  ['FSx for Lustre: wait at least 1 hour between storage capacity increases', 'fsx.lustre.storage-increase-interval'],
  // Storage Gateway, Backup
  ['Tape Gateway: archived tapes go to S3 Standard-IA', 'storage-gateway.tape.archive-storage-classes'],
  ['Storage Gateway accepts up to 5 RefreshCache operations at a time', 'storage-gateway.refresh-cache.concurrent'],
  ['AWS Backup: the start window can be as short as 15 minutes', 'backup.window.start-min'],
  // S3 replication, multipart, lifecycle
  ['SSE-C encrypted objects cannot be replicated', 's3.replication.sse-c'],
  ['Incomplete multipart uploads are not billed', 's3.multipart.incomplete-billed'],
  ['S3 lifecycle expiration deletes objects immediately at midnight', 's3.lifecycle.expiration-asynchronous'],
  ['In a versioned bucket, the lifecycle Expiration action deletes all versions', 's3.lifecycle.expiration-current-version'],
  // DataSync, Transfer Family
  ['DataSync deletes destination files that were deleted in the source by default', 'datasync.options.preserve-deleted-files-default'],
  ['DataSync does not overwrite files at the destination', 'datasync.options.overwrite-default'],
  // Transfer Family endpoints, Volume Gateway, EBS snapshot copies
  ['Transfer Family server endpoint supports up to 5 Elastic IP addresses', 'transfer-family.vpc-endpoint.max-elastic-ips'],
  ['Transfer Family PUBLIC endpoint supports Elastic IP addresses', 'transfer-family.public-endpoint.elastic-ip'],
  ['Volume Gateway snapshots cannot be restored as EBS volumes', 'storage-gateway.volume.snapshots-to-ebs'],
  ['An encrypted snapshot can be copied unencrypted', 'ebs.snapshot.copy-of-encrypted'],
];

const RIGHT: (RightCase | string)[] = [
  'Requester Pays: every request must be authenticated, no anonymous access',
  'With Requester Pays the requester pays for requests and downloads; the bucket owner pays for storage',
  'SSE-C: S3 does not store your key, only a salted HMAC of it',
  'SSE-C is disabled by default for new general purpose buckets',
  'SSE-S3 is enabled by default for every new object upload',
  'EBS fast snapshot restore is disabled by default; enable it per AZ',
  'The EFS Archive storage class needs Elastic throughput and General Purpose mode',
  'EFS replication: one destination file system per replication configuration',
  'EFS: writes to IA files land in Standard and can transition again after 24 hours',
  'FSx for Lustre storage capacity can only be increased',
  'FSx for Lustre: 6 hours between storage capacity increases',
  'FSx for ONTAP second-generation file systems can decrease SSD storage',
  'Tape Gateway archives ejected tapes to S3 Glacier Flexible Retrieval or Deep Archive',
  'S3 File Gateway: at most 2 RefreshCache operations at a time',
  'AWS Backup start window: default 8 hours, minimum 60 minutes',
  'SSE-C objects can be replicated with CRR',
  'SSE-KMS objects can be replicated once you allow the KMS key',
  'Incomplete multipart uploads keep costing storage until you abort them',
  'Add a lifecycle rule that aborts incomplete multipart uploads after 7 days',
  'S3 lifecycle expiration is asynchronous, objects are queued for removal',
  'In a versioned bucket, the Expiration action only adds a delete marker; use NoncurrentVersionExpiration for old versions',
  'DataSync keeps destination files that are missing from the source',
  'DataSync overwrites changed files at the destination by default',
  'EFS latency: reads as low as 250 µs, writes about 2.7 ms on Regional file systems',
  'A new gp2 volume bursts to 3,000 IOPS on its initial I/O credits',
  'Transfer Family VPC endpoint: attach up to 3 Elastic IPs, one per subnet',
  'Transfer Family: a PUBLIC endpoint has no static IPs; use a VPC endpoint with Elastic IPs',
  'Volume Gateway snapshots can be restored to EBS volumes in EC2',
  'Copying an encrypted EBS snapshot: you can\'t make an unencrypted copy',
  'You can encrypt the copy of an unencrypted snapshot',
  // verifier vb: true lines the first wording of four facts flagged
  'With Requester Pays, the bucket owner does not pay for data transfer, only storage',
  'DataSync only copies changed data, it does not overwrite unchanged files',
  'Volume Gateway snapshots are EBS snapshots, not EBS volumes',
  'Lifecycle expiration is not immediate, objects are removed asynchronously',
];

describeFlagCases('session 25 helper b: storage family', WRONG, RIGHT);
