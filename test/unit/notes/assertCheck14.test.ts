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
  // batch 3: scope, defaults, billing, deletion
  ['An S3 bucket is a global resource.', 's3.bucket.region-scope'],
  ['S3 buckets are global and exist in all Regions.', 's3.bucket.region-scope'],
  ['The default endpoint type for an API Gateway REST API is Regional.', 'api-gateway.rest-api.default-endpoint-type'],
  ['Secrets Manager secrets cannot be replicated to other Regions.', 'secrets-manager.secret.cross-region-replication'],
  ['A stopped EC2 instance is still billed for instance usage.', 'ec2.stopped-instance.billing'],
  ['Stopped instances are still charged per hour.', 'ec2.stopped-instance.billing'],
  ['Source/destination checks are disabled by default.', 'ec2.source-dest-check.default'],
  ['RDS automated backups cannot be disabled.', 'rds.backup.max-retention'],
  ['RDS automated backups are kept after the DB instance is deleted.', 'rds.automated-backups.on-delete'],
  ['Aurora automated backups can be turned off.', 'aurora.backup.min-retention'],
  ['Aurora Replicas cannot be promoted to the primary instance.', 'aurora.promotion-tier.max'],
  ['A KMS key can be deleted immediately.', 'kms.deletion.waiting-period'],
  ['You can delete a customer managed key right away.', 'kms.deletion.waiting-period'],
  // batch 4: IAM, Cognito, CloudFormation, DMS
  ['A permissions boundary grants permissions to the role it is attached to.', 'iam.permissions-boundary.grants'],
  ['Permission boundaries give permissions on their own.', 'iam.permissions-boundary.grants'],
  ['Cognito user pools issue temporary AWS credentials.', 'cognito.user-pool.aws-credentials'],
  ['A Cognito identity pool does not provide AWS credentials.', 'cognito.identity-pool.aws-credentials'],
  ['CloudFormation StackSets cannot deploy to multiple accounts.', 'cloudformation.stacksets.scope'],
  ['AWS DMS can migrate on-premises to on-premises.', 'dms.endpoints.aws-required'],
  // batch 5: archive access, ALB protocols, ElastiCache failover
  ['Objects in S3 Glacier Flexible Retrieval are available in real time.', 's3-glacier.archive-classes.real-time-access'],
  ['Glacier Deep Archive objects can be read directly by any application.', 's3-glacier.archive-classes.real-time-access'],
  ['An Application Load Balancer can load balance UDP traffic.', 'alb.listener.protocols'],
  ['ALBs support TCP listeners too.', 'alb.listener.protocols'],
  ['ElastiCache for Redis has no automatic failover.', 'elasticache.replica.automatic-failover'],
  // batch 6: key policies, multi-Region replicas, notification delivery, bus targets, queue default, UltraWarm, weights, Outposts, SAR
  ['A KMS key can have multiple key policies.', 'kms.key-policy.exactly-one'],
  ['Each customer managed key can have more than one key policy.', 'kms.key-policy.exactly-one'],
  ['A multi-Region key can have two replicas in the same Region.', 'kms.multi-region.replica-per-region'],
  ['S3 event notifications are delivered exactly once.', 's3.event-notifications.delivery'],
  ['EventBridge cannot send events to an event bus in another account.', 'eventbridge.event-bus.cross-account-region'],
  ['FIFO is the default SQS queue type.', 'sqs.queue.default-type'],
  ['UltraWarm indexes are writable.', 'opensearch.ultrawarm.backing'],
  ['In Route 53, a weighted record with a weight of 0 still receives traffic.', 'route53.weighted.zero-weight'],
  ['AWS Outposts racks are installed in AWS data centers.', 'local-zones-outposts.outposts.location'],
  ['A DynamoDB global table can have two replicas in the same Region.', 'dynamodb.global-tables.replicas-per-region'],
  ['Applications published to the Serverless Application Repository are public by default.', 'serverless-application-repository.publish.default-private'],
  // batch 8: DAX and strongly consistent reads
  ['DAX caches strongly consistent reads.', 'caching-patterns.dax.strongly-consistent-reads'],
  ['DynamoDB Accelerator can serve strongly consistent reads from its cache.', 'caching-patterns.dax.strongly-consistent-reads'],
  ['DAX is strongly consistent.', 'caching-patterns.dax.strongly-consistent-reads'],
  ['With DAX, reads are strongly consistent.', 'caching-patterns.dax.strongly-consistent-reads'],
  // batch 9: NAT gateway security groups, EBS encryption in place
  ['You can attach a security group to a NAT gateway.', 'vpc.nat-gateway.security-groups'],
  ['A NAT gateway has a security group that must allow outbound traffic.', 'vpc.nat-gateway.security-groups'],
  ['NAT gateways support security groups.', 'vpc.nat-gateway.security-groups'],
  ['An existing EBS volume can be encrypted in place.', 'ebs.encryption.existing-volume-in-place'],
  ['You can encrypt an existing unencrypted EBS volume from the console.', 'ebs.encryption.existing-volume-in-place'],
  ['EBS volumes can be encrypted later from the EC2 console.', 'ebs.encryption.existing-volume-in-place'],
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
  ['S3 bucket names are global, but each bucket is created in a Region.'],
  ['An S3 bucket is a Regional resource.'],
  ['The default endpoint type for REST APIs is edge-optimized.'],
  ['HTTP APIs are Regional only.'],
  ['Secrets Manager secrets can be replicated to other Regions.'],
  ['A stopped instance still incurs charges for its EBS volumes.'],
  ['Stopped instances are not billed for instance usage.'],
  ['Source/destination checks are enabled by default; disable them on a NAT instance.'],
  ['RDS automated backups can be disabled by setting the retention period to 0.'],
  ['Automated backups are deleted when you delete the DB instance; manual snapshots remain.'],
  ['You can choose to retain automated backups when you delete an RDS DB instance.'],
  ['Aurora automated backups cannot be turned off.'],
  ['Aurora Replicas are failover targets.'],
  ['A KMS key cannot be deleted immediately: deletion has a 7 to 30 day waiting period.'],
  ['To stop a KMS key from being used immediately, disable it.'],
  ['A permissions boundary does not grant permissions; it caps them.'],
  ['SCPs and permissions boundaries never grant permissions.'],
  ['Cognito user pools handle sign-up and sign-in and return tokens.'],
  ['Cognito identity pools provide temporary AWS credentials.'],
  ['StackSets deploy one template across multiple accounts and Regions.'],
  ['AWS DMS cannot migrate between two on-premises databases.'],
  ['S3 Glacier Deep Archive objects must be restored before they can be read.'],
  ['S3 Glacier Instant Retrieval gives millisecond access.'],
  ['Use an NLB for UDP; an ALB handles HTTP and HTTPS.'],
  ['Application Load Balancers support HTTP and HTTPS listeners.'],
  ['With Multi-AZ enabled, an ElastiCache read replica is promoted automatically.'],
  ['Memcached has no replication and no automatic failover.'],
  ['A KMS key has exactly one key policy.'],
  ['Each multi-Region replica key must be in a different Region.'],
  ['S3 event notifications are delivered at least once.'],
  ['EventBridge can route events to an event bus in another account or Region.'],
  ['Standard is the default SQS queue type; FIFO must be chosen at creation.'],
  ['UltraWarm indexes are read-only.'],
  ['A weighted record with a weight of 0 stops receiving traffic.'],
  ['AWS Outposts racks are installed on premises in your own data center.'],
  ['A DynamoDB global table has one replica per Region.'],
  ['Applications in the Serverless Application Repository are private by default.'],
  // a negation after the phrase that is about another predicate of a qualified subject, and "not … without"
  ['Secrets Manager secrets replicated to other Regions are not free: each replica is billed.'],
  ['EventBridge events sent to another account are not retried forever.'],
  ['A Cognito identity pool that provides AWS credentials is not a user directory.'],
  ['EventBridge rules cannot target an event bus in another account without a resource policy.'],
  ['StackSets deploying across accounts are not available without trusted access.'],
  ['DAX passes strongly consistent reads through to DynamoDB.'],
  ['DAX does not cache strongly consistent reads.'],
  ['DAX is eventually consistent; use ConsistentRead against DynamoDB itself for strong consistency.'],
  ['DAX caches eventually consistent reads only.'],
  ['DAX writes go to DynamoDB first, so writes are strongly consistent there.'],
  ['You cannot associate a security group with a NAT gateway; use a network ACL on its subnet.'],
  ['A NAT gateway does not support security groups.'],
  ['Instances behind a NAT gateway still use their own security groups.'],
  ['A NAT instance uses a security group, unlike a NAT gateway.'],
  ['You cannot directly encrypt an existing unencrypted EBS volume.'],
  ['To encrypt an existing EBS volume, snapshot it and create an encrypted volume from the snapshot.'],
  ['EBS encryption by default does not encrypt existing volumes.'],
  ['An EBS volume can only be encrypted at creation.'],
  // sentences about a subject's other costs or setup, not the yes/no property itself
  ['Invocations of a function with reserved concurrency are billed per request and duration.'],
  ['Requests served by ACM public certificates are billed by CloudFront and ALB.'],
  ['Invocations that use provisioned concurrency are not charged at the on-demand duration rate.'],
  ['An ElastiCache for Redis cluster with no replicas has no automatic failover.'],
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
