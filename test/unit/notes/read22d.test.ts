/**
 * Session 22, helper D: general reading fixes for figures the fact-check set aside or could not decide. Every line
 * was written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases } from './assertCases';

// A rough figure ("~", "≈", "about", "roughly") is a claim: wrong when far from every accepted value, and only
// for a fact its own words name.
describeFlagCases(
  'rough figures',
  [
    ['an Aurora Serverless v2 ACU gives you ~8 GiB of memory', 'aurora.serverless-v2.acu-memory'],
    ['Aurora global database: cross-Region replication lag ≈ 10 seconds', 'aurora.global.replication-latency'],
    ['SQS standard queue: roughly 10,000 in-flight messages before OverLimit', 'sqs.inflight.standard'],
  ],
  [
    'an Aurora Serverless v2 ACU is ~2 GiB of memory',
    'SQS standard queues allow roughly 100k in-flight messages',
    'Aurora global database: replication lag usually ~1 s',
    ['- or an Aurora Global Database (promotion ~1 min)', ['Cross-Region replication options']],
  ],
);
