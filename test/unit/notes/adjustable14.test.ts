/**
 * Session 14: whether a quota can be raised, from the fact's own `adjustable` (its quotas page's
 * "Adjustable" column). Every sentence here was written for these tests (none copied from an evaluation set).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules, loadKbEntries } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const index = loadFactRules(ROOT).index;
const flags = (text: string): { id: string; source: string; why: string }[] =>
  checkClaims(text, [], index).map((f) => ({ id: f.factId, source: f.source, why: f.explanation }));
const ids = (text: string): string[] => flags(text).map((f) => f.id);

describe('an adjustable quota said to be fixed (adjustable: true)', () => {
  it('flags "hard limit", "hard cap", "cannot be increased" of the default figure', () => {
    expect(ids('- Transit Gateway: 5 per Region, hard limit')).toEqual(['transit-gateway.per-region.default-quota']);
    expect(ids('- KMS symmetric cryptographic operations: 10,000 requests per second, a hard cap')).toEqual([
      'kms.crypto-ops.symmetric-rate',
    ]);
    expect(ids('- SQS FIFO queue in-flight messages: 120,000, cannot be increased')).toEqual(['sqs.inflight.fifo']);
    expect(ids('- Cognito users per user pool: 40,000,000, hard limit')).toEqual(['cognito.users.default-quota']);
  });
  it('cites the page that says it is adjustable and says so in the explanation', () => {
    const [f] = flags('- SQS FIFO queue in-flight messages: 120,000, cannot be increased');
    expect(f?.source).toBe('https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html');
    expect(f?.why).toMatch(/raises on request.*not a hard limit/);
  });
  it('leaves true wordings alone: "(soft limit)", "you can request an increase", "can be raised"', () => {
    expect(ids('- KMS symmetric cryptographic operations: 10,000 requests per second (soft limit)')).toEqual([]);
    expect(ids('- SQS FIFO queue in-flight messages: 120,000, you can request an increase')).toEqual([]);
    expect(ids('- Transit gateways per account per Region: 5, can be raised')).toEqual([]);
  });
  it('treats the ceiling a quota can be raised to as fixed, not as the default', () => {
    expect(ids('- IAM roles per account: 1,000 by default, can be raised to 5,000')).toEqual([]);
    expect(ids('- IAM roles per account: up to 5,000 after an increase; 5,000 is a hard cap')).toEqual([]);
    expect(ids('- IAM roles per account: 1,000, hard limit')).toEqual(['iam.account.max-roles']);
  });
});

describe('a fixed limit said to be raisable (adjustable: false)', () => {
  it('flags "can be raised", "(soft limit)", "can request an increase", "raise it in Service Quotas"', () => {
    expect(ids('- API Gateway HTTP API payload 10 MB, can be raised via support')).toEqual(['api-gateway.payload.max']);
    expect(ids('- KMS key policy document size: 32 KB, raise it in Service Quotas')).toEqual(['kms.key-policy.max-size']);
    expect(ids('- Lambda layers per function: 5 (soft limit)')).toEqual(['lambda.layers.max']);
    expect(ids('- Transit Gateway attachments per transit gateway: 5,000 but you can request an increase')).toEqual([
      'transit-gateway.attachments.max',
    ]);
    expect(ids('- ECS tasks per RunTask call: 10, adjustable')).toEqual(['ecs.run-task.max-tasks']);
    expect(ids('- CloudFront maximum URL length: 8,192 bytes, can be increased')).toEqual(['cloudfront.url.max-length']);
  });
  it('cites the page stating it is not adjustable when that is not the fact\'s own source', () => {
    const [f] = flags('- KMS key policy document size: 32 KB, raise it in Service Quotas');
    expect(f?.source).toBe('https://docs.aws.amazon.com/kms/latest/developerguide/limits.html');
    expect(f?.why).toMatch(/fixed limit \(not adjustable/);
  });
  it('leaves true wordings alone: "not adjustable", "hard limit", "fixed"', () => {
    expect(ids('- KMS key policy document size: 32 KB, not adjustable')).toEqual([]);
    expect(ids('- API Gateway payload size is 10 MB (hard limit)')).toEqual([]);
    expect(ids('- Transit Gateway attachments per transit gateway: 5,000, hard limit')).toEqual([]);
    expect(ids('- ECS tasks per RunTask call: 10, fixed')).toEqual([]);
  });
  it('reads a setting raised TO the fixed maximum as no claim that the maximum can be raised', () => {
    expect(ids('- Lambda timeout defaults to 3 seconds and can be increased to 15 minutes')).toEqual([]);
    expect(ids('- Lambda function timeout max 15 minutes, can be raised via a support ticket')).toEqual([
      'lambda.timeout.max',
    ]);
  });
  it('reads a bare "adjustable" beside a maximum as the setting below it, not the maximum', () => {
    expect(ids('- Lambda memory is adjustable up to 10,240 MB')).toEqual([]);
    expect(ids('- Lambda timeout is adjustable (max 15 minutes)')).toEqual([]);
    expect(ids('- Lambda timeout max 15 minutes, adjustable')).toEqual([]);
    // Quota wording stays a claim about the maximum.
    expect(ids('- Lambda memory max 10,240 MB, soft limit')).toEqual(['lambda.memory.max']);
    expect(ids('- Lambda layers: 5 max, can be raised')).toEqual(['lambda.layers.max']);
  });
});

describe('the adjustable field in the knowledge base', () => {
  it('sits on numeric facts only, and adjustableSource only beside adjustable', () => {
    const facts = loadKbEntries(ROOT).flatMap((e) => e.facts);
    const adjustable = facts.filter((f) => f.adjustable !== undefined);
    expect(adjustable.length).toBeGreaterThanOrEqual(150);
    expect(adjustable.filter((f) => f.numeric === undefined).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => f.adjustableSource && f.adjustable === undefined).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => f.adjustableSource === f.source).map((f) => f.id)).toEqual([]);
  });
});
