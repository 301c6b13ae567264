/**
 * Session 28, helper G (issue 14 item 2): central yes/no behaviours of SNS, Kinesis Data Streams, Step Functions,
 * Secrets Manager, Systems Manager, Organizations, GuardDuty and CloudTrail that the KB did not state (scope,
 * defaults, what a feature needs). Every line was written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // SNS
  ['SNS cannot deliver messages to an SQS queue in another Region', 'sns.delivery.cross-region'],
  ['Amazon SNS only delivers to subscribers in the same Region only', 'sns.delivery.cross-region'],
  // Kinesis Data Streams
  ['Enhanced fan-out is not available for on-demand Kinesis streams', 'kinesis-data-streams.efo.on-demand'],
  ['Kinesis EFO consumers: only with provisioned streams', 'kinesis-data-streams.efo.on-demand'],
  // Step Functions
  ['Express workflows persist execution state between state transitions', 'step-functions.express.state-persistence'],
  ['Standard workflows do not persist state between transitions', 'step-functions.standard.state-persistence'],
  // Secrets Manager
  ['Secrets Manager managed rotation uses a Lambda function to change the RDS password', 'secrets-manager.managed-rotation.no-lambda'],
  // Organizations
  ['A new AWS organization starts with only consolidated billing', 'organizations.create.default-feature-set'],
  ['SCPs are disabled by default when you create an organization', 'organizations.scp.enabled-by-default'],
  // GuardDuty
  ['GuardDuty Runtime Monitoring is agentless', 'guardduty.runtime-monitoring.agent'],
  ['The GuardDuty security agent sends runtime events over the public internet', 'guardduty.runtime-monitoring.vpc-endpoint'],
  ['GuardDuty agent: runtime events travel over the internet to GuardDuty', 'guardduty.runtime-monitoring.vpc-endpoint'],
  // CloudTrail
  ['CloudTrail is off by default and must be turned on in each new account', 'cloudtrail.account.enabled-at-creation'],
  // Secrets Manager encryption
  ['Secrets Manager secrets are encrypted only with the AWS managed key', 'secrets-manager.encryption.customer-managed-key'],
  ['Secrets Manager encrypts every secret value directly with the KMS key', 'secrets-manager.encryption.envelope'],
  // Step Functions redrive
  ['Failed Express workflows can be redriven from the failed step', 'step-functions.redrive.express'],
  ['A Step Functions redrive reruns the workflow from the beginning', 'step-functions.redrive.skips-successful-steps'],
  // Organizations billing
  ['In AWS Organizations, member accounts still pay their own bills', 'organizations.consolidated-billing.payer'],
  ['Each member account in the organization is billed separately', 'organizations.consolidated-billing.payer'],
  // SNS raw message delivery
  // GuardDuty S3 Protection
  ['GuardDuty S3 Protection requires CloudTrail data events to be turned on first', 'guardduty.s3-protection.no-cloudtrail-data-events'],
  // Step Functions activities
  ['Step Functions activity workers must run on AWS', 'step-functions.activity.worker-anywhere'],
  ['Activity tasks are pushed to the worker by Step Functions, a push model', 'step-functions.activity.worker-polls'],
  // Systems Manager Session Manager
  ['Session Manager preferences are global for the whole account', 'systems-manager.session-manager.preferences-per-region'],
  ['Session Manager cannot keep session logs in S3', 'systems-manager.session-manager.log-destinations'],
  // CloudTrail trail defaults, Kinesis encryption
  ['A new CloudTrail trail logs only write management events', 'cloudtrail.trail.read-write-default'],
  ['Enabling server-side encryption on a Kinesis stream requires downtime', 'kinesis-data-streams.encryption.no-downtime'],
  ['GuardDuty Runtime Monitoring runtime events are available to you for your own queries', 'guardduty.runtime-monitoring.events-not-accessible'],
];

const RIGHT: (RightCase | string)[] = [
  // SNS
  'SNS can push notifications to an SQS queue in a different Region',
  'Cross-Region delivery from SNS works for SQS queues and Lambda functions',
  'The SNS DLQ must sit in the same Region as the subscription',
  'Can SNS deliver to a Lambda function in another Region?',
  // Kinesis Data Streams
  'Both on-demand and provisioned Kinesis streams support enhanced fan-out consumers',
  'EFO gives each consumer its own 2 MB/s per shard, in on-demand mode too',
  'On-demand Kinesis streams scale shards automatically',
  // Step Functions
  'Express workflows do not persist execution state between state transitions',
  'Standard workflows persist execution state internally',
  'If state must survive each transition, pick a Standard workflow over an Express one',
  // Secrets Manager
  'With managed rotation you do not need a Lambda function',
  'Custom secrets rotate through a Lambda rotation function',
  'RDS offers managed rotation for the master user password',
  // Organizations
  'A new organization has all features enabled by default',
  'An organization with only consolidated billing cannot use SCPs',
  'SCPs are enabled automatically in the root of a new organization',
  'RCPs are disabled by default and must be enabled on the root',
  // GuardDuty
  'GuardDuty Runtime Monitoring needs the GuardDuty security agent on EC2, EKS or Fargate',
  'GuardDuty Malware Protection for EC2 is agentless',
  'The GuardDuty agent delivers runtime events through a VPC endpoint',
  'The GuardDuty agent can also reach GuardDuty over a link-local address instead of a VPC endpoint',
  'The GuardDuty security agent keeps runtime data within the AWS network',
  'GuardDuty foundational threat detection needs no agent',
  // CloudTrail
  'CloudTrail is enabled by default when the account is created (event history, 90 days)',
  'CloudTrail Insights is off by default',
  'CloudTrail data events are not logged by default',
  'A trail must be created to keep events longer than 90 days',
  // Secrets Manager encryption
  'Secrets Manager can encrypt a secret with a customer managed KMS key',
  'Secrets Manager uses envelope encryption with a data key per secret value',
  'Secrets Manager does not encrypt the secret value directly with the KMS key',
  'SecureString parameters in Parameter Store are encrypted directly with KMS',
  // Step Functions redrive
  'Standard workflows can be redriven within 14 days of failing',
  'A redrive continues from the failed step and skips the successful ones',
  'Express child workflows in a Distributed Map rerun when you redrive the Map Run',
  // Organizations billing
  'Member accounts in an organization have their bills paid by the management account',
  'With consolidated billing, the management account pays for all member accounts',
  // SNS raw message delivery
  'With raw message delivery, SQS gets the message body without the JSON envelope',
  'Without raw message delivery, SNS wraps each message in JSON metadata',
  // GuardDuty S3 Protection
  'GuardDuty S3 Protection does not need CloudTrail S3 data events enabled',
  'S3 Protection is already enabled when an account turns on GuardDuty for the first time',
  'Accounts that already used GuardDuty can enable S3 Protection at any time with a 30-day trial',
  // Step Functions activities
  'An activity worker can run on EC2, Lambda or even a mobile device',
  'Activity workers poll Step Functions with GetActivityTask',
  'Lambda tasks are invoked by Step Functions directly, no polling needed',
  // Systems Manager Session Manager
  'Session Manager preferences are stored per Region as an SSM document',
  'Session Manager can send session logs to S3 or to CloudWatch Logs',
  'Session Manager API calls are recorded by CloudTrail',
  // CloudTrail trail defaults, Kinesis encryption
  'A CloudTrail trail logs both read and write management events by default',
  'A trail can be set to log only write events to cut noise',
  'While encryption is being enabled the Kinesis stream is UPDATING, but producers can continue to read and write',
  'Kinesis server-side encryption uses KMS keys',
  'GuardDuty keeps the runtime events to itself; you only see the findings',
  'GuardDuty findings are available to you in the console and through EventBridge',
];

describeFlagCases('session 28 helper G: messaging, orchestration, management and security services', WRONG, RIGHT);
