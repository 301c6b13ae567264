/**
 * Session 32, helper B (issue 14 items 3/4): a rate whose counted thing a note names in other words than the
 * fact's unit. The words that stand for a counted noun stand for it per second too ("msgs/s" of a rate the KB
 * states in emails/s, as "200 msgs" counts emails), and "reads/s" / "writes/s" are read or write requests per
 * second. And a plural the fact's own keywords list for what it counts ("users" of Client VPN's concurrent
 * connections) names its counted thing in a line that names the fact's service. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // A synonym of the counted noun, per second.
  ['SES sandbox: you can send 10 msgs/sec', 'ses.sandbox.send-rate'],
  ['In the SES sandbox the sending rate is 5 messages per second', 'ses.sandbox.send-rate'],
  // Reads and writes per second are read and write requests per second.
  [
    'Express One Zone directory bucket: 1,000,000 reads/s by default',
    's3-storage-classes.express-one-zone.default-reads',
  ],
  [
    'S3 Express One Zone directory buckets take 300,000 writes per second by default',
    's3-storage-classes.express-one-zone.default-writes',
  ],
  // A plural the fact's keywords give for its counted thing, in a line naming the fact's service.
  ['DynamoDB Streams: each shard allows 6 simultaneous consumers', 'dynamodb.streams.max-readers'],
  ['Client VPN endpoint: max 1,000 concurrent users', 'client-vpn.connections.default-quota'],
  [
    'Systems Manager maintenance window: 500 instances per target',
    'systems-manager.maintenance-window.nodes-per-target',
  ],
];

const RIGHT: string[] = [
  'SES sandbox: max 1 msg/s and 200 msgs per 24 h',
  'S3 Express One Zone directory bucket: up to 200,000 reads/s and 100,000 writes/s by default',
  // A capacity unit's definition keeps its own reading.
  '1 WCU = 1 write/s for an item up to 1 KB',
  '1 RCU = 2 eventually consistent reads/s for an item up to 4 KB',
  'Kinesis shard: 1,000 records/s and 1 MB/s of writes',
  // Messages are no transactions: the FIFO quota in TPS is not judged by a message rate.
  'SQS FIFO: 300 msgs/s per API action without batching',
  'S3 prefix: 3,500 writes/s',
  'Kinesis shard reads: 5 reads/s via GetRecords',
  // Out of the sandbox the rate is another one.
  'SES production: sending rate 14 msgs/s once out of the sandbox',
  'DynamoDB Streams: at most 2 consumers per shard at the same time',
  'Client VPN endpoint: up to 7,000 concurrent users with one subnet associated',
  'Budgets: up to 10 alerts per budget',
  // Another service's consumers: not judged by DynamoDB Streams' keyword.
  'KDS enhanced fan-out: up to 20 registered consumers per stream',
  // A thing another fact of the service counts is that fact's ("users" of IAM), and a size's keyword counts nothing.
  'IAM: 5,000 users per account',
  'VPC endpoint: 5 policies',
];

describeFlagCases(
  "counted things named by another word: per second, or as the fact's keywords list them",
  WRONG,
  RIGHT,
);
