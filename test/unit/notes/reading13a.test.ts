/**
 * Session 13 (READ13-A): figures the reader used to skip ("no quantity"): bare numbers after a label, slash
 * units, parameter names that carry their unit. Every sentence is written for these tests, about services other
 * than the evaluation sets' examples.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from '../../../src/shared/notes/quantity';
import { ids, index, read } from './claimCases';

describe('a bare number after its label', () => {
  it('reads past an aside in brackets', () => {
    expect(ids('Lambda layers (zip archives) per function: 6')).toEqual(['lambda.layers.max 6']);
    expect(ids('Lambda layers (zip archives) per function: 5')).toEqual([]);
  });
  it('reads past a Region code', () => {
    expect(read('EC2 key pairs per Region in ap-south-1: 5000')).toEqual([['5000', 5000, 'pair']]);
  });
  it('reads "<noun> per <scope> N" in a quota list without a colon', () => {
    expect(ids('DynamoDB: GSIs per table 25, LSIs per table 10')).toHaveLength(2);
    expect(ids('DynamoDB: GSIs per table 20, LSIs per table 5')).toEqual([]);
    expect(ids('ECS: services per cluster 3,000')).toEqual(['ecs.cluster.max-services 3,000']);
  });
  it('takes "adjustable" after the number as a kind word, not a unit', () => {
    expect(ids('SNS subscriptions per topic: 10,000,000 adjustable')).toHaveLength(1);
    expect(ids('SNS subscriptions per topic: 12,500,000 adjustable')).toEqual([]);
  });
  it('reads a plural noun the KB has no unit for as the label noun', () => {
    expect(read('Widget: sprockets per gadget: 40')).toEqual([['40', 40, 'sprocket']]);
    expect(singular('cookies')).toBe('cookie');
    expect(read('Orgs: SCPs max 5 per account')[0]?.[2]).toBe('policy');
  });
  it('reads no label in prose or after another figure', () => {
    expect(read('Lambda supports layers 5')).toEqual([]);
    expect(read('We keep 12 pipelines per account 10').map((x) => x[0])).toEqual(['12 pipelines']);
    expect(read('ECS: total tasks across all services 5,000')).toEqual([]);
  });
});

describe('slash units', () => {
  it('reads "<nouns>/<scope>" as a count of the nouns', () => {
    expect(ids('S3 multipart upload: max 1,000 parts/upload')).toEqual([
      's3.multipart.max-parts 1,000 parts/upload',
    ]);
    expect(ids('S3 multipart upload: max 10,000 parts/upload')).toEqual([]);
    expect(ids('S3 lifecycle configuration: up to 100 rules/bucket')).toHaveLength(1);
  });
  it('reads "<nouns>/<nouns>" as the alternative the KB counts', () => {
    expect(read('a stream keeps 20 tags/labels')).toEqual([['20 tags/labels', 20, 'tag']]);
  });
  it('reads "<noun>/sec" after an adjective as a rate of the noun', () => {
    expect(read('Fargate launches 50 ECS tasks/sec')).toEqual([['50 ECS tasks/sec', 50, 'task/s']]);
    expect(ids('Fargate launches 50 ECS tasks/sec per account')).toHaveLength(1);
  });
  // Session 14 (READ14-B): a count or size per a day or month is read as "per day"/"per month" reads.
  it('reads a count per day or month and a size per month as the count or size', () => {
    expect(read('send 500 emails/day')).toEqual([['500 emails/day', 500, 'email']]);
    expect(read('store 5 TB/month')).toEqual([['5 TB/month', 5 * 1024 ** 4, '']]);
  });
  it('reads a bare "N/s" as a call rate, or the rate of the noun its label names', () => {
    expect(ids('CloudTrail LookupEvents is limited to 5/s')).toEqual(['cloudtrail.lookup-events.tps 5/s']);
    expect(ids('CloudTrail LookupEvents is limited to 2/s')).toEqual([]);
    expect(read('Kinesis shard records: 1,000/s')).toEqual([['1,000/s', 1000, 'record/s']]);
    // A label noun with no rate in the KB leaves the figure unread.
    expect(read('Kinesis shards: 40/s')).toEqual([]);
  });
});

describe('a parameter whose name carries its unit', () => {
  it('gives the bare number the unit of a camel-case parameter name', () => {
    expect(ids('SQS ReceiveMessageWaitTimeSeconds max 30')).toEqual(['sqs.long-polling.max-wait 30']);
    expect(ids('SQS ReceiveMessageWaitTimeSeconds max 20')).toEqual([]);
    expect(ids('Kinesis RetentionPeriodHours max 9000')).toHaveLength(1);
    expect(ids('Kinesis RetentionPeriodHours max 8760')).toEqual([]);
    const [q] = findQuantities('a volume sizeInGiB: 200', index.countNouns, true);
    expect([q?.dim, q?.value]).toEqual(['bytes', 200 * 1024 ** 3]);
  });
  it('needs the name to end in a unit and to come right before the number', () => {
    expect(read('SQS VisibilityTimeout max 43200')).toEqual([]);
    expect(read('TimeoutSeconds for 3 retries 10')).toEqual([['3 retries', 3, 'retry']]);
  });
});

describe('a second value of the same count after kind words', () => {
  it('gives a bare number after ", default" or ", hard max" the count before it', () => {
    expect(read('ECS services per cluster: 5,000 (soft), default 3,000')).toEqual([
      ['5,000', 5000, 'service'],
      ['3,000', 3000, 'service'],
    ]);
    expect(read('DynamoDB GSIs per table: 20 default, hard max 25').map((x) => x[1])).toEqual([20, 25]);
    expect(ids('DynamoDB GSIs per table: 20, default 10')).toEqual(['dynamodb.gsi.default-quota 10']);
    expect(ids('DynamoDB GSIs per table: 20, default 20')).toEqual([]);
  });
  it('does not carry the count over other words or into a longer phrase', () => {
    expect(read('ECS services per cluster: 5,000, and 10 tasks').map((x) => x[2])).toEqual([
      'service',
      'task',
    ]);
    expect(read('ECS services per cluster: 5,000, default 3 of them').map((x) => x[1])).toEqual([5000]);
  });
});

describe('two modifiers joined by "or"/"and" before the counted noun', () => {
  it('reads the noun after "<modifier> or <modifier>"', () => {
    expect(read('up to 25 get or put items per call')).toEqual([['25 get or put items', 25, 'item']]);
    expect(ids('A DynamoDB BatchGetItem call returns at most 50 get or read items')).toHaveLength(1);
    expect(ids('A DynamoDB BatchGetItem call returns at most 100 get or read items')).toEqual([]);
  });
  it('keeps "or"/"and" after the noun as the end of the unit', () => {
    expect(read('3 tables and indexes')).toEqual([['3 tables', 3, 'table']]);
    expect(read('5 instances or more')).toEqual([['5 instances', 5, 'instance']]);
  });
});

describe('CIDR prefix lengths', () => {
  it('reads a prefix length on its own as a count of length', () => {
    expect(read('the client range must be at least /22')).toEqual([['/22', 22, 'length']]);
    expect(ids('Client VPN client CIDR must be at least /24')).toEqual(['client-vpn.client-cidr.size /24']);
    expect(ids('Client VPN client CIDR must be at least /22')).toEqual([]);
  });
  it('leaves a full CIDR block, a date and a rate alone', () => {
    expect(read('route 10.0.0.0/16 to the gateway')).toEqual([]);
    expect(read('support 24/7')).toEqual([]);
    expect(read('5 TB/month').map((x) => x[2])).toEqual(['']);
  });
  it('does not flag a subnet size a writer chose', () => {
    expect(ids('In our VPC each subnet is a /24')).toEqual([]);
    expect(ids('We use a /20 VPC with /26 subnets')).toEqual([]);
  });
});

describe('a spelled-out duration joined by a hyphen', () => {
  it('reads "ten-minute" like "ten minutes"', () => {
    expect(ids('Lambda functions time out after a ten-minute maximum')).toEqual([
      'lambda.timeout.max ten-minute',
    ]);
    expect(ids('Lambda functions time out after a fifteen-minute maximum')).toEqual([]);
    expect(ids('SQS uses a sixty-second default visibility timeout')).toHaveLength(1);
  });
});
