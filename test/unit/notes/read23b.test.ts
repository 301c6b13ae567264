/**
 * Session 23, helper B: figures the reader found no quantity in. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { checker, describeFlagCases } from './assertCases';

// A label's bare figure may be closed by a bracketed aside with no figure, a condition ("after …", "once …",
// "when …") or "regardless of …": what follows is no unit, the figure is still the label's.
describeFlagCases(
  'a bare figure closed by an aside or a condition',
  [
    ['NLB: listeners per load balancer 100 (same as ALB)', 'nlb.listeners.max'],
    ['route table: routes max 2,000 once raised', 'vpc.routes.per-route-table'],
    ['MSK max brokers per cluster is 30 regardless of KRaft or ZooKeeper', 'msk.cluster.max-brokers'],
  ],
  [
    'NLB: listeners per load balancer 50 (not adjustable)',
    'route table: routes max 1,000 after a quota increase',
    'MSK brokers per cluster: 30 when ZooKeeper-based',
    'NLB: targets per load balancer 3,000 (raise it in Service Quotas)',
  ],
);

describe('findQuantities: a bare figure before an aside or a condition', () => {
  const read = (line: string) =>
    findQuantities(line, checker.index.countNouns, true).map((q) => [q.raw, q.dim, q.noun]);
  it('keeps the label noun past a bracketed aside with no figure', () => {
    expect(read('listeners per load balancer 100 (same as ALB)')).toEqual([['100', 'count', 'listener']]);
  });
  it('keeps the linked noun past a condition', () => {
    expect(read('max brokers per cluster = 30 regardless of the mode')).toEqual([['30', 'count', 'broker']]);
    expect(read('routes max 500 after an increase')).toEqual([['500', 'count', 'route']]);
  });
  it('still reads a unit after the figure', () => {
    expect(read('timeout max 30 seconds after the call')).toEqual([['30 seconds', 'seconds', '']]);
  });
});

// A parameter a count fact's label names ("… (MaxNumberOfMessages, maximum)", "ParallelismPerKPU (maximum)") stands
// for what that fact counts: its bare figure is read as that count. Not a service's name nor an API operation.
describeFlagCases(
  'a parameter named in a count fact label',
  [
    ['SQS: MaxNumberOfMessages can be set up to 25 per ReceiveMessage call', 'sqs.receive-message.max-messages'],
    ['Managed Flink: ParallelismPerKPU can be set to 12', 'kinesis-data-streams.flink.parallelism-per-kpu-max'],
    ['EventBridge Scheduler: MaximumRetryAttempts max 200', 'eventbridge.scheduler.retry-max-attempts'],
  ],
  [
    'SQS: MaxNumberOfMessages up to 10 per call',
    'Managed Flink: ParallelismPerKPU max 8',
    'Glue job MaxConcurrentRuns default is 1',
    'EventBridge Scheduler: MaximumRetryAttempts up to 185',
  ],
);

describe('findQuantities: a parameter the index maps to a counted noun', () => {
  const nouns = checker.index.countNouns;
  it('reads the parameter as the counted noun', () => {
    expect(findQuantities('MaxNumberOfMessages up to 10', nouns, true).map((q) => q.noun)).toEqual([
      'maxnumberofmessage',
    ]);
  });
  it('leaves a parameter no count fact names unread', () => {
    expect(findQuantities('SomeUnknownSetting max 10', nouns, true)).toEqual([]);
  });
  it('maps no service name or unit', () => {
    expect(nouns.has('eventbridge')).toBe(false);
    expect(nouns.has('gib')).toBe(false);
  });
});

// "max chain depth 6", "max GSI count 30": a kind word before a label's last words links them to the bare figure
// at the clause's end, as one after them does ("chain depth max 6"); a chain's depth counts levels.
describeFlagCases(
  'a kind word that opens the label',
  [
    ['ALB mutual TLS: max chain depth 6', 'alb.mtls.max-chain-depth'],
    ['ALB mTLS: max certificate chain depth is 10', 'alb.mtls.max-chain-depth'],
    ['DynamoDB: max GSI count 30', 'dynamodb.gsi.default-quota'],
  ],
  ['ALB mutual TLS: max chain depth 4', 'DynamoDB: default GSI count 20', 'Lambda: max layers 5'],
);

describe('findQuantities: a kind word before the label', () => {
  const read = (line: string) =>
    findQuantities(line, checker.index.countNouns, true).map((q) => [q.raw, q.noun]);
  it('reads the label after the kind word', () => {
    expect(read('mTLS: max chain depth 4')).toEqual([['4', 'level']]);
  });
  it('not when a verb or function word follows the kind word', () => {
    expect(read('max is reached at 4')).toEqual([]);
  });
});

// A label joined to its bare figure by a spaced dash ("layers -- 8 per function") or with the figure alone in
// brackets after it ("listener quota (80)"): the punctuation links them as a colon does.
describeFlagCases(
  'a label joined to its figure by a dash or brackets',
  [
    ['Lambda function layers -- 8 per function', 'lambda.layers.max'],
    ['Network Load Balancer: listener quota (80) per load balancer', 'nlb.listeners.max'],
    ['Redshift manual WLM: query slots (60) across all queues', 'redshift.wlm.max-query-slots'],
  ],
  [
    'Lambda function layers - 5 per function',
    'Network Load Balancer: listener quota (50), fixed',
    'Redshift manual WLM: query slots (50) across all queues',
  ],
);

describe('findQuantities: a dash or brackets as the link', () => {
  const read = (line: string) =>
    findQuantities(line, checker.index.countNouns, true).map((q) => [q.raw, q.noun]);
  it('reads the label before a spaced dash', () => {
    expect(read('function layers - 5 per function')).toEqual([['5', 'layer']]);
  });
  it('reads the label before a figure alone in brackets', () => {
    expect(read('listener quota (50)')).toEqual([['50', 'listener']]);
  });
});
