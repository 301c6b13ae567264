/**
 * Session 15 (COVER15-D): facts students quote about messaging, streaming, monitoring, cost and analytics
 * services that the KB could not check before (encryption defaults, access set at creation, HA modes,
 * retries, payload sizes, opt-in features). Lines written for these tests in a student's note style, not
 * taken from any evaluation set: each wrong line flagged by exactly its fact, each right line by nothing.
 */
import { describe, expect, it } from 'vitest';
import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';
import { ids } from './claimCases';

const WRONG: WrongCase[] = [
  ['MSK data at rest is not encrypted by default.', 'msk.encryption.at-rest-always'],
  ['In MSK, broker-to-broker traffic is unencrypted by default.', 'msk.encryption.in-cluster-default'],
  ['SQS queues are not encrypted by default.', 'sqs.encryption.sse-default'],
  ['You can switch an OpenSearch domain from public to VPC access after creation.', 'opensearch.vpc.endpoint-fixed'],
  ['OpenSearch domains can be moved into a VPC later.', 'opensearch.vpc.endpoint-fixed'],
  ['Kinesis Video Streams data is not encrypted at rest.', 'kinesis-video-streams.encryption.at-rest'],
  ['A single-instance broker in Amazon MQ runs across multiple AZs.', 'mq.single-instance.one-az'],
  ['Active/standby is the default deployment mode for Amazon MQ.', 'mq.deployment.default-mode'],
  ['AWS Config cannot remediate noncompliant resources, it only reports.', 'config.remediation.ssm-automation'],
  ['HDFS data persists after the EMR cluster is terminated.', 'emr.hdfs.lost-on-termination'],
  ['EventBridge retries failed events indefinitely.', 'eventbridge.retry.exhausted-dropped'],
  ['EventBridge gives unlimited retries to targets.', 'eventbridge.retry.exhausted-dropped'],
  ['Resource-level data in Cost Explorer is enabled by default.', 'cost-explorer.resource-level.opt-in'],
  ['Enhanced infrastructure metrics is free in Compute Optimizer.', 'compute-optimizer.eim.paid'],
  ['AWS Glue is not serverless; you manage the cluster.', 'glue.service.serverless'],
  ['Glue needs a cluster that you provision.', 'glue.service.serverless'],
  ['You can attach an IP-based access policy to an OpenSearch domain in a VPC.', 'opensearch.vpc.ip-policies'],
  [
    'For a standard queue, moving a message to the DLQ resets the retention period.',
    'sqs.dlq.standard-retention-clock',
  ],
  ['CloudWatch Logs data is not encrypted by default; you must add a KMS key.', 'cloudwatch.logs.encryption-default'],
  [
    'Athena per-query data limit only sends an alert, the query keeps running.',
    'athena.workgroup.per-query-limit-cancels',
  ],
  ['AWS Budgets only alerts on actual spend, not forecasts.', 'budgets.notification.forecasted'],
  ["Budgets can't alert on forecasted costs.", 'budgets.notification.forecasted'],
  ['AlwaysOn WorkSpaces are billed hourly.', 'workspaces.alwayson.billing'],
  ['AutoStop WorkSpaces are billed monthly.', 'workspaces.autostop.billing'],
  ['AWS Config only supports continuous recording.', 'config.recording.frequency-options'],
  ['In IoT Core, HTTPS clients can subscribe to topics.', 'iot-core.https.publish-only'],
  ['MSK supports SASL/PLAIN authentication.', 'msk.auth.sasl-plain'],
  ['With IAM access control on MSK, Kafka ACLs authorize IAM identities.', 'msk.iam.kafka-acls'],
  ['Member accounts can create an organization trail in CloudTrail.', 'cloudtrail.org-trail.creator'],
  ['An OpenSearch domain in a VPC is accessible from the internet.', 'opensearch.vpc.outside-access'],
  ['A terminated EMR cluster can be restarted later.', 'emr.cluster.termination-irreversible'],
  ['MSK IAM access control also applies to ZooKeeper nodes.', 'msk.iam.zookeeper'],
];

