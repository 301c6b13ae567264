/**
 * Session 31, helper H (issue 14 item 2): core yes/no behaviours of thinly covered networking, developer-tools,
 * integration and storage services (scope, what they work with, defaults, billing). Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // ELB family, NLB
  ['An NLB cannot be reached from a peered VPC', 'nlb.clients.peering-vpn-dx'],
  ['Network Load Balancers do not accept connections over Direct Connect', 'nlb.clients.peering-vpn-dx'],
  ['A Network Load Balancer does not support SNI', 'nlb.tls.sni'],
  ['NLB TLS listeners can only hold one certificate only', 'nlb.tls.sni'],
  ['Network Load Balancers have no sticky sessions', 'nlb.stickiness.source-ip'],
  // Network Firewall
  ['A firewall endpoint also protects its own subnet', 'network-firewall.endpoint.not-own-subnet'],
  [
    'A Network Firewall firewall policy can only be attached to one firewall',
    'network-firewall.policy.reusable',
  ],
  ['Firewall policies in Network Firewall cannot be reused', 'network-firewall.policy.reusable'],
  ['AWS Network Firewall cannot inspect Direct Connect traffic', 'network-firewall.traffic.vpn-dx'],
  // VPC endpoints
  [
    'An interface endpoint still requires a NAT gateway to reach the service',
    'vpc-endpoints.connectivity.no-igw-nat',
  ],
  ['Gateway endpoints need an internet gateway in the VPC', 'vpc-endpoints.connectivity.no-igw-nat'],
  [
    'Private DNS on an interface endpoint does not need DNS hostnames enabled on the VPC',
    'vpc-endpoints.private-dns.vpc-dns-attributes',
  ],
  // Storage Gateway
  ['S3 File Gateway can encrypt objects with an asymmetric KMS key', 'storage-gateway.kms.symmetric-only'],
  // AWS Backup
  ['AWS Backup always takes full backups', 'backup.backups.incremental'],
  ['AWS Backup backups are never incremental', 'backup.backups.incremental'],
  [
    'In AWS Backup, an on-demand backup can create a continuous backup for PITR',
    'backup.continuous.plan-only',
  ],
  ['AWS Backup on-demand backups can be used for point-in-time recovery', 'backup.continuous.plan-only'],
  // CodeBuild
  ['CodeBuild only supports CodeCommit as a source', 'codebuild.source.providers'],
  ['AWS CodeBuild cannot build code stored in GitHub', 'codebuild.source.providers'],
  ['Every CodeBuild project needs a source repository', 'codebuild.source.optional'],
  // CodePipeline
  ['The CodePipeline artifact bucket can be in any Region', 'codepipeline.artifact-store.same-region'],
  ['CodePipeline artifacts are not encrypted by default', 'codepipeline.artifact-store.encrypted-default'],
  [
    'Pipeline artifacts sit unencrypted in the artifact bucket',
    'codepipeline.artifact-store.encrypted-default',
  ],
  // CodeDeploy
  ['CodeDeploy requires code changes to your application', 'codedeploy.adoption.no-code-changes'],
  ['To use AWS CodeDeploy you must modify your code first', 'codedeploy.adoption.no-code-changes'],
  [
    'An in-place deployment provisions new instances for the new revision',
    'codedeploy.in-place.same-instances',
  ],
  [
    'CodeDeploy blue/green deployments on EC2 update the existing instances in place',
    'codedeploy.blue-green.ec2-replacement',
  ],
  // AppSync, Amazon MQ
  ['AppSync only works with DynamoDB', 'appsync.data-sources.types'],
  ['AWS AppSync cannot use Lambda functions as data sources', 'appsync.data-sources.types'],
  ['Amazon MQ queues must be created before producers can use them', 'mq.destinations.auto-created'],
  ['Amazon MQ destinations are never created automatically', 'mq.destinations.auto-created'],
  // Storage Gateway, S3 Glacier
  ['A File Gateway file share supports symbolic links', 'storage-gateway.file-share.no-links'],
  ['AWS Storage Gateway has no local caching of data on premises', 'storage-gateway.cache.on-premises'],
  [
    'Files written through S3 File Gateway cannot be accessed directly in S3',
    'storage-gateway.file-gateway.objects-in-s3',
  ],
  [
    'S3 File Gateway objects can be read only through the gateway',
    'storage-gateway.file-gateway.objects-in-s3',
  ],
  ['Expedited retrievals from Glacier Flexible Retrieval are free', 's3-glacier.expedited.premium'],
  ['A Glacier data retrieval policy is set on each vault', 's3-glacier.vault.retrieval-policy-per-region'],
  // AppSync, SAM, Network Firewall, Client VPN
  ['AppSync APIs cannot be shared with other accounts', 'appsync.sharing.ram'],
  ['AWS AppSync does not support custom domain names', 'appsync.custom-domain.support'],
  ['AppSync cannot compress its API responses', 'appsync.responses.compression'],
  [
    'AWS::Serverless::Function does not create an execution role for the function',
    'sam.function.execution-role',
  ],
  ['Network Firewall rule groups cannot be reused', 'network-firewall.rule-group.reusable'],
  ['The AWS VPN Client runs on Windows only', 'client-vpn.aws-client.platforms'],
  ['The AWS VPN Client is not available for macOS', 'client-vpn.aws-client.platforms'],
  // CodeBuild caching, CodePipeline stages, SES dedicated IPs
  ['CodeBuild caching is enabled by default for new projects', 'codebuild.cache.default-none'],
  [
    'In CodeBuild, the Docker layer cache also works in Windows environments',
    'codebuild.cache.docker-layer-linux',
  ],
  ['CodeBuild Docker layer caching does not need privileged mode', 'codebuild.cache.docker-layer-privileged'],
  ['A CodeBuild local cache is shared across build hosts', 'codebuild.cache.local-host-only'],
  ['In CodePipeline the first stage can be a build stage', 'codepipeline.stages.source-first'],
  [
    'SES managed dedicated IP pools must be warmed up manually by you',
    'ses.managed-ip-pool.automatic-warmup',
  ],
  // X-Ray instrumentation
  ['The X-Ray SDKs are actively developed and keep getting new features', 'x-ray.sdk.maintenance-mode'],
  ['AWS X-Ray does not accept OpenTelemetry traces', 'x-ray.instrumentation.opentelemetry'],
  // Amazon MQ networking
  ['Amazon MQ brokers are publicly accessible by default', 'mq.broker.public-access-default-off'],
  ['Amazon MQ private networking also supports ActiveMQ brokers', 'mq.private-networking.rabbitmq-only'],
  // ELB Availability Zones, Classic Load Balancer
  ['A load balancer still routes traffic to targets in a disabled AZ', 'elb.az.not-enabled-no-traffic'],
  ['A Classic Load Balancer routes requests to target groups', 'elb.clb.no-target-groups'],
  // App Runner custom domains
  ['App Runner services cannot use custom domain names', 'app-runner.custom-domain.support'],
  ['App Runner custom domains cannot be wildcards', 'app-runner.custom-domain.wildcard'],
  ['An SES verified identity works in all Regions once verified', 'ses.identities.per-region'],
  ['AWS Client VPN does not support IPv6 traffic', 'client-vpn.traffic.ipv6'],
  [
    'Adding appliance targets to a GWLB causes downtime for existing traffic',
    'gwlb.targets.change-no-disruption',
  ],
  // AWS Backup lifecycle and role, AppSync cache, S3 File Gateway and STS
  ['In AWS Backup, expired backups are deleted immediately', 'backup.expiry.deletion-window'],
  [
    'The AWS Backup default role must be created manually before the first backup',
    'backup.default-role.auto-created',
  ],
  ['AppSync server-side caching is not backed by ElastiCache', 'appsync.cache.elasticache'],
  [
    'S3 File Gateway does not need AWS STS to create a file share',
    'storage-gateway.file-gateway.sts-required',
  ],
  ['A CodeBuild build cache cannot be shared between projects', 'codebuild.cache.namespace-sharing'],
  // answered labels and plain negations
  ['- AWS VPN Client — macOS: no', 'client-vpn.aws-client.platforms'],
  ['Amazon MQ destinations are not created automatically', 'mq.destinations.auto-created'],
  [
    'Targets in a disabled Availability Zone still receive traffic from the load balancer',
    'elb.az.not-enabled-no-traffic',
  ],
  [
    'CodeDeploy ECS blue/green deployments do not support canary traffic shifting',
    'codedeploy.ecs.traffic-shifting',
  ],
  ['sam deploy bypasses CloudFormation and pushes code straight to Lambda', 'sam.deploy.cloudformation'],
  // claim shapes
  ['Expired backups are deleted immediately by AWS Backup', 'backup.expiry.deletion-window'],
  ['The AWS Backup default role is created manually', 'backup.default-role.auto-created'],
  ['A Network Load Balancer TLS listener can hold only one certificate', 'nlb.tls.sni'],
  [
    'Managed dedicated IP pools are not warmed up automatically by SES',
    'ses.managed-ip-pool.automatic-warmup',
  ],
  // GWLB target groups
  [
    'A GWLB target group can change its target type later, from instance to ip',
    'gwlb.target-group.target-type-fixed',
  ],
  ['A GWLB target group can register public IP addresses of appliances', 'gwlb.ip-targets.private-only'],
];

const RIGHT: (RightCase | string)[] = [
  // ELB family, NLB
  'A load balancer only routes to Availability Zones in its own Region',
  'Global Accelerator can send users to ALBs in multiple Regions',
  'Use Route 53 latency records to balance across Regions, one ALB per Region',
  'ELB does not load balance across Regions',
  'Clients in a peered VPC can connect to an NLB',
  'NLB is reachable over Site-to-Site VPN and Direct Connect',
  'Can an NLB be reached through a VPC peering connection?',
  'One NLB TLS listener serves several sites with SNI',
  'An ALB also supports multiple certificates through SNI',
  'NLB stickiness is set on the target group, based on source IP',
  'ALB sticky sessions use cookies',
  // Network Firewall
  'Put the firewall endpoint in a dedicated subnet; it protects the other subnets',
  'A firewall endpoint cannot protect the subnet it sits in',
  'One firewall policy can be shared by several firewalls',
  'Each firewall uses exactly one firewall policy',
  'Network Firewall filters traffic going to an internet gateway, a NAT gateway or over VPN',
  'Network Firewall does not support VPC peering architectures',
  // VPC endpoints
  'Gateway endpoints avoid NAT gateway charges for S3 traffic',
  'An interface endpoint does not need a NAT gateway or an internet gateway',
  'Instances using VPC endpoints do not need public IP addresses',
  'Private DNS for interface endpoints needs enableDnsHostnames and enableDnsSupport set to true',
  'A Route 53 Resolver endpoint does not need DNS hostnames',
  // Storage Gateway
  'Storage Gateway supports only symmetric KMS keys for S3 encryption',
  'KMS supports asymmetric keys for signing',
  // AWS Backup
  'AWS Backup stores backups incrementally after the first full copy',
  'Not all resource types support incremental backups in AWS Backup',
  'The first AWS Backup backup of a resource is a full copy',
  'A backup plan applies to one account and one Region; use backup policies in Organizations for many accounts',
  'A copy rule in a backup plan copies recovery points to another Region',
  'Continuous backups in AWS Backup need a backup plan, not an on-demand job',
  'An on-demand backup starts immediately',
  // CodeBuild
  'CodeBuild can pull source from GitHub, Bitbucket, GitLab or S3',
  'A CodeBuild project can have no source if the buildspec is inline',
  'CodeDeploy takes revisions from S3 or GitHub',
  // CodePipeline
  'The artifact bucket must be in the same Region as the pipeline',
  'For cross-Region actions, CodePipeline uses an artifact store in each Region',
  'CodePipeline artifacts are encrypted with the S3 default key unless you choose a customer managed key',
  'Use a customer managed KMS key for artifacts shared with another account',
  // CodeDeploy
  'You do not need to change your code to start using CodeDeploy',
  'CodeDeploy deploys code changes to EC2, Lambda and ECS',
  'In-place deployments stop the app on each instance and install the new revision',
  'Blue/green deployments on EC2 provision replacement instances',
  'Unlike in-place, a blue/green deployment uses new instances',
  'CodeDeploy blue/green on ECS shifts traffic to a replacement task set',
  // AppSync, Amazon MQ
  'AppSync resolvers can call Lambda, DynamoDB, OpenSearch or HTTP endpoints',
  'AppSync supports Lambda authorizers',
  'Amazon MQ creates a destination automatically when it is first used',
  'SQS queues must be created before use',
  // Storage Gateway, S3 Glacier
  'File gateways do not support hard or symbolic links on a file share',
  'EFS supports symbolic links',
  'Storage Gateway lets existing apps use NFS, SMB or iSCSI without rewriting them',
  'Storage Gateway sends only changed data, and compresses it',
  'Storage Gateway caches frequently accessed data on premises for low latency',
  'RefreshCache refreshes the cached inventory of an S3 File Gateway file share',
  'Objects written through S3 File Gateway can be read directly in S3',
  'Expedited retrievals are a premium feature; Bulk is the cheapest tier',
  'Expedited retrievals are not free',
  'There is one data retrieval policy per Region for the account',
  'A vault access policy is attached to each vault',
  // AppSync, SAM, Network Firewall, Client VPN
  'AppSync GraphQL APIs can be shared with other accounts through AWS RAM',
  'AppSync supports custom domain names for GraphQL and real-time endpoints',
  'AppSync can compress API responses to cut data transfer',
  'AWS::Serverless::Function gets an execution role unless you pass the Role property',
  'Network Firewall rule groups are reusable across firewall policies',
  'The AWS provided client runs on Windows, macOS and Ubuntu',
  'Any OpenVPN client can connect to a Client VPN endpoint',
  'DynamoDB: on-demand backup and point-in-time recovery (PITR) up to 35 days back',
  // CodeBuild caching, CodePipeline stages, SES dedicated IPs
  'CodeBuild caching is off by default; pick an S3 or a local cache',
  'Docker layer cache in CodeBuild: Linux only, privileged mode required',
  'A CodeBuild local cache lives on the build host and only that host can use it',
  'An S3 cache in CodeBuild can be shared across projects with a cache namespace',
  'The first stage of a CodePipeline pipeline must be a source stage',
  'A pipeline needs at least two stages',
  'With a managed dedicated IP pool, SES handles the IP warm-up automatically',
  'Standard dedicated IPs in SES must be warmed up',
  // X-Ray instrumentation
  'The X-Ray SDKs and daemon are in maintenance mode; migrate to OpenTelemetry',
  'X-Ray receives traces sent with ADOT or the CloudWatch agent',
  'The OpenTelemetry SDK gets new features regularly',
  'The X-Ray SDK is not OpenTelemetry-based',
  // Amazon MQ networking
  'Amazon MQ brokers are private by default; public access is opt-in',
  'MSK clusters can turn on public access after creation',
  'Amazon MQ private networking is for RabbitMQ brokers only',
  // ELB Availability Zones, Classic Load Balancer
  'Targets in an AZ that is not enabled on the load balancer get no traffic',
  'Enable at least one target in each enabled AZ',
  'With a CLB you register instances directly; ALB and NLB use target groups',
  'An ALB routes requests to target groups',
  // App Runner custom domains
  'App Runner can link your own domain name to the service URL',
  'App Runner custom domains can be a root domain, a subdomain or a wildcard',
  'API Gateway custom domain names need an ACM certificate',
  'SES identities are verified per Region; verify them again in each Region you send from',
  'An SES domain identity needs DKIM records in DNS',
  'A Client VPN endpoint can be IPv4, IPv6 or dual-stack for the traffic it carries',
  'The Client VPN client CIDR is an IPv4 range',
  'Tape Gateway plugs into your existing backup software over iSCSI',
  'You can add or remove GWLB targets without disrupting the flow of requests',
  'When a GWLB target fails, existing flows keep going to it by default',
  // AWS Backup lifecycle and role, AppSync cache, S3 File Gateway and STS
  'AWS Backup deletes expired backups within the following 8 hours',
  'AWS Backup creates its default role for you if it is missing',
  'AppSync hosts ElastiCache (Redis OSS) instances for its server-side cache',
  'S3 File Gateway needs AWS STS activated in the gateway Region',
  'ECS blue/green deployments with CodeDeploy can shift traffic canary, linear or all at once',
  'In-place deployments do not shift traffic gradually',
  'sam deploy deploys the application through CloudFormation',
  'sam sync can update Lambda code directly, bypassing CloudFormation for speed',
  // GWLB target groups
  'The target type of a GWLB target group is fixed once the group is created',
  'GWLB ip targets must be private addresses (VPC subnets, RFC 1918 or RFC 6598)',
  'An NLB can have Elastic IP addresses, one per subnet',
];

describeFlagCases(
  'session 31 H: yes/no behaviours of networking, developer-tools, integration and storage services',
  WRONG,
  RIGHT,
);
