/**
 * Session 24, helper B: figures the reader found no quantity in ("no quantity"). Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from '../../../src/shared/notes/quantity';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A rate's second written out: an HTTP method "per second" ("3,500 GET per sec") is a request rate as "GET/s"
// is, and a label's "requests/sec" or "calls/second" is the rate "requests/s" is.
describe('a rate, however its second is written', () => {
  it('reads an HTTP method per second as requests per second', () => {
    const qs = findQuantities('each prefix takes 3,500 DELETE per second', new Set(['request/s']), true);
    expect(qs.map((q) => [q.raw, q.noun, q.value])).toEqual([['3,500 DELETE per second', 'request/s', 3500]]);
  });
  it('leaves a method that is no rate alone', () => {
    expect(findQuantities('send 3 PUT calls per object', new Set(['request/s']), true).map((q) => q.noun)).not.toContain(
      'request/s',
    );
  });
  it('singular() reads a spelled-out second as /s', () => {
    expect(['requests/sec', 'Calls/second', 'records/secs', 'queries/s'].map(singular)).toEqual([
      'request/s',
      'call/s',
      'record/s',
      'query/s',
    ]);
  });
});
const RATE_WRONG: WrongCase[] = [
  ['S3 throughput note: writes top out at 5,500 PUT per second per prefix', 's3.prefix.put-rate'],
  ['CloudFront requests/second per distribution, default quota: 50,000', 'cloudfront.distribution.rps'],
];
const RATE_RIGHT: (RightCase | string)[] = [
  'S3 throughput note: writes top out at 3,500 PUT per second per prefix',
  'S3 reads: 5,500 GET per sec for each prefix',
  'CloudFront requests/second per distribution, default quota: 250,000',
];
describeFlagCases('a rate written with per second or /sec', RATE_WRONG, RATE_RIGHT);

// "children" stands for the "child <things>" a fact counts (child jobs of an array job, child health checks of a
// calculated health check, child workflow executions of a Distributed Map), in that fact's entry only.
describe('children', () => {
  it('singular() reads the irregular plural', () => {
    expect(singular('Children')).toBe('child');
  });
});
const CHILDREN_WRONG: WrongCase[] = [
  ['AWS Batch: one array job may spawn 50,000 children', 'batch.array.max-size'],
  ['Route 53 calculated health check: up to 300 children', 'route53.calculated-health-check.max-children'],
  ['Step Functions Distributed Map runs at most 20,000 children at a time', 'step-functions.distributed-map.max-concurrency'],
];
const CHILDREN_RIGHT: (RightCase | string)[] = [
  'AWS Batch array jobs: at most 10,000 children',
  'a Route 53 calculated health check watches up to 255 children',
  'Step Functions Distributed Map: up to 10,000 children running at once',
  'AWS Batch: I submitted an array job with 300 children',
  'Lambda: our team lead has 3 children',
];
describeFlagCases('children of a parent the fact counts', CHILDREN_WRONG, CHILDREN_RIGHT);
