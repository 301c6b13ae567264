/**
 * Session 33, helper d3 (issue 14): quotas and documented limits of the storage, database, analytics and ML
 * services that the KB did not hold (SageMaker notebook, processing and tuning limits, RDS Performance Insights
 * retention, Lake Formation LF-Tags, S3 Batch Operations job tags, DMS Serverless capacity, ElastiCache
 * Serverless request rate, Athena capacity reservations). Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right,
 * neighbouring and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // SageMaker
  [
    'SageMaker notebook lifecycle configuration scripts may run for up to 15 minutes.',
    'sagemaker.notebook.lifecycle-script-timeout',
  ],
  [
    'A notebook instance lifecycle configuration script is limited to 4,096 characters.',
    'sagemaker.notebook.lifecycle-script-max-length',
  ],
  [
    'SageMaker notebook instances get a 10 GB ML storage volume by default.',
    'sagemaker.notebook.default-volume-size',
  ],
  ['A SageMaker Processing job can run for at most 5 days.', 'sagemaker.processing.max-runtime'],
  ['SageMaker hyperparameter tuning jobs can run for at most 30 days.', 'sagemaker.tuning.max-runtime'],
  [
    'SageMaker async endpoints send at most 100 concurrent requests per instance to the container (MaxConcurrentInvocationsPerInstance).',
    'sagemaker.async.max-concurrent-invocations-per-instance',
  ],
  // RDS Performance Insights
  ['Performance Insights retains data for 30 days by default.', 'rds.performance-insights.default-retention'],
  ['Performance Insights long-term retention goes up to 5 years.', 'rds.performance-insights.max-retention'],
  // Lake Formation
  ['Lake Formation lets you create up to 50 LF-Tags per account.', 'lake-formation.lf-tags.per-account'],
  ['A Data Catalog table can carry at most 10 LF-Tags.', 'lake-formation.lf-tags.per-resource'],
  // S3 Batch Operations
  ['An S3 Batch Operations job can have up to 10 tags.', 's3-management.batch-operations.job-tags'],
  // DMS Serverless
  ['DMS Serverless replications scale up to 256 DCUs.', 'dms.serverless.max-dcu'],
  // ElastiCache Serverless
  [
    'An ElastiCache Serverless cache handles up to 5 million ECPUs per second.',
    'elasticache.serverless.max-ecpu-rate',
  ],
  // Athena capacity reservations
  ['In an Athena capacity reservation a DML query uses up to 64 DPUs.', 'athena.capacity.dml-query-max-dpus'],
  // neighbouring facts keep their own figures
  ['DocumentDB serverless instances scale up to 384 DCUs.', 'documentdb.serverless.max-dcu'],
  ['S3 objects can have up to 50 tags.', 's3.object.max-tags'],
  ['Athena DDL queries consume 8 DPUs of a capacity reservation.', 'athena.capacity.ddl-query-dpus'],
];

const RIGHT: (RightCase | string)[] = [
  // the right figures, neighbouring quotas and facts that must keep their own binding
  'A notebook instance lifecycle configuration script can run for at most 5 minutes.',
  'A SageMaker Processing job can run for up to 9 days.',
  'SageMaker training jobs can run for up to 28 days.',
  'RDS Performance Insights keeps 7 days of performance history for free, and up to 2 years with long-term retention.',
  'RDS automated backups are kept for 7 days by default.',
  'You can assign up to 50 LF-Tags to a single Data Catalog resource.',
  'An account can create up to 1,000 LF-Tags, each with up to 1,000 values.',
  'AWS DMS Serverless can scale between 1 and 384 DCUs.',
  'Amazon DocumentDB serverless scales from 0.5 to 256 DCUs.',
  'ElastiCache Serverless scales up to 15 million ECPUs per second and 5 TB of data.',
  'Athena capacity reservations start at 24 DPUs and grow in steps of 4.',
  'Athena DDL queries consume 4 DPUs; DML queries 4 to 124 DPUs.',
  'Lambda default concurrency limit is 1,000 per Region and can be raised.',
];

describeFlagCases('session 33 helper d3: storage, database, analytics and ML quotas', WRONG, RIGHT);
