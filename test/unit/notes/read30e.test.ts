/**
 * Session 30, helper E (issue 14 items 3/4): yes/no lines that name a fact's subject and its property words, yet
 * were read as unsure. Six classes of phrasing, each seen in two or more development sets, written here in our
 * own words (none copied from an evaluation set): a name the subject is only likened to ("… like EFS", "same as
 * an ALB") is no rival and no excluding word; a scene-setting phrase before "you can" ("In a … deployment you can
 * …", "While a task runs you can …"); a negation that belongs to a second predicate or a clause with its own
 * subject ("… and needs no …", "…: the function is never …"); an exclusive "only" with what it leaves out in a
 * negated aside ("only with standard queues, not FIFO", "(no Linux or macOS)"); an excluding word in a
 * consequence after the subject and the property ("-> …", "is Regional: endpoints …", ", so consumers …"); a
 * "no"/"not" inside a hyphenated name ("--no-data-tiering", "sign-up-not-needed"). Wrong lines must be flagged by
 * exactly the named fact; right, negated, contrasted, conditional and question lines by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Likened names: what the subject is compared to names neither a rival subject nor an excluding word.
  ['An NLB has cross-zone load balancing on by default, same as an ALB', 'elb.cross-zone.nlb-default'],
  ['FSx for Windows File Server is mounted over NFS, similar to EFS', 'fsx.windows.protocol-smb'],
  [
    'Launch configurations can be edited after creation just like launch templates',
    'auto-scaling.launch-configuration.immutable',
  ],
  // A scene-setting phrase, no comma, before the generic actor.
  [
    'In a Multi-AZ instance deployment you can route read traffic to the standby',
    'rds.multi-az.standby-readable',
  ],
  ['With Multi-AZ you can offload reads to the standby', 'rds.multi-az.standby-readable'],
  [
    'During a task execution you can update any option through UpdateTaskExecution',
    'datasync.task-execution.update-options',
  ],
  [
    'DataSync: while the task is running you can change every option through UpdateTaskExecution',
    'datasync.task-execution.update-options',
  ],
  // A negation of another predicate after the property.
  ['FSx for Windows is reached over NFS and needs no domain join', 'fsx.windows.protocol-smb'],
  [
    'A Multi-AZ DB instance standby can serve reads and does not need a read replica',
    'rds.multi-az.standby-readable',
  ],
  [
    'Lambda async invocations are exactly once: the function is never invoked twice for one event',
    'lambda.async.duplicates',
  ],
  // "only …" and what it leaves out, denied in an aside.
  ['SQS event source mappings work only with standard queues, not FIFO queues', 'lambda.sqs.fifo-support'],
  [
    'FSx for Windows shares can only be used from Windows clients (no Linux or macOS)',
    'fsx.windows.linux-clients',
  ],
  // An excluding word in a consequence after the subject and the property (an arrow, a colon after a verb, "so").
  ["NLBs don't support security groups -> lock down the targets instead", 'nlb.security-groups.support'],
  [
    'Global Accelerator is a Regional service: its endpoints live in a single Region',
    'global-accelerator.service.scope',
  ],
  [
    'DynamoDB Streams can emit the same record more than once, so consumers need idempotency',
    'dynamodb.streams.exactly-once',
  ],
  // A "no"/"not" inside a hyphenated name (a CLI option, a compound) negates nothing.
  [
    'MemoryDB data tiering on r6gd nodes can be turned off with the --no-data-tiering flag',
    'memorydb.data-tiering.opt-out',
  ],
  [
    'Local Zones are on by default for all accounts (sign-up-not-needed)',
    'local-zones-outposts.local-zone.opt-in',
  ],
];

const RIGHT: string[] = [
  // Likened names: contrasts, questions, the subject itself only likened, right statements.
  'An ALB has cross-zone load balancing on by default, unlike an NLB',
  // A sentence that opens with the likening stays a comparison (assertCheck.test.ts: "Like EBS, …").
  'Like an ALB, an NLB has cross-zone load balancing on by default',
  'ALB has cross-zone load balancing on by default, not like NLB',
  'Does an NLB have cross-zone load balancing on by default like an ALB?',
  'EFS is mounted over NFS, like FSx for Lustre',
  'FSx for ONTAP can be mounted over NFS, just like EFS',
  'Launch templates can be edited by adding a version, unlike launch configurations',
  'Launch templates can be versioned, like many other resources',
  'A stopped instance keeps its EBS root volume, like a hibernated one',
  // Scene-setting phrases: a condition, another deployment type, a negation, the subject set apart.
  'If you use a Multi-AZ DB cluster you can send read traffic to the standby',
  'In a Multi-AZ DB cluster you can send read traffic to the readable standbys',
  "In a Multi-AZ instance deployment you can't send read traffic to the standby",
  'In a Multi-AZ instance deployment you can send read traffic to read replicas, not the standby',
  "After failover you can't read from the Multi-AZ standby",
  // Negations of another predicate: right statements, and a denial of the property itself.
  'FSx for Windows is accessed over SMB and needs an Active Directory',
  'FSx for Windows is accessed over SMB and does not speak NFS',
  'FSx for Windows is not accessed over NFS and needs an AD',
  'Reserved concurrency is free and needs no extra budget',
  'Lambda async invocations are at-least-once: the function is not guaranteed to run only once',
  'NACLs can deny traffic, and the default NACL does not',
  'S3 is strongly consistent: a read never returns stale data',
  'Security groups only allow: the deny action is not supported',
  // "only": the subject is what is allowed, not what is left out.
  'Lambda SQS triggers work with standard and FIFO queues',
  'SQS FIFO queues can trigger Lambda, not just standard queues',
  'Lambda triggers work with FIFO queues, not only standard queues',
  'FSx for Windows is mounted from Windows and Linux clients over SMB',
  // Excluding words that qualify the subject or the property, before the consequence; a label's colon.
  "NLB targets can't have security groups -> use the instance SGs",
  'Global Accelerator endpoints are Regional: each endpoint group sits in one Region',
  'DynamoDB Streams -> Lambda consumers can see a record more than once',
  'DynamoDB Streams records appear exactly once, so consumers can skip dedup',
  'EC2 user data after base64: about a third bigger, the limit applies to the raw form',
  'NLBs support security groups -> attach them when creating the load balancer',
  // Hyphenated names beside a real negation of the property.
  "MemoryDB data tiering can't be turned off, even with --no-data-tiering",
  'Local Zones are not enabled by default (opt-in-required)',
];

describeFlagCases(
  'session 30 E: likened names, scene-setting leads, other predicates, "only … not", consequences, hyphenated names',
  WRONG,
  RIGHT,
);
