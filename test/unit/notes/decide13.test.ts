/**
 * Session 13's decision-step rules for the notes fact-check (class B: "undecided" and vetoed claims), each in
 * wording written for these tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { ids } from './claimCases';

describe('decision: an alias phrase that carries an attribute word picks the fact', () => {
  it('reads the routing policy named by the alias as the label word', () => {
    expect(ids('Route 53 geolocation routing allows at most 30 records with the same name and type')).toEqual(
      ['route53.records.same-name-routing 30 records'],
    );
    expect(ids('Route 53 geoproximity routing allows up to 100 records with the same name and type')).toEqual(
      ['route53.records.geoproximity-same-name 100 records'],
    );
    expect(ids('Route 53 latency routing allows up to 100 records with the same name and type')).toEqual([]);
  });
  it('reads the endpoint type named by the alias, before or after the figure', () => {
    expect(ids('Each VPC may hold 255 interface endpoints')).toEqual([
      'vpc-endpoints.interface.default-quota 255 interface endpoints',
    ]);
    expect(ids('A VPC can have 255 gateway endpoints')).toEqual([]);
  });
  it('ignores one-word names ("on-demand") that are modes, not attributes', () => {
    expect(
      ids(
        'Kinesis read and write per shard match across on-demand and provisioned streams (1 MB/s in, 2 MB/s out)',
      ),
    ).toEqual([]);
  });
});

describe('decision: kind read from the phrasing around a figure', () => {
  it('reads a negated comparison before the figure as its cap', () => {
    expect(ids('SNS does not deliver messages larger than 2 MB')).toEqual(['sns.message.max-size 2 MB']);
    expect(ids('An SQS retention period cannot be longer than 30 days')).toHaveLength(1);
    expect(ids('An SQS retention period cannot be longer than 14 days')).toEqual([]);
  });
  it('reads a negated "less than" before the figure as its floor', () => {
    expect(ids("Lambda memory can't be less than 256 MB")).toEqual(['lambda.memory.min 256 MB']);
    expect(ids("Lambda memory can't be less than 128 MB")).toEqual([]);
  });
  it('leaves a plain threshold alone', () => {
    expect(ids('Objects larger than 5 GB need multipart upload')).toEqual([]);
  });
  it('reads a comparison sign as the kind', () => {
    expect(ids('SQS retention >= 30 days')).toHaveLength(1);
    expect(ids('SQS retention <= 14 days')).toEqual([]);
  });
  it('reads "if you do not set it" as the default', () => {
    expect(ids('When you do not set a retention period, SQS keeps messages for 7 days')).toEqual([
      'sqs.retention.default 7 days',
    ]);
    expect(ids('When you do not set a retention period, SQS keeps messages for 4 days')).toEqual([]);
  });
});

describe('decision: a range written in the wrong unit', () => {
  it("flags a range whose high end is the fact's figure in another unit", () => {
    expect(ids('EC2 Spot gives a 1-2 hour warning before interruption')).toEqual([
      'ec2-purchasing.spot.interruption-notice 1-2 hour',
    ]);
    expect(ids('EC2 Spot gives a 1-2 minute warning before interruption')).toEqual([]);
  });
});

describe("guard: another figure's own noun does not point to a sibling fact", () => {
  it('reads "N records/s or M MB/s" with M judged by the attribute both share', () => {
    expect(ids('Kinesis shard read limit: 2,000 records/s or 1 MB/s')).toEqual([
      'kinesis-data-streams.shard.read-mbps 1 MB/s',
    ]);
    expect(ids('Kinesis shard read limit: 2,000 records/s or 2 MB/s')).toEqual([]);
  });
});

describe('wording: "you can request an increase" said of a fixed quota', () => {
  it('flags a request-an-increase wording when the fact is not adjustable', () => {
    expect(ids('Amplify apps: 50 branches per app, you can request an increase')).toEqual([
      'amplify.app.max-branches 50 branches',
    ]);
    expect(ids('Amplify: 50 branches per app, increase on request')).toEqual([
      'amplify.app.max-branches 50 branches',
    ]);
    expect(ids('Amplify: 50 branches per app, fixed')).toEqual([]);
  });
});

describe('decision: the general fact when the special cases are not named', () => {
  it('judges a figure by the fact whose label is the others minus words the text never says', () => {
    expect(ids('Attachments per TGW: 700, adjustable')).toEqual(['transit-gateway.attachments.max 700']);
    expect(ids('Attachments per TGW: 5,000')).toEqual([]);
  });
  it('keeps a special case whose own figure is the one said', () => {
    expect(ids('- **RDS**:\n  - Turn on automated backups (7–35 days retention).')).toEqual([]);
  });
});

describe('decision: label words said with a verb ending, kind words not read as attribute words', () => {
  it('reads "delayed" as the stem "delay" of a label', () => {
    expect(ids('SQS messages can be delayed up to 30 minutes')).toEqual(['sqs.delay.max 30 minutes']);
    expect(ids('SQS messages can be delayed up to 15 minutes')).toEqual([]);
  });
  it('does not read the "out" of "tops out" as a read/egress word', () => {
    expect(ids('Kinesis shard write throughput tops out at 2 MB/s')).toEqual([
      'kinesis-data-streams.shard.write-mbps 2 MB/s',
    ]);
    expect(ids('Kinesis shard write throughput tops out at 1 MB/s')).toEqual([]);
  });
});

describe('decision: a range from the stated minimum must end at the stated maximum', () => {
  it('flags a range that starts at the minimum and stops well short of the maximum', () => {
    expect(ids('CloudFront origin keep-alive timeout: 1-60 seconds')).toEqual([
      'cloudfront.origin.keepalive-timeout 1-60 seconds',
    ]);
    expect(ids('CloudFront origin keep-alive timeout: 1-120 seconds')).toEqual([]);
  });
  it("leaves the writer's own setting alone", () => {
    expect(ids('CloudFront origin keep-alive timeout: we set 1-60 seconds')).toEqual([]);
  });
});

describe('decision: a variant named in an aside with its own figure belongs to that figure', () => {
  it('reads "X 256 KB (Y 6 MB)" with the variant before the aside for the first figure', () => {
    expect(ids('Lambda sync invocation payload max 1 MB (async 256 KB)')).toContain(
      'lambda.payload.sync-max 1 MB',
    );
    expect(ids('Lambda async invocation payload max 1 MB (sync 6 MB)')).toEqual([]);
  });
});
