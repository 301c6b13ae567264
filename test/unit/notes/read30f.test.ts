/**
 * Session 30, helper F (issue 14 items 3/4): yes/no lines whose property an existing fact states, in other forms
 * of the same words. (1) The active voice of a passive phrase, with the service as the actor: "data events are
 * logged / captured by default" written "the trail captures data events by default", "can still be created"
 * written "you can still create …", "delivered immediately" written "delivers immediately". (2) A copula written
 * as a label and its value: "default is STANDARD" as "default: STANDARD" or "default = STANDARD", and a parameter
 * written "key=value" ("InvocationType=Event"). Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact; right, negated,
 * questioned, conditional or other-subject lines by nothing. Also one fact whose `holds` contradicted its own value
 * (launch configurations and new instance types: true lines were flagged).
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The active voice of a passive property phrase.
  ['Our org trail captures data events by default', 'cloudtrail.data-events.default'],
  [
    'You can still create Kinesis Data Analytics for SQL apps today',
    'kinesis-data-streams.kda-sql.discontinued',
  ],
  ['CloudTrail delivers immediately after every API call', 'cloudtrail.delivery.not-real-time'],
  // A copula as a label and its value; a parameter as key=value.
  ['EKS upgrade policy default: STANDARD', 'eks.upgrade-policy.default'],
  ['EKS upgrade policy: default = STANDARD', 'eks.upgrade-policy.default'],
  ['Lambda Invoke API: default InvocationType=Event', 'lambda.invoke.default-type'],
  ['Lambda Invoke API default InvocationType: Event', 'lambda.invoke.default-type'],
  // Launch configurations get no new instance types (the fact's `holds` now says what its value says: "No").
  [
    'Launch configurations are updated with all new instance types',
    'auto-scaling.launch-configuration.new-instance-types',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // Negated: the official polarity.
  "Trails don't log data events by default, only management events",
  'CloudTrail never delivers immediately, expect around 5 minutes',
  'You can no longer create Kinesis Data Analytics for SQL applications',
  'Launch configurations do not support new EC2 instance types',
  "Launch configurations don't get new instance types - migrate to launch templates",
  // Questions and conditions.
  'Does CloudTrail deliver immediately?',
  'Does a trail record data events by default?',
  'A trail logs data events only when you add data event selectors',
  'If you add data event selectors, the trail records data events',
  // The official value said as a label and its value.
  'EKS upgrade policy default = EXTENDED',
  'Lambda Invoke API: default InvocationType=RequestResponse',
  // Another subject, or the same words of something else.
  'The trail captures management events by default',
  'EventBridge delivers immediately to its targets',
  'CloudTrail Lake: teams can still create event data stores',
  'New accounts can still create launch templates in the console',
  'Amazon Data Firehose = the current name of the delivery service',
  // A quoted myth.
  'Myth: a trail records data events by default',
];

describeFlagCases(
  'session 30 F: active voice and label-value forms of yes/no property phrases',
  WRONG,
  RIGHT,
);
