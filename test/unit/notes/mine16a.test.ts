/**
 * Session 16, helper A (development set 12: compute, serverless and containers): the facts added from its
 * misses and false flags, and the two small reader changes. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describeAssertCases, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG_FIGURES: [string, string, string[]?][] = [
  // Lambda Managed Instances and durable functions: their own limits, not the 15-minute function timeout.
  ['LMI functions can run for up to 120 minutes per invoke', 'lambda.managed-instances.timeout.max'],
  ['Lambda Managed Instances: init phase may last up to 45 min', 'lambda.managed-instances.init.max'],
  ['Lambda Managed Instances start 5 instances by default for AZ resiliency', 'lambda.managed-instances.default-instances'],
  ['durable functions: a durable execution can last at most 2 years', 'lambda.durable.execution-timeout.max'],
  ['durable execution history kept 7 days by default after it closes', 'lambda.durable.retention.default'],
  ['durable functions retain execution history for up to 365 days', 'lambda.durable.retention.max'],
  // EC2: one placement group per instance; the per-Region quota still read from "per account".
  ['EC2: an instance can belong to 3 placement groups at a time', 'ec2.placement-group.per-instance'],
  ['EC2 placement group quota: 100 per account', 'ec2.placement-groups.per-region'],
  // Batch: a job's dependencies counted in jobs.
  ['Batch: one job can depend on up to 50 other jobs', 'batch.job.max-dependencies'],
  // API Gateway HTTP API quotas.
  ['HTTP API JWT authorizer: JWKS fetch times out after 3,000 ms', 'api-gateway.http-api.jwks-timeout'],
  ['HTTP API JWT authorizer: JWKS endpoint response can be 500,000 bytes', 'api-gateway.http-api.jwks-response-size'],
  ['HTTP API stage: up to 100 tags', 'api-gateway.http-api.tags-per-stage'],
  ['WebSocket API access log template size limit 10 KB', 'api-gateway.access-log-template.max-size'],
  // Amplify, ALB, Batch, ECR Public, GWLB.
  ['Amplify manual deploy: 1 hour max between CreateDeployment and StartDeployment', 'amplify.manual-deploy.window'],
  ['ALB: 20 condition wildcards per listener rule', 'alb.rules.condition-wildcards'],
  ['AWS Batch: 200 service environments per Region', 'batch.service-environments.max'],
  ['AWS Batch job queue can use 3 service environments', 'batch.job-queue.max-service-environments'],
  ['ECR Public layers can be up to 20,000 MiB', 'ecr.public.layer.max-size'],
  ['GWLB: up to 1,000 targets per AZ', 'gwlb.targets.per-az'],
  // Elastic Beanstalk: the default deployment policy is all at once.
  ['Beanstalk environments default to immutable deployments', 'elastic-beanstalk.deployment.default-policy'],
];

const RIGHT_FIGURES: [string, string[]?][] = [
  ['Lambda Managed Instances: event source mapping invocations may run for 90 minutes'],
  ['LMI init can take up to 15 minutes'],
  ['Lambda Managed Instances launch three instances by default (AZ resiliency)'],
  ['durable functions: whole durable execution up to 1 year (31,622,400 seconds)'],
  ['durable execution history retained 14 days by default, 90 days max'],
  ['Lambda function timeout max 900 seconds, default 3 s'],
  ['EC2: an instance sits in just 1 placement group at a time'],
  ['EC2: 500 placement groups per account per Region'],
  ['Batch: a job can depend on at most 20 other jobs'],
  ['Batch array job: 2 to 10,000 child jobs'],
  ['HTTP API JWT authorizer: JWKS and OIDC discovery endpoints time out at 1,500 ms'],
  ['HTTP API JWKS response max 150,000 bytes'],
  ['HTTP API: 50 tags per stage'],
  ['HTTP API access log template: 3 KB max'],
  ['Amplify: StartDeployment must come within 8 hours of CreateDeployment'],
  ['ALB rule: 5 condition values and 5 condition wildcards'],
  ['AWS Batch: 50 service environments per Region, 1 per job queue'],
  ['ECR Public max layer size 10,000 MiB'],
  ['GWLB: 300 targets per Availability Zone'],
  ['EB CLI scalable environments default to rolling deployments'],
];

describeFlagCases('mine 16 A: figures from set 12', WRONG_FIGURES, RIGHT_FIGURES);

// Reader: a negation before an arrow belongs to the statement before it.
const WRONG_ASSERTS: WrongCase[] = [
  ['Express workflows -> full execution history kept in the Step Functions console', 'step-functions.express.history'],
];
const RIGHT_ASSERTS: RightCase[] = [
  ['Express: history not kept by Step Functions -> turn on CloudWatch Logs'],
  ['Express workflows: no execution history -> CloudWatch Logs only'],
];
describeAssertCases('mine 16 A: arrows in yes/no lines', WRONG_ASSERTS, RIGHT_ASSERTS);

// Yes/no facts from set 12's misses.
const WRONG_YESNO: WrongCase[] = [
  ['EKS extended support is opt-in for each cluster', 'eks.extended-support.enabled-by-default'],
  ['EKS extended support comes for free', 'eks.extended-support.cost'],
  ['Fargate is Linux only', 'fargate.windows.support'],
  ["Application Load Balancers can't do mutual TLS", 'alb.mtls.support'],
  ['SnapStart takes the snapshot on the first invocation', 'lambda.snapstart.snapshot-timing'],
  ['SnapStart snapshots need manual patching', 'lambda.snapstart.patching'],
  ["Lambda functions can't use container images", 'lambda.package.container-images'],
  ['Capacity Reservation groups work in Wavelength Zones too', 'local-zones-outposts.wavelength.capacity-reservation-groups'],
  ['Instance store-backed instances can be stopped like EBS-backed ones', 'ec2.instance-store-backed.stop'],
  ['AWS Batch quotas are soft limits', 'batch.quotas.adjustable'],
  ['Instance user data gets copied to the AMI made from it', 'ec2.user-data.ami'],
];
const RIGHT_YESNO: RightCase[] = [
  ['EKS extended support is enabled by default, you can turn it off'],
  ['EKS extended support costs extra per cluster hour'],
  ['Fargate runs Windows containers (min 1 vCPU)'],
  ['ALB supports mutual TLS with trust stores'],
  ['SnapStart snapshot is taken when you publish a version'],
  ['SnapStart snapshots are patched automatically by Lambda'],
  ['Lambda functions can ship as container images up to 10 GB'],
  ["Capacity Reservation groups can't be used in a Wavelength Zone"],
  ['Instance store-backed instances cannot be stopped, only rebooted or terminated'],
  ["AWS Batch quotas can't be changed"],
  ['User data is not included in an AMI made from the instance'],
];
describeAssertCases('mine 16 A: yes/no facts from set 12', WRONG_YESNO, RIGHT_YESNO);
