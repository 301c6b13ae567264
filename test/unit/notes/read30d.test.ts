/**
 * Session 30, reader helper D (issue 14 items 3/4): figures the fact with the official value was a candidate for, lost
 * to a guard that was wrong about the line's phrasing. Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure
 * lines by nothing.
 * - A term after a plus with a bound word of its own ("1 primary + up to 6 replicas") is that thing's bound, not a
 *   term of a written-out total (the sum-term guard).
 * - A verb before the compared thing that says the service acts on one side of a threshold only ("only compresses
 *   files smaller than", "skips transitioning objects under", "rejects headers larger than") makes the threshold
 *   the limit itself, not a condition (the threshold guard; the claim's kind follows from the verb).
 * - A bare figure given as the value of a default quota's words, after a colon or with the place the quota is
 *   counted per ("account throttle: 5,000 rps per Region", "… rps/Region", "… in each Region"), states that
 *   default quota (a default fact otherwise decides only a line that says "default").
 * - The word before a verb of keeping is the keeper, not another thing kept, when it is the service's variant word
 *   ("free tier keeps"), its data as a whole ("stream data retained") or sits behind an adverb ("v2 always keeps").
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // "+ up to N things": the bound of the things after the plus.
  ['ElastiCache Redis OSS shard: 1 primary + up to 6 replicas', 'elasticache.shard.max-replicas'],
  ['MemoryDB shard = 1 primary + up to 10 replicas', 'memorydb.shard.max-replicas'],
  ['Aurora global database: 1 primary + max 3 secondary Regions', 'aurora.global.max-secondary-regions'],
  // A restricting or skipping verb before the thing compared with the figure.
  ['CloudFront only compresses files smaller than 5 MB', 'cloudfront.compression.max-file-size'],
  [
    'S3 lifecycle by default skips transitioning objects under 256 KB',
    's3-storage-classes.lifecycle.default-min-transition-size',
  ],
  ['SQS rejects messages larger than 512 KB', 'sqs.message.max-size'],
  ['ALB rejects any HTTP header larger than 4 KB', 'alb.http.single-header-max'],
  // A default quota's words, then its figure after a colon or with the place it is counted per.
  ['API Gateway account throttle: 5,000 requests per second per Region', 'api-gateway.throttle.account-rps'],
  ['API Gateway account-level throttle is 2,000 rps/Region', 'api-gateway.throttle.account-rps'],
  ['DMS replication instances, total storage per Region: 10,000 GB', 'dms.storage.total-per-region'],
  ['DMS: 12,000 GB of total replication instance storage in each Region', 'dms.storage.total-per-region'],
  // The keeper before a verb of keeping: a variant word, the data as a whole, a name behind an adverb.
  ['DynamoDB Streams data retained 48 hours', 'dynamodb.streams.retention'],
  ['S3 Storage Lens free tier keeps 30 months of history', 's3.storage-lens.free-retention'],
  ['Aurora Serverless v2 always keeps at least 1 ACU running', 'aurora.serverless-v2.min-acu'],
  ['SQS messages still retained 10 days by default', 'sqs.retention.default'],
];

const RIGHT: (RightCase | string)[] = [
  // The right bound after a plus, and plain terms of one's own setup (no bound word).
  'MemoryDB shard: 1 primary + up to 5 replicas',
  'our MemoryDB shard = 1 primary + 2 replicas',
  'Aurora global database: 1 primary + up to 10 secondary Regions',
  'ElastiCache shard: 1 primary + 2 replicas',
  'ElastiCache cluster: 2 shards + up to 5 replicas each',
  // The right threshold, the other end of a range, advice and one's own rule.
  'CloudFront only compresses files smaller than 10 MB',
  'CloudFront only compresses files larger than 1,000 bytes',
  'CloudFront skips compressing files smaller than 1,000 bytes',
  'S3 lifecycle skips transitioning objects smaller than 128 KB by default',
  'SQS rejects messages larger than 1 MiB',
  'Use multipart upload only for objects larger than 100 MB',
  'our S3 lifecycle rule only transitions objects larger than 1 MB',
  'Kinesis Data Streams rejects records larger than 1 MiB by default',
  'DynamoDB rejects items larger than 400 KB',
  // A default said as a threshold with no "default" word: no claim about the maximum it can be set to.
  'ALB drops connections idle longer than 60 seconds',
  'NLB drops TCP flows idle longer than 350 seconds',
  'API Gateway only caches responses smaller than 1 MB',
  'DocumentDB cluster = 1 primary + up to 15 replicas',
  // The default quota's own figure, one's own account, a raised value, neighbouring settings.
  'API Gateway account throttle: 10,000 requests per second per Region',
  'our API Gateway account throttle is 5,000 rps per Region',
  'API Gateway account throttle raised to 20,000 rps per Region',
  'API Gateway stage throttle: 5,000 rps',
  'API Gateway usage plan throttle: 500 rps per key',
  'DMS: total storage 30,000 GB per Region',
  'DMS replication instance storage: 500 GB',
  // The right figures kept, and another thing kept ("event history" of a service whose fact is not about it).
  'DynamoDB Streams data retained 24 hours',
  'S3 Storage Lens free tier keeps 14 days of history',
  'S3 Storage Lens advanced tier keeps 15 months of data',
  'Aurora Serverless v2 always keeps at least 0 ACUs',
  'SQS messages still retained 4 days by default',
  'Lambda async event history kept 90 days',
];

describeFlagCases(
  'session 30 reader D: guards wrong about a bound word after a plus or a restricting verb, default quotas given bare, the keeper before a verb of keeping',
  WRONG,
  RIGHT,
);
