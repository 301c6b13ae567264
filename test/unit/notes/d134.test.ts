/**
 * Session 34, data helper d1 (analytics family): quota, API-range and default facts added to the KB for Glue,
 * MSK Connect, EMR Serverless, Firehose, Kinesis Video Streams, Kinesis Data Streams, Redshift Data API,
 * Quick Sight and Athena. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right lines by nothing. The right lines
 * include neighbours the new facts must not take over (COPY row size, PutMedia rate, Firehose S3 retries,
 * Kinesis Data Streams CreateStream, SPICE refreshes).
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Glue EventBridge event triggers batch up to 1000 events', 'glue.event-trigger.max-batch-size'],
  ['A Glue blueprint ZIP can be up to 50 MB uncompressed', 'glue.blueprint.max-zip-uncompressed'],
  ['A Glue workflow can have 3 starting triggers', 'glue.workflow.starting-triggers'],
  ['MSK Connect workers can have up to 16 MCUs', 'msk.connect.max-mcus-per-worker'],
  ['EMR Serverless auto-stop idle timeout can be set up to 30 days', 'emr.serverless.auto-stop-max-idle'],
  ['EMR Serverless auto-stop is disabled by default', 'emr.serverless.auto-stop-enabled-default'],
  [
    'Firehose buffer size for OpenSearch destinations can be up to 128 MB',
    'kinesis-firehose.opensearch.buffer-size-max',
  ],
  ['A GetMedia session delivers up to 50 MB per second', 'kinesis-video-streams.getmedia.session-rate'],
  [
    'A client can call GetMedia 10 times per second per stream',
    'kinesis-video-streams.getmedia.calls-per-second',
  ],
  ['DescribeStreamSummary is limited to 10 TPS', 'kinesis-data-streams.describe-stream-summary.tps'],
  ['Redshift Data API row size limit is 1 MB', 'redshift.data-api.max-row-size'],
  ['SPICE full refresh can be scheduled every 15 minutes', 'quicksight.spice.full-refresh-min-interval'],
  ['Athena GetQueryResults returns up to 10,000 rows per page', 'athena.get-query-results.max-rows'],
  ['Athena workgroup names can be up to 256 characters', 'athena.workgroup.name-max-length'],
];

const RIGHT = [
  'Glue event trigger batch window max 15 minutes',
  'A Glue workflow can have only one starting trigger',
  'MSK Connect MCU has 4 GiB memory',
  'EMR Serverless applications auto-stop after 15 minutes idle by default',
  'EMR Serverless auto-stop idle timeout can be set up to 7 days',
  'EMR Serverless auto-stop is enabled by default',
  'Firehose buffer size can be up to 128 MiB',
  'PutMedia ingest is limited to 12.5 MB/s per stream',
  'A GetMedia session delivers up to 25 MB per second',
  'Kinesis CreateStream: 5 TPS',
  'Firehose stream names up to 64 characters',
  'Redshift COPY maximum row size is 4 MB',
  'Firehose retries S3 delivery for up to 24 hours',
  'SPICE incremental refresh can run every 15 minutes',
  'SPICE datasets can be refreshed every 15 minutes',
  'Athena GetQueryResults returns up to 1,000 rows per call',
  'Athena keeps query history for 45 days',
];

describeFlagCases('session 34 analytics facts (d1)', WRONG, RIGHT);
