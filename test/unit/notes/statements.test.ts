/**
 * Non-numeric misconceptions the notes fact-check catches through KB facts with `check.contradicts`
 * (data/kb/*.json). Each statement: wrong phrasings a study note might contain are flagged with the fact,
 * and the right statement, its negation, a near miss and a historical remark are not flagged at all.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';

interface Statement {
  id: string;
  /** Note lines (or small note fragments) that say what the fact contradicts. */
  wrong: string[];
  /** Right, negated, near-miss and historical lines: none may be flagged. */
  right: string[];
}

const STATEMENTS: Statement[] = [
  {
    id: 'dynamodb.batch-write.atomicity',
    wrong: [
      'DynamoDB BatchWriteItem: either all of the items succeed or none',
      'DynamoDB BatchWriteItem is atomic, so a failed put rolls back the batch',
      'DynamoDB: batch writes are all-or-nothing',
      'BatchWriteItem guarantees atomicity across the 25 requests',
    ],
    right: [
      'DynamoDB BatchWriteItem is not atomic: failed requests come back as UnprocessedItems',
      'The individual PutItem and DeleteItem operations in BatchWriteItem are atomic',
      'DynamoDB TransactWriteItems is all-or-nothing',
      'BatchWriteItem is atomic per item only; retry the UnprocessedItems',
    ],
  },
  {
    id: 'dynamodb.batch-write.update',
    wrong: [
      'DynamoDB BatchWriteItem can update up to 25 items in one call',
      'BatchWriteItem: puts, deletes or updates in one request',
      'Use BatchWriteItem, which supports updating many items at once',
    ],
    right: [
      'DynamoDB BatchWriteItem handles puts and deletes, TransactWriteItems puts, deletes and updates',
      'BatchWriteItem cannot update items; use UpdateItem',
      'DynamoDB BatchWriteItem puts or deletes items in one or more tables',
      'A put in BatchWriteItem on an existing item replaces the whole item',
      'DynamoDB TransactWriteItems supports Put, Update, Delete and ConditionCheck actions',
    ],
  },
  {
    id: 'dynamodb.transactions.scope',
    wrong: [
      'DynamoDB transactions can span multiple Regions',
      'DynamoDB supports cross-Region transactions',
      'TransactWriteItems can write items in different AWS accounts',
    ],
    right: [
      'DynamoDB transactions are supported on global tables, which replicate across Regions',
      'DynamoDB transactions work across multiple tables in one account and Region',
      'DynamoDB transactions cannot span Regions or accounts',
      'DynamoDB global tables replicate across Regions',
      'TransactWriteItems can target items in several tables',
    ],
  },
  {
    id: 'ec2.placement-group.cluster-azs',
    wrong: [
      'EC2 cluster placement groups span multiple AZs for resilience',
      'A cluster placement group is multi-AZ',
      'Cluster placement groups survive an AZ failure',
    ],
    right: [
      'EC2 cluster placement groups stay in one AZ, spread groups span multiple AZs',
      'A cluster placement group packs instances close together in one Availability Zone',
      'Cluster placement groups cannot span multiple AZs',
      'Spread placement groups can span multiple AZs',
      'A partition placement group can have partitions in multiple Availability Zones of the same Region',
    ],
  },
  {
    id: 'ec2.placement-group.merge',
    wrong: [
      'EC2 tip: merge two placement groups to get more capacity',
      'Placement groups can be merged later',
      'An EC2 instance can be in multiple placement groups',
    ],
    right: [
      "You can't merge placement groups",
      'An instance can be launched in one placement group at a time',
      'Move a stopped instance into a placement group with the CLI',
    ],
  },
  {
    id: 'ec2.placement-group.dedicated-hosts',
    wrong: [
      'Dedicated Hosts can be launched in a cluster placement group',
      'Placement groups support Dedicated Hosts',
      'For licensing plus low latency, launch Dedicated Hosts into a placement group',
    ],
    right: [
      "You can't launch Dedicated Hosts in placement groups",
      'Dedicated Hosts help with per-socket licensing',
      'Cluster placement groups give low-latency networking between instances',
    ],
  },
  {
    id: 'step-functions.express.execution-guarantee',
    wrong: [
      'Step Functions Express workflows guarantee exactly-once execution',
      'Step Functions\n- Express: exactly-once',
      'Step Functions Express workflows run each step exactly once',
    ],
    right: [
      'Step Functions Express workflows vs Standard exactly-once',
      'Step Functions Standard workflows are exactly-once; Express workflows are at-least-once (async) or at-most-once (sync)',
      'Step Functions Express workflows are not exactly-once',
      'Step Functions Standard: exactly-once execution, up to one year',
      'Use Standard, not Express, when a step must run exactly once',
    ],
  },
  {
    id: 'step-functions.express.integration-patterns',
    wrong: [
      'Step Functions Express workflows support .waitForTaskToken callbacks',
      'Step Functions: the callback pattern with a task token works in Express too',
      'Step Functions standard and express both support .sync jobs',
    ],
    right: [
      'Step Functions: .waitForTaskToken is supported only in Standard, Request Response works in Express',
      'Step Functions: Express supports Request Response, Standard supports .sync',
      'Step Functions Express workflows support only the Request Response pattern',
      'Step Functions Express workflows do not support .waitForTaskToken or .sync',
      'Step Functions Standard workflows support .waitForTaskToken callbacks',
    ],
  },
  {
    id: 'vpc.subnet.cidr-change',
    wrong: [
      "A subnet's CIDR block can be resized later if you run out of IPs",
      'VPC tip: you can expand a subnet CIDR when it fills up',
      'Subnets can be resized after creation',
    ],
    right: [
      "After you create a subnet, you can't change its CIDR block",
      'You can add a secondary CIDR block to a VPC',
      'Create a new, larger subnet when one runs out of addresses',
    ],
  },
  {
    id: 'organizations.scp.grants',
    wrong: [
      'SCPs grant permissions to every account in the OU',
      'Organizations: grant S3 access to member accounts with an SCP',
      'An SCP is enough to give developers access to EC2',
    ],
    right: [
      'SCPs provide access control over member accounts',
      'SCPs provide permission guardrails for every account',
      'SCPs never grant permissions; they set the maximum available permissions',
      'SCPs only limit what IAM policies can grant',
      'IAM policies grant permissions to users and roles',
      'SCPs do not grant access, IAM policies do',
    ],
  },
  {
    id: 'sns.large-message.endpoints',
    wrong: [
      'SNS topics above 256 KiB deliver to any subscriber type',
      'SNS email subscribers receive messages up to 1 MiB',
    ],
    right: [
      'SNS topics with MaximumMessageSize above 256 KiB support only SQS, Lambda and Firehose subscriptions',
      'SNS email subscriptions are for people, not for large payloads',
      'SQS messages can be up to 1 MiB',
    ],
  },
  {
    id: 'cloudfront.acm.region',
    wrong: [
      'CloudFront can use an ACM certificate from any Region',
      'Request the CloudFront certificate in the same Region as the origin',
      'For HTTPS, import the certificate into ACM and attach it to CloudFront from whichever Region you work in',
    ],
    right: [
      'CloudFront only uses ACM certificates from us-east-1',
      'An ALB uses an ACM certificate from the same Region as the load balancer',
      'CloudFront caches content at edge locations in many Regions',
    ],
  },
  {
    id: 'acm.certificate.scope',
    wrong: ['ACM certificates are global', 'ACM: a certificate can be copied to other Regions'],
    right: [
      'ACM certificates used by CloudFront are distributed globally',
      'ACM certificates are Regional; request one in each Region',
      "ACM certificates can't be copied between Regions",
      'IAM is a global service',
    ],
  },
  {
    id: 'transit-gateway.scope.regional',
    wrong: ['A transit gateway is global', 'One transit gateway spans all Regions'],
    right: [
      'Transit gateway vs Cloud WAN: Cloud WAN is global',
      'A transit gateway is Regional; peer transit gateways to connect Regions',
      'Transit Gateway connects VPCs and on-premises networks through a central hub',
      'CloudFront is a global service',
    ],
  },
  {
    id: 'vpc-endpoints.gateway.services',
    wrong: [
      'Gateway endpoints support SQS and SNS',
      'Use a gateway endpoint for Secrets Manager to avoid the NAT gateway',
      'KMS has a gateway endpoint',
    ],
    right: [
      'Kinesis data goes to S3 through a gateway endpoint',
      'Gateway endpoints support S3 and DynamoDB; interface endpoints cover SQS, SNS and KMS',
      'Gateway endpoints for S3 and DynamoDB, interface endpoints for SQS and KMS',
      'SQS is reached privately through an interface endpoint',
    ],
  },
  {
    id: 's3-storage-classes.standard.min-azs',
    wrong: [
      'S3 Standard replicates data across two AZs',
      'S3 Standard stores objects in a single AZ',
      'S3 Standard keeps data in one Availability Zone',
    ],
    right: [
      'S3 Standard stores data across at least three AZs; One Zone-IA uses one AZ',
      'S3 One Zone-IA stores data in a single AZ',
      'S3 Standard-IA stores data in multiple AZs',
    ],
  },
  {
    id: 'sqs.standard.delivery',
    wrong: [
      'SQS standard queues deliver each message exactly once',
      'SQS standard queue: exactly-once delivery, unlimited throughput',
      'SQS standard queues process each message only once',
    ],
    right: [
      'SQS standard queues: at-least-once delivery; FIFO queues: exactly-once processing',
      'SQS standard queues: at-least-once delivery, FIFO queues: exactly-once processing',
      'SQS standard queues can deliver a message more than once, so make consumers idempotent',
      'SQS FIFO queues give exactly-once processing',
    ],
  },
  {
    id: 'sqs.standard.ordering',
    wrong: [
      'SQS standard queues are strictly ordered',
      'SQS standard queues guarantee message order',
      'SQS standard queue preserves strict ordering',
      'SQS standard queues deliver messages in the exact order they were sent',
    ],
    right: [
      'SQS standard queues make a best-effort attempt to keep the order',
      'SQS standard queues do not guarantee ordering; use FIFO',
      'SQS standard vs FIFO queues: FIFO preserves the order',
      'SQS FIFO queues keep the exact order within a message group',
    ],
  },
  {
    id: 'rds.read-replica.replication',
    wrong: [
      'RDS read replicas use synchronous replication',
      'RDS read replicas are updated synchronously with the primary',
      'RDS read replicas have zero replication lag',
    ],
    right: [
      'RDS read replicas use asynchronous replication',
      'RDS Multi-AZ uses synchronous replication, read replicas asynchronous',
      'RDS Multi-AZ standby is synchronous; read replicas are asynchronous and can lag',
      'RDS read replicas are not synchronous',
    ],
  },
  {
    id: 'rds.multi-az.replication',
    wrong: [
      'RDS Multi-AZ uses asynchronous replication to the standby',
      'RDS Multi-AZ: the standby is replicated asynchronously',
    ],
    right: [
      'RDS Multi-AZ uses synchronous replication to a standby in another AZ',
      'RDS Multi-AZ with read replicas: the replicas use asynchronous replication',
      'RDS Multi-AZ is synchronous, read replicas are asynchronous',
      'RDS read replicas use asynchronous replication',
    ],
  },
  {
    id: 'aurora.replicas.shared-storage',
    wrong: [
      'Aurora Replicas each keep their own copy of the data',
      'Aurora Replicas have their own storage volume',
      'Aurora copies the data to each replica',
    ],
    right: [
      'Aurora Replicas share the cluster volume but RDS replicas have their own copy',
      'Aurora Replicas connect to the same storage volume as the primary',
      'Aurora stores six copies of the data across three AZs',
      'RDS read replicas each have their own storage',
      'Aurora Replicas do not have their own storage',
    ],
  },
  {
    id: 'kinesis-data-streams.ordering.scope',
    wrong: [
      'Kinesis provides global ordering across shards',
      'Kinesis Data Streams guarantees ordering across all shards',
      'Kinesis keeps records ordered across the whole stream',
      'Kinesis sequence numbers are unique across all shards',
    ],
    right: [
      'Kinesis: ordering within a shard, scale throughput across shards',
      'Kinesis Data Streams keeps records ordered within a shard',
      'Kinesis does not order records across shards',
      'Use the same partition key to keep related Kinesis records in order',
      'SQS FIFO queues keep order within a message group',
    ],
  },
  {
    id: 's3-glacier.instant-retrieval.restore',
    wrong: [
      'S3 Glacier Instant Retrieval requires a restore before you can read objects',
      'Glacier IR objects must be restored first',
      'Restore objects from S3 Glacier Instant Retrieval before reading them',
    ],
    right: [
      'S3 Glacier Instant Retrieval gives millisecond access with no restore',
      'S3 Glacier Flexible Retrieval requires a restore before reading',
      'Glacier Instant Retrieval does not need a restore',
      'S3 Glacier Deep Archive objects must be restored first',
    ],
  },
  {
    id: 'dynamodb.gsi.read-consistency',
    wrong: [
      'DynamoDB GSIs support strongly consistent reads',
      'Use a strongly consistent read on the GSI to get the latest DynamoDB data',
      'DynamoDB global secondary indexes are strongly consistent',
    ],
    right: [
      'DynamoDB GSIs are eventually consistent but LSIs support strongly consistent reads',
      'DynamoDB GSIs are eventually consistent only',
      'DynamoDB LSIs support strongly consistent reads',
      'DynamoDB GSIs do not support strongly consistent reads',
      'DynamoDB tables support strongly consistent reads',
    ],
  },
  {
    id: 'dynamodb.lsi.creation',
    wrong: [
      'DynamoDB LSIs can be added later to an existing table',
      'Add a local secondary index to an existing DynamoDB table',
      'DynamoDB local secondary indexes, like GSIs, can be added at any time',
    ],
    right: [
      'DynamoDB LSIs are created with the table but GSIs can be added later',
      'DynamoDB LSIs must be created with the table',
      'DynamoDB GSIs can be added to an existing table at any time',
      'DynamoDB LSIs cannot be added after table creation',
    ],
  },
  {
    id: 'kms.multi-region.at-creation',
    wrong: [
      'KMS: convert an existing key to a multi-Region key when you need DR',
      'Existing KMS keys can later be made multi-Region',
    ],
    right: [
      'KMS multi-Region keys must be created as multi-Region from the start',
      "A single-Region KMS key can't be converted to multi-Region",
      'KMS multi-Region keys share key material and key ID across Regions',
    ],
  },
  {
    id: 'ebs.attach.same-az',
    wrong: [
      'You can attach an EBS volume to an instance in another AZ',
      'EBS volumes can be attached across AZs',
      'EBS volumes are available in all AZs of the Region',
    ],
    right: [
      'An EBS volume attaches only to instances in its own AZ',
      'To move an EBS volume to another AZ, snapshot it and create a volume there',
      'EFS file systems can be mounted from instances in multiple AZs',
      'EBS volumes cannot be attached across AZs',
    ],
  },
  {
    id: 'dynamodb.transactions.indexes',
    wrong: [
      'DynamoDB transactions can query a GSI',
      'DynamoDB TransactGetItems can read from secondary indexes',
    ],
    right: [
      'DynamoDB transactions cannot be performed using indexes',
      'DynamoDB transactions: changes propagate gradually to GSIs and streams',
      'DynamoDB Query can read from a GSI',
    ],
  },
  {
    id: 'dynamodb.transactions.same-item',
    wrong: [
      'DynamoDB transactions allow multiple operations on the same item',
      'In one DynamoDB TransactWriteItems call you can update the same item twice',
    ],
    right: [
      "DynamoDB: you can't target the same item with multiple operations in one transaction",
      'DynamoDB transactions can target up to 100 distinct items',
      'DynamoDB TransactWriteItems groups Put, Update, Delete and ConditionCheck actions',
    ],
  },
  {
    id: 's3-storage-classes.intelligent-tiering.archive-restore',
    wrong: [
      'S3 Intelligent-Tiering objects are always instantly available',
      'S3 Intelligent-Tiering: all access tiers give millisecond access',
      'The S3 Intelligent-Tiering Deep Archive Access tier gives instant access',
    ],
    right: [
      'S3 Intelligent-Tiering Archive Instant Access tier gives millisecond access',
      'S3 Intelligent-Tiering Archive Access tier objects must be restored first',
      'S3 Intelligent-Tiering moves objects between tiers automatically',
    ],
  },
  {
    id: 'sqs.message.redundancy',
    wrong: [
      'SQS stores messages in a single AZ',
      'SQS queues are single-AZ',
      'SQS messages can be lost if an AZ fails',
    ],
    right: [
      'SQS stores each message in multiple AZs before acknowledging it',
      'S3 One Zone-IA stores data in a single AZ',
      'SQS messages are deleted when the retention period ends',
    ],
  },
  {
    id: 'kms.multi-region.independent-policy',
    wrong: [
      'KMS multi-Region keys share the same key policy',
      'A KMS replica key inherits the primary key policy',
    ],
    right: [
      'KMS multi-Region keys share key material and key ID',
      'KMS multi-Region keys each have their own key policy',
      'KMS replica keys have the same key ID as the primary',
    ],
  },
  {
    id: 'api-gateway.custom-domain.certificate-region',
    wrong: [
      'API Gateway edge-optimized custom domains use a certificate in the same Region as the API',
      'API Gateway Regional custom domain names need the certificate in us-east-1',
    ],
    right: [
      'API Gateway edge-optimized custom domains need the ACM certificate in us-east-1',
      'API Gateway Regional custom domain: certificate in the same Region as the API; edge-optimized: us-east-1',
      'API Gateway REST APIs can be edge-optimized, Regional or private',
    ],
  },
  {
    id: 'vpc.subnet.cidr-overlap',
    wrong: [
      'VPC subnets can overlap if they are in different AZs',
      'Overlapping subnets are allowed in one VPC',
    ],
    right: [
      "The CIDR blocks of subnets in a VPC can't overlap",
      'Peered VPCs must not have overlapping CIDR blocks',
      'A VPC can have subnets in several AZs',
    ],
  },
  {
    id: 'vpc.security-group.deny-rules',
    wrong: [
      'Security groups support deny rules',
      'VPC: add a deny rule to the security group to block the attacker',
      'Block a malicious IP with a security group',
    ],
    right: [
      'Security groups support allow rules only; NACLs support allow and deny rules',
      'Use a network ACL, not a security group, to block a specific IP address',
      'Security groups deny all inbound traffic by default',
      'Network ACLs support deny rules',
    ],
  },
  {
    id: 'iam.group.nesting',
    wrong: [
      'IAM nested groups are supported',
      'IAM groups can be nested',
      'IAM: add a group to another group to inherit its permissions',
    ],
    right: [
      'AD groups can be nested; IAM groups cannot',
      'IAM groups cannot be nested; they contain only users',
      'An IAM user can belong to multiple groups',
      'AWS Organizations OUs can be nested',
    ],
  },
  {
    id: 'iam.policy.explicit-deny',
    wrong: [
      'IAM: an explicit allow overrides an explicit deny',
      'IAM policy evaluation: the most permissive policy wins',
      'In IAM, allow always wins',
    ],
    right: [
      'IAM: an explicit deny overrides any allow',
      'IAM: an allow overrides the implicit deny',
      'IAM principals are denied by default until a policy allows the action',
    ],
  },
  {
    id: 'route53.cname.zone-apex',
    wrong: [
      'Route 53: a CNAME at the zone apex works fine',
      'Route 53: create a CNAME record at the zone apex pointing to the ALB',
      'In Route 53 the zone apex can have a CNAME',
    ],
    right: [
      'Route 53: use an alias record at the zone apex; a CNAME is not allowed there',
      'Route 53: create a CNAME for www.example.com',
      'Route 53 alias records can point to CloudFront distributions',
    ],
  },
  {
    id: 'step-functions.express.history',
    wrong: [
      'Step Functions Express workflows keep a full execution history in the console',
      'Step Functions Express workflows have execution history like Standard',
    ],
    right: [
      'Step Functions Express workflows record execution history only in CloudWatch Logs',
      'Step Functions Standard workflows keep execution history for 90 days',
      'Step Functions Express workflows do not keep execution history',
    ],
  },
  {
    id: 'dynamodb.read.default-consistency',
    wrong: [
      'By default, DynamoDB reads are strongly consistent',
      'DynamoDB reads are strongly consistent by default',
      'DynamoDB: strongly consistent reads are the default',
      'DynamoDB default read consistency: strong',
    ],
    right: [
      'DynamoDB reads are eventually consistent by default; set ConsistentRead for strong reads',
      'S3 is strongly consistent by default',
      'DynamoDB strongly consistent reads cost twice as much as eventually consistent ones',
    ],
  },
  {
    id: 'dynamodb.ttl.deletion-timing',
    wrong: [
      'DynamoDB TTL deletes items immediately when they expire',
      'DynamoDB expired items are deleted immediately by TTL',
    ],
    right: [
      'DynamoDB TTL deletes expired items in the background, typically within a few days',
      'DynamoDB TTL deletions are free and do not consume write capacity',
      'Filter expired DynamoDB items out of queries until TTL deletes them',
    ],
  },
  {
    id: 's3-glacier.restore.temporary-copy',
    wrong: [
      'Restoring from S3 Glacier moves the object back to S3 Standard',
      'S3 Glacier restored objects stay permanently available',
    ],
    right: [
      'A restore from S3 Glacier creates a temporary copy for the days you specify',
      'To keep a Glacier object in Standard, copy the restored object to the Standard class',
      'S3 Lifecycle rules move objects to Glacier after 90 days',
    ],
  },
  {
    id: 's3-glacier.retrieval.default-tier',
    wrong: ['S3 Glacier: Expedited is the default retrieval tier', 'S3 Glacier default retrieval tier: Bulk'],
    right: [
      'S3 Glacier: Standard is the default retrieval tier',
      'S3 Glacier Bulk retrieval is the cheapest option',
      'S3 Glacier Expedited retrieval typically takes 1-5 minutes',
    ],
  },
  {
    id: 'iam.group.principal',
    wrong: [
      'An IAM policy Principal can be an IAM group',
      'In the S3 bucket policy, specify the IAM group as the principal',
      'IAM groups can be used as principals in resource-based policies',
    ],
    right: [
      "An IAM group can't be a principal in a policy",
      'IAM groups attach identity-based policies to many users at once',
      'An IAM role can be the principal in a resource-based policy',
    ],
  },
  {
    id: 'step-functions.express.idempotency',
    wrong: [
      'Step Functions Express workflows are idempotent',
      'Step Functions Express workflows reject executions with the same name',
    ],
    right: [
      'Step Functions Standard workflows return an idempotent response for a running execution with the same name',
      'Step Functions Express workflows are not idempotent; make the state machine logic idempotent',
      'Step Functions Express workflows can run for up to five minutes',
    ],
  },
  {
    id: 'cloudfront.lambda-edge.region',
    wrong: [
      'Lambda@Edge functions can be created in any Region',
      'Deploy the Lambda@Edge function in the same Region as the origin bucket',
    ],
    right: [
      'Lambda@Edge functions are authored in us-east-1 and replicated to edge locations',
      'CloudFront Functions run at edge locations',
      'Lambda functions run in the Region where you create them',
    ],
  },
  {
    id: 'alb.elastic-ip.support',
    wrong: [
      'An ALB supports Elastic IP addresses for allowlisting',
      'Assign an Elastic IP to the Application Load Balancer',
    ],
    right: [
      'An NLB gets one static IP per AZ and can use your Elastic IPs',
      'Put Global Accelerator or an NLB in front of an ALB when clients need static IPs',
      'An ALB routes HTTP requests by path and host',
    ],
  },
  {
    id: 'ec2.placement-group.spot-stop',
    wrong: [
      'EC2 Spot Instances that stop on interruption can be launched in a placement group',
      'EC2 Spot Instances that hibernate on interruption may run in placement groups',
    ],
    right: [
      "EC2 Spot Instances configured to stop on interruption can't be launched in a placement group",
      'EC2 Spot Instances that terminate on interruption can run in a cluster placement group',
      'EC2 Spot Instances can be interrupted with a two-minute warning',
    ],
  },
  {
    id: 'vpc-endpoints.s3.interface-support',
    wrong: ['S3 only supports gateway endpoints', 'A gateway endpoint is the only private way to reach S3'],
    right: [
      'S3 supports both gateway and interface endpoints',
      'DynamoDB and S3 have gateway endpoints',
      'Gateway endpoints are free; interface endpoints are billed per hour',
    ],
  },
  {
    id: 'vpc-endpoints.interface.on-prem',
    wrong: [
      'Interface endpoints are only accessible from within the VPC',
      'VPC interface endpoints are reachable only from inside the VPC',
    ],
    right: [
      'Interface endpoints are reachable from on-premises over Direct Connect or VPN',
      'Gateway endpoints are only usable from within the VPC',
      'Interface endpoints use ENIs with private IPs in your subnets',
    ],
  },
  {
    id: 'iam.group.default-all-users',
    wrong: [
      'New IAM users are automatically added to a default group',
      'IAM has a default group that contains all users',
    ],
    right: [
      'There is no default IAM group that contains all users',
      'Add new IAM users to a group to give them its permissions',
      'Every AWS account has a root user',
    ],
  },
  {
    id: 'iam.user.multiple-groups',
    wrong: ['An IAM user can belong to only one group', 'IAM users can only be in one group'],
    right: [
      'An IAM user can belong to multiple groups',
      'An IAM user can belong to up to 10 groups',
      'Each EC2 instance can be in only one placement group',
    ],
  },
  {
    id: 'step-functions.standard.execution-guarantee',
    wrong: [
      'Step Functions Standard workflows are at-least-once',
      'Step Functions\n- Standard: at-least-once',
    ],
    right: [
      'Step Functions Standard workflows are exactly-once',
      'Step Functions Express: at-least-once (async), at-most-once (sync)',
      'SQS standard queues are at-least-once',
    ],
  },
  {
    id: 's3.replication.existing-objects',
    wrong: [
      'S3 Cross-Region Replication also replicates existing objects',
      'S3: after you add a replication rule, existing objects are automatically replicated',
    ],
    right: [
      'S3 Batch Replication replicates existing objects',
      'S3 live replication copies only new objects; use Batch Replication for existing objects',
      'S3 existing objects are replicated with S3 Batch Replication',
      'S3 replication requires versioning',
    ],
  },
  {
    id: 'kms.multi-region.replica-per-region',
    wrong: [
      'KMS: replicate the key twice into the same Region',
      'KMS: create two replicas of a multi-Region key in the same Region for redundancy',
      'KMS multi-Region keys allow several replicas in the same Region',
    ],
    right: [
      'KMS: each replica of a multi-Region key must be in a different Region',
      'KMS multi-Region keys can have replicas in several Regions',
      'KMS keys are created in one Region',
    ],
  },
  {
    id: 'transit-gateway.peering.accounts',
    wrong: [
      'Transit gateway peering only works within the same account',
      'Transit gateway peering is limited to one AWS account',
    ],
    right: [
      'Transit gateway peering works across accounts and Regions',
      'Share a transit gateway with other accounts through AWS RAM',
      'VPC peering connects two VPCs',
    ],
  },
  {
    id: 'transit-gateway.peering.intra-region',
    wrong: [
      'Transit gateway peering works inter-Region only',
      'Transit gateway peering is only for different Regions',
      'Transit gateway peering works only between Regions',
    ],
    right: [
      'Transit gateway peering supports intra-Region and inter-Region peering',
      'Inter-Region transit gateway peering traffic is encrypted',
      'A transit gateway is a Regional resource',
    ],
  },
  {
    id: 'rds.read-replica.multi-az-failover',
    wrong: [
      'RDS read replicas break when the Multi-AZ primary fails over',
      'RDS: after a Multi-AZ failover, read replicas must be recreated',
    ],
    right: [
      'RDS read replicas switch to the new primary after a Multi-AZ failover',
      'RDS Multi-AZ failover typically completes in one to two minutes',
      'An RDS read replica can be promoted to a standalone instance',
    ],
  },
  {
    id: 'dynamodb.batch-write.tables',
    wrong: [
      'DynamoDB BatchWriteItem only works on a single table',
      'DynamoDB BatchWriteItem is limited to one table',
    ],
    right: [
      'DynamoDB BatchWriteItem writes to one or more tables',
      'DynamoDB BatchWriteItem cannot update items',
      'DynamoDB Query reads from one table or index',
    ],
  },
  {
    id: 'dynamodb.transactions.tables',
    wrong: [
      'DynamoDB transactions are limited to a single table',
      'DynamoDB TransactWriteItems only works within one table',
    ],
    right: [
      'DynamoDB transactions can span multiple tables in one account and Region',
      "DynamoDB transactions can't span Regions",
      'A DynamoDB Query targets one table or index',
    ],
  },
  {
    id: 'cloudfront.functions.events',
    wrong: [
      'Origin response events can also run a CloudFront function',
      'CloudFront Functions can run on origin request and origin response events',
      'Use CloudFront Functions for origin-response header rewrites',
    ],
    right: [
      'CloudFront Functions run on viewer request and viewer response events',
      'CloudFront Functions for viewer events, Lambda@Edge for origin requests',
      'Lambda@Edge can run on origin request and origin response events',
    ],
  },
  {
    id: 'cloudfront.lambda-edge.origin-request',
    wrong: [
      'CloudFront Lambda@Edge origin request triggers run on every request',
      'Lambda@Edge origin-request functions execute even on a cache hit',
    ],
    right: [
      'Lambda@Edge origin request triggers run only on cache misses',
      'Lambda@Edge origin request triggers run on every request to the origin',
      'Lambda@Edge viewer request triggers run on every request',
    ],
  },
  {
    id: 'sqs.fifo.ordering-scope',
    wrong: [
      'SQS FIFO queues guarantee ordering across all message groups',
      'SQS FIFO: different message groups are processed in strict order',
    ],
    right: [
      'SQS FIFO queues keep strict order within each message group',
      'SQS FIFO queues do not order messages across message groups',
      'SQS FIFO queues: use one message group ID to order all messages',
    ],
  },
  {
    id: 'sqs.fifo.group-concurrency',
    wrong: [
      'SQS FIFO messages from the same message group can be processed in parallel',
      'SQS FIFO: messages with the same group ID are processed concurrently by several consumers',
    ],
    right: [
      'SQS FIFO messages from different message groups can be processed in parallel',
      'SQS FIFO messages in the same message group are processed one at a time',
      'SQS standard queues can be processed in parallel',
    ],
  },
  {
    id: 'cloudfront.lambda-edge.version',
    wrong: [
      'Lambda@Edge can use $LATEST so deployments go live at once',
      'Associate a Lambda alias with the CloudFront behavior for Lambda@Edge',
    ],
    right: [
      'Lambda@Edge associations need a numbered function version',
      'Publish a new version before updating the Lambda@Edge association',
      'Lambda aliases can point to a version for ordinary invocations',
    ],
  },
  {
    id: 'ec2.placement-group.zonal-ri',
    wrong: [
      'EC2 zonal Reserved Instances reserve capacity in a cluster placement group',
      'Reserve capacity in a placement group by buying zonal RIs',
    ],
    right: [
      'EC2 On-Demand Capacity Reservations can reserve capacity in a cluster placement group',
      'EC2 zonal Reserved Instances reserve capacity in an Availability Zone',
      'EC2 Regional Reserved Instances do not reserve capacity',
    ],
  },
  {
    id: 'rds.read-replica.multi-az',
    wrong: [
      'RDS read replicas can only be Multi-AZ if the source is Multi-AZ',
      'RDS read replicas are always single-AZ',
    ],
    right: [
      'An RDS read replica can be created as a Multi-AZ DB instance',
      'RDS Multi-AZ standby instances are not read replicas',
      'RDS read replicas can be in another Region',
    ],
  },
  {
    id: 's3-glacier.durability.resiliency',
    wrong: [
      'S3 Glacier Deep Archive is stored in a single AZ',
      'S3 Glacier storage classes have lower durability than Standard',
    ],
    right: [
      'S3 Glacier classes have the same durability as S3 Standard',
      'S3 One Zone-IA is stored in a single AZ',
      'S3 Glacier Deep Archive has the lowest storage price',
    ],
  },
  {
    id: 'vpc-endpoints.dynamodb.interface-support',
    wrong: [
      'DynamoDB only supports gateway endpoints',
      'A gateway endpoint is the only private option for DynamoDB',
    ],
    right: [
      'DynamoDB supports gateway endpoints and interface endpoints',
      'Gateway endpoints exist for S3 and DynamoDB',
      'DynamoDB interface endpoints are reachable from on-premises',
    ],
  },
  {
    id: 'api-gateway.http-api.management',
    wrong: [
      'API Gateway HTTP APIs support API keys and usage plans',
      'API Gateway: attach AWS WAF to the HTTP API',
      'Both REST and HTTP APIs support AWS WAF',
    ],
    right: [
      'API Gateway HTTP APIs cost less than REST APIs with usage plans',
      'API Gateway: choose REST APIs for API keys, usage plans and AWS WAF',
      'API Gateway HTTP APIs support JWT authorizers and CORS',
      'API Gateway REST APIs support usage plans and API keys',
    ],
  },
  {
    id: 'api-gateway.http-api.endpoint-types',
    wrong: ['API Gateway HTTP APIs can be edge-optimized', 'API Gateway private HTTP APIs are supported'],
    right: [
      'API Gateway HTTP APIs are Regional',
      'API Gateway REST APIs can be edge-optimized, Regional or private',
      'API Gateway HTTP APIs cannot be private',
    ],
  },
  {
    id: 'ec2.hibernation.enable-at-launch',
    wrong: [
      'Enable hibernation on a running EC2 instance before stopping it',
      'EC2 hibernation can be enabled later from the console',
    ],
    right: [
      'EC2 hibernation must be enabled when the instance is launched',
      'EC2 hibernation saves RAM to the encrypted EBS root volume',
      'Enable hibernation in the launch template for new instances',
    ],
  },
  // Session 8: compute and deployment services.
  {
    id: 'eks.control-plane.azs',
    wrong: [
      'EKS: the control plane runs in a single AZ',
      'The Amazon EKS control plane is single-AZ, so plan for an AZ outage',
      'EKS control plane lives in one Availability Zone of the Region',
    ],
    right: [
      'EKS runs the control plane across three AZs in one Region',
      'The EKS control plane is not single-AZ: it spans three Availability Zones',
      'Run EKS worker nodes in a single AZ to avoid cross-AZ data transfer',
      'An EKS managed node group can run in one Availability Zone',
    ],
  },
  {
    id: 'codedeploy.in-place.platforms',
    wrong: [
      'CodeDeploy: in-place deployments for Lambda functions replace the code in place',
      'CodeDeploy in-place deployment to ECS stops each task and starts the new revision',
      'With CodeDeploy, ECS supports in-place deployments as well as blue/green',
    ],
    right: [
      'CodeDeploy in-place deployments are only for the EC2/On-Premises compute platform',
      'CodeDeploy deployments to Lambda and ECS are blue/green (traffic shifting)',
      'CodeDeploy in-place deployment: stop the app on each EC2 instance, install the revision, restart it',
      'In CodeDeploy, Lambda does not support in-place deployments',
    ],
  },
  {
    id: 'ec2-purchasing.ri-marketplace.convertible',
    wrong: [
      'Convertible RIs can be sold on the Reserved Instance Marketplace',
      'You can sell unused Convertible Reserved Instances in the RI Marketplace',
      'The Reserved Instance Marketplace accepts both Standard and Convertible RIs',
    ],
    right: [
      'Only Standard Reserved Instances can be sold in the Reserved Instance Marketplace',
      'Convertible RIs cannot be sold on the Marketplace, but they can be exchanged',
      'Standard RIs can be listed in the Reserved Instance Marketplace',
      'Convertible Reserved Instances can be exchanged for other Convertible RIs of equal or greater value',
    ],
  },
  {
    id: 'elastic-beanstalk.deployment.default-policy',
    wrong: [
      'Elastic Beanstalk: the default deployment policy is Rolling',
      'Beanstalk deployment policy defaults to immutable',
      'In Elastic Beanstalk, rolling is the default deployment policy',
    ],
    right: [
      'Elastic Beanstalk uses All at once deployments by default',
      'Elastic Beanstalk: the default deployment policy is all at once, which causes downtime',
      'Immutable is the safest Elastic Beanstalk deployment policy',
      'The EB CLI gives a scalable Elastic Beanstalk environment rolling deployments',
    ],
  },
  // Session 8: storage and database services.
  {
    id: 'ebs.snapshot.scope',
    wrong: [
      'EBS snapshots are stored in a single AZ',
      'EBS snapshots are AZ-specific, like volumes',
      'You can restore an EBS snapshot only in the same AZ',
    ],
    right: [
      'EBS snapshots are stored in S3 and can be restored to any AZ in the Region',
      'EBS volumes are AZ-specific; snapshots are regional',
      'EBS snapshots are not tied to an AZ',
      'Copy an EBS snapshot to another Region for disaster recovery',
    ],
  },
  {
    id: 's3.bucket.name-scope',
    wrong: [
      'S3 bucket names only need to be unique within your account',
      'S3 bucket names are unique per Region',
      'S3: bucket names must be unique in each Region',
    ],
    right: [
      'S3 bucket names must be globally unique',
      'S3 directory bucket names are unique within the Availability Zone',
      'S3 bucket names are not unique per Region but across all accounts',
      'S3 object keys only need to be unique within a bucket',
    ],
  },
  {
    id: 'rds.multi-az.standby-location',
    wrong: [
      'RDS Multi-AZ keeps a standby in another Region',
      'RDS Multi-AZ replicates data to a different Region',
      'Amazon RDS Multi-AZ: synchronous standby in a separate Region',
    ],
    right: [
      'RDS Multi-AZ standby is in another AZ of the same Region',
      'RDS: use cross-Region read replicas for DR in another Region',
      'RDS Multi-AZ does not replicate to another Region',
      'RDS Multi-AZ protects against an AZ failure; for a Region failure use cross-Region read replicas',
    ],
  },
  // Session 9 (helper s9kbA).
  {
    id: 'ses.sandbox.recipients',
    wrong: [
      'SES sandbox: you can send to any recipient, just with a low daily quota',
      'In the SES sandbox an account can send emails to unverified addresses',
      'Amazon SES accounts in the sandbox are able to send to all email addresses',
    ],
    right: [
      'SES sandbox: you can send only to verified addresses and domains or the mailbox simulator',
      'Out of the SES sandbox you can send to any recipient; the sender must still be verified',
      'In the SES sandbox you cannot send to unverified addresses',
      'Before 2015 the SES sandbox could send to any recipient',
    ],
  },
  {
    id: 'ses.sandbox.scope',
    wrong: [
      'The SES sandbox is account-wide, so one production access request covers everything',
      'SES production access applies to all Regions at once',
    ],
    right: [
      'The SES sandbox status is per Region: request production access in each Region',
      'SES production access applies to one Region only',
      'The SES sandbox is not global',
    ],
  },
  {
    id: 'ses.quota.counting',
    wrong: [
      'SES sending quotas are based on the number of messages',
      'An SES email to 50 recipients counts as one against the daily quota',
    ],
    right: [
      'SES sending quotas are based on the number of recipients',
      'An SES message to 10 recipients counts as 10 against the daily quota',
      'SES sending quotas are not based on the number of messages',
    ],
  },
  {
    id: 'cognito.identity-pool.max-identities',
    wrong: [
      'A Cognito identity pool supports up to 1,000,000 identities',
      'Cognito identity pools hold at most 60 million identities',
    ],
    right: [
      'A Cognito identity pool has no limit on the number of identities',
      'A Cognito user pool supports up to 40,000,000 users by default',
      'Cognito identity pools per account: 1,000',
    ],
  },
  {
    id: 'systems-manager.parameter.policies-tier',
    wrong: [
      'Parameter Store standard parameters support parameter policies such as expiration',
      'SSM Parameter Store: parameter policies are available for both tiers',
      'Standard-tier parameters can use a TTL policy in Parameter Store',
    ],
    right: [
      'Parameter Store: only advanced parameters support parameter policies',
      'Standard parameters do not support parameter policies in Parameter Store',
      'Parameter Store advanced parameters support parameter policies like Expiration',
      'Parameter Store standard parameters are free and hold up to 4 KB',
    ],
  },
  {
    id: 'systems-manager.parameter.tier-downgrade',
    wrong: [
      'Parameter Store: an advanced parameter can be reverted to a standard parameter later',
      'You can downgrade an advanced parameter back to standard at any time in Parameter Store',
    ],
    right: [
      'Parameter Store: a standard parameter can be changed to advanced at any time',
      'Parameter Store: an advanced parameter cannot be reverted to a standard parameter',
      'Parameter Store advanced parameters hold up to 8 KB',
    ],
  },
  {
    id: 'x-ray.metadata.indexed',
    wrong: [
      'X-Ray metadata is indexed, so you can search traces by it',
      'X-Ray: metadata can be used in filter expressions',
      'X-Ray filter expressions search annotations and metadata',
    ],
    right: [
      'X-Ray annotations are indexed for filter expressions; metadata is not indexed',
      'X-Ray: use annotations, not metadata, for values you want to search',
      'X-Ray metadata holds any object and is not searchable',
      'X-Ray annotations are indexed key-value pairs',
    ],
  },
  // Session 9 (helper s9kbB).
  {
    id: 'cloudfront.lambda-edge.unsupported-features',
    wrong: [
      'Lambda@Edge functions can use environment variables for configuration',
      'Lambda@Edge supports Lambda layers',
      'Lambda@Edge functions can access resources in your VPC',
    ],
    right: [
      "Lambda@Edge functions can't use environment variables or layers",
      'Lambda@Edge does not support VPC access',
      'Lambda functions can use environment variables and layers',
      'Lambda@Edge functions can make network calls to S3 buckets and DynamoDB tables',
    ],
  },
  // Session 9 (helper s9kbC).
  {
    id: 's3.object.metadata-immutable',
    wrong: [
      'S3 object metadata can be modified in place at any time',
      'Amazon S3: user-defined metadata can be changed after the object is uploaded',
      'In S3 you can update an object metadata in place',
    ],
    right: [
      'S3 object metadata cannot be modified after upload; copy the object to change it',
      'To change S3 metadata, copy the object onto itself with the new metadata',
      'S3 object tags can be changed at any time without copying the object',
      'S3 user-defined metadata is limited to 2 KB',
    ],
  },
  {
    id: 'aurora.clone.region',
    wrong: [
      'Aurora clones can be created in a different AWS Region',
      'Amazon Aurora supports cross-Region cloning',
      'You can clone an Aurora cluster to another Region',
    ],
    right: [
      'Aurora clones are created in the same Region as the source cluster',
      'Aurora cloning works across VPCs and can be shared with other AWS accounts',
      'To copy an Aurora cluster to another Region, copy a snapshot or use Aurora Global Database',
      'Aurora Global Database replicates to up to 10 secondary Regions',
    ],
  },
  // Session 9 (helper s9kbD).
  {
    id: 'app-runner.availability.new-customers',
    wrong: [
      'AWS App Runner is open to new customers',
      'App Runner is available to all new accounts for quick container deployments',
    ],
    right: [
      'AWS App Runner is no longer open to new customers',
      'App Runner is not available to new customers; existing customers can keep using it',
      'ECS on Fargate is open to new customers',
      'App Runner scales on concurrent requests per instance',
    ],
  },
  {
    id: 'shield.srt.support-plan',
    wrong: [
      'Shield Advanced customers get the Shield Response Team on the Basic support plan',
      'The SRT is included with any support plan once you subscribe to Shield Advanced',
    ],
    right: [
      'The Shield Response Team requires a Business or Enterprise support plan',
      'The SRT is not available on the Basic support plan',
      'Shield Standard is included at no extra cost for every AWS customer',
      'Trusted Advisor shows all checks on the Business support plan',
    ],
  },
];

