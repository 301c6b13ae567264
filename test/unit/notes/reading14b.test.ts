/**
 * Session 14 (READ14-B): figures the reader used to miss ("no quantity"): a bare number after a comparison
 * ("raised above 100", "more than 10"), a unit per a period written with a slash ("5 TB/month"), and more.
 * Every sentence is written for these tests, about services other than the evaluation sets' examples.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { ids, index, read } from './claimCases';

describe('a bare number after a comparison', () => {
  it('takes the counted noun of the phrase before "above", "more than", "beyond"', () => {
    expect(read('Amplify branches per app can go above 50')).toEqual([['50', 50, 'branch']]);
    expect(read('AppSync keeps resolvers working with more than 10 functions')).toEqual([
      ['10 functions', 10, 'function'],
    ]);
    expect(read('Lex V2 bot versions can be increased beyond 100')).toEqual([['100', 100, 'version']]);
  });
  it('flags a fixed quota said to be raisable above its figure', () => {
    expect(ids('Amplify branches per app can be raised above 50 via support')).toEqual([
      'amplify.app.max-branches 50',
    ]);
    expect(ids('API Gateway stage variables per stage can be increased above 100')).toHaveLength(1);
  });
  it('leaves a number after a comparison with no counted noun before it', () => {
    expect(read('Keep CPU utilization below 80')).toEqual([]);
    expect(ids('Amplify branches per app: 50, not adjustable')).toEqual([]);
    expect(ids('Alarm when Lambda functions per app go above 50')).toEqual([]);
  });
  it('ends a unit at "via"', () => {
    expect(read('Lex V2: up to 100 versions via the console')).toEqual([['100 versions', 100, 'version']]);
    expect(read('Amplify branches per app can be raised to 60 via Service Quotas')).toEqual([
      ['60', 60, 'branch'],
    ]);
  });
});

describe('a unit per a period written with a slash', () => {
  it('reads "<nouns>/<period>" as a count of the nouns, as "<nouns> per <period>" reads', () => {
    expect(read('the app sends 1,000 emails/day')).toEqual([['1,000 emails/day', 1000, 'email']]);
    expect(ids("Cognito's built-in email sends 500 emails/day")).toEqual([
      'cognito.email.default-daily 500 emails/day',
    ]);
    expect(ids("Cognito's built-in email sends 50 emails/day")).toEqual([]);
    expect(ids('X-Ray free tier: 10,000 traces/month recorded')).toEqual([
      'x-ray.free-tier.traces-recorded 10,000 traces/month',
    ]);
    expect(ids('X-Ray free tier: 100,000 traces/month recorded')).toEqual([]);
  });
  it('reads "<storage unit>/<period>" as the amount', () => {
    expect(read('ingest 10 GB/day')).toEqual([['10 GB/day', 10 * 1024 ** 3, '']]);
    expect(ids('CloudWatch free tier: 50 GB/month of log data')).toEqual([
      'cloudwatch.free-tier.logs 50 GB/month',
    ]);
    expect(ids('CloudWatch free tier: 5 GB/month of log data')).toEqual([]);
    expect(ids('Detective ingests at most 20 TB/day')).toEqual(['detective.graph.max-ingest 20 TB/day']);
  });
  it('keeps per second a rate, and a noun the KB does not count unread', () => {
    expect(read('2 MB/s per shard')[0]?.[2]).toBe('');
    expect(findQuantities('2 MB/s per shard', index.countNouns, true)[0]?.dim).toBe('bytesPerSecond');
    expect(read('we ship 100 gizmos/day')).toEqual([]);
  });
});

describe('two figures written in parallel share the unit of the second', () => {
  it('reads a slash list of upper-case names as a qualifier of the noun after it', () => {
    expect(read('NLB: 50 TCP/UDP listeners')).toEqual([['50 TCP/UDP listeners', 50, 'listener']]);
  });
  it('gives a bare number with only qualifiers before "and" the unit of the next figure', () => {
    expect(read('API Gateway: 600 Regional and 120 edge-optimized REST APIs per account')).toEqual([
      ['600 Regional', 600, 'api'],
      ['120 edge-optimized REST APIs', 120, 'api'],
    ]);
    expect(read('a table with 10 read and 5 write capacity units').map((x) => x[0])).toEqual([
      '10 read',
      '5 write capacity units',
    ]);
    // Both figures are swapped: since session 18 the Regional one, a fixed quota's value, is judged too.
    expect(ids('API Gateway: 120 Regional and 600 edge-optimized REST APIs per account')).toEqual([
      'api-gateway.rest.regional-apis-quota 120 Regional',
      'api-gateway.rest.edge-apis-quota 600 edge-optimized REST APIs',
    ]);
    expect(ids('API Gateway: 600 Regional and 120 edge-optimized REST APIs per account')).toEqual([]);
  });
  it('leaves numbers that are not written in parallel', () => {
    expect(read('we had 3 and then 5 read replicas').map((x) => x[0])).toEqual(['5 read replicas']);
    expect(read('scale from 2 and 3 replicas').map((x) => x[0])).toEqual(['3 replicas']);
    expect(read('version 2 and 3 read replicas').map((x) => x[0])).toEqual(['3 read replicas']);
  });
});

describe('a range after "range from" or "between" takes the counted noun of its label', () => {
  it('reads "<nouns> range from N to M" and "<nouns> between N and M" as a range of the noun', () => {
    expect(read('ElastiCache nodes per shard go from 1 to 6')).toEqual([['1 to 6', 6, 'node']]);
    expect(read('SQS message attributes range between 1 and 10')).toEqual([['1 and 10', 10, 'attribute']]);
    expect(ids('ElastiCache nodes per shard go from 1 to 9')).toEqual(['elasticache.shard.max-nodes 1 to 9']);
    expect(ids('ElastiCache nodes per shard go from 1 to 6')).toEqual([]);
    expect(ids('AWS Batch retry strategy attempts can be anywhere between 1 and 20')).toEqual([
      'batch.retry-strategy.max-attempts 1 and 20',
    ]);
    expect(ids('AWS Batch retry strategy attempts can be anywhere between 1 and 10')).toEqual([]);
  });
  it('keeps the unit of a high end that has one', () => {
    const q = findQuantities(
      'Kinesis Firehose buffer interval is between 60 and 900 seconds',
      index.countNouns,
      true,
    );
    expect(q.map((x) => [x.dim, x.low, x.value])).toEqual([['seconds', 60, 900]]);
    expect(read('Aurora Serverless v2 capacity scales between 0 and 256 ACUs')).toEqual([
      ['0 and 256 ACUs', 256, 'acu'],
    ]);
  });
  it('reads no range that runs downwards', () => {
    expect(read('Lambda functions per app: 5 to 3').map((x) => x[0])).toEqual(['5']);
  });
});

describe('a frequency word before a period', () => {
  it('reads "once"/"twice" per a day, week or 24 hours as a count of times', () => {
    expect(read('Glue crawler runs once a day')).toEqual([['once', 1, 'time']]);
    expect(read('switch at most twice within 24 hours').map((x) => [x[0], x[2]])).toEqual([
      ['twice', 'time'],
      ['24 hours', ''],
    ]);
    expect(ids('AWS Budgets information is updated at most twice a day')).toEqual([
      'budgets.data.refresh twice',
    ]);
    expect(
      ids('Kinesis Data Streams: UpdateShardCount at most once per rolling 24-hour period per stream'),
    ).toEqual(['kinesis-data-streams.update-shard-count.per-day once']);
  });
  it('leaves an interval ("once every 10 minutes") and a frequency with no period', () => {
    expect(read('update a secret at most once every 10 minutes').map((x) => x[0])).toEqual(['10 minutes']);
    expect(read('Lambda retries an async event twice')).toEqual([]);
    expect(read('once you have more replicas')).toEqual([]);
  });
});

describe('a bare number after a symbol or an abbreviated kind word', () => {
  it('reads "≤ N", "→ N", "~N", "max. N", "capped to N" after a counted label', () => {
    for (const t of ['≤ 5', ': ≤5', '→ 5', '-> 5', '~5', 'max. 5', 'capped to 5'])
      expect(read(`Lambda layers per function ${t}`)).toEqual([['5', 5, 'layer']]);
    expect(ids('AppSync functions per pipeline resolver ≤ 20')).toEqual([
      'appsync.pipeline.max-functions 20',
    ]);
    expect(ids('AppSync functions per pipeline resolver -> 12')).toEqual([
      'appsync.pipeline.max-functions 12',
    ]);
    expect(ids('AppSync functions per pipeline resolver max. 10')).toEqual([]);
  });
  it('still breaks a label at a full stop', () => {
    expect(read('Lambda layers per function. 5 more')).toEqual([]);
  });
});

describe('a slash label "<nouns>/<scope>" before a bare number', () => {
  it('reads it as "<nouns> per <scope>"', () => {
    expect(read('AppSync max functions/resolver 10')).toEqual([['10', 10, 'function']]);
    expect(read('Kinesis: shards/stream 500')).toEqual([['500', 500, 'shard']]);
    expect(ids('AppSync max functions/resolver 12')).toEqual(['appsync.pipeline.max-functions 12']);
  });
  it('leaves a rate or a count per period written as a label', () => {
    expect(read('S3: requests/s 3500')).toEqual([]);
    expect(read('SES: emails/day 200')).toEqual([]);
  });
});
