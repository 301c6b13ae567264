/**
 * Session 26, helper e (issue 14 items 3/4): counted nouns the reader took for another thing than the fact's.
 * (1) "concurrency" is read as a count of executions; a service that counts its concurrency in other things
 * (concurrent invocations of a serverless endpoint) is still what the line speaks of. (2) A count fact whose text
 * splits its whole into a fixed part and "up to" so many of another noun ("1 primary and up to 10 read
 * replicas"): a line counting that noun is checked against the part, not the whole. Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // "concurrency" of a SageMaker serverless endpoint: concurrent invocations, at most 200.
  ['SageMaker serverless endpoint -> max concurrency 500', 'sagemaker.serverless.max-concurrency'],
  ['Serverless Inference (SageMaker): concurrency per endpoint up to 2,000', 'sagemaker.serverless.max-concurrency'],
  // DAX: 11 nodes = 1 primary + up to 10 read replicas.
  ['DAX cluster supports up to 20 read replicas', 'caching-patterns.dax.max-nodes'],
  ['DAX: a cluster can hold at most 15 read replicas', 'caching-patterns.dax.max-nodes'],
];

const RIGHT: (RightCase | string)[] = [
  // The right figures, however the count is named.
  'SageMaker serverless endpoint -> max concurrency 200',
  'SageMaker Serverless Inference: concurrency can be set from 1 to 200 per endpoint',
  'DAX cluster supports up to 10 read replicas',
  'DAX: 1 primary node plus up to 10 read replicas (11 nodes max)',
  'DAX cluster max 11 nodes',
  // Not the part's bound: a minimum or a recommendation of replicas is another figure.
  'DAX in production: at least 2 read replicas so a primary failure has somewhere to go',
  'ElastiCache Redis with Multi-AZ needs at least 1 replica per shard',
  // "concurrency" of Lambda stays the function's own (executions), not an integration's setting.
  'Lambda concurrency 1,000 per Region by default',
  'Lambda with an Amazon MQ (ActiveMQ) source: default max concurrency 5',
  // Redshift concurrency scaling counts clusters, not concurrent invocations.
  'Redshift concurrency scaling: up to 10 clusters',
];

describeFlagCases('session 26e: counted nouns named another way (concurrency, parts of a whole)', WRONG, RIGHT);
