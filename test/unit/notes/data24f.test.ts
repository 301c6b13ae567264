/**
 * Session 24, helper F (issue 14 item 2): breadth of the KB for services A to E — behaviours and limits that
 * certification cheat sheets state (scope, defaults, what is or is not supported, billing). Every line was
 * written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // API Gateway
  ['API Gateway answers throttled calls with HTTP 503 Service Unavailable', 'api-gateway.throttle.status-code'],
  ['The API Gateway account-level throttle applies to each API separately', 'api-gateway.throttle.account-scope'],
  ['Usage plan quotas in API Gateway are strictly enforced', 'api-gateway.usage-plans.best-effort'],
  ['API Gateway API keys are a good way to authorize callers: use them for authorization', 'api-gateway.api-keys.not-authorization'],
  ['Private REST APIs in API Gateway cannot use custom domain names', 'api-gateway.private-api.custom-domain'],
  ['API Gateway HTTP APIs support X-Ray tracing', 'api-gateway.http-api.xray'],
  ['API Gateway HTTP APIs support canary deployments', 'api-gateway.http-api.canary'],
  ['In API Gateway, edits to a REST API go live immediately', 'api-gateway.rest.redeploy-required'],
  // CloudWatch
  ['A new CloudWatch Logs metric filter is applied retroactively to the log data already in the group', 'cloudwatch.logs.metric-filter.retroactive'],
  ['A CloudWatch dashboard can only show one Region', 'cloudwatch.dashboards.cross-region'],
  ['CloudWatch Logs export to S3 happens in real time', 'cloudwatch.logs.export-s3.not-real-time'],
  ['A CloudWatch alarm cannot reboot an EC2 instance', 'cloudwatch.alarm.ec2-actions'],
  ['CloudWatch metrics are global', 'cloudwatch.metrics.regional'],
  // ALB
  ['An Application Load Balancer has no security groups', 'alb.security-groups.required'],
  ['An ALB cannot send traffic to on-premises servers', 'alb.targets.cross-vpc-ip'],
  // EC2
  ['EC2 AMIs are global, usable in any Region', 'ec2.ami.regional'],
  ['An Elastic IP address is global', 'ec2.eip.regional'],
  ['EC2 simplified automatic recovery is disabled by default', 'ec2.auto-recovery.default'],
  ['Dedicated Hosts do not allow bring your own license', 'ec2.dedicated-host.byol'],
  // EC2 purchasing
  ['Regional Reserved Instances reserve capacity in every AZ of the Region', 'ec2-purchasing.regional-ri.capacity'],
  ['Zonal Reserved Instances do not reserve capacity', 'ec2-purchasing.zonal-ri.capacity'],
  ['Standard Reserved Instances can be exchanged for another instance family', 'ec2-purchasing.standard-ri.exchange'],
  ['Spot Instances: you pay your maximum price', 'ec2-purchasing.spot.price-paid'],
  // CloudFront
  ['Point CloudFront OAC at the S3 static website endpoint to lock the bucket down', 'cloudfront.oac.s3-website-endpoint'],
  ['CloudFront caches POST responses like GET responses', 'cloudfront.cache.http-methods'],
  ['CloudFront Origin Shield is on by default for every origin', 'cloudfront.origin-shield.optional'],
  ['CloudFront geo restriction can block a single city', 'cloudfront.geo-restriction.country-level'],
  // EventBridge
  ['An EventBridge event bus is a global service', 'eventbridge.event-bus.regional'],
  ['EventBridge event patterns only match exact values', 'eventbridge.event-pattern.matching'],
  // Aurora
  ['The Aurora reader endpoint balances every query across the replicas', 'aurora.reader-endpoint.connection-balancing'],
  ['You can enable encryption later on an existing Aurora cluster', 'aurora.encryption.existing-cluster'],
  ['Aurora storage never shrinks, even after dropping tables', 'aurora.storage.dynamic-resize'],
  // EBS
  ['A volume restored from a snapshot has full performance immediately', 'ebs.snapshot.restore-lazy-load'],
  ['Snapshots of encrypted EBS volumes are unencrypted', 'ebs.snapshot.encrypted-source'],
  ['EBS volume: you must detach it first to change its size', 'ebs.elastic-volumes.in-use'],
  ['EBS snapshots cannot be copied to another Region', 'ebs.snapshot.cross-region-copy'],
  // ELB
  ['A Classic Load Balancer supports SNI for multiple certificates', 'elb.clb.sni'],
  ['An ALB preserves the client IP as the source IP', 'alb.client-ip.x-forwarded-for'],
  // Auto Scaling
  ['An Auto Scaling group can span two Regions for DR', 'auto-scaling.group.single-region'],
  ['Scale-in protection also stops the ASG from replacing unhealthy instances', 'auto-scaling.scale-in-protection.scope'],
  ['Auto Scaling: instances in Standby are free of charge', 'auto-scaling.standby.billing'],
  ['With a target tracking policy you must create the CloudWatch alarms yourself', 'auto-scaling.target-tracking.managed-alarms'],
  ['An Auto Scaling group never rebalances instances across AZs', 'auto-scaling.az-rebalancing.supported'],
  // CloudFormation
  ['CloudFormation is billed per stack', 'cloudformation.pricing.aws-resources'],
  ['One CloudFormation stack can create resources in several Regions', 'cloudformation.stack.single-region'],
  ['A CloudFormation stack policy can be removed once it is set', 'cloudformation.stack-policy.permanent'],
  ['A CloudFormation stack policy protects only the resources you list', 'cloudformation.stack-policy.default-deny'],
  // EFS
  ['EFS can be mounted by only one instance at a time', 'efs.concurrent-access.multi-instance'],
  ['EFS automatic backups are off by default in the console', 'efs.automatic-backups.console-default'],
  ['An EFS file system cannot be mounted from another VPC', 'efs.mount.cross-vpc'],
  // CloudTrail
  ['The CloudTrail Event history also includes object-level events', 'cloudtrail.event-history.management-only'],
  ['CloudTrail delivers API events in real time', 'cloudtrail.delivery.not-real-time'],
  ['CloudTrail cannot deliver logs to a bucket in another account', 'cloudtrail.bucket.cross-account'],
  ['CloudTrail Insights is on by default', 'cloudtrail.insights.default'],
  ['A trail created in the CloudTrail console covers only the current Region', 'cloudtrail.console-trail.all-regions'],
  // Cognito
  ['A Cognito user pool is global', 'cognito.user-pool.regional'],
  ['Cognito custom attributes can be deleted later', 'cognito.custom-attributes.permanent'],
  ['Cognito user pool sign-in options can be changed later', 'cognito.sign-in-options.fixed'],
  // DynamoDB
  ['A DynamoDB LSI can use a different partition key than the table', 'dynamodb.lsi.partition-key'],
  ['A DynamoDB GSI cannot be added to an existing table', 'dynamodb.gsi.add-later'],
  ['DynamoDB PITR is on by default for new tables', 'dynamodb.pitr.default-off'],
  ['DynamoDB on-demand backups consume read capacity of the table', 'dynamodb.backup.on-demand-no-impact'],
  ['DynamoDB global table replicas in other Regions are read-only', 'dynamodb.global-tables.active-active'],
  // AI services
  ['A Rekognition face collection stores the face images you index', 'ai-services.rekognition.collection-stores-vectors'],
  ['Amazon Textract only extracts raw text', 'ai-services.textract.forms-tables'],
  ['Amazon Transcribe cannot identify different speakers', 'ai-services.transcribe.speaker-diarization'],
  // EKS
  ['EKS pods get IP addresses from an overlay network', 'eks.vpc-cni.pod-ips'],
  ['The EKS control plane is free', 'eks.control-plane.price'],
  // Direct Connect
  ['A Direct Connect private VIF reaches public AWS services like S3 public endpoints', 'direct-connect.private-vif.public-services'],
  ['Direct Connect supports static routing, BGP is optional', 'direct-connect.bgp.required'],
  ['A Direct Connect gateway routes traffic between the VPCs associated with it', 'direct-connect.gateway.no-vpc-to-vpc'],
  // ECS
  ['ECS tasks on Fargate can use bridge network mode', 'ecs.fargate.awsvpc-only'],
  ['ECS service auto scaling uses an EC2 Auto Scaling group to change the task count', 'ecs.service-auto-scaling.application-auto-scaling'],
  // Athena
  ['Athena can only query data in S3', 'athena.federated-query.sources'],
  ['Athena is read-only', 'athena.iceberg.dml'],
  // ElastiCache
  ['ElastiCache Redis AUTH tokens work regardless of TLS', 'elasticache.auth.requires-tls'],
  ['ElastiCache for Memcached supports Global Datastore', 'elasticache.global-datastore.engines'],
  // ECR
  ['ECR repositories are global', 'ecr.repository.regional'],
  ['ECR images cannot be pulled by another account', 'ecr.cross-account.pull'],
  // ACM
  ['An ACM wildcard certificate *.example.com also covers the apex', 'acm.wildcard.apex'],
  ['ACM DNS validation uses a TXT record', 'acm.dns-validation.cname'],
  ['ACM email-validated certificates renew automatically', 'acm.email-validation.renewal'],
  // Elastic Beanstalk
  ['Beanstalk deployment policies include blue/green', 'elastic-beanstalk.deployment-policies.blue-green'],
  // Config
  ['AWS Config is on by default in every Region', 'config.recorder.default-off'],
  ['A new AWS Config rule only evaluates future changes', 'config.rules.retroactive-evaluation'],
  // CodeBuild
  ['CodeBuild builds cannot reach resources in a VPC', 'codebuild.vpc.private-resources'],
  ['With CodeBuild you manage your own build servers', 'codebuild.servers.managed'],
  // Backup
  ['AWS Backup cannot back up S3 buckets', 'backup.s3.supported'],
  ['AWS Backup cannot copy recovery points to another Region', 'backup.copy.cross-region'],
  // DocumentDB
  ['A DocumentDB cluster can get a public endpoint reachable from the internet', 'documentdb.network.vpc-only'],
  ['With DocumentDB you provision storage in advance', 'documentdb.storage.auto-grow'],
  // CodeDeploy
  ['CodeDeploy cannot shift Lambda traffic gradually, it is all at once', 'codedeploy.lambda.traffic-shifting'],
  ['CodeDeploy cannot deploy to on-premises servers', 'codedeploy.on-premises.supported'],
  // AWS CLI
  ['The AWS CLI default output format is table', 'aws-cli.output.default-json'],
  ['For the AWS CLI, environment variables do not override the credentials file', 'aws-cli.credentials.env-over-files'],
  // EMR, Batch
  ['An EMR cluster spans multiple AZs for high availability', 'emr.cluster.single-az'],
  ['AWS Batch charges a fee per job on top of the compute', 'batch.pricing.no-charge'],
  // AppSync
  ['An AppSync API supports only a single auth mode', 'appsync.auth.multiple-modes'],
  ['AppSync subscriptions use long polling', 'appsync.subscriptions.websockets'],
  // CodeArtifact
  ['A CodeArtifact repository cannot pull packages from public repositories like npmjs', 'codeartifact.upstream.public-repos'],
  ['A CodeArtifact domain is limited to a single account', 'codeartifact.domain.multi-account'],
  // Budgets
  ['AWS Budgets alerts are real time', 'budgets.alerts.not-real-time'],
  ['AWS Budgets cannot stop EC2 instances, it only sends alerts', 'budgets.actions.enforce'],
  // Directory Service, CloudHSM
  ['AWS Managed Microsoft AD runs a single domain controller', 'directory-service.managed-ad.two-dcs'],
  ['With CloudHSM, AWS can access your keys if needed', 'cloudhsm.keys.aws-no-access'],
  // Amplify, AppConfig, Cost Explorer, Compute Optimizer, Control Tower
  ['Amplify Hosting only serves static sites', 'amplify.hosting.ssr'],
  ['AWS AppConfig cannot roll back automatically', 'appconfig.deployment.rollback'],
  ['AWS AppConfig does not support feature flags', 'appconfig.feature-flags.supported'],
  ['The Cost Explorer API is free', 'cost-explorer.api.not-free'],
  ['AWS Compute Optimizer only covers EC2 instances', 'compute-optimizer.supported.resources'],
  ['AWS Control Tower is independent of Organizations', 'control-tower.organizations.required'],
  // Client VPN, CodePipeline
  ['AWS Client VPN does not work with OpenVPN clients', 'client-vpn.clients.openvpn'],
  ['CodePipeline has no manual approval step', 'codepipeline.manual-approval.supported'],
  // Cognito figures
  ['Cognito temporary password validity default: 30 days', 'cognito.password.temporary-validity-default'],
];

const RIGHT: (RightCase | string)[] = [
  // API Gateway
  'API Gateway throttling returns 429 Too Many Requests',
  'API Gateway account-level throttle: 10,000 rps per Region, shared by all APIs',
  'Usage plan throttles and quotas are best effort',
  'API keys identify clients for usage plans; use IAM or a Lambda authorizer for access control',
  'Private REST APIs can have private custom domain names',
  'X-Ray tracing is available for REST APIs only',
  'Canary release deployments are a REST API feature',
  'After changing a REST API you must redeploy it to a stage',
  // CloudWatch
  'CloudWatch metric filters only count events ingested after the filter is created',
  'CloudWatch dashboards can show metrics from multiple Regions',
  'CloudWatch Logs export tasks to S3 are batch jobs; use a subscription filter for near real-time delivery',
  'CloudWatch alarm actions can stop, terminate, reboot or recover an EC2 instance',
  'CloudWatch metrics are regional',
  // ALB
  'An ALB needs a security group that allows the listener port',
  'ALB IP targets can be on-premises servers reached over Direct Connect',
  // EC2
  'AMIs are regional: copy an AMI to launch it in another Region',
  'Elastic IP addresses are regional',
  'Simplified automatic recovery is on by default for supported instances',
  'Dedicated Hosts support BYOL with per-socket licenses',
  // EC2 purchasing
  'Regional RIs give size flexibility but no capacity reservation',
  'Zonal RIs reserve capacity in one AZ',
  'Convertible RIs can be exchanged; Standard RIs can be modified',
  'You pay the current Spot price, not your maximum price',
  // CloudFront
  'OAC works with S3 bucket origins, not S3 website endpoints',
  'CloudFront caches GET and HEAD responses; POST is always forwarded to the origin',
  'Origin Shield is optional and adds charges',
  'CloudFront geo restriction works at the country level',
  // EventBridge
  'EventBridge event buses are regional',
  'EventBridge patterns support prefix, numeric and anything-but matching',
  // Aurora
  'The Aurora reader endpoint balances connections, not queries',
  'Aurora: to encrypt an unencrypted cluster, restore a snapshot as an encrypted cluster',
  'Aurora storage shrinks when you drop tables (dynamic resizing)',
  // EBS
  'Volumes created from snapshots are lazy loaded; initialize them or use Fast Snapshot Restore',
  'Snapshots of encrypted volumes are encrypted',
  'Elastic Volumes: change size and type while the volume is in use',
  'EBS snapshots can be copied to another Region',
  // ELB
  'SNI with multiple certificates is supported by ALB and NLB, not by the Classic Load Balancer',
  'ALB passes the client IP in the X-Forwarded-For header',
  // Auto Scaling
  'An Auto Scaling group spans AZs within one Region',
  'Scale-in protection does not stop health check replacement',
  'Standby instances are still billed',
  'Target tracking creates and manages its own CloudWatch alarms',
  'ASG rebalances instances across AZs, launching before terminating',
  // CloudFormation
  'CloudFormation is free for AWS resource types; you pay for the resources',
  'Use StackSets to deploy a template to multiple Regions and accounts',
  'A stack policy can only be updated, not deleted',
  'With a stack policy set, all resources are protected from updates by default',
  // EFS
  'EFS can be mounted by thousands of EC2 instances concurrently',
  'EFS automatic backups are on by default when created in the console',
  'EFS can be mounted from a peered VPC using the mount target IP',
  // CloudTrail
  'CloudTrail Event history: management events only, 90 days',
  'CloudTrail typically delivers an API call event in about 5 minutes',
  'Send CloudTrail logs from all accounts to a central bucket in a logging account',
  'CloudTrail Insights must be enabled and is billed',
  'Trails created in the console apply to all Regions',
  // Cognito
  'Cognito user pools are regional',
  'Cognito custom attributes cannot be removed',
  'Cognito user pool sign-in options are fixed at creation',
  // DynamoDB
  'An LSI has the same partition key as the table and another sort key',
  'GSIs can be added at any time; LSIs only at table creation',
  'DynamoDB PITR must be enabled per table',
  'On-demand backups do not affect table performance',
  'DynamoDB global tables are active-active: write in any Region',
  // AI services
  'Rekognition collections store face vectors, not images',
  'Textract extracts forms and tables as well as text',
  'Transcribe speaker diarization labels up to 30 speakers',
  // EKS
  'With the VPC CNI, pods get IP addresses from the VPC',
  'EKS charges per cluster hour for the control plane',
  // Direct Connect
  'Use a public VIF to reach S3 public endpoints; a private VIF reaches VPCs',
  'Direct Connect requires BGP',
  'A Direct Connect gateway does not route traffic between its VPCs',
  // ECS
  'Fargate tasks use the awsvpc network mode',
  'ECS service auto scaling is done by Application Auto Scaling',
  // Athena
  'Athena federated queries can read DynamoDB and RDS through connectors',
  'Athena supports UPDATE and DELETE on Iceberg tables',
  // ElastiCache
  'Redis AUTH requires in-transit encryption',
  'Global Datastore is for Valkey and Redis OSS',
  // ECR
  'ECR repositories are regional; use replication for other Regions',
  'A repository policy lets another account pull ECR images',
  // ACM
  'A wildcard certificate covers one subdomain level, not the apex',
  'ACM DNS validation uses a CNAME record',
  'Email-validated certificates need the domain owner to approve the renewal',
  // Elastic Beanstalk
  'Beanstalk blue/green: clone the environment and swap environment URLs',
  // Config
  'AWS Config must be set up in each Region before it records anything',
  'A new Config rule evaluates existing resources when it is added',
  // CodeBuild
  'CodeBuild can run builds inside your VPC to reach private resources',
  'CodeBuild is fully managed: no build servers to manage',
  // Backup
  'AWS Backup supports S3 buckets (versioning required)',
  'AWS Backup can copy recovery points to another Region',
  // DocumentDB
  'DocumentDB clusters are only reachable from within the VPC',
  'DocumentDB storage grows automatically in 10 GiB increments',
  // CodeDeploy
  'CodeDeploy shifts Lambda traffic with canary or linear configurations',
  'CodeDeploy supports on-premises servers with the agent',
  // AWS CLI
  'The AWS CLI default output is json',
  'AWS CLI: environment variables override the credentials file',
  // EMR, Batch
  'An EMR cluster runs in a single AZ; keep data in S3 with EMRFS',
  'AWS Batch has no additional charge; you pay for EC2 or Fargate',
  // AppSync
  'AppSync supports multiple authorization modes on one API',
  'AppSync subscriptions are delivered over WebSockets',
  // CodeArtifact
  'CodeArtifact external connections fetch packages from npmjs or PyPI',
  'A CodeArtifact domain can be shared across multiple accounts',
  // Budgets
  'AWS Budgets data updates up to three times a day',
  'Budget actions can apply an SCP or stop EC2 and RDS instances',
  // Directory Service, CloudHSM
  'AWS Managed Microsoft AD deploys two domain controllers in different AZs',
  'CloudHSM: AWS cannot access your keys',
  // Amplify, AppConfig, Cost Explorer, Compute Optimizer, Control Tower
  'Amplify Hosting supports SSR apps such as Next.js',
  'AppConfig rolls back automatically when a CloudWatch alarm fires',
  'AppConfig feature flags are a configuration profile type',
  'The Cost Explorer API costs USD 0.01 per request',
  'Compute Optimizer covers EC2, Auto Scaling groups, EBS volumes and Lambda functions',
  'Control Tower is built on AWS Organizations',
  // Client VPN, CodePipeline
  'AWS Client VPN works with OpenVPN-based clients',
  'CodePipeline approval actions wait up to 7 days',
  // Cognito figures
  'Cognito temporary passwords expire after 7 days by default',
];

describeFlagCases('KB facts of session 24 (helper F)', WRONG, RIGHT);
