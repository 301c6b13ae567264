/**
 * Session 29, helper A (issue 14 items 3/4, "the right figure with a wrong qualifier"): a list of values said of
 * a setting whose fact enumerates the only values it takes ("60 seconds or 600 seconds", "terms are 1 year or 3
 * years"). One member is one of them, so the line was accepted, and the options were left to the list's last
 * member; a member the fact does not give makes the list wrong. Lines written for these tests in a student's note style (none copied from an
 * evaluation set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['VPC flow logs: aggregation interval is 1, 2 or 10 minutes', 'vpc.flow-logs.aggregation-interval-options'],
  ['Flow log aggregation interval: 1, 10 or 15 minutes', 'vpc.flow-logs.aggregation-interval-options'],
  [
    '- flow log aggregation interval choices: 1 min, 5 min or 10 min',
    'vpc.flow-logs.aggregation-interval-options',
  ],
  [
    'Flow logs: pick an aggregation interval of 1 min, 2 min or 10 min',
    'vpc.flow-logs.aggregation-interval-options',
  ],
];

const RIGHT = [
  // The options the fact gives, in any order and unit.
  'VPC flow logs: aggregation interval is 1 or 10 minutes',
  'Flow log max aggregation interval: 60 s or 600 s (10 min is the default)',
  'flow logs aggregate over 1 min or 10 min windows',
  'Flow log aggregation interval choices: 1 min, 10 min',
  // A list of another setting's values beside the enumerated one's.
  'Flow logs: aggregation interval 1 or 10 minutes; their log group keeps them 30, 60 or 90 days',
  'Reserved Instances: 1 or 3 year terms',
  'Savings Plans: 1-year or 3-year commitment',
  'RI term length: 1 yr or 3 yr; payment: all, partial or no upfront',
  'Client VPN session timeout choices: 8, 10, 12 or 24 hours',
  'Inspector ECR re-scan duration: 14, 30, 60, 90 or 180 days',
  'Bedrock provisioned throughput: no commitment, 1 month or 6 months',
  'Reserved Instances come in 1 year and 3 year terms',
  'RIs: 1- or 3-year terms, Standard or Convertible',
  // A maximum whose text lists no choices: values below it stay allowed.
  'Direct Connect LAG: bundle 1, 2 or 4 connections',
  // A list of the writer's own choices under a maximum: options stay with their last member.
  'Lambda timeout: we use 3, 10 or 30 seconds depending on the function',
  'SQS visibility timeout examples: 30, 60 or 120 seconds',
  // A list of values of something else than the enumerated setting.
  'CloudWatch Logs retention can be 1, 3, 5 or 7 days (or longer)',
];

describeFlagCases('a list of values against a fact that enumerates the only values allowed', WRONG, RIGHT);

/**
 * "N, no bigger option": the figure said to be the largest any variant offers, when a fact that accepts it states a
 * larger option in its own text.
 */
const BIGGER_WRONG: WrongCase[] = [
  ['VPN tunnel bandwidth: 1.25 Gbps, no larger option exists', 'site-to-site-vpn.tunnel.default-bandwidth'],
  ['Site-to-Site VPN tunnel bandwidth: 1.25 Gbps max, there is no higher tunnel option', 'site-to-site-vpn.tunnel.default-bandwidth'],
];

const BIGGER_RIGHT = [
  'VPN tunnels: Standard up to 1.25 Gbps, Large up to 5 Gbps',
  'Large VPN tunnels reach 5 Gbps, there is no bigger option',
  'Lambda memory max 10,240 MB, no bigger option',
  'A standard VPN tunnel is capped at 1.25 Gbps; pick Large on a transit gateway for more',
];

describeFlagCases('a figure said to be the largest option when the fact states a larger one', BIGGER_WRONG, BIGGER_RIGHT);

/**
 * The state payload fact lacked the word notes use for it ("payload"; its history cites AWS's "increases payload size
 * to 256KB"): the state machine definition's 1 MB, said of a state's payload, was excused by the definition fact.
 */
const PAYLOAD_WRONG: WrongCase[] = [
  ['Step Functions: the payload passed between states can be up to 1 MB', 'step-functions.payload.max'],
  ['SFN task payload max = 1 MB', 'step-functions.payload.max'],
];

const PAYLOAD_RIGHT = [
  'Step Functions payload max 256 KB per state',
  'Step Functions state machine definition max 1 MB',
  'Step Functions: max API request size 1 MB, state payload 256 KB',
];

describeFlagCases('a Step Functions payload said with the definition size', PAYLOAD_WRONG, PAYLOAD_RIGHT);
