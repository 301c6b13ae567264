/**
 * Session 21, helper A (development set 33: compute, containers and serverless, long tail): the facts added
 * from its misses and their page siblings. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

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
  // EC2: user data, IMDS, key pairs, AMIs, Image Builder, tenancy
  ['Restarting a stopped instance after editing user data runs the new script on the next start', 'ec2.user-data.restart'],
  ['EC2 user data 16 KB limit counts after base64 encoding', 'ec2.user-data.size-before-base64'],
  ['The imdsSupport v2.0 flag on an AMI can be reverted', 'ec2.ami.imds-support-permanent'],
  ['ED25519 key pairs also work on Windows instances', 'ec2.key-pairs.ed25519-windows'],
  ['EC2 key pairs are global, usable in all Regions', 'ec2.key-pairs.regional'],
  ['You can download the private key again from the EC2 console', 'ec2.key-pairs.private-key-once'],
  ['EC2 key pairs are RSA only', 'ec2.key-pairs.types'],
  ['Deprecating an AMI deletes it', 'ec2.ami.deprecation-keeps-launchable'],
  ['EC2: AMI DeprecateAt can be at most 1 year out', 'ec2.ami.deprecation-max-years'],
  ['EC2 Image Builder produces only AMIs', 'ec2.image-builder.outputs'],
  ['Dedicated Instances are billed per host', 'ec2.dedicated-instances.billing'],
  ['On-Demand Capacity Reservations require a 1-year term', 'ec2-purchasing.capacity-reservation.no-term'],
  ['Cancelling a Capacity Reservation terminates the instances in it', 'ec2-purchasing.capacity-reservation.cancel-running'],
  ['Capacity Blocks can be cancelled any time', 'ec2-purchasing.capacity-blocks.no-cancel'],
  ['Savings Plans only discount EC2 instances', 'ec2-purchasing.savings-plans.fargate'],
  ['Local Zones are enabled automatically', 'local-zones-outposts.local-zone.opt-in'],
  ['A transit gateway connects two Local Zones of the same VPC', 'local-zones-outposts.local-zone.tgw-same-vpc'],
  // Auto Scaling
  ['Lifecycle hook notifications can go to a Kinesis stream', 'auto-scaling.lifecycle-hook.notification-targets'],
  ['Lifecycle hook heartbeat timeout minimum 10 seconds', 'auto-scaling.lifecycle-hook.heartbeat-min'],
  ['Warm pools: instances are always terminated on scale-in', 'auto-scaling.warm-pool.reuse-on-scale-in'],
  ['Warm pool instances can be kept in Terminated state', 'auto-scaling.warm-pool.pool-state-values'],
];

const RIGHT: (string | RightCase)[] = [
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
  'User data: 16 KB max before base64 encoding',
  ['user data after base64: size = ceil(n/3)*4 (raw limit 16 KB)', ['EC2 user data encoding']],
  ['AMI with imdsSupport=v2.0 -> instances launch with IMDSv2 required and hop limit 2', ['EC2 instance metadata (IMDS)']],
  'IMDS hop limit: 1 by default, up to 64',
  'ED25519 or RSA for Linux; Windows instances need RSA keys',
  'You can import your own public key to any Region with ImportKeyPair',
  'AMI DeprecateAt: up to 10 years ahead; public AMIs max 2 years from creation',
  'Deprecated AMIs can still be launched by ID',
  'EC2 Image Builder builds AMIs and container images',
  'Dedicated Hosts are billed per host, Dedicated Instances per instance',
  'Capacity Reservations: no commitment, cancel any time',
  'Cancel a capacity reservation: instances keep running at On-Demand rates',
  "Capacity Blocks can't be modified or cancelled",
  'Local Zones must be enabled (opt in) first',
  'Lifecycle hook heartbeat: 30 to 7,200 s, default 3,600 s',
  'Warm pool ReuseOnScaleIn returns instances to the pool on scale in',
  'Warm pool states: Stopped, Running or Hibernated',
];

describeFlagCases('session 21 set 33 facts (compute, containers, serverless long tail)', WRONG, RIGHT);
