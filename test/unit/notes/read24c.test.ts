/**
 * Session 24, helper C (reading: no candidate, no subject). Every line was written for these tests in its own
 * words (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { factUnit, operationItems } from '../../../src/shared/notes/claimCheck';
import { checker, describeFlagCases } from './assertCases';

describe('read24c: factUnit reads a count whose label says "<things> per second" as their rate', () => {
  it('a label "<noun> per second" makes the unit noun a rate', () => {
    expect(factUnit('queries', 'CQL queries per second on one client connection').noun).toBe('query/s');
    expect(factUnit('operations', 'File operations per second in General Purpose mode').noun).toBe(
      'operation/s',
    );
  });
  it('leaves other counts alone', () => {
    // the noun per second is another one than the unit's
    expect(factUnit('retries', 'Delivery retries, 20 seconds apart').noun).toBe('retry');
    expect(factUnit('connections', 'New connections per broker per second').noun).toBe('connection');
    // already a rate, or not a count
    expect(factUnit('requests/s', 'Requests per second per prefix').noun).toBe('request/s');
    expect(factUnit('MB', 'Throughput per second').dim).toBe('bytes');
  });
  it('the index holds such a fact as a rate', () => {
    const f = checker.index.facts.find((x) => x.fact.id === 'keyspaces.connection.max-queries');
    expect(f?.noun).toBe('query/s');
  });
});

describeFlagCases(
  'read24c: a figure per second binds a count fact whose label counts those things per second',
  [
    [
      'Amazon Keyspaces allows up to 1,000 CQL queries per second on a single connection',
      'keyspaces.connection.max-queries',
    ],
    ['Keyspaces client connections top out at 800 queries/sec each', 'keyspaces.connection.max-queries'],
    [
      'EFS in General Purpose mode handles at most 35,000 file operations per second',
      'efs.general-purpose.max-file-ops',
    ],
  ],
  [
    'Amazon Keyspaces: a single client connection can run up to 3,000 CQL queries per second',
    'Keyspaces: 3,000 queries/sec per TCP connection, so open more connections for more throughput',
    'EFS General Purpose mode: up to 250,000 file operations per second per file system',
    // a count per connection, not a rate: no fact counts it
    'Keyspaces: one client connection keeps at most 50 queries in flight',
  ],
);

describeFlagCases(
  'read24c: a line naming no service but a variant only one service has, by a coined name, is that service’s',
  [
    ['WebSockets stay connected for at most 6 hours', 'api-gateway.websocket.max-connection-duration'],
    ['An idle WebSocket connection is dropped after 15 minutes', 'api-gateway.websocket.idle-timeout'],
    ['gp3 volumes start at a baseline of 4,000 IOPS', 'ebs.gp3.baseline-iops'],
  ],
  [
    'WebSocket connections close after 10 minutes without traffic',
    'A WebSocket connection lasts at most 2 hours',
    'gp3 baseline: 3,000 IOPS and 125 MiB/s',
    // a plain word that names a variant ("Standard") names no service
    'Standard retrievals take 3 to 5 hours',
    // the writer's own things are no quota
    'Our WebSocket chat app keeps 12 rooms open',
  ],
);

describeFlagCases(
  'read24c: "per account" said of a quota the KB counts per Region is the same quota, in everyday words',
  [
    [
      'EventBridge Scheduler allows only 2 million schedules per account',
      'eventbridge.scheduler.schedules-quota',
    ],
    [
      "Lambda: 1,000 concurrent executions per account, a hard limit that can't be raised",
      'lambda.concurrency.default',
    ],
  ],
  [
    'EventBridge Scheduler: 10 million schedules per account by default',
    'Lambda concurrency: 1,000 per account by default, can be raised',
    'Lambda code storage for functions and layers: 75 GB per account, adjustable',
  ],
);

describe('read24c: operationItems', () => {
  const label = 'Metric data queries in one GetMetricData call';
  it('a modifier of the label compound counts the items of the call the clause names', () => {
    expect(operationItems(label, 'metric', 'query', 'GetMetricData max 20 metrics per request')).toBe(true);
  });
  it('not without the operation, nor for a noun the compound does not hold', () => {
    expect(operationItems(label, 'metric', 'query', 'CloudWatch dashboards show up to 20 metrics')).toBe(
      false,
    );
    expect(operationItems(label, 'widget', 'query', 'GetMetricData with 20 widgets')).toBe(false);
    // the compound's head must be the fact's own noun
    expect(operationItems(label, 'metric', 'point', 'GetMetricData max 20 metrics')).toBe(false);
  });
});

describeFlagCases(
  'read24c: an API call’s items counted by a modifier of the label’s compound, the call named',
  [
    [
      'A single GetMetricData request can fetch at most 200 metrics',
      'cloudwatch.get-metric-data.max-queries',
    ],
  ],
  [
    'GetMetricData takes up to 500 metrics in one request',
    'GetMetricData returns at most 100,800 data points per call',
    'GetMetricStatistics: at most 1,440 data points per call',
  ],
);
