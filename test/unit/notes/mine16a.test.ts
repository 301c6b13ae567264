/**
 * Session 16, helper A (development set 12: compute, serverless and containers): the facts added from its
 * misses and false flags, and the two small reader changes. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { checker, describeAssertCases, type RightCase, type WrongCase } from './assertCases';

/** The ids of every flag (figure checks and yes/no facts) on a line under optional headings. */
const flagged = (line: string, heading: string[] = []): string[] =>
  checkSection(line, heading, checker).map((f) => f.ruleId.replace(/^kb:/, ''));

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
];

describe('mine 16 A: figures from set 12', () => {
  for (const [line, id, heading] of WRONG_FIGURES)
    it(`flags: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([id]);
    });
  for (const [line, heading] of RIGHT_FIGURES)
    it(`leaves alone: ${line}`, () => {
      expect(flagged(line, heading ?? [])).toEqual([]);
    });
});

// Reader: a negation before an arrow belongs to the statement before it.
const WRONG_ASSERTS: WrongCase[] = [
  ['Express workflows -> full execution history kept in the Step Functions console', 'step-functions.express.history'],
];
const RIGHT_ASSERTS: RightCase[] = [
  ['Express: history not kept by Step Functions -> turn on CloudWatch Logs'],
  ['Express workflows: no execution history -> CloudWatch Logs only'],
];
describeAssertCases('mine 16 A: arrows in yes/no lines', WRONG_ASSERTS, RIGHT_ASSERTS);
