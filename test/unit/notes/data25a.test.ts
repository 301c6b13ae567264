/**
 * Session 25, helper a (issue 14 item 2): behaviours and limits of compute, containers, serverless and scaling
 * services (Lambda, EC2, API Gateway, ECS/EKS/Fargate, Step Functions, Auto Scaling, Elastic Beanstalk,
 * WorkSpaces …) that cheat sheets state and the KB did not. Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right
 * or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Fargate
  ['EKS on Fargate supports Windows pods', 'fargate.eks.windows-arm'],
  ['Fargate for EKS can run on Graviton (ARM)', 'fargate.eks.windows-arm'],
  // Elastic Beanstalk
  ['The coupled database survives a rebuild of the Elastic Beanstalk environment', 'elastic-beanstalk.rebuild.coupled-database'],
  // WorkSpaces
  ['The default IP access control group blocks all IP addresses until you add rules', 'workspaces.ip-group.default-allows-all'],
  ['The default IP access control group can be modified to restrict access', 'workspaces.ip-group.default-not-modifiable'],
  // API Gateway
  ['REST API private integrations cannot use an Application Load Balancer', 'api-gateway.rest.vpc-link-alb'],
  ['For a private integration the VPC link can point at an NLB in another account', 'api-gateway.private-integration.same-account'],
  // EKS
  ['EKS managed node groups do not use Auto Scaling groups', 'eks.managed-node-groups.auto-scaling-group'],
  ['EKS managed node groups are not backed by an ASG', 'eks.managed-node-groups.auto-scaling-group'],
  ['EKS managed node groups run their instances in an AWS-owned account', 'eks.managed-node-groups.customer-account'],
  // EC2
  ['The root EBS volume can be detached while the instance is running', 'ec2.root-volume.detach-running'],
  // ECS
  ['ECS daemon services can run on Fargate', 'ecs.daemon.fargate'],
  ['An ECS DAEMON service requires a desired count like a replica service', 'ecs.daemon.desired-count'],
  // Elastic Beanstalk
  ['Elastic Beanstalk: the load balancer type can be changed later from the console', 'elastic-beanstalk.load-balancer.type-fixed'],
  // App Runner, Auto Scaling
  ['App Runner services can reach resources in your VPC by default', 'app-runner.egress.default-public'],
  ['ASG desired capacity defaults to the maximum size', 'auto-scaling.desired-capacity.default'],
  ['In an Auto Scaling group the desired capacity can exceed the maximum size', 'auto-scaling.desired-capacity.range'],
];

const RIGHT: (RightCase | string)[] = [
  // Fargate
  '- Savings Plans: up to 72% discount',
  '- Convertible RIs: up to 54% discount',
  'EC2 Spot Instances: up to 90% discount compared with On-Demand',
  'EKS on Fargate does not support Windows pods',
  'ECS on Fargate supports Windows containers and ARM',
  'A Lambda alias can split traffic between two versions (weighted alias)',
  'Lambda layers: up to 5 per function',
  // Elastic Beanstalk
  'The coupled database is deleted as part of a rebuild unless the deletion policy is Retain or Snapshot',
  // WorkSpaces
  'The default IP access control group allows access from anywhere',
  'The default IP access control group cannot be modified',
  // API Gateway
  'REST API private integrations can use an Application Load Balancer through VPC links V2',
  'HTTP API VPC links can target an ALB, an NLB or Cloud Map',
  'The legacy REST API VPC link (V1) only supports an NLB, not an ALB',
  'For a private integration the load balancer, VPC link and API must be in the same account',
  // EKS
  'EKS managed node groups are backed by EC2 Auto Scaling groups in your account',
  'EKS managed node groups run their instances in your AWS account',
  'EKS managed node groups: you do not manage the ASG yourself',
  'EKS managed nodes: no need to create an Auto Scaling group by hand',
  'ReportBatchItemFailures is not enabled by default; without it a failed batch returns every message to the queue',
  'Turn on BisectBatchOnFunctionError to split a failed Kinesis batch in two',
  'SQS event source: default batch size 10',
  // EC2
  'To detach the root volume, stop the instance first',
  'A data EBS volume can be detached from a running instance after unmounting it',
  // ECS
  'Fargate does not support the DAEMON scheduling strategy; use REPLICA',
  'An ECS DAEMON service places one task on each container instance, no desired count needed',
  'An ECS replica service needs a desired count',
  // Elastic Beanstalk
  'Elastic Beanstalk: the load balancer type is chosen only when the environment is created',
  'Elastic Beanstalk: load balancer settings such as listeners can be changed later',
  // App Runner, Auto Scaling
  'App Runner needs a VPC connector to reach private resources in your VPC',
  'App Runner: by default egress goes to public endpoints only, not into your VPC',
  'ASG desired capacity defaults to the minimum size when not set',
  'In an Auto Scaling group the desired capacity must stay between the minimum and maximum size',
];

describeFlagCases('Session 25 a: compute, containers, serverless and scaling facts', WRONG, RIGHT);
