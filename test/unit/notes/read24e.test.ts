/**
 * Session 24, helper E (yes/no facts whose property a line says in words the reader set aside). "while" for the
 * time something holds ("while stopped", "while it was on", "while the instance is stopped") sets no second
 * subject against the first; "… while NLB is …", "while gp3 gives …" still do. Examples ending a sentence
 * ("…, e.g. stage=dev", "… such as AWS::Include") are no hedge, as in brackets; a bracketed "(A vs B)" or an
 * "A vs B:" topic label names choices and sets nothing against the claim.
 * What a default is said of may stand before "by default" ("immutable deployments by default"), a preposition not
 * ("… across Regions by default" scopes it).
 * A property as a label and the subject as its value ("official name: …", "default = …") says it of the subject. Every line was written for these tests
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // a temporal "while" is no contrast
  ['EC2 user data you change while stopped runs again on every boot', 'ec2.user-data.restart'],
  [
    'EC2: user data runs on each restart, even one made while the instance is stopped',
    'ec2.user-data.restart',
  ],
  [
    'Turning off EBS encryption by default decrypts volumes made while it was enabled',
    'ebs.encryption-by-default.disable-existing',
  ],
  [
    'Disabling encryption by default decrypts the EBS volumes created while it was on',
    'ebs.encryption-by-default.disable-existing',
  ],
  ['Multi-AZ: the standby serves read traffic while the primary is running', 'rds.multi-az.standby-readable'],
  // examples that end the sentence are no hedge, bracketed or not
  [
    'LF-Tags on a table can carry multiple values for the same key, e.g. stage=dev and stage=test',
    'lake-formation.lf-tag.one-value-per-key',
  ],
  [
    'EFS performance mode can be switched later, for example General Purpose to Max I/O',
    'efs.performance-mode.change',
  ],
  ['StackSets fully support transforms such as AWS::Include', 'cloudformation.stacksets.macros'],
  // a bracketed 'vs' or an 'A vs B:' topic label names the choices, it sets nothing against the claim
  [
    'EFS: the performance mode (General Purpose vs Max I/O) can be changed later on',
    'efs.performance-mode.change',
  ],
  [
    'Dedicated Instances vs Dedicated Hosts: Dedicated Hosts give better performance',
    'ec2.dedicated-instances.hardware',
  ],
  // what a default is said of may stand before "by default"
  [
    'Elastic Beanstalk runs deployments as rolling batches by default',
    'elastic-beanstalk.deployment.default-all-at-once',
  ],
  ['API Gateway cache: every method gets cached by default', 'api-gateway.cache.default-methods'],
  ['Lambda Invoke calls are asynchronous requests by default', 'lambda.invoke.default-type'],
  // a state before "by default" is no gap of "TLS by default": the other side's phrase reads it
  ['New DocumentDB clusters have TLS switched off by default', 'documentdb.tls.default'],
  // a property as a label, the subject as its value
  ['Current name: Kinesis Data Analytics for Apache Flink', 'kinesis-data-streams.flink.name-current'],
  ['Official name: Personal Health Dashboard', 'health-dashboard.name.current'],
  ['Delivery streams to S3, current official name = Kinesis Data Firehose', 'kinesis-firehose.name.current'],
];

const RIGHT: (RightCase | string)[] = [
  'EC2 user data can only be edited while the instance is stopped',
  'EC2 user data runs at first boot only, even if you edit it while stopped',
  'Multi-AZ: the standby stays passive while the primary is running',
  // a contrast with another name after "while" is still read as two subjects
  'ALB cross-zone load balancing is always on while NLB cross-zone is off by default',
  'SQS standard queues deliver at least once while FIFO queues deliver exactly once',
  'Multi-AZ DB instance: the standby serves read traffic while DB cluster standbys are readable too',
  'LF-Tags: a resource holds one value per key, e.g. stage=prod',
  // examples with a verb of their own are claims of their own
  'Services such as StackSets are regional',
  'EFS performance mode (General Purpose vs Max I/O) is fixed at creation',
  'Dedicated Instances vs Dedicated Hosts: the same hardware and the same isolation',
  // a 'vs' between two statements is still a contrast
  'EFS performance mode can be changed vs throughput mode fixed at creation',
  'Elastic Beanstalk deployments are all at once by default',
  'API Gateway stage caching keeps GET methods cached by default',
  // a preposition before "by default" scopes the default: not read as the default itself
  'Elastic Beanstalk deployments use rolling for production environments by default',
  'DocumentDB clusters keep TLS enabled by default',
  'Official name: Amazon Data Firehose (formerly Kinesis Data Firehose)',
  'Current name: Amazon Managed Service for Apache Flink, previously Kinesis Data Analytics',
  'Official name: AWS Health Dashboard; Personal Health Dashboard is the old name',
];

describeFlagCases('read24e: yes/no facts read past wording that is no hedge', WRONG, RIGHT);
