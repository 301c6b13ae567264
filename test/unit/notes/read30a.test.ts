/**
 * Session 30, helper A (issue 14 items 3/4, "the right figure with a wrong qualifier", target accepted): a figure
 * said to hold for a second case too ("too", "also", "same as", "like") when the fact's text gives that case
 * another figure ("90 minutes for asynchronous invocations; other invocations: 15 minutes", "99.999 %
 * (single-Region tables: 99.99 %)", "10 GB/s (other Regions: 200 MB/s)"). The case is named by its own words, or,
 * for a text's "other X", by X said as the rest ("non-major Regions") or with the opposite of the headline case's
 * word ("synchronous" of "asynchronously"). Lines written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'Lambda Managed Instances - sync invokes also get the 90 minute max run time',
    'lambda.managed-instances.timeout.max',
  ],
  ['LMI: synchronous calls run for up to 90 min as well', 'lambda.managed-instances.timeout.max'],
  [
    'Kinesis on-demand streams in other Regions also reach 10 GB/s of writes',
    'kinesis-data-streams.on-demand.max-write',
  ],
  [
    'KDS on-demand write max in non-US Regions: 10 GB/s, same as N. Virginia',
    'kinesis-data-streams.on-demand.max-write',
  ],
  ['DDB global tables SLA is 99.99%, the same as for single-Region tables', 'dynamodb.global-tables.sla'],
  [
    'DynamoDB global tables availability: 99.99% just like single-Region tables',
    'dynamodb.global-tables.sla',
  ],
];

const RIGHT = [
  // Each case's own figure, with or without a sameness word about something else.
  'Lambda Managed Instances: async invocations can run up to 90 minutes too',
  'Lambda Managed Instances: 90 min for async and event source mappings, 15 min for everything else',
  'LMI other invocations are capped at 15 min, like standard Lambda functions',
  'Kinesis on-demand: 10 GB/s write in us-east-1, 200 MB/s in other Regions',
  'KDS on-demand in other Regions also starts at 200 MB/s write',
  'Firehose direct PUT: 1 MiB/s in other Regions too',
  'Firehose direct PUT throughput is 5 MiB/s in us-east-1, also in Oregon and Ireland',
  'Single-Region DynamoDB tables also get a 99.99% SLA',
  'DynamoDB global tables: 99.999% availability SLA, not the same as single-Region tables (99.99%)',
  'DynamoDB global tables -> 99.999% availability, like Aurora Global Database it spans Regions',
  'LMI: async invocations up to 90 min, sync calls are limited to 15 min',
  'Lambda Managed Instances: asynchronous invokes also get 90 minutes',
  // No second case the text names.
  'Lambda max memory is 10,240 MB for arm64 functions too',
];

describeFlagCases(
  'read30a: a figure said to hold for a second case the text gives another figure',
  WRONG,
  RIGHT,
);

/**
 * The figure said to count what the fact's label or text leaves out ("excluding default rules", "SSML tags are not
 * billed"), or to leave out what it counts ("including layers"). Only the headline figure: a text's other figure
 * ("6,000 total characters") may be the one that counts it.
 */
const COUNTED_WRONG: WrongCase[] = [
  ['ALB: 100 rules per load balancer, default rules included', 'alb.rules.default-quota'],
  ['Application Load Balancer rule quota = 100 including the default ones', 'alb.rules.default-quota'],
  [
    'Polly SynthesizeSpeech input: 3,000 characters, SSML tags count toward it',
    'ai-services.polly.synthesize-max-characters',
  ],
  ['Lambda deployment package: 250 MB unzipped, layers not included', 'lambda.package.zip-unzipped-max'],
  ['Lambda unzipped package limit 250 MB excluding layers', 'lambda.package.zip-unzipped-max'],
];

const COUNTED_RIGHT = [
  'ALB: 100 rules per load balancer, not counting the default rules',
  'ALB: 100 rules per load balancer including listener rules with conditions',
  'Polly SynthesizeSpeech: 6,000 characters total including SSML tags',
  'Polly SynthesizeSpeech: 3,000 billed characters, SSML tags not counted',
  'Lambda: 250 MB unzipped including layers',
  'Lambda: 250 MB unzipped, layers included; 50 MB zipped for direct upload',
];

describeFlagCases(
  'read30a: a figure said to count what the fact leaves out, or the reverse',
  COUNTED_WRONG,
  COUNTED_RIGHT,
);

/**
 * A default fact whose text gives the setting's range in bare numbers ("1 (settable 0 to 10)", "300 seconds (range 0
 * to 3,600)"): the range's ends are its minimum and maximum, no other values of the default, so "default: 10" is
 * wrong. "default max 10" may be a default quota's figure and stays unsure.
 */
const RANGE_WRONG: WrongCase[] = [
  [
    'Redshift concurrency scaling clusters: default is up to 10',
    'redshift.concurrency-scaling.default-clusters',
  ],
  ['deregistration delay default is 3,600 seconds', 'elb.deregistration-delay.default'],
  ['deregistration delay max = 7,200 s', 'elb.deregistration-delay.default'],
];

const RANGE_RIGHT = [
  'Redshift max_concurrency_scaling_clusters: default 1, settable 0 to 10',
  'Redshift concurrency scaling: default max 10 clusters (adjustable)',
  'ALB deregistration delay: 300 s default, can be set as low as 0',
  'ALB target group deregistration delay: default 300 s, range 0-3,600 s',
];

describeFlagCases("read30a: the end of a setting's range said as its default", RANGE_WRONG, RANGE_RIGHT);

/**
 * A figure said of every case ("with or without", "whether or not", "every", "whatever", "regardless of") when the
 * fact's label limits it to one case ("(tables with a local secondary index)", "in a single PUT"): wrong when the
 * every-case words name that case, or, when nothing names it, by the label's general sibling ("Maximum object size").
 * A line that names the case outside its every-case words, or says "whether or not" of something else, stays right.
 */
const EVERY_WRONG: WrongCase[] = [
  [
    'DynamoDB: 10 GB item collection cap, whether or not the table has a local secondary index',
    'dynamodb.item-collection.max-size',
  ],
  ['DynamoDB item collections max out at 10 GB with or without an LSI', 'dynamodb.item-collection.max-size'],
  ['S3: no object can exceed 5 GB, regardless of how you upload it', 's3.object.max-size'],
];

const EVERY_RIGHT = [
  'DynamoDB: item collections are capped at 10 GB for every table with an LSI',
  'DynamoDB item collection limit: 10 GB, whether or not you use on-demand',
  'DynamoDB item collection size limit 10 GB with LSIs, regardless of table class',
  'S3: a single PUT tops out at 5 GB whatever the storage class',
  'S3 PUT max 5 GB whatever the storage class',
];

describeFlagCases(
  'read30a: a figure said of every case when the label limits it to one',
  EVERY_WRONG,
  EVERY_RIGHT,
);
