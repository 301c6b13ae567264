/**
 * Session 32, helper C (issue 14 items 3/4): figures bound to a neighbouring fact of the same service. Every line
 * was written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right or unsure ones by nothing.
 *
 * (1) A figure's own unit tells no candidate apart ("8 MB/s" says "throughput" by its "MB/s"), so a fact whose
 *     label says "throughput" or "bandwidth" no longer stands beside the fact the line names by its own words;
 *     and "starts with / starts at / initially / begins with" say a label's "initial".
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The initial capacity of a new on-demand stream, not the per-shard or the maximum write throughput.
  [
    'A brand-new on-demand Kinesis data stream starts at 2 MB/s of write capacity',
    'kinesis-data-streams.on-demand.initial-write',
  ],
  [
    'On-demand KDS streams initially get 1 MB/s write capacity',
    'kinesis-data-streams.on-demand.initial-write',
  ],
  [
    'Kinesis on-demand: new streams begin with 16 MB/s write capacity',
    'kinesis-data-streams.on-demand.initial-write',
  ],
  // A transit gateway attachment's bandwidth, not an interface endpoint's.
  ['Each TGW VPC attachment tops out at 40 Gbps of bandwidth', 'transit-gateway.attachment.max-bandwidth'],
];

const RIGHT: (RightCase | string)[] = [
  'A new on-demand Kinesis stream starts with 4 MB/s of write capacity',
  'Each KDS shard ingests 1 MB/s of writes',
  'KDS shard write throughput: 1 MB/s, read 2 MB/s',
  'Kinesis on-demand streams scale write capacity up to 10 GB/s',
  'Transit Gateway VPC attachments can burst to 100 Gbps',
  'NAT gateway bandwidth scales up to 100 Gbps',
  'Interface endpoints handle up to 100 Gbps per ENI',
  'EFS Elastic throughput: reads up to 60 GiB/s',
  'Kinesis on-demand streams start at 4 MB/s write and 8 MB/s read',
  'A new on-demand stream begins with 4 MB/s of write capacity',
  'NAT gateways start at 5 Gbps and scale to 100 Gbps',
  'gp3 volumes include 125 MiB/s of throughput at any size',
  'A gp3 volume can be provisioned up to 2,000 MiB/s',
  'Each Direct Connect dedicated port runs at 1, 10, 100 or 400 Gbps',
  'Site-to-Site VPN: each tunnel carries up to 1.25 Gbps',
  'Enhanced fan-out: each consumer gets its own 2 MB/s per shard',
];

describeFlagCases('session 32 C: a figure bound to a neighbouring fact of its service', WRONG, RIGHT);
