/**
 * Session 15 (cover A): coverage of figures and yes/no properties students write about Lambda,
 * CloudFormation, API Gateway, CodeDeploy, ECS, Fargate, Step Functions and the CDK. Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged
 * by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { checker, describeAssertCases, type RightCase, type WrongCase } from './assertCases';

/** The ids of every flag (figure checks and yes/no facts) on a line under optional headings. */
const flagged = (line: string, heading: string[] = []): string[] =>
  checkSection(line, heading, checker).map((f) => f.ruleId.replace(/^kb:/, ''));

// Figures: a wrong value (another service's, default vs free tier, a stale one) and the fact that flags it.
const WRONG_FIGURES: [string, string, string[]?][] = [
  ['Lambda default memory is 512 MB', 'lambda.memory.default'],
  ['Lambda free tier is 100,000 requests per month', 'lambda.free-tier.requests'],
  ['Lambda free tier includes 40,000 GB-seconds per month', 'lambda.free-tier.gb-seconds'],
  ['Lambda requests cost $2 per million requests', 'lambda.price.per-million-requests'],
  ['Lambda costs $2.00 per 1 million requests', 'lambda.price.per-million-requests'],
  ['API Gateway default burst limit 10,000 requests', 'api-gateway.throttle.account-burst'],
  ['Step Functions free tier gives 40,000 state transitions/month', 'step-functions.free-tier.state-transitions'],
  [
    'Step Functions Standard costs $2.50 per million state transitions',
    'step-functions.standard.price-per-million',
  ],
  ['Express workflow duration is rounded up to the nearest 1 second', 'step-functions.express.duration-rounding'],
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
];

describe('cover 15 A: figures students quote', () => {
  for (const [line, id, heading] of WRONG_FIGURES)
    it(`flags: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([id]);
    });
  for (const [line, heading] of RIGHT_FIGURES)
    it(`leaves alone: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([]);
    });
});

const WRONG: WrongCase[] = [
  // Lambda: environment variables always encrypted at rest; published versions immutable.
  ['Lambda environment variables are not encrypted at rest', 'lambda.env-vars.encryption-at-rest'],
  ['You can edit the code of a published Lambda version', 'lambda.versions.immutable'],
  ['Lambda function versions can be modified after publishing', 'lambda.versions.immutable'],
  // CloudFormation: DeletionPolicy Delete by default; termination protection off by default; exports.
  ['CloudFormation DeletionPolicy default is Retain', 'cloudformation.deletion-policy.default'],
  ['CloudFormation termination protection is enabled by default', 'cloudformation.termination-protection.default'],
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
];

describeAssertCases('cover 15 A: yes/no properties students state', WRONG, RIGHT);
