/**
 * Session 26, helper d (issue 14 items 3/4, "target undecided"): the fact with the official figure was found but
 * the checker did not decide. Two classes of note phrasing, each missed in several development sets, now decided:
 * - a step ("timeout set in 1 ms increments", "memory in steps of 128 MB") held to the step a fitting fact's own
 *   text states ("3 seconds, adjustable in 1-second steps"); billing steps and steps the KB states alike stay alone;
 * - a quota given after an arrow in note shorthand ("grants per key -> 20,000"), read like "grants per key: 20,000";
 *   an arrow after a figure (a change of value, a result in units) is no such statement.
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Steps against the step a fact's text states
  ['Lambda timeout is adjustable in 1-minute steps', 'lambda.timeout.default'],
  ['Lambda timeout configurable in 100 ms increments', 'lambda.timeout.default'],
  ['SageMaker serverless endpoint memory goes up in 512 MB increments', 'sagemaker.serverless.min-memory'],
  ['SageMaker Serverless Inference: memory chosen in increments of 256 MB', 'sagemaker.serverless.min-memory'],
  // A quota after an arrow
  ['KMS: grants per key -> 20,000', 'kms.grants.per-key'],
  ['EventBridge Scheduler schedules per Region -> 2,000,000', 'eventbridge.scheduler.schedules-quota'],
];

const RIGHT: string[] = [
  // The step the fact states, a billing step, a step the KB has no fact for
  'Lambda timeout can be raised in 1-second increments up to 900 s',
  'Lambda timeout: 3 s by default, adjustable in 1 s steps',
  'SageMaker serverless memory: 1 GB to 6 GB in 1 GB steps',
  'Lambda duration is billed in 1 ms increments',
  'Lambda compute time is charged in 1 ms increments',
  'Lambda memory can be set in 1 MB increments',
  'EBS gp3 IOPS can be provisioned in increments of 500 IOPS',
  // Arrows that give the quota right, a change of value or a result in units
  'KMS: grants per key -> 50,000',
  'EventBridge Scheduler schedules per Region -> 10,000,000',
  'DynamoDB 8 KB item -> 2 RCUs strongly consistent, 1 RCU eventually consistent',
  'DynamoDB eventually consistent read of a 4 KB item -> 0.5 RCU',
  'DynamoDB reads: strongly consistent -> 1 RCU per 4 KB',
];

describeFlagCases('session 26 d: steps and arrow quotas decided', WRONG, RIGHT);
