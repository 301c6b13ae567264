import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkAssertions } from '../../../src/shared/notes/assertCheck';
import { checkSection } from '../../../src/shared/notes/factCheck';

// Session 14's yes/no facts (scope, state, encryption defaults, immutable settings, billing), each read in
// wordings written for this test (true and false, negated, inverted, abbreviated), none taken from an evaluation set.
const root = join(import.meta.dirname, '..', '..', '..');
const checker = loadFactRules(root);

function asserted(line: string, heading: string[] = []): string[] {
  return checkAssertions(line, heading, checker.asserts, checker.index).map((f) => f.factId);
}

const WRONG: [string, string, string[]?][] = [
  // EBS volume size
  ['You can shrink an EBS volume with Elastic Volumes.', 'ebs.volume.size-decrease'],
  ['An EBS volume can be reduced in size without downtime.', 'ebs.volume.size-decrease'],
  ['EBS volume size can be decreased at any time.', 'ebs.volume.size-decrease'],
  // SQS queue type
  ['A standard queue can later be converted to a FIFO queue.', 'sqs.queue.type-conversion'],
  ['You can switch an existing standard queue to FIFO from the console.', 'sqs.queue.type-conversion'],
  ['The SQS queue type can be changed after creation.', 'sqs.queue.type-conversion'],
  // DynamoDB encryption at rest
  ['DynamoDB encryption at rest is optional.', 'kms.dynamodb.encryption-at-rest'],
  ['DynamoDB encryption at rest must be enabled per table.', 'kms.dynamodb.encryption-at-rest'],
  ['DynamoDB table encryption is off by default.', 'kms.dynamodb.encryption-at-rest'],
  // DynamoDB global tables
  ['DynamoDB global table replicas are read-only.', 'disaster-recovery.dynamodb-global-tables.multi-active'],
  ['In DynamoDB, secondary replicas of a global table only serve reads.', 'disaster-recovery.dynamodb-global-tables.multi-active'],
  ['DynamoDB global tables are active-passive.', 'disaster-recovery.dynamodb-global-tables.multi-active'],
  // Lambda@Edge Region
  ['Lambda@Edge functions can be created in any Region.', 'cloudfront.lambda-edge.region'],
  ['You can deploy a Lambda@Edge function in the Region of your choice.', 'cloudfront.lambda-edge.region'],
  ['Lambda@Edge functions do not have to live in us-east-1.', 'cloudfront.lambda-edge.region'],
  // Security groups / NACLs
  ['Security groups are stateless.', 'vpc.security-group.stateful'],
  ["SGs aren't stateful, so you need outbound rules for replies.", 'vpc.security-group.stateful'],
  ['- stateless: return traffic needs its own rule', 'vpc.security-group.stateful', ['VPC', 'Security groups']],
  // EFS encryption at rest
  ['An EFS file system can be encrypted later from the console.', 'efs.encryption-at-rest.creation-only'],
  ['You can encrypt an existing EFS file system in place.', 'efs.encryption-at-rest.creation-only'],
  // Lambda concurrency billing
  ['Reserved concurrency is billed per function per hour.', 'lambda.reserved-concurrency.price'],
  ['Lambda reserved concurrency costs extra.', 'lambda.reserved-concurrency.price'],
  ['Provisioned concurrency is free.', 'lambda.provisioned-concurrency.price'],
  ['Provisioned concurrency is not charged.', 'lambda.provisioned-concurrency.price'],
  // RDS storage
  ['RDS allocated storage can be reduced later on.', 'rds.storage.decrease'],
  ['You can scale down RDS storage after a cleanup.', 'rds.storage.decrease'],
  // NLB / GWLB security groups
  ['Network Load Balancers do not support security groups.', 'nlb.security-groups.support'],
  ["An NLB can't have a security group; filter on the targets instead.", 'nlb.security-groups.support'],
  ['A Gateway Load Balancer can have security groups.', 'gwlb.security-groups.support'],
  ['You can attach a security group to a GWLB.', 'gwlb.security-groups.support'],
  // SQS FIFO delivery
  ['SQS FIFO queues are at-least-once.', 'sqs.fifo.exactly-once'],
  ['FIFO queues deliver messages at least once.', 'sqs.fifo.exactly-once'],
  // CloudTrail log encryption
  ['CloudTrail log files are not encrypted by default.', 'cloudtrail.log-files.default-encryption'],
  ['CloudTrail logs are stored unencrypted by default.', 'cloudtrail.log-files.default-encryption'],
  // S3 Replication versioning
  ['S3 Replication does not require versioning.', 's3.replication.versioning-required'],
  ['Cross-Region Replication: versioning is optional on the destination bucket.', 's3.replication.versioning-required'],
  // WAF and NLB
  ['AWS WAF can protect a Network Load Balancer.', 'waf.resources.nlb'],
  ['You can attach a web ACL to an NLB.', 'waf.resources.nlb'],
  // existing facts now read in sentences without a figure
  ['ACM public certificates are billed per certificate.', 'acm.public.price'],
  ['A stopped RDS instance stays stopped indefinitely.', 'rds.stop.max-duration'],
  ['Objects in the Intelligent-Tiering Archive Access tier are available in real time.', 's3-storage-classes.intelligent-tiering.archive-restore'],
  ['A DynamoDB transaction is limited to a single table.', 'dynamodb.transactions.tables'],
  ['BatchWriteItem only works on one table only.', 'dynamodb.batch-write.tables'],
  ['A Lambda@Edge origin request function runs on every request.', 'cloudfront.lambda-edge.origin-request'],
];

