/**
 * Session 17, helper A (development set 17: compute, serverless and containers): the facts added from its
 * misses and false flags. Every line was written for these tests in a student's note style (none copied from
 * an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { checker, describeAssertCases, type RightCase, type WrongCase } from './assertCases';

/** The ids of every flag (figure checks and yes/no facts) on a line under optional headings. */
const flagged = (line: string, heading: string[] = []): string[] =>
  checkSection(line, heading, checker).map((f) => f.ruleId.replace(/^kb:/, ''));

const WRONG_FIGURES: [string, string, string[]?][] = [
  ['Fargate: RunTask throttled at 50 calls per second', 'fargate.run-task.rate'],
  ['on Fargate one RunTask call starts at most 25 tasks', 'fargate.run-task.max-tasks-per-call'],
  ['APIGW WebSocket frames can be up to 64 KB', 'api-gateway.websocket.frame-size'],
  ['ECR multipart push: max 10,000 layer parts', 'ecr.layer-parts.max'],
  ['ECR Public multipart uploads allow 4,200 layer parts', 'ecr.public.layer-parts.max'],
  ['Savings Plans can be bought with a 5-year commitment', 'ec2-purchasing.commitment.max-term'],
  ['ASG standby: EnterStandby takes up to 100 instance IDs', 'auto-scaling.enter-standby.max'],
  ['an Auto Scaling group can have 20 Classic Load Balancers max', 'auto-scaling.group.max-classic-load-balancers'],
  ['AWS Batch: 10 compute environments per EKS cluster', 'batch.eks-cluster.max-compute-environments'],
  ['AWS Batch supports up to 5,000 consumable resources', 'batch.consumable-resources.max'],
  ['AWS Batch SubmitServiceJob allows 50 TPS', 'batch.submit-service-job.tps'],
  ['Batch SubmitServiceJob payload max 100 KiB', 'batch.service-job.max-payload'],
  ['AWS Outposts: minimum recommended service link bandwidth is 100 Mbps', 'local-zones-outposts.outposts.service-link-bandwidth'],
  ['Outposts service link round-trip latency up to 500 ms is fine', 'local-zones-outposts.outposts.service-link-latency'],
  ['API Gateway CreateDeployment: one call every 60 seconds', 'api-gateway.control.create-deployment-interval'],
  ['APIGW DeleteRestApi: one request every 10 seconds', 'api-gateway.control.delete-rest-api-interval'],
  ['API Gateway CreateDomainName quota: one call every 5 s', 'api-gateway.control.create-domain-name-interval'],
  ['API Gateway UpdateUsagePlan: one request every 60 seconds', 'api-gateway.control.update-usage-plan-interval'],
  ['API Gateway CreateVpcLink v2 limited to 1 request every 60 s', 'api-gateway.control.create-vpc-link-interval'],
  ['ImportRestApi accepts an OpenAPI definition file of up to 50 MB', 'api-gateway.import.max-definition-size'],
];
const RIGHT_FIGURES: [string, string[]?][] = [
  ['Fargate RunTask: 20 calls/sec, up to 10 tasks in each call'],
  ['Fargate task launch bucket: 100 burst, refills 20 per second'],
  ['API Gateway: 10,000 RPS per account per Region by default'],
  ['WebSocket API: 32 KB per frame, 128 KB per message'],
  ['ECR: up to 4,200 layer parts for an API multipart upload'],
  ['ECR Public: 1,000 layer parts max'],
  ['RIs and Savings Plans: 1 or 3 year terms'],
  ['ASG EnterStandby/ExitStandby: 20 instance IDs per call'],
  ['Auto Scaling: 50 CLBs and 50 target groups per group, 5 VPC Lattice target groups'],
  ['Batch on EKS: 5 compute environments per cluster'],
  ['Batch: 50k consumable resources, SubmitServiceJob 5 TPS, service job payload 10 KiB'],
  ['Outposts service link: 500 Mbps+ and under 175 ms RTT recommended'],
  ['APIGW CreateDeployment 1 req / 5 s; DeleteRestApi and CreateDomainName 1 req / 30 s'],
  ['API Gateway UpdateUsagePlan 1 request per 20 seconds, CreateVpcLink 1 per 15 s'],
  ['API Gateway import: the OpenAPI definition file can be at most 6 MB'],
];

describe('mine 17 A: figures from set 17', () => {
  for (const [line, id, heading] of WRONG_FIGURES)
    it(`flags: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([id]);
    });
  for (const [line, heading] of RIGHT_FIGURES)
    it(`leaves alone: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([]);
    });
});

