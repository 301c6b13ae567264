/**
 * Session 13 (READ13-C): claims whose noun or subject did not resolve to a fact the KB has. Each rule is
 * tested in wording written for these tests (none copied from an evaluation set), about other services than
 * the examples that motivated it.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { ids, index } from './claimCases';

describe('subject: an API operation named by one service’s facts', () => {
  it('resolves the service from the operation alone', () => {
    expect(ids('PutRecords: up to 400 records per call')).toEqual([
      'kinesis-data-streams.put-records.max-records 400 records',
    ]);
    expect(ids('PutRecords: up to 500 records per call')).toEqual([]);
    expect(ids('ListParts returns up to 500 parts')).toEqual(['s3.list-parts.max-parts 500 parts']);
    expect(ids('ListParts returns up to 1,000 parts')).toEqual([]);
  });
  it('keeps the operation a word of its own facts’ labels', () => {
    expect(ids('Kinesis: each batch of PutRecords holds at most 100 records')).toEqual([
      'kinesis-data-streams.put-records.max-records 100 records',
    ]);
  });
});

describe('subject: a one-word service name the KB uses as a plain word elsewhere', () => {
  it('names the service only capitalized', () => {
    expect(ids('Batch: up to 100 job queues per account')).toEqual(['batch.job-queues.max 100 job queues']);
    expect(ids('AWS Batch allows up to 100 job queues')).toEqual(['batch.job-queues.max 100 job queues']);
    expect(ids('each batch can feed up to 100 queues')).toEqual([]);
    // Session 14: "job queue" is a term only Batch's facts use, so it names Batch without the word "batch".
    expect(ids('each batch can feed up to 100 job queues')).toEqual(['batch.job-queues.max 100 job queues']);
    expect(ids('SQS: a batch of 10 messages is one of the 300 TPS')).toEqual([]);
  });
});

describe('noun: what a bare number after its label counts', () => {
  const nouns = (text: string): string[] =>
    findQuantities(text, index.countNouns, true).map((q) => `${q.raw}:${q.noun}`);
  it('takes the noun from the subject, not from the verb after it', () => {
    expect(nouns('Lambda layers can be set up to 6')).toEqual(['6:layer']);
    expect(ids('Lambda layers can be set up to 6')).toEqual(['lambda.layers.max 6']);
    expect(ids('Lambda layers can be set up to 5')).toEqual([]);
  });
  it('does not take a noun that only qualifies a measure ("timeout for a queue")', () => {
    expect(nouns('SQS visibility timeout for a queue is 12')).toEqual([]);
    expect(nouns('Lambda layers per function: 5')).toEqual(['5:layer']);
  });
});

describe('scope: a quota counted per two places joined by "and"', () => {
  it('reads "per account and Region" as per Region too', () => {
    expect(ids('CloudFormation: 50 registered modules per Region')).toEqual([
      'cloudformation.modules.per-account 50 registered modules',
    ]);
    expect(ids('CloudFormation: 100 registered modules per Region')).toEqual([]);
  });
  it('still keeps another place apart', () => {
    expect(ids('CloudFormation: 50 registered modules per VPC')).toEqual([]);
  });
});

describe('part: a comma inside a closed parenthesis does not start the figure’s part', () => {
  it('reads the words before the parenthesis as the figure’s own', () => {
    expect(ids('DynamoDB table names (for a table, an index, a stream) can be up to 300 characters')).toEqual(
      ['dynamodb.table.name-max-length 300 characters'],
    );
    expect(ids('DynamoDB table names (for a table, an index, a stream) can be up to 255 characters')).toEqual(
      [],
    );
    expect(ids('CloudFormation stack names (nested, root, stack set) can be up to 100 characters')).toEqual([
      'cloudformation.stack.name-max-length 100 characters',
    ]);
    expect(ids('CloudFormation stack names (nested, root, stack set) can be up to 128 characters')).toEqual(
      [],
    );
  });
});

describe('noun: short forms of counted nouns', () => {
  it('reads repos, dims and certs as the nouns the facts count', () => {
    expect(ids('ECR: 10,000 repos per Region')).toEqual(['ecr.repositories.per-region 10,000 repos']);
    expect(ids('ECR: 100,000 repos per Region')).toEqual([]);
    expect(ids('CloudWatch: a metric can have up to 20 dims')).toEqual([
      'cloudwatch.metric.max-dimensions 20 dims',
    ]);
    expect(ids('CloudWatch: a metric can have up to 30 dims')).toEqual([]);
    expect(ids('AWS Config: 50 config rules per acct')).toEqual([
      'config.rules.default-quota 50 config rules',
    ]);
  });
});

describe('variant: a claim that names no variant, of an attribute the KB knows for one variant only', () => {
  it('binds to that variant’s fact', () => {
    expect(ids('Lambda maximum event age is 12 hours')).toEqual(['lambda.async.max-event-age 12 hours']);
    // A true figure is no longer judged against a stream's record age.
    expect(ids('Lambda maximum event age is 6 hours')).toEqual([]);
  });
  it('stays undecided when the KB knows the attribute for two variants', () => {
    expect(ids('Storage Gateway: max volume size 64 TiB')).toEqual([]);
  });
});

describe('words: a counted noun written as an acronym names its label word', () => {
  it('binds "NLBs per Region" and "IGWs per Region" to the quota counting them', () => {
    expect(ids('NLBs per Region: 20')).toEqual(['nlb.per-region.default-quota 20']);
    expect(ids('NLBs per Region: 50')).toEqual([]);
    expect(ids('IGWs per Region: 10')).toEqual(['vpc.igw.per-region 10']);
    expect(ids('IGWs per Region: 5')).toEqual([]);
  });
  it('does not count a plain short noun ("chars") as the attribute', () => {
    // Judged by the Organizations fact whose label names AI services (session 22: an integration's limit), not
    // by the short noun: the policy's limit is 2,500 characters.
    expect(ids('AI services opt-out policy max 5,120 chars')).toEqual([
      'organizations.ai-opt-out-policy.max-size 5,120 chars',
    ]);
  });
});

describe('subject: an abbreviation shared by two services names both; the words decide', () => {
  it('reads CF as CloudFront or CloudFormation', () => {
    expect(ids('CF: max 25 cache behaviors per distribution')).toEqual([
      'cloudfront.cache-behaviors.default-quota 25 cache behaviors',
    ]);
    expect(ids('CF: max 100 outputs per template')).toEqual([
      'cloudformation.template.max-outputs 100 outputs',
    ]);
    expect(ids('CF: max 200 outputs per template')).toEqual([]);
  });
  it('reads EB as EventBridge or Elastic Beanstalk', () => {
    expect(ids('EB: up to 10 targets per rule')).toEqual(['eventbridge.rule.max-targets 10 targets']);
    expect(ids('EB: up to 5 targets per rule')).toEqual([]);
  });
});

describe('subject: more short names notes use (CT, CWL, SM)', () => {
  it('resolves them to their services', () => {
    expect(ids('CT: 10 trails per Region')).toEqual(['cloudtrail.trails.max-per-region 10 trails']);
    expect(ids('CT: 5 trails per Region')).toEqual([]);
    expect(ids('CWL: max 50 subscription filters per log group')).toEqual([
      'cloudwatch.logs.subscription-filters 50 subscription filters',
    ]);
    expect(ids('CWL: max 2 subscription filters per log group')).toEqual([]);
    expect(ids('SM: max secret value size 64 KB')).toEqual([]);
  });
});
