/**
 * Session 24, helper A (reading: the fact with the official figure fits, but the decision accepted the claim's
 * figure or could not decide). Every line was written for these tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { likenedCut, periodAfter } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases } from './assertCases';

describeFlagCases(
  'read24a: a figure the text gives "by default" beside a larger one is a default: said to be fixed, it is wrong',
  [
    ['Amazon SNS payloads are fixed at 256 KB for every topic', 'sns.message.max-size'],
    ['SNS: 256 KB is a hard limit on message size', 'sns.message.max-size'],
    ['Redshift automated snapshots: retention fixed at 1 day', 'redshift.snapshot.max-retention'],
  ],
  [
    // the default, a case of its own, said without calling it fixed (read22a keeps these unflagged)
    'SNS messages can be up to 256 KB',
    'SNS topics accept 256 KB messages by default',
    'SNS payload: 256 KB by default, up to 1 MiB once MaximumMessageSize is raised',
    'Redshift automated snapshot retention: 1 day by default',
    'Redshift automated snapshot retention max 35 days',
    'SageMaker async inference requests time out after 15 minutes by default',
    'Lambda async invocations retry at most 2 times',
    'ACM private CA: a deleted CA can be restored for up to 30 days',
  ],
);

describeFlagCases(
  'read24a: the words after "like" / "same as" that follow a figure name what it is likened to, not its attribute',
  [
    [
      'S3 Multi-Region Access Point names can be 63 characters long like bucket names',
      's3-management.mrap.name-max-length',
    ],
    [
      'SageMaker serverless inference takes payloads up to 6 MB like real-time endpoints',
      'sagemaker.serverless.max-payload',
    ],
    [
      'Organizations SCP documents: at most 10,000 characters (similar to tag policies)',
      'organizations.scp.max-size',
    ],
  ],
  [
    'SageMaker serverless inference payloads max 4 MB, unlike real-time endpoints',
    'Tag policy documents max 10,000 characters, same as backup policies',
    'S3 bucket names: up to 63 characters, like access point names',
    'SageMaker real-time inference payload up to 6 MB (same as Lambda synchronous invocations)',
    'Managed Prometheus: metric retention can go up to 1,095 days, like CloudWatch metrics',
  ],
);

describe('likenedCut', () => {
  it('ends a figure’s words before what it is likened to, not before a likened figure of its own', () => {
    const at = (line: string, fig: string): number =>
      likenedCut(line, line.indexOf(fig) + fig.length, line.length);
    expect(at('payload limit 6 MB like real-time', '6 MB')).toBe('payload limit 6 MB'.length);
    expect(at('max 10,000 chars (same as tag policies)', '10,000 chars')).toBe('max 10,000 chars '.length);
    expect(at('max 10,000 chars like tag policies (10,000)', '10,000 chars')).toBe(
      'max 10,000 chars like tag policies (10,000)'.length,
    );
    expect(at('names of 63 characters for buckets', '63 characters')).toBe(
      'names of 63 characters for buckets'.length,
    );
  });
});

describeFlagCases(
  'read24a: a figure the text says some accounts "already had" (and keep) is an earlier figure, not today’s',
  [['Route 53 lets an account register 50 domains by default', 'route53.domains.default-quota']],
  [
    'Route 53: an account can register 20 domains by default',
    'Route 53: accounts that had 50 domains before March 2021 keep that quota',
    'Route 53 domain registration quota: 20 per account, adjustable',
  ],
);

describeFlagCases(
  'read24a: the right count said per another period than the fact’s ("per minute" of "every 10 seconds")',
  [
    ['X-Ray free tier: 100,000 traces recorded per day', 'x-ray.free-tier.traces-recorded'],
    ['Cognito’s default email sender allows 50 emails per hour', 'cognito.email.default-daily'],
    ['ECR basic scanning: 100,000 image scans per hour', 'ecr.basic-scans.per-day'],
  ],
  [
    'X-Ray free tier records 100,000 traces a month',
    'Cognito’s default email sender: 50 emails per day per account',
    'ECR allows 100,000 basic image scans per 24 hours',
    'Lambda: +1,000 execution environments every 10 seconds per function',
  ],
);

describe('periodAfter', () => {
  it('reads the period a count is said per, in seconds', () => {
    expect(periodAfter(' environments every 10 seconds per function')).toBe(10);
    expect(periodAfter(' new environments per minute')).toBe(60);
    expect(periodAfter(' per 24-hour period')).toBe(86400);
    expect(periodAfter(' traces a month')).toBe(2592000);
    expect(periodAfter('/s')).toBe(1);
    expect(periodAfter(' per function')).toBeNull();
    expect(periodAfter(' per s3 bucket')).toBeNull();
  });
});

describeFlagCases(
  'read24a: a one-word name of a service that some of its facts’ labels write as a word picks those facts',
  [
    ['ElastiCache for Memcached: a cluster holds at most 300 nodes', 'elasticache.memcached.max-nodes'],
    ['Data Firehose to Redshift: retries last 300 seconds by default', 'kinesis-firehose.redshift.retry-duration'],
  ],
  [
    'Memcached clusters have from 1 to 60 nodes',
    'ElastiCache Valkey: each shard holds up to 6 nodes',
    'Firehose Redshift retry duration defaults to 3,600 s',
    'EC2 Spot interruption notice: 2 minutes',
  ],
);
