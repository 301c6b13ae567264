/**
 * Session 32, helper D (issue 14 items 3/4): lines that state a limit plainly but left the decision undecided
 * because they say no kind word. Every line was written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 * - a default quota of a size, rate or duration given as the value of its own words ("code storage: 50 GB",
 *   "ingest rate = 5 MB/s", "… -> 20 GB"), as a count's already was, with no place it is counted per;
 * - a rate of things ("throughput = 300 messages per second") given as the value of a maximum's words, as a
 *   size or a duration already was;
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // A default quota stated as the value of its words.
  ['Lambda code storage: 50 GB', 'lambda.code-storage.quota'],
  ['Lambda storage for functions & layers -> 20 GB', 'lambda.code-storage.quota'],
  ['CodeArtifact asset file size: 1 GB', 'codeartifact.asset.max-size'],
  ['KVS PutMedia ingest rate = 5 MB/s', 'kinesis-video-streams.putmedia.max-rate'],
  // A rate of things stated as the value of a maximum's words.
  ['SNS FIFO topic throughput = 300 messages per second', 'sns.fifo.topic-scope-throughput'],
];

const RIGHT: (RightCase | string)[] = [
  // The quota's own figure, what is used of it, a value it was raised to.
  'Lambda code storage: 75 GB',
  'Lambda code storage -> 75 GB',
  'Lambda code storage used: 12 GB',
  'Lambda code storage: 12 GB used of the 75 GB quota',
  'Lambda code storage quota = 75 GB, raised to 500 GB on request',
  'CodeArtifact asset file size: 5 GB',
  'KVS PutMedia ingest rate = 12.5 MB/s',
  'KVS PutMedia ingest rate we measured: 5 MB/s',
  'KVS PutMedia ingest rate = 2 MB/s for a 1080p stream',
  'Firehose direct PUT throughput: 1 MiB/s in smaller Regions',
  // A rate measured or of one's own setup.
  'SNS FIFO topic throughput = 3,000 messages per second',
  'our SNS FIFO topic throughput: 300 msgs/sec',
  'SNS FIFO throughput measured: 300 msgs/sec',
  'SNS FIFO topic throughput: 300 messages/s per message group',
  'Kinesis shard write: 1,000 records/s',
];

describeFlagCases('limits stated plainly with no kind word (session 32, helper D)', WRONG, RIGHT);
