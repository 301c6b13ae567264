/**
 * Session 21, helper A (development set 33: compute, containers and serverless, long tail): the facts added
 * from its misses and their page siblings. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Lambda SnapStart
  ['Lambda SnapStart: fine to keep the function on an EFS mount, the two work together', 'lambda.snapstart.efs'],
  ['SnapStart functions get the full 10 GB of /tmp', 'lambda.snapstart.ephemeral-storage'],
  ['SnapStart also applies to $LATEST, no version publishing needed', 'lambda.snapstart.latest'],
  ['Lambda SnapStart is available for container images as well', 'lambda.snapstart.container-images'],
  ['SnapStart speeds up Node.js functions too', 'lambda.snapstart.other-runtimes'],
  ["Lambda SnapStart can't be enabled on Python functions", 'lambda.snapstart.python-dotnet'],
  ["SnapStart can't be used on arm64", 'lambda.snapstart.arm64'],
  // layers, function URLs, destinations
  ['Removing a layer version breaks every Lambda function still using it after the deletion', 'lambda.layers.deleted-version'],
  ['A new Lambda function URL needs only lambda:InvokeFunctionUrl in its policy', 'lambda.function-url.invoke-permissions'],
  ['Lambda async destinations and a dead-letter queue can never be used both on one function', 'lambda.async.destinations-with-dlq'],
  ['Async Lambda: the on-failure destination may be a DynamoDB table', 'lambda.async.destination-types'],
  // response streaming, extensions
  ['Lambda response streaming is supported natively on all managed runtimes', 'lambda.response-streaming.runtimes'],
  ['Lambda extensions are free to run', 'lambda.extensions.billing'],
  ['Lambda extensions only work with the Python runtime', 'lambda.extensions.runtimes'],
  ['Lambda parallelization factor: up to 20 batches per shard', 'lambda.kinesis.parallelization-factor-max'],
];

const RIGHT: string[] = [
  'SnapStart: no provisioned concurrency, no EFS, /tmp at most 512 MB',
  'SnapStart does not work with EFS',
  'SnapStart needs a published version; $LATEST is not supported',
  'SnapStart is not supported for container images',
  'SnapStart supports Java 11+, Python 3.12+ and .NET 8+, but not Node.js or Ruby',
  'Lambda SnapStart works for Python 3.12 and later',
  'Until July 2024 SnapStart did not support arm64',
  'Lambda /tmp: 512 MB by default, up to 10,240 MB',
  'A deleted layer version keeps working for functions that already use it; new functions cannot use it',
  'Function URL AuthType NONE still needs a resource-based policy that allows public access',
  'Since Oct 2025 new function URLs need both lambda:InvokeFunctionUrl and lambda:InvokeFunction',
  'Lambda destinations can be used in addition to a DLQ',
  'Async destinations: SQS, SNS, Lambda or EventBridge; S3 bucket for failed events',
  'Lambda response streaming is native on Node.js; Python needs the Lambda Web Adapter',
  'Lambda extensions: billed per 1 ms of execution time; installing your own costs nothing',
  'All Lambda runtimes support extensions',
  'Kinesis event source: parallelization factor 1-10, default 1',
  'Lambda SQS trigger: batch size default 10, max 10,000 for standard queues',
];

describeFlagCases('session 21 set 33 facts (compute, containers, serverless long tail)', WRONG, RIGHT);
