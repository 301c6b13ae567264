/**
 * Session 22, helper C: general reading fixes for claims whose fact was never a candidate (its counted noun
 * or label words not found in the line). Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { modifierCounts, sizeOfNoun, timesCount } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A bare count given as a batch's size counts the batch's items; a fact labelled with another service's name
// (an integration: "SQS event source mapping …") is not judged by a line that names a third service only.
const WRONG_BATCH: WrongCase[] = [
  ['Lambda: the default batch size for an SQS trigger is 50', 'lambda.sqs.default-batch-size'],
  // Session 33: the standard queues' maximum is its own fact.
  ['Lambda SQS trigger: batch size at most 5 for standard queues', 'lambda.sqs.standard-max-batch-size'],
];
const RIGHT_BATCH: (RightCase | string)[] = [
  'Lambda SQS trigger: batch size defaults to 10',
  'Lambda SQS trigger batch size: default 10 (FIFO max 10)',
  'Lambda ESM: SQS batch size default 10 (standard max 10,000)',
  'Lambda SQS trigger: FIFO queues allow a batch size of up to 10',
  // Facts about an integration with a service the line does not name (ALB's Lambda target body, the group's
  // Elastic Load Balancing target groups) do not judge it.
  'WAF on an ALB looks at only the first 8 KB of a request body',
  'Auto Scaling group: up to 5 VPC Lattice target groups',
];
describeFlagCases('read22c: batch size counts the items of a batch', WRONG_BATCH, RIGHT_BATCH);

describe('sizeOfNoun', () => {
  it('reads a count given as the size of a thing', () => {
    expect(
      sizeOfNoun('batch', 'Lambda SQS trigger batch size max =')?.test(
        'SQS event source mapping default batch size',
      ),
    ).toBe(true);
    expect(
      sizeOfNoun('batch', 'Kinesis ESM batch sizes can be up to')?.test('Kinesis maximum batch size'),
    ).toBe(true);
  });
  it('is null when the figure is not given as that size', () => {
    expect(sizeOfNoun('batch', 'messages per batch:')).toBeNull();
    expect(sizeOfNoun('', 'batch size')).toBeNull();
    expect(sizeOfNoun('request/s', 'request/s size')).toBeNull();
  });
});

// A compound's modifier said plural as the counted thing ("peerings", "upstreams") counts the compound's head.
describeFlagCases(
  'read22c: a compound named by its modifier',
  [
    ['a VPC can have at most 20 active peerings', 'vpc.peering.default-quota'],
    ['CodeArtifact: each repo can list up to 5 direct upstreams', 'codeartifact.repository.direct-upstreams'],
  ],
  [
    'VPC: 50 active peerings per VPC by default, can be raised to 125',
    'CodeArtifact: up to 10 direct upstreams per repository',
    'NAT gateways: 5 per Availability Zone',
  ],
);

describe('modifierCounts', () => {
  it('reads the modifier of the label compound as the counted thing', () => {
    expect(
      modifierCounts(
        'Direct upstream repositories per repository',
        'upstream',
        'repository',
        'direct upstreams',
      ),
    ).toBe(true);
    expect(
      modifierCounts(
        'Active VPC peering connections per VPC',
        'peering',
        'connection',
        '50 active peerings per VPC',
      ),
    ).toBe(true);
  });
  it('needs the head to be the fact noun and the qualifiers said', () => {
    expect(
      modifierCounts(
        'Direct upstream repositories per repository',
        'upstream',
        'package',
        'direct upstreams',
      ),
    ).toBe(false);
    expect(
      modifierCounts('Direct upstream repositories per repository', 'upstream', 'repository', '10 upstreams'),
    ).toBe(false);
    expect(modifierCounts('Read requests per second', 'read/s', 'request', '100 reads/s')).toBe(false);
  });
});

// A limit of an integration is in the KB under the other service ("SQS event source mapping …" is Lambda's,
// "Lambda functions per target group (ALB)" is ALB's): when nothing of the services named fits, the facts whose
// labels name one of them as the thing measured judge the line.
describeFlagCases(
  'read22c: an integration limit labelled with the service named',
  [
    ['An ALB target group holds at most 3 Lambda functions', 'alb.lambda.targets-per-target-group'],
    ['SQS event source mapping: batch size defaults to 50', 'lambda.sqs.default-batch-size'],
    [
      'WebSocket APIs: a Lambda authorizer may return up to 64 KB',
      'api-gateway.websocket.authorizer-result-size',
    ],
  ],
  [
    'A Lambda target group holds exactly 1 Lambda function',
    'SQS event source mapping: default batch size 10, up to 10,000 for standard queues',
    'WebSocket Lambda authorizer result: max 8 KB',
    // The writer's own setup, and a service named only as the place a figure is counted in.
    'our custom Lambda config: canary 10% every 5 minutes',
    'attachments per VPC to a transit gateway: 5',
  ],
);

// A number of times counts what the verb does: retried that often is retry attempts, called that often per
// second a call rate.
describeFlagCases(
  'read22c: a number of times',
  [
    [
      'EventBridge Scheduler: a schedule is retried at most 500 times',
      'eventbridge.scheduler.retry-max-attempts',
    ],
    ['CloudTrail: LookupEvents may be called 5 times per second', 'cloudtrail.lookup-events.tps'],
    ['Lambda retries an async invocation 5 times', 'lambda.async.max-retries'],
  ],
  [
    'EventBridge Scheduler retries a failed invocation up to 185 times',
    'CloudTrail: LookupEvents can be called 2 times per second per account',
    'Lambda retries an async invocation 2 times',
  ],
);

describe('timesCount', () => {
  it('reads times retried as attempts and times called per second as a call rate', () => {
    expect(timesCount('time', 'attempt', 'retries up to')).toBe(true);
    expect(timesCount('time/s', 'transaction/s', 'LookupEvents can be called')).toBe(true);
  });
  it('needs the verb', () => {
    expect(timesCount('time', 'attempt', 'switches capacity mode up to')).toBe(false);
    expect(timesCount('time/s', 'request/s', 'metrics are sampled')).toBe(false);
    expect(timesCount('time', 'execution', 'retries up to')).toBe(false);
  });
});

describeFlagCases(
  'read22c: figures beside another case, and one flag per claim',
  [['WAF on CloudFront: body inspection hard-limited to 8 KB', 'waf.body-inspection.default']],
  [
    // A variant named past a later figure is that figure's: the default 10 is not the standard queues' case.
    'Lambda SQS trigger: batch size default 10, max 10,000 for standard queues',
    'Lambda SQS event source batch size: max 10,000 for standard queues, 10 for FIFO',
  ],
);
