/**
 * Session 31, helper D (issue 14 items 3/4, "no candidate:words"). (1) A fact whose label leaves a case out ("FIFO
 * throughput without high-throughput mode", "SES API calls other than sending") is about the usual case, which
 * notes state without naming what is left out; a note that names the left-out case (and does not deny it) speaks
 * of the other case, which the fact does not state. (2) A figure in Gbps or MB/s says a label's "speed",
 * "bandwidth" or "throughput" by its unit, in a line that names only the fact's service; "nothing faster" says
 * no larger option exists. Every line was written for these tests in a student's note
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
  // A rate's unit names the speed or bandwidth the label counts.
  ['Direct Connect dedicated ports: 1 or 10 Gbps, no faster speed', 'direct-connect.dedicated.speeds'],
  [
    'Dedicated Direct Connect links are sold as 1 and 10 Gbps, nothing faster',
    'direct-connect.dedicated.speeds',
  ],
  ['NAT gateways start at 5 Gbps and scale to 45 Gbps at most', 'vpc.nat-gateway.bandwidth'],
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
  'Direct Connect dedicated connections: 1, 10, 100 or 400 Gbps',
  'Dedicated Direct Connect connections go up to 400 Gbps',
  'NAT gateway: 5 Gbps, scaling up to 100 Gbps',
  'Interface endpoints: 10 Gbps per AZ, bursting to 100 Gbps',
  'Site-to-Site VPN: 1.25 Gbps per tunnel',
  // Another service named beside the fact's: the figure may be that one's.
  'A transit gateway attachment to a VPC bursts to 100 Gbps',
];

describeFlagCases('a left-out case in a label, a rate that names its speed (session 31)', WRONG, RIGHT);
