/**
 * Session 23, helper A (reading: a figure another fitting fact accepts). Its first reading (the case a figure's
 * own words name judges it: "IAM tag value max 128" flagged by the value fact) was taken out by the lead: it added
 * a false flag on a held-out set. Its right lines stay here (none may be flagged); the other readings follow.
 * Every line was written for these tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { aggregateNouns, endOf, TEXT_PARTS } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases, type RightCase } from './assertCases';

const RIGHT: (RightCase | string)[] = [
  'IAM tag keys can be up to 128 characters',
  'IAM tag values can be up to 256 characters',
  'CloudFront custom header names: max 256 characters',
  'CloudFormation inline template body max 51,200 bytes',
  'CloudFormation: template body up to 1 MB when stored in S3',
  'Rekognition raw image bytes: at most 5 MB',
  'Rekognition max image size from S3 is 15 MB',
  'SageMaker real-time inference payload up to 6 MB',
  // a word of another fact's label said in passing ("code") names no case when that fact fits worse
  'Lambda max size of an unzipped deployment (code and layers) is 250 MB',
  // a word said of the figure before is not this figure's ("future" is the 2 hours')
  'CloudWatch Logs rejects events more than 2 hours in the future or more than 14 days in the past',
];

describeFlagCases('read23a: siblings of one setting, each line right for its own case', [], RIGHT);

describeFlagCases(
  'read23a: an "adjustable" that says how the quota is raised, or a raise "by" a request, said of a fixed limit',
  [
    [
      'Step Functions: a state machine definition can be 1 MB at most (adjustable in Service Quotas)',
      'step-functions.definition.max-size',
    ],
    [
      'Amazon-provided DNS server: 1,024 packets per second per network interface, adjustable on request',
      'vpc.dns.pps-per-eni',
    ],
    [
      'HTTP API integration timeout of 30 seconds can go higher by a limit increase',
      'api-gateway.http-api.max-integration-timeout',
    ],
  ],
  [
    // a bare "adjustable" beside a maximum may speak of the setting below it
    'Lambda function timeout: max 15 minutes, adjustable',
    'SQS message retention max 14 days, adjustable per queue',
    'Step Functions state machine definition max size is 1 MB, a hard quota',
    'Lambda concurrent executions: 1,000 per Region, adjustable via Service Quotas',
  ],
);

describeFlagCases(
  'read23a: of two facts naming the low and the high end of one setting, the end the line says judges',
  [
    [
      'By default an instance refresh keeps at least a 75% minimum healthy percentage',
      'auto-scaling.instance-refresh.min-healthy-default',
    ],
    [
      'ECS capacity provider managed scaling: the default minimum scaling step size is 10',
      'ecs.managed-scaling.min-step-default',
    ],
  ],
  [
    'Instance refresh: 90% minimum healthy by default, 100% maximum healthy by default',
    'Instance refresh default maximum healthy percentage: 100%',
    'ECS capacity provider managed scaling: the default maximum scaling step size is 10000',
    'ECS capacity provider managed scaling: the default minimum scaling step size is 1',
  ],
);

describe('endOf', () => {
  it('names the end of a setting a label names, and none when it names both or neither', () => {
    expect(endOf('Instance refresh minimum healthy percentage (default)')).toBe('low');
    expect(endOf('Largest file CloudFront compresses')).toBe('high');
    expect(endOf('Memory: minimum 128 MB, maximum 10,240 MB')).toBeNull();
    expect(endOf('Visibility timeout (default)')).toBeNull();
  });
});

describeFlagCases(
  'read23a: a total over many things said per one of them',
  [
    ['Every layer of a Lambda function can hold 250 MB once unzipped', 'lambda.package.zip-unzipped-max'],
    [
      'Storage Gateway: each cached volume can be as large as 1 PiB',
      'storage-gateway.cached-volumes.max-total',
    ],
    ['Storage Gateway VTL: each tape can be as large as 1 PiB', 'storage-gateway.vtl.max-total-size'],
  ],
  [
    'Lambda: 4 KB for all environment variables of a function',
    'Lambda env vars: 4 KB total per function',
    'A Lambda function and its layers may take 250 MB unzipped',
    'Storage Gateway: up to 32 cached volumes per gateway, each up to 32 TiB, 1 PiB in total',
  ],
);

describe('aggregateNouns', () => {
  it('reads the things a label totals, and not the one thing a total is of', () => {
    expect([...aggregateNouns('Total size of environment variables')]).toEqual(['variable']);
    expect([...aggregateNouns('Deployment package size, unzipped (including layers)')]).toEqual(['layer']);
    expect([...aggregateNouns('Total size of all cached volumes on one Volume Gateway')]).toEqual(['volume']);
    expect([...aggregateNouns('Total payload of one PublishBatch request')]).toEqual([]);
    expect([...aggregateNouns('Nodes per cluster')]).toEqual([]);
  });
});

describeFlagCases(
  'read23a: a fact text listing figures for cases of their own ("30 for X, 60 for Y") keeps each case’s words',
  [
    ['Amazon MSK: a ZooKeeper-based cluster can have up to 60 brokers', 'msk.cluster.max-brokers'],
    [
      'Client VPN: 126,000 concurrent connections with only one associated subnet',
      'client-vpn.connections.default-quota',
    ],
  ],
  [
    'MSK KRaft clusters: up to 60 brokers',
    'MSK ZooKeeper clusters: 30 brokers max',
    'Client VPN endpoint with five associated subnets: up to 126,000 connections',
    'Client VPN endpoint, one associated subnet: 7,000 concurrent connections',
  ],
);

describe('TEXT_PARTS', () => {
  it('splits before a figure said for a case of its own, not inside a list or a number', () => {
    expect('30 for small clusters, 60 for large clusters'.split(TEXT_PARTS)).toEqual([
      '30 for small clusters',
      '60 for large clusters',
    ]);
    expect('7,000 with one subnet, up to 126,000 with five'.split(TEXT_PARTS)).toEqual([
      '7,000 with one subnet',
      'up to 126,000 with five',
    ]);
    expect('1, 10, 100 and 400 Gbps'.split(TEXT_PARTS)).toEqual(['1, 10, 100 and 400 Gbps']);
    expect('10,000 per account, Region-wide'.split(TEXT_PARTS)).toEqual([
      '10,000 per account',
      'Region-wide',
    ]);
  });
});
