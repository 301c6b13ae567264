/**
 * Session 17 (READ17): general reading fixes for forms of yes/no and figure claims the checker dropped or
 * misread. Every line is written for these tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { loadFactRules } from '../../../src/main/notes/rules';
import { ROOT } from './claimCases';

const checker = loadFactRules(ROOT);
/** The facts a line is flagged by ("kb:<fact id>" or a rule id), in order. */
const flags = (text: string, heading: string[] = []): string[] =>
  checkSection(text, heading, checker).map((f) => `${f.ruleId} ${f.excerpt}`);

describe('sibling figures: a figure binds to the variant named nearest before it', () => {
  it('leaves right sibling figures alone', () => {
    expect(flags('Deep Archive default retrieval = 12 h, bulk = within 48 h')).toEqual([]);
    expect(flags('io2 durability 99.999% vs gp2/gp3 99.8-99.9%')).toEqual([]);
    expect(flags('st1 max throughput 500 MiB/s vs sc1 250 MiB/s')).toEqual([]);
    expect(flags('SSM parameter size: standard 4 KB vs advanced 8 KB')).toEqual([]);
  });
  it('still flags a wrong sibling figure against its own variant', () => {
    expect(flags('Deep Archive default retrieval = 5 h, bulk = within 48 h')).toEqual([
      'kb:s3-glacier.deep-archive.standard-time 5 h',
    ]);
    expect(flags('st1 max throughput 250 MiB/s vs sc1 500 MiB/s')).toEqual([
      'kb:ebs.st1.max-throughput 250 MiB/s',
    ]);
    expect(flags('SSM parameter size: standard 8 KB vs advanced 4 KB')).toEqual([
      'kb:systems-manager.parameter.standard-max-size 8 KB',
    ]);
  });
  it('keeps a variant named after its figure when it labels no other figure', () => {
    expect(flags('Deep Archive: 5 h standard, 48 h bulk')).toEqual([
      'kb:s3-glacier.deep-archive.standard-time 5 h',
    ]);
    // The variant before the "and" is the first figure's own, though another figure follows.
    expect(flags('SNS: 100,000 standard topics and 1,000 FIFO topics')).toEqual([]);
    expect(flags('SNS gives 100,000 standard topics, 1,000 FIFO topics')).toEqual([]);
  });
});

describe('yes/no facts: "only … when <event>" is no condition', () => {
  it('flags a property said to hold only at one moment, against a fact that says otherwise', () => {
    expect(flags('S3 Object Lock can only be turned on when the bucket is created')).toEqual([
      'kb:s3.object-lock.existing-buckets S3 Object Lock can only be turned on when the bucket is created',
    ]);
    expect(flags('Object Lock: can only be enabled when the bucket is created')).toHaveLength(1);
  });
  it('still leaves a "when" that is a condition alone', () => {
    expect(flags('Object Lock can be turned on later when versioning is enabled')).toEqual([]);
    expect(flags('Object Lock can only be enabled when the bucket is created, if versioning is on')).toEqual(
      [],
    );
    expect(flags('when a bucket is new, Object Lock is enabled at creation only')).toEqual([]);
  });
});

describe('yes/no facts: a topic label before a generic actor', () => {
  it('reads "<label>: you can <property> <subject>" as said of the subject', () => {
    expect(flags('RDS: you can shrink allocated storage after scaling up')).toEqual([
      'kb:rds.storage.decrease RDS: you can shrink allocated storage after scaling up',
    ]);
    expect(flags('In RDS, you can shrink allocated storage')).toHaveLength(1);
    expect(flags('CloudFormation: you can enable termination protection directly on a nested stack')).toEqual(
      [
        'kb:cloudformation.termination-protection.nested CloudFormation: you can enable termination protection directly on a nested stack',
      ],
    );
    expect(flags('CFN - you can enable termination protection directly on nested stacks')).toHaveLength(1);
  });
  it('leaves the right polarity, an excluded service and a label that is a clause alone', () => {
    expect(flags('RDS: you cannot shrink allocated storage')).toEqual([]);
    expect(flags('Aurora: you can shrink allocated storage')).toEqual([]);
    expect(
      flags('stacks are nested: you can enable termination protection directly on a nested stack'),
    ).toEqual([]);
  });
});

describe('yes/no facts: a count where the property says "multiple"', () => {
  it('reads a whole number of two or more as "multiple"/"several"', () => {
    expect(flags('a MemoryDB cluster spans 3 Regions')).toEqual([
      'kb:memorydb.cluster.region-scope a MemoryDB cluster spans 3 Regions',
    ]);
    expect(flags('a VPC can have 2 internet gateways')).toEqual([
      'kb:vpc.igw.per-vpc a VPC can have 2 internet gateways',
    ]);
    expect(flags('an AWS account can belong to 2 organizations')).toEqual([
      'kb:organizations.account.single-organization an AWS account can belong to 2 organizations',
    ]);
    expect(flags("DynamoDB transaction can't span 2 tables")).toEqual([
      "kb:dynamodb.transactions.tables DynamoDB transaction can't span 2 tables",
    ]);
  });
  it('leaves one, a right count and an excluded subject alone', () => {
    expect(flags('MemoryDB cluster stays in 1 Region')).toEqual([]);
    expect(flags('DynamoDB transaction can span 2 tables')).toEqual([]);
    expect(flags('MemoryDB Multi-Region: replicate across up to 5 Regions')).toEqual([]);
    expect(flags('an IAM user can be in 10 groups')).toEqual([]);
    expect(
      flags('we set ElastiCache shards in a cluster-mode-disabled Redis OSS cluster to 0.25 shards'),
    ).toEqual([]);
  });
});

describe('yes/no facts: a service abbreviation (lexicon alias) for the name it abbreviates', () => {
  it('reads "DDB"/"CW" as "DynamoDB"/"CloudWatch" in a subject name', () => {
    expect(flags('a DDB transaction can Put and Delete the same item')).toEqual([
      'kb:dynamodb.transactions.same-item a DDB transaction can Put and Delete the same item',
    ]);
    expect(flags('CW metrics can be deleted from the console')).toEqual([
      'kb:cloudwatch.metrics.deletable CW metrics can be deleted from the console',
    ]);
    expect(flags('CW Logs are stored unencrypted by default')).toEqual([
      'kb:cloudwatch.logs.encryption-default CW Logs are stored unencrypted by default',
    ]);
  });
  it('leaves the right polarity and an abbreviation two services share alone', () => {
    expect(flags("a DDB transaction can't touch the same item twice")).toEqual([]);
    expect(flags('CW Logs are encrypted by default')).toEqual([]);
    // "CT" is CloudTrail's and Control Tower's: it stands for neither.
    expect(flags('CT events can be deleted')).toEqual([]);
  });
});
