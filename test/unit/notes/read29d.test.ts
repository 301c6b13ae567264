/**
 * Session 29, helper d (issue 14 items 3/4, "no subject"): a product's short name. Notes shorten "AWS Config" to
 * "Config" and "AWS Organizations" to "Org"; both are everyday words in lower case ("the config file", "our org"),
 * so they name their service only as written, with the capital (lexicon `notLowerCase`). A figure said of a rule
 * named by its identifier ("Config rule access-keys-rotated: … 90 days") is that rule's parameter, not a setting
 * of the service. A figure a per-thing fact accepts ("Write throughput per shard: 1 MB/s") said of a whole ("new
 * on-demand stream … 1 MB/s") with no word of that thing is the whole's fact's to judge. Every line was written for these tests in a student's note style: wrong lines must be flagged
 * by exactly the named fact, right or unsure lines by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Config keeps configuration history for 10 years max', 'config.retention.max'],
  ['Config lets you create up to 500 rules per account', 'config.rules.default-quota'],
  ['Config rules: up to 3,000 per account', 'config.rules.default-quota'],
  ['Config: recorder keeps items for 10 years', 'config.retention.max'],
  ['Org: up to 500 OUs', 'organizations.ou.max-count'],
  ['An Org always has 2 roots', 'organizations.roots.count'],
  ['Org invitations expire after 30 days', 'organizations.handshake.expiry'],
  // A per-thing figure (1 MB/s write per shard) said of a whole new on-demand stream.
  ['new on-demand KDS stream default write capacity = 1 MB/s', 'kinesis-data-streams.on-demand.initial-write'],
];

const RIGHT: (RightCase | string)[] = [
  'Config: 1,000 rules per account by default',
  'Config retention: 30 days to 7 years',
  'Org: 1 root, up to 2,000 OUs',
  'Org handshakes expire after 15 days',
  // Lower case: an everyday word, no service.
  'the config file for the app is 10 MB max',
  'our org has 40 accounts and 3 OUs',
  // Under another service's heading, "Config:" is that service's configuration.
  ['Config: timeout 15 minutes, memory 1,024 MB', ['AWS Lambda']],
  // A named rule's parameters are the rule's own.
  'Config rule access-keys-rotated: maxAccessKeyAge defaults to 90 days',
  'Config managed rule s3-bucket-logging-enabled is evaluated every 24 h',
  // Per shard, said or implied: the per-shard fact still judges it.
  'KDS write limit: 1 MB/s',
  'on-demand KDS: each shard still takes 1 MB/s write',
  'Kinesis Data Streams: 1 MB/s write, 2 MB/s read',
  'A brand-new on-demand Kinesis stream starts with 4 MB/s of write capacity',
];

describeFlagCases('read29d: short product names (Config, Org), named rules, per-thing figures said of a whole', WRONG, RIGHT);
