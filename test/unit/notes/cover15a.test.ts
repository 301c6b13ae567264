/**
 * Session 15 (cover A): coverage of figures and yes/no properties students write about Lambda, EC2 (and
 * purchasing), Auto Scaling, ECS, EKS, Fargate, ECR, Elastic Beanstalk, Lightsail, Step Functions, API
 * Gateway, CodeBuild, CodeDeploy, CodePipeline, CloudFormation, the CDK and X-Ray. Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged
 * by exactly the named fact, right ones by nothing.
 */
import { describeAssertCases, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// Figures: a wrong value (another service's, default vs free tier, a stale one) and the fact that flags it.
const WRONG_FIGURES: [string, string, string[]?][] = [
  ['Lambda default memory is 512 MB', 'lambda.memory.default'],
  ['Lambda free tier is 100,000 requests per month', 'lambda.free-tier.requests'],
  ['Lambda free tier includes 40,000 GB-seconds per month', 'lambda.free-tier.gb-seconds'],
  ['Lambda requests cost $2 per million requests', 'lambda.price.per-million-requests'],
  ['Lambda costs $2.00 per 1 million requests', 'lambda.price.per-million-requests'],
  [
    'Step Functions free tier gives 40,000 state transitions/month',
    'step-functions.free-tier.state-transitions',
  ],
  [
    'Step Functions Standard costs $2.50 per million state transitions',
    'step-functions.standard.price-per-million',
  ],
  [
    'Express workflow duration is rounded up to the nearest 1 second',
    'step-functions.express.duration-rounding',
  ],
  ['EKS extended support lasts 24 months', 'eks.version.extended-support'],
  ['EKS extended support is 6 months', 'eks.version.extended-support'],
  ['API Gateway authorizer results cached for 60 seconds by default', 'api-gateway.authorizer.default-ttl'],
  ['API Gateway Lambda authorizer TTL defaults to 3600 seconds', 'api-gateway.authorizer.default-ttl'],
];

const RIGHT_FIGURES: [string, string[]?][] = [
  ['Lambda default memory 128 MB'],
  ['Lambda free tier: 1M requests and 400,000 GB-seconds per month'],
  ['Lambda costs $0.20 per 1 million requests'],
  ['Compute Savings Plans save up to 17% on Lambda'],
  ['API Gateway default throttle 10,000 rps, burst 5,000'],
  ['Step Functions free tier: 4,000 state transitions per month'],
  ['Step Functions Standard: $25 per million state transitions'],
  ['Express workflows: $1 per million requests'],
  ['Step Functions Express duration rounded up to nearest 100ms'],
  ['EKS: 14 months standard support + 12 months extended support'],
  ['Lambda authorizer cache TTL default 300 s, max 3600 s'],
];

describeFlagCases('cover 15 A: figures students quote', WRONG_FIGURES, RIGHT_FIGURES);

const WRONG: WrongCase[] = [
  // Lambda: environment variables always encrypted at rest; published versions immutable.
  ['Lambda environment variables are not encrypted at rest', 'lambda.env-vars.encryption-at-rest'],
  ['You can edit the code of a published Lambda version', 'lambda.versions.immutable'],
  ['Lambda function versions can be modified after publishing', 'lambda.versions.immutable'],
  // CloudFormation: DeletionPolicy Delete by default; termination protection off by default; exports.
  ['CloudFormation DeletionPolicy default is Retain', 'cloudformation.deletion-policy.default'],
  [
    'CloudFormation termination protection is enabled by default',
    'cloudformation.termination-protection.default',
  ],
  ['Nested stacks can have their own termination protection', 'cloudformation.termination-protection.nested'],
  ['Fn::ImportValue can import exports across Regions', 'cloudformation.import-value.cross-region'],
  [
    'You can delete a stack whose exported output is imported by another stack',
    'cloudformation.export.delete-while-imported',
  ],
  // CodeDeploy: the agent is for EC2/on-premises only.
  ['The CodeDeploy agent is required for Lambda deployments', 'codedeploy.agent.platforms'],
  // ECS: bridge is the Linux default network mode.
  ['ECS network mode defaults to awsvpc', 'ecs.network-mode.default-linux'],
  // Fargate: no GPUs.
  ['Fargate supports GPUs', 'fargate.task.gpu'],
  // Step Functions: Express billed by requests and duration.
  ['Express workflows are billed per state transition', 'step-functions.express.billing-unit'],
  // CDK: bootstrap per account and Region.
  ['CDK bootstrapping once per account covers all Regions', 'cdk.bootstrap.scope'],
  // EC2 user data: runs at launch, not on every start; not part of an AMI.
  ['User data scripts run on every reboot by default', 'ec2.user-data.restart'],
  ['EC2 user data runs every time the instance restarts', 'ec2.user-data.restart'],
  ['User data is included in the AMI', 'ec2.user-data.ami'],
  // ECR: tags are mutable unless immutability is turned on.
  ['ECR tag immutability is enabled by default', 'ecr.tag-mutability.default'],
  // Elastic Beanstalk: immutable updates use a temporary ASG; additional batch keeps full capacity.
  [
    'EB immutable updates deploy to the existing instances in place',
    'elastic-beanstalk.immutable.temporary-asg',
  ],
  [
    'Immutable deployments in Beanstalk reuse the existing instances',
    'elastic-beanstalk.immutable.temporary-asg',
  ],
  [
    'Rolling with additional batch reduces capacity during the deployment',
    'elastic-beanstalk.rolling-additional-batch.capacity',
  ],
  // CodeBuild: the buildspec name and location can be overridden.
  ["The buildspec file can't be renamed or moved", 'codebuild.buildspec.location'],
  // Auto Scaling: the default termination policy is not "oldest instance".
  [
    'ASG default termination policy terminates the oldest instance first',
    'auto-scaling.termination-policy.default',
  ],
  ['The default termination policy removes the newest instance', 'auto-scaling.termination-policy.default'],
  // Lambda: a DLQ is an SQS queue or SNS topic.
  ['A Lambda DLQ can be an S3 bucket', 'lambda.dlq.targets'],
  ['Lambda dead-letter queue can send failed events to EventBridge', 'lambda.dlq.targets'],
  // EC2 Dedicated Hosts: billed per host; only they show sockets and cores.
  ['Dedicated Hosts are billed per instance', 'ec2.dedicated-host.billing'],
  [
    'Dedicated Instances give you visibility of sockets and physical cores',
    'ec2.dedicated-instances.visibility',
  ],
  // X-Ray: Lambda runs the daemon itself.
  ['On Lambda the X-Ray daemon needs to be installed manually', 'x-ray.lambda.daemon'],
  // CodePipeline: cross-Region actions are supported.
  ["CodePipeline can't deploy to another Region", 'codepipeline.cross-region.actions'],
  ['CodePipeline cannot run actions in other Regions', 'codepipeline.cross-region.actions'],
  // EKS on Fargate: private subnets only, no public IP.
  ['EKS Fargate pods can run in public subnets', 'eks.fargate.private-subnets'],
  ['Pods on Fargate in EKS get a public IP address', 'eks.fargate.private-subnets'],
  // Lightsail: peering with the default VPC only.
  ['Lightsail can be peered with any VPC in your account', 'lightsail.vpc.peering'],
  ['Lightsail instances can peer with a custom VPC', 'lightsail.vpc.peering'],
  // Convertible RIs: exchanged only for the same or a higher value.
  ['Convertible RIs can be exchanged for a lower value RI', 'ec2-purchasing.convertible-ri.exchange-value'],
  [
    'You can exchange Convertible Reserved Instances for cheaper ones',
    'ec2-purchasing.convertible-ri.exchange-value',
  ],
  // Lambda function URLs: AWS_IAM or NONE only.
  ['Lambda function URLs support Cognito authorizers', 'lambda.function-url.auth-types'],
  ['Lambda function URLs can use API keys for throttling', 'lambda.function-url.auth-types'],
  // StackSets: self-managed permissions work without Organizations.
  ['CloudFormation StackSets require AWS Organizations', 'cloudformation.stacksets.organizations-required'],
  ['StackSets only work with Organizations', 'cloudformation.stacksets.organizations-required'],
  // Step Functions: the free tier does not end after 12 months.
  ['The Step Functions free tier is only for the first 12 months', 'step-functions.free-tier.expiry'],
  // Lambda container images: private ECR repository in the function's Region.
  ['Lambda can pull container images from Docker Hub', 'lambda.container-image.registry'],
  ['Lambda functions can use a container image stored in another Region', 'lambda.container-image.registry'],
  // Lambda + SQS: same Region; function timeout within the visibility timeout.
  ['A Lambda function can poll an SQS queue in another Region', 'lambda.sqs.same-region'],
  ['Lambda SQS trigger works across Regions', 'lambda.sqs.same-region'],
  [
    'The Lambda timeout can be longer than the visibility timeout of the queue',
    'lambda.sqs.timeout-vs-visibility',
  ],
];

const RIGHT: RightCase[] = [
  ['Lambda env vars are encrypted at rest by default with KMS'],
  ['Published Lambda versions are immutable'],
  ['If no DeletionPolicy is set, CloudFormation deletes the resource'],
  ['CloudFormation: default DeletionPolicy for RDS DBInstance is Snapshot'],
  ['Stack termination protection is disabled by default'],
  ['Exports are regional: ImportValue works only within the same Region'],
  ["The exporting stack can't be deleted while another stack imports its outputs"],
  ['CodeDeploy agent is only needed on EC2/on-prem instances'],
  ['ECS bridge network mode is default on Linux EC2'],
  ['Fargate requires awsvpc network mode'],
  ["Fargate tasks can't use GPUs; use the EC2 launch type for GPU workloads"],
  ['Standard workflows are billed per state transition'],
  ['Express workflows are billed by requests and duration'],
  ['CDK bootstrap must run once per account and region'],
  ['cdk bootstrap creates the CDKToolkit stack'],
  ['EC2 user data runs only at first boot by default'],
  ['User data is not copied into the AMI'],
  ['ECR repositories are mutable by default; turn on tag immutability to stop overwrites'],
  ['ECR: image tag immutability is off by default'],
  ['Elastic Beanstalk immutable deployment launches new instances in a new ASG'],
  ['EB rolling with additional batch keeps full capacity'],
  ['Elastic Beanstalk rolling deployments reduce capacity'],
  ['CodeBuild buildspec.yml must be at the root of the source directory by default'],
  ['You can override the buildspec name and location'],
  ['The buildspec can be stored in an S3 bucket'],
  ['Default termination policy: balance AZs, then instances with the oldest launch template'],
  ['OldestInstance termination policy terminates the oldest instance'],
  ['Lambda DLQ can be an SQS queue or SNS topic'],
  ['Lambda on-failure destinations can be EventBridge or S3'],
  ['Dedicated Hosts billed per host'],
  ['Dedicated Hosts give visibility of sockets and cores; use them for BYOL'],
  ['Dedicated Instances: no visibility of sockets or cores, billed per instance'],
  ['Lambda runs the X-Ray daemon for you when active tracing is on'],
  ['On EC2 you must install the X-Ray daemon'],
  ['X-Ray SDK must be bundled with the function to add annotations'],
  ['CodePipeline supports cross-region actions; needs an artifact bucket per Region'],
  ['EKS Fargate pods only run in private subnets'],
  ['Fargate profile: up to 5 selectors, private subnets only'],
  ['ECS tasks on Fargate can get a public IP with assignPublicIp'],
  ['Lightsail VPC peering works only with the default VPC'],
  ['Convertible RIs: exchange only for same or higher value'],
  ['Convertible RI can be exchanged for another Convertible RI of equal or greater value'],
  ['Function URLs: auth type AWS_IAM or NONE'],
  ['Use API Gateway instead of function URLs when you need API keys or a Cognito authorizer'],
  ['StackSets can use self-managed permissions without AWS Organizations'],
  ['Service-managed StackSets require AWS Organizations'],
  ['Step Functions free tier never expires'],
  ['The Step Functions free tier is always free'],
  ['Lambda container images must be in ECR in the same Region'],
  ['Lambda container image from another account works if same Region'],
  ['You can build a Lambda container image on an Alpine base image from Docker Hub'],
  ['ECS can pull container images from Docker Hub'],
  ['Lambda and the SQS queue must be in the same Region but can be in different accounts'],
  ['Function timeout must not exceed the visibility timeout'],
  ['Set visibility timeout to 6x the function timeout'],
];

describeAssertCases('cover 15 A: yes/no properties students state', WRONG, RIGHT);