describe('non-numeric statements checked against the knowledge base', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('every statement names a fact that exists and has contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('leaves every wrong phrasing alone when it is historical or a question', () => {
    // The last line carries the statement ("Step Functions\n- Express: exactly-once").
    const lastLine = (text: string, edit: (line: string) => string): string => {
      const lines = text.split('\n');
      lines[lines.length - 1] = edit(lines[lines.length - 1] as string);
      return lines.join('\n');
    };
    for (const s of STATEMENTS)
      for (const text of s.wrong) {
        const past = lastLine(text, (l) => `Before 2019: ${l}`);
        expect(flagged(past), past).not.toContain(s.id);
        const asked = lastLine(text, (l) => `${l}?`);
        expect(flagged(asked), asked).not.toContain(s.id);
      }
  });

  it('takes the subject from the heading when the line names none, and only that subject', () => {
    const under = (heading: string, line: string): string[] =>
      checkClaims(line, [heading], index).map((f) => f.factId);
    expect(under('Amazon DynamoDB', '- Transactions can span multiple Regions')).toContain(
      'dynamodb.transactions.scope',
    );
    expect(under('AWS IAM', '- Groups can be nested')).toContain('iam.group.nesting');
    expect(under('Route 53', '- You can create a CNAME at the zone apex')).toContain(
      'route53.cname.zone-apex',
    );
    expect(under('Amazon SQS', '- Transactions can span multiple Regions')).toEqual([]);
    expect(under('Amazon Cognito', '- Groups can be nested')).toEqual([]);
    expect(under('Amazon EKS', '- The control plane runs in a single AZ')).toContain('eks.control-plane.azs');
    expect(under('Amazon ECS', '- The control plane runs in a single AZ')).toEqual([]);
  });

  for (const s of STATEMENTS)
    describe(s.id, () => {
      it('flags the wrong phrasings', () => {
        expect(s.wrong.length).toBeGreaterThanOrEqual(2);
        for (const text of s.wrong) expect(flagged(text), text).toContain(s.id);
      });
      it('leaves right, negated, near-miss and historical phrasings alone', () => {
        expect(s.right.length).toBeGreaterThanOrEqual(3);
        for (const text of s.right) expect(flagged(text), text).toEqual([]);
      });
    });
});
