import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';

// Session 14 (B): yes/no properties of the services listed in the brief, each in wordings of our own
// (negated, inverted, abbreviated), not taken from any evaluation set.
const WRONG: WrongCase[] = [
  // CloudTrail log files: SSE-S3 by default.
  ['CloudTrail log files are not encrypted by default.', 'cloudtrail.log-files.default-encryption'],
  ['CloudTrail logs are stored unencrypted in the S3 bucket.', 'cloudtrail.log-files.default-encryption'],
  // Fargate: a task shares no CPU, memory or ENI with other tasks.
  ['Fargate tasks share the underlying kernel and CPU with other customers.', 'fargate.task.isolation'],
  ['A Fargate task can share memory with neighbouring tasks on the host.', 'fargate.task.isolation'],
  // Global Accelerator: static anycast IPs; a global service.
  ['Global Accelerator does not give you static IP addresses.', 'global-accelerator.ip.static'],
  ['AWS Global Accelerator hands out dynamic IPs to clients.', 'global-accelerator.ip.static'],
  ['Global Accelerator is a Regional service.', 'global-accelerator.service.scope'],
  // ECR: encrypted at rest by default.
  ['ECR images are not encrypted at rest by default.', 'ecr.encryption.default'],
  ['Amazon ECR stores images unencrypted.', 'ecr.encryption.default'],
  // Cognito: user pools are directories; identity pools give AWS credentials.
  ['Cognito user pools issue temporary AWS credentials.', 'cognito.user-pool.aws-credentials'],
  ['User pools in Cognito give you temporary credentials for S3.', 'cognito.user-pool.aws-credentials'],
  ['Identity pools do not provide AWS credentials.', 'cognito.identity-pool.aws-credentials'],
  // CloudFormation: rollback on creation failure is the default.
  [
    'CloudFormation does not roll back a failed stack automatically.',
    'cloudformation.create.rollback-default',
  ],
  // Aurora Replicas: read-only, serve reads.
  ['Aurora Replicas cannot serve reads; they are only standbys.', 'aurora.replicas.reads'],
  ['Aurora read replicas are only for failover.', 'aurora.replicas.reads'],
  ['Aurora Replicas accept writes as well.', 'aurora.replicas.writes'],
  ['An Aurora reader instance can handle write traffic.', 'aurora.replicas.writes'],
  // ElastiCache Memcached (node-based): no snapshots.
  ['Memcached clusters support automatic backups.', 'elasticache.memcached.snapshots'],
  ['You can take snapshots of a Memcached cluster.', 'elasticache.memcached.snapshots'],
  // ALB: WebSockets yes, UDP no, Lambda targets yes.
  ['ALB does not support WebSockets.', 'alb.websockets.support'],
  ['An Application Load Balancer can load balance UDP traffic.', 'alb.listener.protocols'],
  ['ALBs support TCP listeners.', 'alb.listener.protocols'],
  ['An ALB cannot invoke Lambda functions.', 'alb.targets.lambda'],
  // Transit gateway: a transitive hub.
  ['Transit Gateway routing is not transitive.', 'transit-gateway.routing.transitive'],
  ['A TGW is non-transitive, like peering.', 'transit-gateway.routing.transitive'],
  // Secrets Manager: cross-Region replicas.
  [
    'Secrets Manager secrets cannot be replicated to another Region.',
    'secrets-manager.secret.cross-region-replication',
  ],
  // EventBridge: archive and replay, encrypted archives, cross-account targets.
  ['EventBridge cannot replay past events.', 'eventbridge.archive.replay'],
  ['An event bus does not support archive and replay.', 'eventbridge.archive.replay'],
  ['EventBridge archives are not encrypted by default.', 'eventbridge.archive.encryption-default'],
  [
    'EventBridge rules cannot send events to another AWS account.',
    'eventbridge.event-bus.cross-account-region',
  ],
  // Athena: serverless, queries S3 in place.
  ['Athena is not serverless.', 'athena.service.serverless'],
  ['Athena requires loading the data into tables before you query it.', 'athena.query.in-place'],
  ['Amazon Athena does not query data directly in S3.', 'athena.query.in-place'],
  // Kinesis Data Streams: many consumers; enhanced fan-out throughput is dedicated.
  ['A Kinesis data stream can have only one consumer.', 'kinesis-data-streams.consumers.multiple'],
  ['KDS does not allow multiple consumers on the same stream.', 'kinesis-data-streams.consumers.multiple'],
  [
    'Enhanced fan-out consumers share the 2 MB/s read throughput of each shard.',
    'kinesis-data-streams.enhanced-fan-out.dedicated',
  ],
  ['EFO consumers do not get dedicated throughput.', 'kinesis-data-streams.enhanced-fan-out.dedicated'],
  // AWS Config rules detect, they do not block.
  ['AWS Config rules prevent noncompliant resources from being created.', 'config.rules.prevent'],
  ['Config rules block changes that break compliance.', 'config.rules.prevent'],
  // S3 File Gateway: SMB as well as NFS.
  ['File Gateway does not support SMB, only NFS.', 'storage-gateway.file-gateway.smb'],
  // Parameter Store SecureString: KMS-encrypted.
  ['SecureString parameters are not encrypted at rest.', 'systems-manager.parameter.securestring-kms'],
  ['SecureString values are stored in plaintext.', 'systems-manager.parameter.securestring-kms'],
  // FSx: cross-Region backup copies.
  ['FSx backups cannot be copied to another Region.', 'fsx.backup.cross-region-copy'],
  // IAM permissions boundaries cap permissions, grant none.
  [
    'A permissions boundary grants permissions to the role it is attached to.',
    'iam.permissions-boundary.grants',
  ],
  ['Permission boundaries give permissions like any other policy.', 'iam.permissions-boundary.grants'],
  // Redshift Spectrum queries S3 in place.
  ['Redshift Spectrum requires loading the data into Redshift tables first.', 'redshift.spectrum.in-place'],
  // SNS: subscription filter policies.
  ['SNS cannot filter messages, every subscriber gets everything.', 'sns.filter-policy.support'],
  // API Gateway caching: billed hourly; GET only by default.
  ['API Gateway caching is free.', 'api-gateway.cache.billing'],
  ['API caching is included in the free tier.', 'api-gateway.cache.billing'],
  ['API Gateway caching caches all methods by default.', 'api-gateway.cache.default-methods'],
  // Direct Connect gateway: global.
  ['A Direct Connect gateway is a Regional resource.', 'direct-connect.gateway.global'],
  ['A DX gateway cannot reach VPCs in other Regions.', 'direct-connect.gateway.global'],
  // CloudTrail CLI create-trail: single Region unless told otherwise.
  [
    'The create-trail command creates a multi-Region trail by default.',
    'cloudtrail.create-trail.cli-region-default',
  ],
  // ECR: cross-Region and cross-account replication.
  ['ECR images cannot be replicated to another Region.', 'ecr.replication.cross-region'],
  ['Amazon ECR does not support cross-account replication.', 'ecr.replication.cross-region'],
  // ElastiCache Serverless: encrypted in transit and at rest.
  [
    'ElastiCache Serverless caches are not encrypted in transit.',
    'elasticache.serverless.in-transit-encryption',
  ],
  [
    'ElastiCache serverless caches are not encrypted at rest by default.',
    'elasticache.serverless.at-rest-encryption',
  ],
  // ECS: the task execution role is for the agent, the task role for the app.
  [
    'The ECS task execution role gives your application code access to S3.',
    'ecs.task-execution-role.app-permissions',
  ],
  // ALB: built-in user authentication (OIDC, Cognito).
  ['An ALB cannot authenticate users; put API Gateway in front.', 'alb.authentication.users'],
  // AWS Backup: cross-account copies inside an organization.
  ['AWS Backup cannot copy backups to another account.', 'backup.copy.cross-account'],
  // Kinesis enhanced fan-out: pushed, not polled.
  [
    'Enhanced fan-out consumers poll each shard with GetRecords.',
    'kinesis-data-streams.enhanced-fan-out.push',
  ],
  // Secrets Manager replicas: rotation propagates from the primary.
  ['Replica secrets must be rotated separately in each Region.', 'secrets-manager.replica.rotation'],
  // Organizations: one organization per account.
  ['A member account can belong to multiple organizations.', 'organizations.account.single-organization'],
  // Route 53 private hosted zones: several VPCs, other accounts too.
  ['A private hosted zone can be associated with only one VPC.', 'route53.private-zone.multi-vpc'],
  ['Private hosted zones cannot be shared with VPCs in another account.', 'route53.private-zone.multi-vpc'],
  // Fargate: per-second billing.
  ['Fargate is billed by the hour.', 'fargate.billing.per-second'],
  ['Fargate tasks are not billed per second.', 'fargate.billing.per-second'],
  // ElastiCache Valkey / Redis OSS: snapshots.
  ['ElastiCache for Redis does not support backups.', 'elasticache.valkey-redis.snapshots'],
  // API Gateway: WebSocket APIs.
  ['API Gateway does not support WebSockets.', 'api-gateway.websocket.support'],
  // CloudFormation drift detection reports, it does not fix.
  [
    'Drift detection automatically reverts manual changes to match the template.',
    'cloudformation.drift.auto-correct',
  ],
  // Kinesis on-demand: no shard count to choose.
  [
    'With Kinesis on-demand mode you still specify the number of shards.',
    'kinesis-data-streams.on-demand.shards',
  ],
  // Step Functions billing: Standard per state transition; retries count.
  ['Step Functions Standard workflows are billed by duration.', 'step-functions.standard.billing-unit'],
  ['In Step Functions, retries are free.', 'step-functions.retries.billing'],
];