const RIGHT: RightCase[] = [
  ['Amazon MSK always encrypts data at rest using KMS.'],
  ['MSK encrypts data in transit between brokers by default (TLS 1.2).'],
  ['New SQS queues are encrypted at rest by default (SSE-SQS).'],
  ["An OpenSearch domain in a VPC can't be changed to public later; VPC vs public is fixed at creation."],
  ['KVS data is always encrypted at rest with KMS.'],
  ['Amazon MQ single-instance broker = one AZ; active/standby = 2 AZs.'],
  ['Amazon MQ active/standby brokers use EFS storage.'],
  ['AWS Config can auto-remediate noncompliant resources using SSM Automation documents.'],
  ["Config rules don't prevent changes; they only detect them."],
  ['HDFS on EMR is ephemeral: data is lost when the cluster terminates, use S3.'],
  ['Store data in S3 with EMRFS so it survives termination.'],
  ['Without a DLQ, events that still fail after all retries are dropped.'],
  ['Cost Explorer resource-level data covers the last 14 days (opt-in).'],
  ['Compute Optimizer enhanced infrastructure metrics is a paid feature (up to 93 days lookback).'],
  ['AWS Glue is serverless ETL.'],
  ['For VPC domains in OpenSearch, security groups enforce IP-based access.'],
  ['IP-based access policies work for public OpenSearch domains.'],
  ['SQS standard queue → DLQ: the original enqueue timestamp is kept, so set DLQ retention longer.'],
  ['For FIFO queues, moving a message to the DLQ resets the enqueue timestamp.'],
  ['CloudWatch Logs: always encrypted at rest; KMS key optional per log group.'],
  ['Log groups are stored unencrypted unless you associate a KMS key.'],
  ['Athena workgroup per-query limit cancels the query when exceeded.'],
  ['Athena workgroup-wide limits only send an SNS alert.'],
  ['AWS Budgets can alert on actual or forecasted spend.'],
  ['Budget alerts: actual or forecasted, threshold as % of budget.'],
  ['AlwaysOn = monthly billing; AutoStop = hourly billing.'],
  ['AWS Config can record continuously or daily.'],
  ['Config periodic rules run every 12 hours.'],
  ['IoT Core: HTTPS is publish-only; use MQTT or WSS to subscribe.'],
  ['IoT devices can publish over HTTPS.'],
  ['MQTT clients subscribe to topics in IoT Core.'],
  ['MSK auth: IAM, SASL/SCRAM, mTLS (no SASL/PLAIN).'],
  ['On MSK with IAM auth, Kafka ACLs have no effect on IAM identities; use IAM policies.'],
  ['MSK SASL/SCRAM uses Kafka ACLs for authorization.'],
  ['Only the management account (or delegated admin) can create an organization trail.'],
  ['Member accounts can see the organization trail but cannot change it.'],
  ["OpenSearch VPC domains can't be reached from outside the VPC without a VPN or proxy."],
  ['A public OpenSearch domain is accessible from the internet.'],
  ["Terminated EMR clusters can't be recovered; clone the cluster instead."],
  ['A stopped EC2 instance can be restarted.'],
  ["IAM access control doesn't apply to ZooKeeper nodes in MSK."],
];

describeAssertCases('cover15d: yes/no facts', WRONG, RIGHT);

describe('cover15d: figures', () => {
  it('flags a wrong figure with its fact', () => {
    expect(ids('MSK renews its TLS certificates every 12 months.', ['Amazon MSK'])).toEqual([
      'msk.certificates.renewal-interval 12 months',
    ]);
    expect(ids('EventBridge retries a failed target up to 100 times by default.')).toEqual([
      'eventbridge.retry.default-attempts 100 times',
    ]);
    expect(ids('IoT Core max MQTT payload is 256 KB.')).toEqual(['iot-core.mqtt.max-payload 256 KB']);
    expect(ids('Cost Explorer resource-level data is kept for 30 days.')).toEqual([
      'cost-explorer.resource-level.lookback 30 days',
    ]);
    expect(ids('IoT Core publish payload limit: 512 KB.')).toEqual(['iot-core.mqtt.max-payload 512 KB']);
    expect(ids('SQS Extended Client Library allows messages up to 5 GB via S3.')).toEqual([
      'sqs.extended-client.max-payload 5 GB',
    ]);
    expect(ids('A Glue job allows 3 concurrent runs by default.')).toEqual([
      'glue.job.max-concurrent-runs-default 3 concurrent runs',
    ]);
    // The Extended Client's 2 GB does not make the queue's own maximum right.
    expect(ids('SQS max message size 2 GB.')).toEqual(['sqs.message.max-size 2 GB']);
  });
  it('leaves the right figures alone', () => {
    expect(ids('MSK certificates are renewed every 13 months automatically.', ['Amazon MSK'])).toEqual([]);
    expect(ids('EventBridge retries failed deliveries for 24 hours, up to 185 times by default.')).toEqual([]);
    expect(ids('IoT Core MQTT message payload max 128 KB.')).toEqual([]);
    expect(ids('SQS Extended Client Library: payloads up to 2 GB stored in S3.')).toEqual([]);
    expect(ids('Use the extended client to send up to 2 GB.', ['SQS'])).toEqual([]);
  });
  it('keeps a figure of the queue\'s own message size with that fact, not the Extended Client\'s', () => {
    expect(ids('- 256kb per message sent', ['SQS'])).toEqual(['sqs.message.max-size 256kb']);
    expect(ids('Cost Explorer resource-level data: last 14 days only.')).toEqual([]);
  });
  it('leaves figures of other attributes of the same service alone', () => {
    // Neither the service name in a fact's label nor a shared unit binds a figure to it.
    expect(ids('Cost Explorer keeps 13 months.')).toEqual([]);
    expect(ids('Cost Explorer monthly granularity covers 13 months; hourly only 14 days.')).toEqual([]);
    expect(ids('AWS IoT Core rule SQL max 256 KB.')).toEqual([]);
    expect(ids('WorkSpaces AutoStop timeout set to 2 hours.')).toEqual([]);
    expect(ids('EventBridge Pipes retries 10 times.')).toEqual([]);
    expect(ids('Glue: 2,000 concurrent job runs per account.')).toEqual([]);
    expect(ids('Glue job concurrent runs per account default 2,000.')).toEqual([]);
  });
});
