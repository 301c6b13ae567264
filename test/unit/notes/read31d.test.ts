/**
 * Session 31, helper D (issue 14 items 3/4, "no candidate:words"): a fact whose label leaves a case out ("FIFO
 * throughput without high-throughput mode", "SES API calls other than sending") is about the usual case, which
 * notes state without naming what is left out; a note that names the left-out case (and does not deny it) speaks
 * of the other case, which the fact does not state. Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right or
 * unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The usual case, said without the label's "without …": the words of the left-out case are not needed.
  ['SQS FIFO queues: default throughput 3,000 TPS for each API action', 'sqs.fifo.throughput'],
  ['SQS FIFO default throughput: 3,000 API calls per second, no batching', 'sqs.fifo.throughput'],
  ['SQS FIFO throughput: 3,000 TPS', 'sqs.fifo.throughput'],
  // The left-out case named after a negation is still the fact's case.
  ['SES API calls other than sending: 10 requests per second', 'ses.api.rate'],
];

const RIGHT: (RightCase | string)[] = [
  // The left-out case itself: another figure, not this fact's.
  'SQS FIFO high-throughput mode: up to 70,000 TPS per API action',
  'SQS FIFO queues in high throughput mode handle 9,000 TPS',
  'SES SendEmail calls: 14 per second',
  'SES sending rate in the sandbox: 1 email per second',
  'Glacier vault archives uploaded with multipart upload can reach 40 TB',
  // The fact's own figures.
  'SQS FIFO: 300 TPS per API action, 3,000 messages per second with batching',
  'SQS FIFO default throughput is 300 TPS per API action',
  'SES API calls other than sending are capped at 1 per second',
];

describeFlagCases('a label that leaves a case out (session 31)', WRONG, RIGHT);
