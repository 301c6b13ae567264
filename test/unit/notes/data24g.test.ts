/**
 * Session 24, helper G (issue 14 item 2): behaviours and limits cheat sheets quote for the KB entries f–z that the
 * KB did not state (scope, support, defaults, what happens when …). Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Kinesis Data Streams, Firehose
  ['Kinesis records are deleted once consumed', 'kinesis-data-streams.records.kept-after-read'],
  ['Kinesis Data Streams guarantees exactly-once delivery to consumers', 'kinesis-data-streams.delivery.duplicates'],
  ['Firehose loads data directly into Redshift', 'kinesis-firehose.redshift.via-s3'],
  // SNS, WAF, Transit Gateway
  ['The SNS DLQ is configured on the topic', 'sns.dlq.per-subscription'],
  ['An SNS dead-letter queue can live in another Region', 'sns.dlq.same-account-region'],
  ['For CloudFront, the WAF web ACL is created in the origin Region', 'waf.cloudfront.us-east-1'],
  ['One web ACL can protect ALBs in several Regions', 'waf.web-acl.resource-region'],
  ['AWS WAF can be attached directly to an EC2 instance', 'waf.resources.ec2'],
  ['A transit gateway cannot be shared with other accounts', 'transit-gateway.sharing.ram'],
  ['Transit Gateway does not support multicast', 'transit-gateway.multicast.support'],
  // GuardDuty
  ['Suspending GuardDuty deletes all of its findings', 'guardduty.suspend.keeps-findings'],
  ['Disabling GuardDuty keeps the existing findings', 'guardduty.disable.deletes-findings'],
  ['A suspended GuardDuty detector is still billed', 'guardduty.suspend.no-charge'],
  // Keyspaces, X-Ray, Global Accelerator
  ['Keyspaces multi-Region replication is active-passive', 'keyspaces.multi-region.active-active'],
  ['Keyspaces multi-Region keyspaces replicate synchronously', 'keyspaces.multi-region.async'],
  ['Disabling PITR on a Keyspaces table keeps its backup history', 'keyspaces.pitr.disable-resets-history'],
  ['A Keyspaces PITR restore consumes throughput', 'keyspaces.pitr.no-throughput-impact'],
  ['AWS X-Ray traces every request by default', 'x-ray.sampling.not-every-request'],
  ['A disabled accelerator loses its static IP addresses', 'global-accelerator.ip.kept-when-disabled'],
  ['Global Accelerator can route traffic to S3 as an endpoint', 'global-accelerator.endpoints.types'],
  // VPC
  ['The internet gateway is a bandwidth bottleneck for the VPC', 'vpc.igw.no-bottleneck'],
  ['Internet gateways are billed hourly', 'vpc.igw.no-charge'],
  ['A NAT gateway allows inbound connections from the internet to private instances', 'vpc.nat.inbound-initiation'],
  ['A subnet can have several NACLs attached', 'vpc.nacl.one-per-subnet'],
  // IAM, Organizations
  ['An S3 bucket policy is a resource-based policy that can be a customer managed policy', 'iam.resource-policy.inline-only'],
  ['AWS IAM is charged per user per month', 'iam.pricing.no-charge'],
  ['A deleted AWS organization can be restored later', 'organizations.delete.irreversible'],
  ['Deleting the organization closes the management account', 'organizations.delete.management-account-standalone'],
  // Systems Manager
  ['Session Manager is Linux only', 'systems-manager.session-manager.cross-platform'],
  ['SSM Session Manager only works with EC2 instances', 'systems-manager.session-manager.node-types'],
  // Route 53, Redshift
  ['Route 53 latency routing sends users to the geographically closest Region', 'route53.latency-routing.measured-latency'],
  ['Amazon Redshift is built for OLTP workloads', 'redshift.workload.olap'],
  // FSx for Windows File Server
  ['FSx for Windows File Server does not need Active Directory', 'fsx.windows.active-directory'],
  ['FSx for Windows Multi-AZ: the AD domain name can be up to 64 characters', 'fsx.windows.ad-domain-name-max'],
  ['FSx for Windows supports single-label domains', 'fsx.windows.single-label-domain'],
  ['FSx for Windows can join a self-managed AD through read-only domain controllers', 'fsx.windows.writable-domain-controllers'],
  // STS
  ['GetSessionToken requires an IAM permission like any other call', 'sts.get-session-token.no-permission-needed'],
  ['GetSessionToken can be called with assumed role credentials', 'sts.get-session-token.long-term-credentials'],
  // SNS message archiving
  ['SNS standard topics support message archiving and replay', 'sns.archive.fifo-only'],
  ['SNS FIFO topics can archive messages for up to 14 days', 'sns.archive.retention-max'],
  ['SNS message archiving is free', 'sns.archive.charged'],
  // Glue job bookmarks
  ['Glue job bookmarks are on by default', 'glue.job-bookmark.default'],
  ['With Glue job bookmarks every run reprocesses all data', 'glue.job-bookmark.purpose'],
  ['A Glue job bookmark survives the deletion of its job', 'glue.job-bookmark.deleted-with-job'],
  // Amazon MQ
  ['Amazon MQ broker configuration changes are applied immediately', 'mq.configuration.apply-timing'],
  ['ActiveMQ active/standby brokers keep their data on EBS volumes', 'mq.active-standby.efs'],
  ['Amazon MQ for ActiveMQ brokers support dual-stack endpoints', 'mq.activemq.dual-stack'],
  // SES
  ['Amazon SES cannot receive incoming email', 'ses.receiving.supported'],
  ['Email clients can read SES mail from its IMAP server', 'ses.receiving.not-imap'],
  // Secrets Manager deletion
  ['A Secrets Manager secret can never be deleted immediately', 'secrets-manager.delete.force-immediate'],
  ['In Secrets Manager, a secret version can be deleted directly', 'secrets-manager.version.no-direct-delete'],
  ['A secret scheduled for deletion in Secrets Manager cannot be restored', 'secrets-manager.delete.restore'],
  // asserts on existing facts: QuickSight, Lightsail, SAM
  ['QuickSight row-level security works in Standard edition too', 'quicksight.rls.edition'],
  ['Lightsail snapshots cannot be exported to EC2', 'lightsail.snapshot.export'],
  ['The SAM CLI cannot run Lambda functions locally', 'sam.cli.local'],
  // Transit Gateway route tables, internet gateway IPv6, Keyspaces replication
  ['A transit gateway supports only one route table', 'transit-gateway.route-tables.multiple'],
  ['A new TGW attachment is not associated with the default route table', 'transit-gateway.attachment.default-association'],
  ['An internet gateway handles IPv4 only; IPv6 needs an egress-only gateway', 'vpc.igw.ipv6'],
  ['Amazon Keyspaces stores each table in a single AZ', 'keyspaces.writes.replicas'],
  ['Deleting an organization closes all member accounts', 'organizations.delete.members-first'],
];

const RIGHT: (RightCase | string)[] = [
  'Kinesis records stay in the stream until the retention period expires',
  'SQS messages are deleted once consumed',
  'Kinesis Data Streams is at-least-once: consumers must handle duplicates',
  'Firehose loads Redshift through an intermediate S3 bucket with the COPY command',
  'SNS dead-letter queues are set per subscription, not per topic',
  'The SNS DLQ must be in the same account and Region as the subscription',
  'WAF for CloudFront: create the web ACL in us-east-1',
  'A regional web ACL must be in the same Region as the resource',
  'To protect EC2 instances with WAF, put an ALB or CloudFront in front of them',
  'Share a transit gateway with other accounts through AWS RAM',
  'Transit gateways support multicast domains',
  'A regional WAF web ACL protects ALBs and API Gateway APIs in its Region',
  'Suspending GuardDuty keeps existing findings; disabling it deletes them',
  'Export GuardDuty findings to S3 before disabling GuardDuty: they cannot be recovered',
  'No GuardDuty charges while it is suspended',
  'Keyspaces multi-Region replication: active-active, asynchronous, usually under a second',
  'Keyspaces replicates data across three AZs in a Region by default',
  'Turning PITR off on a Keyspaces table erases its backup history',
  'Keyspaces PITR has no performance impact and restores consume no throughput',
  'X-Ray samples requests: the first each second plus 5% of the rest',
  'A disabled accelerator keeps its static IP addresses until it is deleted',
  'Global Accelerator endpoints: ALBs, NLBs, EC2 instances and Elastic IPs',
  'An internet gateway is horizontally scaled and highly available',
  'Internet gateways are free; NAT gateways are charged per hour',
  'A NAT gateway is outbound only: internet hosts cannot initiate connections to private instances',
  'One network ACL can be associated with several subnets',
  'Each subnet is associated with exactly one network ACL',
  'Resource-based policies are inline only; managed policies are identity-based',
  'IAM is free: you pay only for the resources your users create',
  'Deleting an organization is permanent and deletes its policies',
  'After deleting the organization, the management account becomes a standalone account',
  'Session Manager works for Windows and Linux instances',
  'Session Manager also manages on-premises servers and VMs registered as managed nodes',
  'Latency-based routing picks the Region with the lowest measured latency, not the nearest one',
  'Use geolocation routing to route by user location',
  'Redshift is an OLAP data warehouse; use RDS or Aurora for OLTP',
  'Redshift is optimized for complex analytic queries on large data sets',
  'FSx for Windows File Server joins AWS Managed Microsoft AD or a self-managed Active Directory',
  'FSx for Windows Multi-AZ: AD domain name of at most 47 characters',
  'FSx for Windows needs a fully qualified domain name, not a single-label domain',
  'The domain controllers FSx for Windows joins must be writable',
  'GetSessionToken needs no permissions: its purpose is MFA authentication',
  'Call GetSessionToken with the long-term credentials of an IAM user',
  'SNS archive and replay works only with FIFO topics',
  'SNS FIFO message archive: 1 to 365 days, extra charges apply',
  'Glue job bookmarks are disabled by default; enable them to process only new data',
  'Glue job bookmarks prevent reprocessing of data already processed',
  'Deleting a Glue job deletes its job bookmark',
  'Amazon MQ configuration changes apply at the next maintenance window or after a reboot',
  'An ActiveMQ active/standby broker uses Amazon EFS across two AZs',
  'Dual-stack endpoints are available for RabbitMQ brokers; ActiveMQ brokers are IPv4 only',
  'SES can receive email for verified domains and store it in S3',
  'SES inbound SMTP endpoints are for MX records, not IMAP',
  'Secrets Manager: ForceDeleteWithoutRecovery deletes a secret immediately and permanently',
  'To delete a secret version, remove its staging labels; Secrets Manager deletes it later',
  'Use RestoreSecret to cancel the deletion of a secret during its recovery window',
  'QuickSight row-level security requires Enterprise edition',
  'Outgrowing Lightsail: export the instance snapshot to Amazon EC2',
  'sam local invoke runs functions locally in Docker containers',
  'Use several transit gateway route tables to separate development and production VPCs',
  'New transit gateway attachments are associated with the default route table',
  'A transit gateway attachment cannot be associated with multiple route tables',
  'An internet gateway supports both IPv4 and IPv6 traffic',
  'An egress-only internet gateway gives IPv6-only outbound access',
  'Keyspaces replicates every write three times across multiple AZs',
  'Remove all member accounts first, then delete the organization',
];

describeFlagCases('session 24 helper G: KB entries f–z', WRONG, RIGHT);
