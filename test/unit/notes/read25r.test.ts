/**
 * Session 25, helper r (reading: the figure a sibling fact accepts). Two facts of one thing whose labels differ by a
 * word or few ("tag key" / "tag value", "private" / "public registry", "template body passed in the request" /
 * "stored in S3"): a line that says only one of them, but the other's figure, is wrong about the one it names.
 * Every line was written for these tests in its own words (none copied from an evaluation set).
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // "value" names the tag value's fact; 128 is the key's figure
  ['IAM tags: the value part can hold at most 128 characters', 'iam.tag.value-max-length'],
  // the header value's fact; 256 is a header name's figure
  ['CloudFront origin custom headers - header value limited to 256 characters', 'cloudfront.custom-header.max-value-length'],
  // the private registry's fact; 1,000 is ECR Public's
  ['ECR private registry: max 1,000 layer parts per multipart upload', 'ecr.layer-parts.max'],
  ['Private ECR repos allow at most 1,000 layer parts in one multipart upload', 'ecr.layer-parts.max'],
  // "inline" (a keyword of the fact passed in the request) in an aside; 1 MB is the S3 template's
  ['aws cloudformation create-stack --template-body (inline JSON) takes templates up to 1 MB', 'cloudformation.template.inline-max-bytes'],
];

const RIGHT: (RightCase | string)[] = [
  // both siblings named, each with its own figure
  'IAM tag key and tag value max lengths: 128 / 256 characters',
  'Tag value 256 characters max, which is twice the 128 allowed for IAM tag keys',
  'CloudFront custom header: name 256 chars, value 1,783 chars',
  'CloudFormation templates: 51,200 bytes inline, 1 MB from S3',
  'CloudFormation template body max 1 MB when stored in S3',
  'CloudFormation template body: 51,200 bytes passed inline, 1 MB in S3',
  'ECR: layer parts per multipart upload max 4,200 (private registry)',
  'ACM private certs: renewal begins 60 days before they expire, public ones 45 days',
  'ACM begins renewing private certificates 60 days before expiry',
  'DynamoDB key values: partition key up to 2,048 bytes, sort key up to 1,024 bytes',
  'Textract: 10 MB for synchronous calls, 500 MB for asynchronous PDF jobs',
  'Textract sync limit is 10 MB, unlike the 500 MB allowed asynchronously',
  // two facts sharing a word are no siblings ("item size" / "attribute name size"; a window and a restore lag)
  'DynamoDB items max out at 400 KB, so short attribute names save space',
  'DynamoDB PITR lets you restore to any second of the last 35 days',
  // one word per case in a list: every case is said
  'IAM inline policies: 2,048 chars per user / 5,120 per group / 10,240 per role',
  // an aside that explains, not a sibling's name
  'Lambda deployment package: 250 MB unzipped (code and layers together)',
];

describeFlagCases('read25r: a figure only a sibling fact accepts, said of the fact the line names', WRONG, RIGHT);
