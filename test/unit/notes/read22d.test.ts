/**
 * Session 22, helper D: general reading fixes for figures the fact-check set aside or could not decide. Every line
 * was written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { requiredAge } from '../../../src/shared/notes/claimGuard';
import { checker, describeFlagCases } from './assertCases';

// A rough figure ("~", "≈", "about", "roughly") is a claim: wrong when far from every accepted value, and only
// for a fact its own words name.
describeFlagCases(
  'rough figures',
  [
    ['an Aurora Serverless v2 ACU gives you ~8 GiB of memory', 'aurora.serverless-v2.acu-memory'],
    ['Aurora global database: cross-Region replication lag ≈ 10 seconds', 'aurora.global.replication-latency'],
    ['SQS standard queue: roughly 10,000 in-flight messages before OverLimit', 'sqs.inflight.standard'],
  ],
  [
    'an Aurora Serverless v2 ACU is ~2 GiB of memory',
    'SQS standard queues allow roughly 100k in-flight messages',
    'Aurora global database: replication lag usually ~1 s',
    ['- or an Aurora Global Database (promotion ~1 min)', ['Cross-Region replication options']],
  ],
);

// "4 vCPU / 16 GB", "100 items / 16 MB": a figure after a spaced slash that follows a figure of another dimension
// is the next item of a list, not what the one before is counted per.
describeFlagCases(
  'slash lists',
  [
    ["an EventBridge rule's event pattern: max 8 KB / 8,192 characters", 'eventbridge.event-pattern.max-size'],
    [
      'Firehose PutRecordBatch: 500 records / 4 MB per request, can be increased on request',
      'kinesis-firehose.put-record-batch.max-size',
    ],
  ],
  [
    'EventBridge: an event pattern holds up to 2 KB / 2048 characters',
    'Fargate largest task: 16 vCPU / 120 GB',
    'DynamoDB BatchGetItem returns up to 100 items / 16 MB',
    'Glue: 1 DPU = 4 vCPU / 16 GB',
    // A duration after the slash is still a rate's period.
    'Lambda scaling: 1,000 more execution environments / 10 s per function',
  ],
);

// "1 Glue DPU = …" defines the DPU (a service's name may come before the unit); an M-DPU is another unit, so
// its memory fact does not judge the DPU's figures.
describe('unit definitions', () => {
  it('reads a unit named after its service and keeps another unit\'s fact out', () => {
    const flags = checkClaims('one Glue DPU = 8 vCPU / 64 GB of RAM', [], checker.index).map((f) => f.factId);
    expect(flags).not.toContain('glue.worker.m-dpu-memory');
  });
});

// "must be N days old before …", "has to stay N days … before …": how long something must be or wait before
// something else may happen is a floor, not a threshold compared with.
describeFlagCases(
  'required ages',
  [
    [
      'S3 lifecycle: an object has to stay 10 days in S3 Standard before a transition to Standard-IA',
      's3-storage-classes.lifecycle.min-days-to-ia',
    ],
    ['Organizations: member accounts must wait 14 days before they can be removed', 'organizations.account.min-age-to-remove'],
    ['AWS Organizations: a new account needs to exist ≥ 60 days before it may leave', 'organizations.account.min-age-to-remove'],
  ],
  [
    'S3 lifecycle: objects have to stay 30 days in Standard before moving to Standard-IA',
    'Organizations: a created account needs to be 7 days old before it can leave',
  ],
);

describe('requiredAge', () => {
  it('reads a duration something must be or wait before something else', () => {
    expect(requiredAge('a member account has to be ', ' old before it may leave')).toBe(true);
    expect(requiredAge('objects have to stay at least ', ' in Standard until the transition')).toBe(true);
    expect(requiredAge('you must wait ', ' before retrying')).toBe(true);
  });
  it('leaves other durations alone', () => {
    expect(requiredAge('an account must be ', ' old')).toBe(false);
    expect(requiredAge('the key must not be ', ' old before rotation')).toBe(false);
    expect(requiredAge('retention can be ', ' before deletion')).toBe(false);
  });
});

// "history retention: 6 months", "authorizer response timeout: 20 seconds": a duration or size given as the value
// of a fixed maximum's own words (no range, default or setting in its text) states that maximum; a figure that
// sizes a thing after it, or one of the writer's own setup, does not.
describeFlagCases(
  "a fixed maximum stated as its label's value",
  [
    ['CodeBuild build history retention: 6 months', 'codebuild.build-history.retention'],
    ['S3 Storage Lens advanced metrics history = 24 months', 's3.storage-lens.advanced-retention'],
    ['API Gateway HTTP API Lambda authorizer response timeout: 2 seconds', 'api-gateway.http-api.lambda-authorizer-timeout'],
    ['Lambda@Edge function timeout for origin requests = 60 s', 'cloudfront.lambda-edge.origin-timeout'],
  ],
  [
    'S3 Storage Lens advanced metrics: 15 months of history',
    'HTTP API Lambda authorizer timeout = 10 s',
    'Lambda@Edge: 2 KB event for an origin request',
    'Lambda@Edge origin request timeout = 5 s on our distribution',
  ],
);
