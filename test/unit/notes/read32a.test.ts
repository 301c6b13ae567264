/**
 * Session 32, helper A (issue 14 items 3/4, stage "target undecided-accepted-by-target"): a sibling's figure said of
 * the sibling the line names. Two facts of one service that the KB names by phrases of their own (`check.keywords`:
 * "default VPC" / "default subnet", "async" / "real-time", "buffering hint" / "Lambda transformation") both fit a
 * figure; the line names one by its phrase before the figure, and only the other (named nowhere) accepts the
 * figure. It was left undecided; now the named sibling judges it. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact,
 * right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The default subnet's size said of the default VPC.
  ['The default VPC is created with a /20 IPv4 CIDR block', 'vpc.default-vpc.cidr-size'],
  // The real-time payload said of asynchronous inference.
  ['SageMaker asynchronous inference: payloads up to 6 MB', 'sagemaker.async.max-payload'],
  // The Lambda transformation's buffering hint said of the delivery buffer.
  ['Firehose buffering hint defaults to 1 MB', 'kinesis-firehose.buffer.default-size'],
];

const RIGHT: (RightCase | string)[] = [
  // Each sibling with its own figure, or the other sibling named too.
  'Default subnets in the default VPC are /20',
  'default VPC: /16 block; each default subnet is a /20',
  'The default VPC is a /16 and its default subnets are /20',
  "The default VPC's subnets are /20 blocks",
  'Default VPC subnets: /20 each',
  'SageMaker real-time inference payload max 6 MB, async up to 1 GB',
  'SageMaker async inference payload up to 1 GB',
  // The other sibling named after the figure: the figure may be its.
  'SageMaker async inference is for payloads above the 6 MB real-time limit',
  'Use SageMaker asynchronous inference when the payload exceeds 6 MB',
  'Firehose Lambda transformation buffer size hint defaults to 1 MB',
  'Firehose buffering hints for the Lambda transform default to 1 MB',
  'Firehose default buffering hint: 5 MB',
  // A sibling named by a label word only it has ("single"), though not by its own phrase.
  'CodeArtifact: a single auth token allows 1,200 requests per second',
  'SageMaker async inference: 6 MB is the real-time cap, async goes up to 1 GB',
  'Firehose buffering hint for Lambda processing: 1 MB by default',
  'Redshift: RA3 clusters of up to 32 nodes per cluster qualify for concurrency scaling',
  'default VPC: one /20 subnet per AZ',
  // The named phrase after the figure: the figure is the thing before it.
  'SNS large messages up to 1 MiB go only to SQS, Lambda or Firehose subscribers, not SMS',
];

describeFlagCases('a sibling’s figure said of the sibling the line names', WRONG, RIGHT);