const WRONG_YESNO: WrongCase[] = [
  ['EC2 launch templates: each template version can be tagged separately', 'ec2.launch-template.version-tags'],
  ['launch template settings are checked at creation, bad combos rejected up front', 'ec2.launch-template.validation'],
  ['new launch template version -> you pick the version number yourself', 'ec2.launch-template.version-number'],
  ['IMDS: the IPv6 endpoint is on by default on Nitro instances', 'ec2.imds.ipv6-endpoint-default'],
  ['reserved instances auto-renew at term end', 'ec2-purchasing.ri.auto-renew'],
  ['RI Marketplace: sellers can post several listings at once', 'ec2-purchasing.ri-marketplace.listings-at-once'],
  ['persistent Spot requests can use terminate as interruption behavior', 'ec2-purchasing.spot.persistent-interruption-behavior'],
  ['Spot interruption warnings come only through IMDS', 'ec2-purchasing.spot.notice-channels'],
  ['Spot blocks are still offered for 1 to 6 hour jobs', 'ec2-purchasing.spot.blocks'],
  ['Lambda provisioned concurrency can be configured on $LATEST', 'lambda.provisioned-concurrency.unpublished-version'],
  ['provisioned concurrency: two aliases can each reserve it for one version', 'lambda.provisioned-concurrency.one-per-version'],
  ['Lambda SQS trigger: FIFO queues not supported', 'lambda.sqs.fifo-support'],
  ['Lambda async on-success destination can be a Kinesis stream', 'lambda.async.destination-types'],
  ['ECS circuit breaker also works with CodeDeploy deployments', 'ecs.deployment.circuit-breaker-type'],
  ['ASG launch configs can be edited after creation', 'auto-scaling.launch-configuration.immutable'],
  ['API Gateway burst limit is adjustable via Service Quotas', 'api-gateway.throttle.burst-adjustable'],
  ['Lightsail: attach a static IP to an instance in another AZ', 'lightsail.static-ip.same-az'],
  ['SAM: the transform version can be parameterized', 'sam.transform.literal'],
  ['SAM Transform goes under Resources', 'sam.transform.top-level'],
  ['SAM Globals section is a standard CloudFormation feature', 'sam.globals.sam-only'],
  ['Outposts service link has to run over Direct Connect only', 'local-zones-outposts.outposts.service-link-connectivity'],
  ['AWS Wavelength Zones exist in all Regions', 'local-zones-outposts.wavelength.regions'],
  ['Wavelength Zones are on by default in each account', 'local-zones-outposts.wavelength.opt-in'],
  ['EKS managed node groups work in Regions with Local Zones enabled', 'eks.managed-nodes.edge-regions'],
  ['launch configs can still be created by new accounts', 'auto-scaling.launch-configuration.new-accounts'],
];
const RIGHT_YESNO: RightCase[] = [
  ['launch templates can be tagged, their versions cannot'],
  ['launch template params are not fully validated until an instance launches'],
  ['launch template versions are numbered in order of creation'],
  ['IMDS IPv6 endpoint must be enabled explicitly (Nitro only)'],
  ["RIs don't renew automatically -> On-Demand rates after expiry"],
  ['RI Marketplace: one Standard RI listing at a time'],
  ['persistent Spot requests need stop or hibernate as interruption behavior'],
  ['Spot interruption notice: EventBridge event + instance metadata'],
  ['Spot blocks are no longer available to new customers'],
  ["provisioned concurrency goes on a published version or alias, not $LATEST"],
  ['provisioned concurrency: one configuration per version'],
  ['Lambda SQS trigger works with FIFO queues too, batch max 10'],
  ['Lambda async destinations: SQS, SNS, Lambda, EventBridge'],
  ['ECS circuit breaker: rolling update deployments only'],
  ['launch configurations are immutable -> create a new one to change'],
  ['API Gateway burst is set by AWS, not adjustable'],
  ['Lightsail static IP must be in the same AZ as the instance'],
  ['SAM transform must be the literal string AWS::Serverless-2016-10-31'],
  ['SAM Transform is declared at the top level of the template'],
  ['Globals section is unique to SAM templates'],
  ['Outposts service link runs over the public internet or a DX public VIF'],
  ['Wavelength Zones: not in every Region'],
  ['you must opt in to a Wavelength Zone first'],
  ["EKS: use self-managed nodes where Outposts or Wavelength are enabled, managed node groups can't be created there"],
  ['launch configurations: not available to accounts created after Oct 1 2024'],
];
describeAssertCases('mine 17 A: yes/no facts from set 17', WRONG_YESNO, RIGHT_YESNO);
