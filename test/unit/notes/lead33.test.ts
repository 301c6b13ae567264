/**
 * Session 33, lead (issue 14): a size written as a number word and a unit's symbol ("twelve GB", "five hundred
 * KB") is read as a figure, and a period after an abbreviation ("max. 10 min", "approx. 30 h") ends no sentence,
 * so the label words before it still name the figure's attribute. Lines written for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Lambda max memory twelve GB', 'lambda.memory.max'],
  ['DynamoDB item size limit is five hundred KB', 'dynamodb.item.max-size'],
  ['Lambda timeout: max. 10 min', 'lambda.timeout.max'],
  ['SQS visibility timeout: approx. 30 h max.', 'sqs.visibility-timeout.max'],
  // The SQS trigger's maximum batch size has its own fact beside the default's.
  ['Lambda SQS trigger: max batch size 1,000', 'lambda.sqs.standard-max-batch-size'],
  ['Lambda FIFO SQS trigger batch size can be up to 10,000', 'lambda.sqs.fifo-max-batch-size'],
  ['Lambda SQS trigger default batch size is 100', 'lambda.sqs.default-batch-size'],
];

const RIGHT: (RightCase | string)[] = [
  'DynamoDB item size limit is four hundred KB',
  'Lambda timeout: max. 15 min',
  'Lambda timeout: approx. 15 min max. Default 3 sec.',
  'one GB of storage is free in our sandbox account',
  'SQS trigger batch size max 10,000',
  'Lambda SQS event source: batch size up to 10 for FIFO queues',
  'Lambda SQS trigger default batch size 10, max 10,000',
];

describeFlagCases('number words with unit symbols; abbreviations', WRONG, RIGHT);
