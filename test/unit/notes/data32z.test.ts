/**
 * Session 32, helper z (issue 14 item 2): quotas, naming and size limits of SNS, S3, X-Ray, AppSync, AWS Config, KMS,
 * STS, Transfer Family, FSx, AWS Backup and CloudTrail that the KB did not hold yet (each fact quoted from the AWS page
 * it cites, see /work/wt/z-quotes32.md). Every line was written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones (the right figure in other
 * words, a neighbouring limit with its own figure, a default beside a maximum) by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // SNS
  ['SNS topic names can be up to 128 characters', 'sns.topic.name-max-length'],
  ['SNS topic display name: up to 256 characters', 'sns.topic.display-name-max-length'],
  ['SNS email subject lines can be up to 256 characters', 'sns.publish.subject-max-length'],
  ['SNS FIFO: MessageGroupId up to 256 characters', 'sns.publish.message-group-id-max-length'],
  ['SNS FIFO MessageDeduplicationId max length: 64 characters', 'sns.publish.deduplication-id-max-length'],
  // S3
  ['S3 Tables: up to 1,000 namespaces per table bucket', 's3-management.tables.namespaces-per-table-bucket'],
  // X-Ray
  ['X-Ray group names can be 64 characters long', 'x-ray.group.name-max-length'],
  // KMS
  ['KMS alias names can be up to 128 characters', 'kms.alias.name-max-length'],
  // AWS Backup
  ['AWS Backup vault names: 2 to 64 characters', 'backup.vault.name-max-length'],
  ['AWS Backup resource assignment: up to 100 resource ARNs', 'backup.selection.max-resource-arns'],
  // CloudTrail
  ['CloudTrail trail names can be up to 256 characters', 'cloudtrail.trail.name-max-length'],
  [
    'CloudTrail Lake event data store names: up to 64 characters',
    'cloudtrail.lake.event-data-store-name-max-length',
  ],
  // AWS Config
  ['AWS Config: up to 5 configuration recorders per Region', 'config.recorder.per-region'],
  ['AWS Config allows 3 delivery channels per Region', 'config.delivery-channel.per-region'],
  [
    'AWS Config auto-remediation retries 3 times by default',
    'config.remediation.max-automatic-attempts-default',
  ],
  // Transfer Family
  ['Transfer Family user names: 3 to 32 characters', 'transfer-family.user.name-max-length'],
  ['Transfer Family managed workflows support up to 20 steps', 'transfer-family.workflow.max-steps'],
  // AppSync, FSx, KMS
  ['AppSync Events: the max size of one event is 1 MB', 'appsync.events.event-max-size'],
  ['FSx for ONTAP volume autosize can grow a FlexVol up to 100 TB', 'fsx.ontap.volume-autosize.max-size'],
  [
    'A KMS CloudHSM key store needs a cluster with at least 3 active HSMs',
    'kms.cloudhsm-key-store.min-active-hsms',
  ],
  // AWS Config conformance packs
  ['Config conformance pack template body: max 1 MB', 'config.conformance-pack.template-body-max-size'],
  [
    'Conformance pack TemplateS3Uri: the template can be up to 1 MB',
    'config.conformance-pack.template-s3-max-size',
  ],
  // second batch: AppSync Lambda authorizer, SNS list calls, KMS Sign, CloudTrail lookup, FSx throughput
  [
    'AppSync Lambda authorizer responses can be cached for up to 24 hours',
    'appsync.lambda-authorizer.result-ttl-max',
  ],
  [
    'AppSync Lambda authorizer: authorizerResultTtlInSeconds defaults to 300 seconds',
    'appsync.lambda-authorizer.result-ttl-default',
  ],
  ['SNS ListTopics returns up to 1,000 topics per call', 'sns.list-topics.max-per-call'],
  [
    'ListSubscriptionsByTopic returns at most 1,000 subscriptions per call',
    'sns.list-subscriptions-by-topic.max-per-call',
  ],
  ['KMS Sign accepts raw messages up to 64 KB', 'kms.sign.max-message-size'],
  [
    'CloudTrail LookupEvents accepts up to 5 lookup attributes per request',
    'cloudtrail.lookup-events.max-lookup-attributes',
  ],
  [
    'FSx for ONTAP second generation: up to 12,288 MBps per HA pair',
    'fsx.ontap.single-az-2.max-throughput-per-ha-pair',
  ],
  ['FSx ONTAP first-generation Multi-AZ: up to 6,144 MBps', 'fsx.ontap.gen1.max-throughput-per-ha-pair'],
  ['FSx for OpenZFS Multi-AZ max throughput is 4,096 MBps', 'fsx.openzfs.multi-az-max-throughput'],
  // third batch: Config Custom Policy rules, Transfer Family SFTP connectors
  [
    'Config Custom Policy rule: the Guard policy can be up to 100,000 characters',
    'config.custom-policy-rule.policy-text-max-length',
  ],
  [
    'Transfer Family SFTP connectors can open up to 10 concurrent connections to the remote server',
    'transfer-family.sftp-connector.max-concurrent-connections',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // SNS
  'SNS topic name: max 256 characters, FIFO names end in .fifo',
  'SNS topics per account: 100,000 standard and 1,000 FIFO',
  'SNS email endpoints are throttled at 10 messages per second',
  'SES sandbox: 1 email per second',
  'The topic display name (used for SMS) is limited to 100 characters',
  'MaximumMessageSize ranges from 1,024 bytes to 1 MiB',
  'SNS topics accept 256 KiB messages by default',
  'SNS Publish: the Subject must be less than 100 characters',
  'SNS FIFO topics: message group ID and deduplication ID are each up to 128 characters',
  'SNS FIFO deduplication interval is 5 minutes',
  'SQS FIFO: MessageGroupId up to 128 characters',
  // S3
  'S3 Tables allow 10,000 namespaces in each table bucket and 10 table buckets per Region',
  'Multi-Region Access Points: up to 100 per account',
  // X-Ray
  'X-Ray segment documents up to 64 KB; a whole trace document up to 500 KB',
  'X-Ray group name: 1-32 characters',
  'X-Ray keeps trace data for 30 days',
  // KMS
  'A KMS alias name is 1-256 characters and starts with alias/',
  'KMS allows 50 aliases per key',
  // AWS Backup
  'Backup vault names are 2-50 characters',
  'Backup selection: max 500 ARNs, or 30 when using wildcards',
  'AWS Backup: 300 backup vaults per Region',
  // CloudTrail
  'CloudTrail trail name: 3 to 128 characters',
  'CloudTrail Lake: event data store name 3-128 chars, retention 7 days to 10 years',
  'CloudTrail: 5 trails per Region',
  'CloudTrail delivers logs to an S3 bucket whose name is 3 to 63 characters',
  // AWS Config
  'AWS Config allows one customer managed configuration recorder per Region',
  'Only one AWS Config delivery channel per Region per account',
  'AWS Config rules: 1,000 per account per Region',
  'Config remediation: MaximumAutomaticAttempts defaults to 5',
  // Transfer Family
  'Transfer Family usernames can be 3-100 characters',
  'A Transfer Family workflow has at most 8 steps plus 8 exception steps',
  'Transfer Family SFTP connectors: up to 10 files per StartFileTransfer request',
  // AppSync, FSx, KMS
  'AppSync Events: max 240 KB per event, up to 5 events per publish',
  'AppSync Event API publish request: 1.2 MB',
  'AppSync GraphQL subscription payload max 240 KB',
  'FSx ONTAP autosize: maximum size 300 TB, default 120% of the volume size',
  'KMS custom key store: the CloudHSM cluster must have at least two active HSMs in different AZs',
  'To connect a CloudHSM key store the cluster needs at least one active HSM',
  'KMS custom key stores: 10 per account per Region',
  // AWS Config conformance packs
  'AWS Config conformance packs: inline template body up to 51,200 bytes, S3 template up to 300 KB',
  'Conformance pack template in S3: max 300 KB',
  'CloudFormation template body max 51,200 bytes; template in S3 up to 1 MB',
  'Up to 130 Config rules per conformance pack',
  // second batch
  'AppSync Lambda authorizer result TTL: default 0 (no caching), max 3600 seconds',
  'AppSync API cache TTL: 1 to 3,600 seconds',
  'SNS ListTopics: 100 topics per call, then use NextToken',
  'SNS ListSubscriptionsByTopic pages hold 100 subscriptions',
  'KMS Sign: messages up to 4,096 bytes, otherwise sign a digest',
  'KMS Encrypt: plaintext up to 4 KB',
  'CloudTrail LookupEvents: one lookup attribute per request plus a time range',
  'CloudTrail event history lookup: 50 results per page, 2 requests per second',
  'FSx for OpenZFS Single-AZ 1 file systems: throughput up to 4,096 MBps',
  'FSx for OpenZFS SINGLE_AZ_1 throughput capacity ranges from 64 to 4,096 MBps',
  'FSx for OpenZFS Multi-AZ: up to 10,240 MBps',
  'FSx for ONTAP second generation (Single-AZ 2): up to 6,144 MBps per HA pair',
  'FSx ONTAP first generation file systems: 4,096 MBps max throughput per HA pair',
  'FSx for OpenZFS: Multi-AZ up to 10,240 MBps, Single-AZ 1 up to 4,096 MBps',
  'KDS shard: 1 MB/s or 1,000 records/s in, 2 MB/s out',
  // third batch
  'AWS Config Guard policy text: max 10,000 characters',
  'An SFTP connector opens at most 5 concurrent connections and transfers up to 5 files in parallel',
];

describeFlagCases(
  'session 32 helper z: quotas and limits of integration, security and storage services',
  WRONG,
  RIGHT,
);
