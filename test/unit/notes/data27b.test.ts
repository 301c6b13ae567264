/**
 * Session 27, helper B (issue 14 item 2): yes/no properties and defaults of the compute and containers family
 * (EC2, Auto Scaling, ELB/ALB/NLB, EKS, ECS …) from the documentation's considerations, limits and defaults.
 * Every line was written for these tests in a student's note style: wrong lines must be flagged by exactly the
 * named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // ALB Lambda targets, target group health checks
  ['ALB Lambda targets support WebSockets', 'alb.lambda.websockets'],
  ['Lambda targets can be in a different account from the target group', 'alb.lambda.same-account-region'],
  ['For a Lambda target group, health checks are enabled by default', 'alb.lambda.health-checks-default'],
  ['Health checks for instance targets can be disabled', 'elb.target-group.health-checks-always-on'],
  // NLB security groups
  ['With an NLB, security groups can be attached later at any time', 'nlb.security-groups.only-at-creation'],
  // EKS secrets encryption
  ['EKS secrets encryption can be disabled later if needed', 'eks.secrets-encryption.irreversible'],
  ['EKS: the KMS key for secrets encryption can be in any Region', 'eks.secrets-encryption.kms-key-region'],
  ['EKS envelope encryption can only be enabled at cluster creation', 'eks.secrets-encryption.existing-clusters'],
  // EC2
  ['Dedicated Host recovery is enabled by default', 'ec2.dedicated-host.host-recovery-default'],
  ['Hibernation can be used together with Nitro Enclaves', 'ec2.hibernation.nitro-enclaves'],
  // ECS
  ['ECS container instances can be resized in place by changing the instance type', 'ecs.container-instance.type-change'],
  // ECR scanning
  ['ECR scan on push is on by default for new repositories', 'ecr.scan-on-push.default'],
  ['ECR enhanced scanning only scans images on push', 'ecr.enhanced-scanning.continuous-default'],
  ['ECR enhanced scanning with Inspector is free', 'ecr.enhanced-scanning.inspector-billing'],
  // AWS Batch on Fargate
  ['A Batch Fargate compute environment can be unmanaged', 'batch.fargate.managed-only'],
  ['In a Fargate compute environment you pick the instance types Batch launches', 'batch.fargate.no-instance-settings'],
  ['AWS Batch Fargate jobs get a public IP by default', 'batch.fargate.public-ip-default'],
  // CLB, Fargate, Lightsail
  ['Classic Load Balancer sticky sessions work with TCP listeners', 'elb.clb.sticky-sessions-http'],
  ['A Fargate task can have multiple ENIs', 'fargate.task.one-eni'],
  ['Lightsail snapshots can be exported to EC2 in another Region', 'lightsail.snapshot.export-same-region'],
  // ALB IP address type, ECS task definitions
  ['The IP address type of an ALB is fixed at creation', 'alb.ip-address-type.changeable'],
  ['Deregistering a task definition stops the running tasks that use it', 'ecs.task-definition.deregister-running-tasks'],
  ['A deregistered task definition can still launch new tasks', 'ecs.task-definition.inactive-new-tasks'],
  // EKS managed node groups, Auto Scaling rebalancing, Elastic Beanstalk
  ['An EKS managed node group can switch to a launch template later', 'eks.node-group.launch-template-later'],
  ['A new managed node group can run an older Kubernetes version than the cluster', 'eks.node-group.cluster-version'],
  ['AZ rebalancing never lets an ASG go above its maximum size', 'auto-scaling.az-rebalance.exceed-max'],
  ['Elastic Beanstalk: changing the instance type is applied in place', 'elastic-beanstalk.config.instance-type-replacement'],
  ['Elastic Beanstalk creates a Classic Load Balancer by default', 'elastic-beanstalk.environment.default-load-balancer'],
  ['Fargate task ephemeral storage is stored unencrypted', 'fargate.ephemeral-storage.encrypted'],
  ['Multi-Region KMS keys can encrypt Fargate ephemeral storage', 'fargate.ephemeral-storage.cmk-restrictions'],
];

const RIGHT: (RightCase | string)[] = [
  'Warm pool instances can be kept stopped to save cost',
  'Spot Instances in an ASG can use a mixed instances policy with capacity-optimized allocation',
  'ALB Lambda targets do not support WebSockets; upgrade requests get HTTP 400',
  'An ALB supports WebSockets for instance and IP targets',
  'The Lambda function must be in the same account and Region as its target group',
  'Cross-account Lambda invocation is possible with resource-based policies',
  'Lambda target groups: health checks are off by default, you can turn them on',
  'If you enable health checks for a Lambda target group, the ALB invokes the function on a schedule',
  'Instance and IP target groups always run health checks',
  'Associate security groups when you create the NLB; they cannot be added afterwards',
  'An NLB created with security groups can have them changed later',
  'EKS secrets encryption is irreversible once turned on',
  'The KMS key for EKS secrets encryption must be symmetric and in the same Region as the cluster',
  'EKS KMS envelope encryption can be enabled on existing clusters',
  'Is EKS secrets encryption reversible?',
  'Host recovery for Dedicated Hosts is off by default',
  'EC2 simplified automatic recovery is on by default for supported instances',
  'Hibernation cannot be combined with Nitro Enclaves on one instance',
  'Nitro Enclaves are isolated VMs with no persistent storage',
  'To change an ECS container instance type, launch new instances and drain the old ones',
  'Fargate task size can be changed by registering a new task definition revision',
  'ECR scan on push is off by default; turn it on per repository or use registry scanning filters',
  'Basic scanning can run on push or manually',
  'ECR enhanced scanning continuously rescans images when new CVEs appear',
  'ECR enhanced scanning is billed by Amazon Inspector, not by ECR',
  'Basic scanning is billed through ECR',
  'Batch Fargate compute environments are always managed',
  'Unmanaged compute environments use EC2 instances you manage yourself',
  'With an EC2 compute environment you can pick instance types and a launch template',
  'Fargate compute environments take subnets and security groups only',
  'Batch Fargate jobs: assignPublicIp is DISABLED by default, so use a NAT gateway in private subnets',
  'CLB sticky sessions need an HTTP/HTTPS listener',
  'NLB target groups support source IP stickiness for TCP',
  'Each Fargate task gets its own ENI with a private IP',
  'An EC2 instance can have multiple ENIs',
  'Lightsail snapshots are exported to EC2 in the same Region as the snapshot',
  'Copy a Lightsail snapshot to another Region, then export it',
  'You can switch an ALB from IPv4 to dualstack at any time',
  'Dualstack ALBs need IPv6 CIDR blocks on the VPC and subnets',
  'The scheme of a load balancer (internet-facing or internal) is chosen at creation',
  'Deregistered task definitions are marked INACTIVE; running tasks keep running',
  'Existing services on an INACTIVE revision can still scale their desired count',
  'Deregister a task definition revision before deleting it',
  'An INACTIVE task definition cannot run new tasks or create new services',
  'Register a new task definition revision to change the container image',
  'A node group deployed with a launch template can move to a new version of that template',
  'Node groups are created at the cluster Kubernetes version with the latest AMI release',
  'During AZ rebalancing an ASG can temporarily exceed its maximum size by up to 10 percent',
  'The desired capacity of an ASG must stay within its minimum and maximum size',
  'In Elastic Beanstalk, changing the instance type replaces all instances',
  'A new health check URL is applied to the Beanstalk load balancer without downtime',
  'Elastic Beanstalk creates an Application Load Balancer by default',
  'Choose SingleInstance explicitly for a Beanstalk environment without a load balancer',
  'Fargate ephemeral storage is encrypted with AES-256 by default',
  'Fargate ephemeral storage can use a customer managed KMS key',
  'Use a single-Region KMS key for Fargate ephemeral storage',
  'Multi-Region keys can encrypt S3 objects',
];

describeFlagCases('session 27 helper B: compute and containers', WRONG, RIGHT);
