/**
 * Session 33, helper r3 (issue 14): sentences without a figure. Reading changes in assertCheck.ts (a clause that
 * says the property again with the same polarity, an aside that denies the same side's phrase again, "pay / refund
 * the difference" as no contrast, a bare predicate after a semicolon whose subject the sentence before names) and
 * `assert` annotations on three existing yes/no facts (Athena, OpenSearch). Every line was written for
 * these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right,
 * negated, question, condition and neighbouring lines by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The same property said twice with one polarity, across a clause break.
  ['SQS keeps each message in a single AZ, so SQS messages sit in one AZ only', 'sqs.message.redundancy'],
  [
    'EMR task nodes hold HDFS data, so a task node that goes away takes HDFS data with it',
    'emr.task-nodes.hdfs',
  ],
  // An aside denying the same side's phrase again.
  ["ALB doesn't support WebSockets (no WebSocket connections at all)", 'alb.websockets.support'],
  [
    'Serverless Memcached caches cannot be backed up (no snapshots whatsoever)',
    'elasticache.serverless-memcached.snapshots',
  ],
  // "the difference" paid or refunded is no contrast.
  [
    'Convertible RIs can be exchanged for lower value ones and AWS refunds the difference',
    'ec2-purchasing.convertible-ri.exchange-value',
  ],
  [
    'Convertible RIs can be swapped for a lower value RI, you get credited the difference',
    'ec2-purchasing.convertible-ri.exchange-value',
  ],
  // A bare predicate after a semicolon, the subject named before it.
  ['ALB: HTTP and HTTPS listeners; no WebSocket support', 'alb.websockets.support'],
  ['Lambda packaging: zip files only; container images not supported', 'lambda.package.container-images'],
  ["Lambda: zip only; it doesn't support container images", 'lambda.package.container-images'],
  // Annotated facts.
  ['Athena: the active DDL query quota only counts running queries', 'athena.active-quotas.include-queued'],
  [
    'Athena active DML quota counts only running queries, queued ones are free',
    'athena.active-quotas.include-queued',
  ],
  ['OpenSearch: dedicated master nodes handle search requests', 'opensearch.master-nodes.no-data'],
  ['OpenSearch dedicated master nodes also store shards', 'opensearch.master-nodes.no-data'],
];

const RIGHT: string[] = [
  // Opposite polarities in two clauses stay unsure.
  'EMR task nodes do not store HDFS data, so task nodes keep data only in memory',
  'EMR task nodes store HDFS blocks, but core nodes store HDFS data too',
  // A denial restated is right; an asserted phrase with a denied aside is unsure.
  'Lambda functions can run from container images (no Lambda@Edge though)',
  'Serverless Memcached can be snapshotted (no backups though)',
  "Serverless Memcached can't be snapshotted (no backups) unless you export the data",
  // "the difference" in a condition, or as a contrast.
  'Convertible RIs can be exchanged for higher value ones if you pay the difference',
  'The difference: Standard RIs can be sold, Convertible RIs can be exchanged for lower value ones',
  // After a semicolon: the sentence names a subject of its own, an excluded name, or another service.
  "Secrets Manager: a replicated primary secret can't be deleted directly; deleting a replica is immediate",
  'Lambda@Edge: zip packages only; container images not supported',
  "ALB supports Lambda targets; NLB doesn't support Lambda targets",
  'S3 Block Public Access: account-level setting; off by default',
  'Lambda: zip or container images; container images supported up to 10 GB',
  // Annotated facts: right, negated, question, condition, another subject.
  'Athena active DML quota counts running and queued queries',
  'Does the Athena active DML quota count queued queries?',
  'If you use capacity reservations, Athena active DML quota counts only running queries',
  'Athena service quotas are shared across all workgroups',
  "OpenSearch dedicated master nodes don't hold data",
  'OpenSearch data nodes hold data, dedicated master nodes do not',
];

describeFlagCases('session 33 helper r3: sentences without a figure', WRONG, RIGHT);