const RIGHT: RightCase[] = [
  ['CloudTrail log files are encrypted by default with SSE-S3.'],
  ['Fargate tasks do not share CPU or memory with other tasks.'],
  ['Containers in the same Fargate task share the task ENI and ephemeral storage.'],
  ['Global Accelerator provides two static anycast IP addresses.'],
  ['Global Accelerator is a global service.'],
  ['ECR repositories are encrypted at rest by default.'],
  ['Cognito user pools do not issue AWS credentials; identity pools do.'],
  ['Identity pools exchange tokens for temporary AWS credentials.'],
  ['CloudFormation rolls back by default when stack creation fails.'],
  ['Aurora Replicas serve read traffic through the reader endpoint.'],
  ['Aurora Replicas are read-only.'],
  ['Memcached does not support snapshots or replication.'],
  ['Serverless Memcached caches can be backed up with snapshots.'],
  ['ALB supports WebSockets and HTTP/2.'],
  ['ALB does not support UDP; use an NLB.'],
  ['ALB can invoke Lambda functions as targets.'],
  ['A transit gateway provides transitive routing between VPCs.'],
  ['VPC peering is not transitive.'],
  ['Secrets Manager can replicate secrets to other Regions.'],
  ['EventBridge can archive and replay events.'],
  ['EventBridge can route events across accounts.'],
  ['Athena is serverless and queries data directly in S3.'],
  ['Athena results can be loaded into QuickSight dashboards.'],
  ['Multiple consumers can read the same Kinesis data stream.'],
  ['Enhanced fan-out gives each consumer dedicated throughput.'],
  ['AWS Config rules do not prevent changes; use SCPs for that.'],
  ['Config rules flag noncompliant resources.'],
  ['S3 File Gateway supports NFS and SMB.'],
  ['SecureString parameters are encrypted with KMS.'],
  ['FSx backups can be copied across Regions.'],
  ['A permissions boundary does not grant permissions; it only limits them.'],
  ['Redshift Spectrum queries data directly in S3 without loading it.'],
  ['SNS subscriptions can use a filter policy to receive a subset of messages.'],
  ['API Gateway caching is charged by the hour.'],
  ['API Gateway caching covers only GET methods by default.'],
  ['A Direct Connect gateway is global and reaches VPCs in any Region.'],
  ['By default create-trail logs only the Region where the trail was created.'],
  ['ECR supports cross-Region replication.'],
  ['ElastiCache Serverless caches are encrypted in transit and at rest.'],
  ['The ECS task execution role lets the agent pull images from ECR and write logs.'],
  ['ALB can authenticate users with Cognito or any OIDC provider.'],
  ['AWS Backup can copy backups across accounts in an organization.'],
  ['Enhanced fan-out pushes records to consumers over HTTP/2.'],
  ['Rotation of the primary secret propagates to replica secrets.'],
  ['An account can belong to only one organization at a time.'],
  ['A private hosted zone can be associated with several VPCs.'],
  ['Fargate is billed per second, rounded up.'],
  ['ElastiCache Redis OSS caches can be backed up to S3 with snapshots.'],
  ['API Gateway WebSocket APIs support two-way communication.'],
  ['REST APIs in API Gateway do not support WebSockets.'],
  ['Drift detection only reports drifted resources.'],
  ['Kinesis on-demand streams manage shards for you.'],
  ['Step Functions Standard workflows are billed per state transition.'],
  ['In Step Functions each retry is charged as a state transition.'],
];

describeAssertCases('session 14 (B) yes/no facts', WRONG, RIGHT);
