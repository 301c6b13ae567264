/**
 * Session 36, data helper d7 (issue 14): figures and yes/no facts for AI/ML, IoT and monitoring services
 * (Personalize, Lex V2, Forecast, Transcribe, Polly, Rekognition Video, IoT Core, Managed Service for Prometheus,
 * Device Farm)
 * that the KB did not hold. Every line was written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right, negated and reworded ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Personalize: minimum 500 interaction records', 'ai-services.personalize.min-interactions'],
  ['Amazon Personalize needs at least 100 item interactions.', 'ai-services.personalize.min-interactions'],
  [
    'Amazon Personalize needs at least 10 unique users with two interactions each.',
    'ai-services.personalize.min-users',
  ],
  ['Amazon Lex session timeout defaults to 30 minutes.', 'ai-services.lex.session-timeout-default'],
  ['Lex V2: default session timeout 10 min', 'ai-services.lex.session-timeout-default'],
  ['Amazon Lex session timeout can be set up to 48 hours.', 'ai-services.lex.session-timeout-max'],
  ['Lex session timeout max: 12 hours', 'ai-services.lex.session-timeout-max'],
  ['Amazon Forecast is available to new customers.', 'ai-services.forecast.new-customers'],
  ['Amazon Forecast: open to new customers -> yes', 'ai-services.forecast.new-customers'],
  [
    'Amazon Personalize does not require an interactions dataset.',
    'ai-services.personalize.interactions-dataset-required',
  ],
  [
    'Personalize: item interactions dataset is optional',
    'ai-services.personalize.interactions-dataset-required',
  ],
  [
    'AWS IoT Core allows 10 CONNECT requests per second per client ID.',
    'iot-core.connect.per-client-id-rate',
  ],
  ['Thing types per thing: 2', 'iot-core.thing.types-per-thing'],
  ['You can create up to 1,000 dynamic thing groups per account.', 'iot-core.thing-group.max-dynamic-groups'],
  ['A thing group can have up to 100 attributes.', 'iot-core.thing-group.max-attributes'],
  ['Amazon Transcribe cannot redact PII; use Comprehend for that.', 'ai-services.transcribe.pii-redaction'],
  [
    'Amazon Polly asynchronous synthesis returns audio directly and cannot save to S3.',
    'ai-services.polly.async-output-s3',
  ],
  [
    'Amazon Rekognition Video can only analyze stored video, not live streams.',
    'ai-services.rekognition-video.streaming-kvs',
  ],
  [
    'Rekognition streaming video is available to new customers.',
    'ai-services.rekognition-video.streaming-new-customers',
  ],
  [
    'Rekognition streaming video: open to new customers -> yes',
    'ai-services.rekognition-video.streaming-new-customers',
  ],
  [
    'Amazon Managed Service for Prometheus can retain metrics for up to 5 years.',
    'managed-prometheus.retention.max',
  ],
  ['Device Farm remote access sessions can last up to 4 hours.', 'device-farm.remote-access.max-duration'],
  ['Device Farm remote session max: 60 min', 'device-farm.remote-access.max-duration'],
  ['Device Farm runs can stay queued for up to 7 days.', 'device-farm.runs.max-queue-time'],
  ['Device Farm allows 1,000 in-flight jobs per account.', 'device-farm.jobs.max-in-flight'],
  ['Device Farm default concurrency for metered use: 10 devices', 'device-farm.metered.default-concurrency'],
  ['Device Farm accepts apps up to 10 GB.', 'device-farm.app.max-size'],
  ['Device Farm supports Android App Bundles (.aab).', 'device-farm.android.aab-not-accepted'],
];

const RIGHT: (RightCase | string)[] = [
  'Amazon Personalize requires at least 1,000 item interaction records.',
  'Personalize needs a minimum of 1000 interactions from at least 25 users.',
  'Lex sessions time out after 5 minutes of inactivity by default.',
  'Lex max session duration: 24 hours',
  'Lex session timeout can be anywhere from 0 to 1,440 minutes.',
  'Amazon Forecast is no longer available to new customers.',
  'Amazon Forecast is not open to new customers; use SageMaker Canvas instead.',
  'Amazon Personalize requires an Item interactions dataset; users and items datasets are optional.',
  'IoT Core: 1 connect request per second per client ID',
  'IoT Core default quota: 500,000 concurrent connections per account',
  // Lower in some Regions: the per-account connection fact was dropped by the lead.
  'AWS IoT Core supports 100,000 concurrent client connections per account in some Regions.',
  'A thing can be associated with only one thing type.',
  'Dynamic thing groups per account: 100',
  'Thing groups support 50 attributes.',
  'Amazon Transcribe can redact PII such as credit card numbers from transcripts.',
  'Transcribe supports PII redaction for batch and streaming jobs.',
  'Polly StartSpeechSynthesisTask writes the audio file to an S3 bucket and can notify SNS.',
  'Polly: long texts -> StartSpeechSynthesisTask, output saved to S3',
  'Rekognition Video analyzes streaming video from Kinesis Video Streams.',
  'Rekognition can analyze live video via a stream processor.',
  'Rekognition streaming video analysis is no longer open to new customers.',
  'Amazon Rekognition is available to new customers.',
  'Amazon Comprehend can redact PII from text.',
  'Amazon Managed Service for Prometheus keeps metrics for 150 days by default, configurable up to 1,095 days.',
  'AMP retention can be extended to three years.',
  'Managed Prometheus: retention up to 1095 days',
  'Device Farm remote access sessions are limited to 150 minutes.',
  'Scheduled Device Farm runs can only remain queued for 24 hours.',
  'Device Farm: up to 250 in-flight jobs including queued ones.',
  'Device Farm runs tests on 5 devices in parallel by default (metered).',
  'Device Farm max app size: 4 GB',
  'Device Farm does not accept .aab files; upload an APK.',
  'Device Farm accepts APK and IPA files.',
  'Device Farm default job timeout is 150 minutes.',
];

describeFlagCases('session 36 helper d7: AI/ML and IoT facts', WRONG, RIGHT);
