/**
 * Session 14's decision-step rules for the notes fact-check (class C: "undecided" claims whose fact was the
 * candidate), each in wording written for these tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { deniedBeyond } from '../../../src/shared/notes/claimGuard';
import { ids } from './claimCases';

describe('decision: a threshold whose clause denies the thing is a floor or a cap', () => {
  it('reads the phrase', () => {
    expect(deniedBeyond('objects under ', ' are never archived')).toBe('min');
    expect(deniedBeyond('events > ', " can't be delivered")).toBe('max');
    expect(deniedBeyond('messages larger than ', ' get rejected by the queue')).toBe('max');
    expect(deniedBeyond('files under ', ' are not worth compressing')).toBeNull();
    expect(deniedBeyond('files under ', ' are copied first, but never twice')).toBeNull();
    expect(deniedBeyond('files of ', ' are never archived')).toBeNull();
  });
  it('flags a cap said above the real one, and passes the real one', () => {
    expect(ids("DynamoDB items over 100 KB can't be stored")).toEqual(['dynamodb.item.max-size 100 KB']);
    expect(ids("DynamoDB items over 400 KB can't be stored")).toEqual([]);
    expect(ids("S3 objects larger than 1 GB can't be uploaded with a single PUT")).toEqual([
      's3.put.max-size 1 GB',
    ]);
    expect(ids("S3 objects larger than 5 GB can't be uploaded with a single PUT")).toEqual([]);
  });
  it('flags a floor said above the real one, and passes the real one', () => {
    expect(ids('S3 Intelligent-Tiering: objects below 256 KB are not monitored')).toEqual([
      's3-storage-classes.intelligent-tiering.min-object-size 256 KB',
    ]);
    expect(ids('S3 Intelligent-Tiering: objects below 128 KB are not monitored')).toEqual([]);
  });
  it('leaves advice and plain thresholds alone', () => {
    expect(ids('DynamoDB items over 100 KB are not recommended')).toEqual([]);
    expect(ids('S3 objects larger than 100 MB should use multipart upload')).toEqual([]);
  });
});

describe('decision: an event the service brings about, said with no kind word, states its default', () => {
  it('flags a timeout or a rotation period said of what happens on its own', () => {
    expect(ids('ALB connections time out after 30 seconds of idle time')).toEqual([
      'alb.idle-timeout.default 30 seconds',
    ]);
    expect(ids('KMS customer managed keys rotate every 2 years')).toEqual([
      'kms.rotation.default-period 2 years',
    ]);
  });
  it('passes the default itself and a value the fact allows', () => {
    expect(ids('ALB idle connections time out after 60 seconds')).toEqual([]);
    expect(ids('KMS customer managed keys rotate every 365 days')).toEqual([]);
  });
  it('leaves settings, possibilities, denials and quoted myths alone', () => {
    expect(ids('If you set it, KMS keys rotate every 2 years')).toEqual([]);
    expect(ids('KMS customer managed keys can rotate every 2 years')).toEqual([]);
    expect(ids('ALB connections do not time out after 30 seconds')).toEqual([]);
    expect(ids('- Myth: KMS customer managed keys rotate every 2 years.')).toEqual([]);
  });
  it('stays unsure when a default and a maximum fit alike', () => {
    expect(ids('CodeBuild builds time out after 30 minutes')).toEqual([]);
  });
});

describe('guard: other-attribute counts a label word in another form, not a synonym', () => {
  it('reads "rotate" as the label word "rotation"', () => {
    expect(ids('KMS rotates customer managed keys every 3 years')).toEqual([
      'kms.rotation.default-period 3 years',
    ]);
  });
  it('still abstains when only a synonym ties the figure to the fact', () => {
    expect(ids('Glacier provisioned capacity unit lasts 1 month from purchase')).toEqual([]);
  });
});

describe('decision: a "default"/"maximum" label before a colon gives its kind to the figures after it', () => {
  it('reads a later figure of the sentence as a default', () => {
    expect(ids('ALB defaults: 60 seconds idle timeout, health check timeout 10 seconds')).toEqual([
      'alb.health-check.timeout-default 10 seconds',
    ]);
    expect(ids('ALB defaults: 60 seconds idle timeout, health check timeout 5 seconds')).toEqual([]);
  });
  it('reads a later figure as a maximum', () => {
    expect(ids('Lambda maximum limits: 15 minutes timeout, 3,008 MB memory')).toEqual([
      'lambda.memory.max 3,008 MB',
    ]);
    expect(ids('Lambda maximum limits: 15 minutes timeout, 10,240 MB memory')).toEqual([]);
  });
  it('stops at a sentence break, a raisable figure and a label of settings', () => {
    expect(ids('ALB defaults: 60 seconds idle timeout. Health check timeout 10 seconds')).toEqual([]);
    expect(
      ids('ALB defaults: 60 seconds idle timeout, health check timeout can be raised to 10 seconds'),
    ).toEqual([]);
    expect(ids('ALB health check timeout setting we use: 60 seconds idle timeout, 10 seconds')).toEqual([]);
  });
});

describe('decision: "can be A to B" gives the values allowed', () => {
  it('flags a high end below the maximum of a fact that states its own range', () => {
    expect(ids('SQS message retention can be 1 minute to 7 days')).toEqual([
      'sqs.retention.max 1 minute to 7 days',
    ]);
    expect(ids('SQS message retention can be 1 minute to 14 days')).toEqual([]);
  });
  it('leaves own settings and ranges of another setting alone', () => {
    expect(ids('In our account SQS message retention can be 1 minute to 7 days')).toEqual([]);
    expect(ids("An IAM role's maximum session duration can be 1-12 hours")).toEqual([]);
  });
});

describe('decision: a qualifier inside the figure that one fitting fact alone has picks it', () => {
  it('binds "N GET requests" to the read rate and "N DELETE requests" to the write rate', () => {
    expect(ids('Per partitioned prefix S3 takes 3,500 GET requests/s')).toEqual([
      's3.prefix.get-rate 3,500 GET requests/s',
    ]);
    expect(ids('Per partitioned prefix S3 takes 5,500 DELETE requests per second')).toEqual([
      's3.prefix.put-rate 5,500 DELETE requests per second',
    ]);
    expect(ids('Per partitioned prefix S3 takes 3,500 DELETE requests per second')).toEqual([]);
  });
  it('ignores a variant named only in an aside of the value', () => {
    expect(ids('SNS allows 100,000 standard topics and 1,000 FIFO topics per account')).toEqual([]);
  });
});

describe("guard: a denied threshold counts only when the thing compared is the fact's", () => {
  it('keeps the threshold veto when the fact bound is about another thing', () => {
    expect(ids('CloudTrail events over 256 KB are never delivered to CloudWatch Logs')).toEqual([]);
  });
});