const RIGHT: [string, string[]?][] = [
  ['EBS volumes can only grow: Elastic Volumes cannot shrink them.'],
  ['You cannot shrink an EBS volume; copy the data to a smaller new volume instead.'],
  ['Elastic Volumes let you change the type of an EBS volume without detaching it.'],
  ['You cannot convert a standard queue into a FIFO queue.'],
  ['The queue type is fixed at creation.'],
  ['DynamoDB encryption at rest is always on and cannot be disabled.'],
  ['DynamoDB encryption at rest is enabled by default.'],
  ['DynamoDB encryption in transit uses TLS, and client-side encryption is optional.'],
  ['DynamoDB global tables are multi-active: every replica accepts writes.'],
  ['Aurora Global Database secondary clusters are read-only.'],
  ['Lambda@Edge functions must be created in us-east-1.'],
  ['Lambda@Edge functions are authored in US East (N. Virginia) and replicated to edge locations.'],
  ['Security groups are stateful; network ACLs are stateless.'],
  ['Security groups are stateful and NACLs are stateless.'],
  ['Unlike security groups, network ACLs are stateless.'],
  ['NACLs are stateless, so allow the ephemeral ports for return traffic.'],
  ['Network Firewall has stateless and stateful rule groups.'],
  ['Security groups are not stateless.'],
  ['EFS encryption at rest can only be enabled at creation.'],
  ['You cannot encrypt an existing EFS file system; create a new encrypted one.'],
  ['EFS encryption in transit is enabled later, when you mount the file system.'],
  ['Reserved concurrency is free of charge; provisioned concurrency is billed.'],
  ['Reserved concurrency incurs no additional charges.'],
  ['Provisioned concurrency is billed for as long as it is configured.'],
  ['RDS storage can only be increased, never reduced.'],
  ["You can't reduce the allocated storage of an RDS DB instance."],
  ['Aurora storage can shrink when data is deleted.'],
  ['NLBs support security groups if you add one when you create the load balancer.'],
  ['Network Load Balancers can have security groups.'],
  ['A Gateway Load Balancer does not support security groups.'],
  ['GWLB targets are security appliances with their own security groups.'],
  ['SQS FIFO queues provide exactly-once processing.'],
  ['SQS standard queues are at-least-once; FIFO queues are exactly-once.'],
  ['SNS FIFO topics deliver exactly once to SQS FIFO queues.'],
  ['CloudTrail log files are encrypted by default with SSE-S3.'],
  ['S3 Replication requires versioning on both buckets.'],
  ['DynamoDB global tables replicate without versioning.'],
  ['AWS WAF cannot be attached to an NLB; put an ALB or CloudFront in front.'],
  ['ACM public certificates are free of charge.'],
  ['A stopped RDS instance restarts automatically after 7 days.'],
  ['Objects in the Archive Access tier must be restored first.'],
  ['Archive Instant Access objects are available in real time.'],
  ['A DynamoDB transaction can span multiple tables in one Region.'],
  ['An origin request function runs only on cache misses.'],
];

describe('session 14 yes/no facts', () => {
  for (const [line, factId, heading] of WRONG)
    it(`flags: ${line}`, () => {
      expect(asserted(line, heading ?? [])).toEqual([factId]);
    });
  for (const [line, heading] of RIGHT)
    it(`leaves alone: ${line}`, () => {
      expect(checkSection(line, heading ?? [], checker)).toEqual([]);
    });
});
