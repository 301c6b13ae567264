/**
 * Session 17 (SETMINE17-D): facts added while mining development set 20 (messaging, streaming, analytics,
 * monitoring, management and developer tools). Every line was written for these tests in a student's note
 * style (none copied from set 20): each wrong line must be flagged by exactly the named fact, each right
 * line by nothing.
 */
import { describe } from 'vitest';
import { describeFlagCases } from './assertCases';

const WRONG: [string, string][] = [
  [
    'CloudWatch Logs: every PutLogEvents call must include the latest sequence token',
    'cloudwatch.logs.put-log-events.sequence-token',
  ],
  [
    'CloudWatch Metrics Insights supports high-resolution metrics at 1-second granularity',
    'cloudwatch.metrics-insights.high-resolution',
  ],
  [
    'A log group subscription filter can send matching events directly to an SQS queue',
    'cloudwatch.logs.subscription.sqs-destination',
  ],
  ['Synthetics canary shortest schedule: every 10 minutes', 'cloudwatch.synthetics.min-frequency'],
  ['Queued CodeBuild builds run in FIFO order', 'codebuild.queue.start-order'],
  [
    'Once a CodeBuild project hits its own concurrent build limit, further builds get queued',
    'codebuild.project-concurrent-limit.behaviour',
  ],
  [
    "Raising a Kinesis stream's retention period restores expired records",
    'kinesis-data-streams.retention.increase-no-restore',
  ],
  ['LF-Tag expressions can combine two different LF-Tags with OR', 'lake-formation.lf-tag.expression-or'],
  [
    'EventBridge PutEvents is all-or-nothing: one bad entry rejects the batch',
    'eventbridge.put-events.partial-failure',
  ],
  [
    'EventBridge Pipes retries partial batch failures from the enrichment step too',
    'eventbridge.pipes.partial-batch-enrichment',
  ],
  [
    'EventBridge Pipes into a Firehose stream target: batches of up to 1,000 records',
    'eventbridge.pipes.firehose-target-batch-max',
  ],
  [
    'Control Tower proactive controls are implemented with AWS Config rules',
    'control-tower.proactive-controls.hooks',
  ],
  [
    'Edits you make to Control Tower preventive control SCPs are kept after a landing zone update',
    'control-tower.preventive-scp.reset-on-update',
  ],
  ["Service Catalog doesn't support launch constraints", 'service-catalog.constraint.types'],
  ['Quick Sight Unpivot step works with DirectQuery datasets', 'quicksight.spice.prep-steps-only'],
  [
    "SSM Parameter Store lets you change a parameter's type from String to SecureString in place",
    'systems-manager.parameter.type-change-in-hierarchy',
  ],
  [
    'SNS FIFO topics forward the MessageGroupId to SQS standard queue subscribers',
    'sns.fifo.group-id-to-standard-queues',
  ],
  ['SQS ReceiveMessage can return up to 20 messages per call', 'sqs.receive-message.max-messages'],
];

const RIGHT: string[] = [
  'PutLogEvents: the sequence token is ignored now, parallel calls on one log stream are fine',
  'Metrics Insights output for sub-minute metrics is aggregated at one-minute granularity',
  'CloudWatch Logs subscription filter -> Kinesis Data Streams, Firehose or Lambda',
  'Synthetics canaries can run as often as once a minute',
  'CodeBuild: no guaranteed order for queued builds',
  'CodeBuild project concurrent build limit reached -> new builds return an error',
  "Kinesis: increasing the retention period only affects records that haven't expired yet",
  'LF-Tag expressions: values within one tag are alternatives; separate tags are ANDed',
  'PutEvents: check FailedEntryCount and resend only the failed entries',
  'EventBridge Pipes handles partial batch failures of the target for SQS and stream sources',
  'Pipes -> Firehose target: max batch 500 records',
  'Control Tower proactive controls run as CloudFormation hooks before resources are provisioned',
  'Control Tower resets preventive control SCPs to the standard version when the landing zone is updated',
  'Service Catalog launch constraint: a role used to provision the product',
  'Quick Sight: Pivot and Unpivot are SPICE-only prep steps',
  'Parameter Store types: String, StringList, SecureString',
  'SNS FIFO topic passes the message group ID to subscribed SQS FIFO queues',
  'ReceiveMessage: MaxNumberOfMessages max 10',
];

describeFlagCases('set 20 facts: wrong lines flagged by their fact, right ones left alone', WRONG, RIGHT);

/**
 * Feature names as subjects: CloudWatch's Logs Insights and Metrics Insights, and Flink's KPU, name their service
 * (lexicon aliases), so a line that mentions only the feature still reaches its fact.
 */
describe('set 20 reading: feature names as subjects', () => {
  const wrong: [string, string][] = [
    ['Logs Insights queries time out after 15 minutes', 'cloudwatch.logs-insights.query-timeout'],
    ['Metrics Insights: up to 50 alarms per Region', 'cloudwatch.metrics-insights.alarms'],
    ['Flink app: each KPU = 2 vCPU', 'kinesis-data-streams.flink-kpu.vcpu'],
    [
      'CloudWatch Logs Insights: max 20 concurrent queries per account',
      'cloudwatch.logs-insights.concurrent-queries',
    ],
  ];
  const right = [
    'Logs Insights: queries stop after 60 minutes of runtime',
    'Flink: one KPU = 1 vCPU, 4 GB memory, 50 GB disk',
    'CloudWatch Logs Insights runs up to 100 concurrent queries per account, dashboards included',
  ];
  describeFlagCases('each line', wrong, right);
});

/**
 * Statement facts that existed but missed common phrasings: a numeric "default log group retention", "can
 * downgrade advanced -> standard", "<plan> is enough to call the Trusted Advisor API", "enhanced fan-out … is
 * shared with …" (check.contradicts added to the existing facts); "param" for a Parameter Store parameter, "deleted as soon as / right
 * when" retention ends (assert phrases added).
 */
describe('set 20 statements: more phrasings of existing facts', () => {
  const wrong: [string, string][] = [
    ['CloudWatch Logs: the default log group retention is 7 days', 'cloudwatch.logs.default-retention'],
    [
      'SSM Parameter Store: you can revert params from advanced to standard',
      'systems-manager.parameter.tier-downgrade',
    ],
    ['A Basic plan is sufficient for using the Trusted Advisor API', 'trusted-advisor.api.support-plan'],
    [
      'Kinesis enhanced fan-out read capacity is shared with every other consumer',
      'kinesis-data-streams.enhanced-fan-out.dedicated',
    ],
    [
      'SSM Param Store: switch a param from StringList to SecureString in place',
      'systems-manager.parameter.type-change-in-hierarchy',
    ],
    [
      'CloudWatch Logs: expired log events are deleted as soon as the retention period ends',
      'cloudwatch.logs.expired-deletion-delay',
    ],
  ];
  const right = [
    'CloudWatch Logs log groups never expire by default; set a retention policy (1 day to 10 years)',
    'Parameter Store: a standard parameter can be changed to advanced, never back',
    'Trusted Advisor API needs Business, Enterprise On-Ramp or Enterprise Support',
    'Kinesis enhanced fan-out gives each consumer its own 2 MB/s per shard',
    'Param Store: to go from String to SecureString, create a new parameter',
    'CloudWatch Logs: expired events usually disappear within 72 hours',
  ];
  describeFlagCases('each line', wrong, right);
});
