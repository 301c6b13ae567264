/**
 * Session 36, data helper d2 (issue 14): database facts the KB did not hold (DynamoDB encryption, LSI reads,
 * global tables conflicts and replication, Streams ordering, on-demand billing; RDS encrypted snapshot sharing,
 * RDS Proxy engines, Multi-AZ DB cluster replication and readers; Aurora backups). Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right, negated and neighbouring ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['DynamoDB tables are not encrypted at rest by default.', 'dynamodb.encryption.at-rest-always'],
  ['LSIs only support eventually consistent reads.', 'dynamodb.lsi.strong-reads'],
  ["Local secondary indexes don't support strongly consistent reads.", 'dynamodb.lsi.strong-reads'],
  ['DynamoDB global tables use first writer wins for conflicts.', 'dynamodb.global-tables.last-writer-wins'],
  [
    'DynamoDB global tables conflict resolution: first writer wins',
    'dynamodb.global-tables.last-writer-wins',
  ],
  [
    'DynamoDB global tables replicate changes to other Regions in about 10 seconds.',
    'dynamodb.global-tables.replication-latency',
  ],
  [
    'DynamoDB global tables replication latency: about 10 seconds',
    'dynamodb.global-tables.replication-latency',
  ],
  [
    'Global tables: transactions replicated together -> yes',
    'dynamodb.global-tables.transaction-replication',
  ],
  ['Encrypted RDS snapshots can be made public.', 'rds.snapshot.encrypted-public'],
  ['Encrypted RDS snapshot: public -> yes', 'rds.snapshot.encrypted-public'],
  ['Encrypted RDS snapshots cannot be shared with other accounts.', 'rds.snapshot.encrypted-share-accounts'],
  ["Encrypted DB snapshots can't be shared cross-account.", 'rds.snapshot.encrypted-share-accounts'],
  ['Aurora automated backups impact database performance.', 'aurora.backup.performance-impact'],
  ['Aurora backups cause an I/O suspension during the backup window.', 'aurora.backup.performance-impact'],
  ['Aurora backups: performance impact -> yes', 'aurora.backup.performance-impact'],
  ['Aurora automated backups are full backups taken daily.', 'aurora.backup.incremental'],
  ['Aurora backups are not incremental.', 'aurora.backup.incremental'],
  ['Aurora backups -> full backups', 'aurora.backup.incremental'],
  [
    'RDS Multi-AZ DB clusters use asynchronous replication to the readers.',
    'rds.multi-az-cluster.async-replication',
  ],
  ['Multi-AZ DB cluster: async replication', 'rds.multi-az-cluster.async-replication'],
  ['RDS Proxy supports RDS for Oracle.', 'rds.proxy.oracle-db2'],
  ['RDS Proxy: Oracle -> yes', 'rds.proxy.oracle-db2'],
  ['RDS Proxy works with MySQL, PostgreSQL, MariaDB and Oracle.', 'rds.proxy.oracle-db2'],
  ['DynamoDB Streams records for the same item can arrive out of order.', 'dynamodb.streams.per-item-order'],
  ['DynamoDB Streams: same item records out of order', 'dynamodb.streams.per-item-order'],
  [
    'Multi-AZ DB cluster readers can use a smaller instance class than the writer.',
    'rds.multi-az-cluster.reader-instance-class',
  ],
  [
    'Multi-AZ DB cluster: reader instances with different instance types -> yes',
    'rds.multi-az-cluster.reader-instance-class',
  ],
  ['DynamoDB on-demand tables are charged when idle.', 'dynamodb.on-demand.idle-throughput-charge'],
  ['DynamoDB on-demand: charged when idle -> yes', 'dynamodb.on-demand.idle-throughput-charge'],
  [
    'DynamoDB traffic is not encrypted in transit unless you configure TLS yourself.',
    'dynamodb.encryption.in-transit-default',
  ],
  ['DynamoDB on-demand backups are not encrypted.', 'dynamodb.backups.encrypted'],
  ['DynamoDB backups: unencrypted', 'dynamodb.backups.encrypted'],
  [
    'DynamoDB global tables replicate transactions atomically.',
    'dynamodb.global-tables.transaction-replication',
  ],
  ['A DynamoDB on-demand table is billed for idle capacity.', 'dynamodb.on-demand.idle-throughput-charge'],
  ['DynamoDB Streams data is not encrypted.', 'dynamodb.streams.encrypted'],
  ['DynamoDB Streams: unencrypted', 'dynamodb.streams.encrypted'],
  [
    'DynamoDB on-demand tables have higher latency than provisioned tables.',
    'dynamodb.on-demand.same-latency',
  ],
  ['DynamoDB on-demand: higher latency -> yes', 'dynamodb.on-demand.same-latency'],
];

const RIGHT: string[] = [
  'All DynamoDB table data is encrypted at rest by default.',
  'DynamoDB encrypts data at rest with an AWS owned key unless you pick a customer managed key.',
  'You can use strongly consistent reads on an LSI.',
  "GSIs don't support strongly consistent reads, but LSIs do.",
  'DynamoDB global tables resolve conflicts with last writer wins.',
  'Global tables: last-writer-wins reconciliation',
  'DynamoDB global tables usually replicate within a second.',
  'Global tables replicate transaction items individually, not together.',
  "You can't share an encrypted RDS snapshot publicly.",
  'Encrypted RDS snapshots can be shared with other AWS accounts if you share the KMS key.',
  "Snapshots encrypted with the default KMS key can't be shared with other accounts.",
  'Aurora backups have no performance impact.',
  'Aurora backups are continuous and incremental.',
  'Multi-AZ DB clusters use semisynchronous replication.',
  'Read replicas of a Multi-AZ DB cluster are updated asynchronously.',
  'RDS Proxy is not available for Oracle or Db2.',
  'RDS Proxy supports Aurora MySQL and RDS for SQL Server.',
  'DynamoDB Streams keeps stream records for each item in the order the item was modified.',
  'DynamoDB Streams gives no global ordering across items.',
  'Kinesis Data Streams for DynamoDB may deliver item records out of order.',
  "Multi-AZ DB cluster readers always match the writer's instance class.",
  'A read replica of a Multi-AZ DB cluster can use a different instance class.',
  'DynamoDB on-demand: no throughput charge when idle, you still pay for storage.',
  'DynamoDB on-demand tables still pay for storage when idle.',
  'DynamoDB API calls use HTTPS by default, so data is encrypted in transit.',
  'DAX encryption in transit must be enabled when you create the cluster.',
  'DynamoDB backups are encrypted, and a restored table keeps encryption enabled.',
  'A restored DynamoDB table is encrypted as well.',
  'DynamoDB global tables do not replicate transactions atomically.',
  'RDS Proxy does not support RDS for Oracle.',
  'A DynamoDB on-demand table is not billed for idle capacity.',
  'DynamoDB Streams are always encrypted with a table-level key.',
  'Kinesis Data Streams for DynamoDB needs its own encryption settings.',
  'On-demand tables have the same single-digit millisecond latency as provisioned ones.',
  'DynamoDB on-demand tables can throttle when traffic more than doubles the previous peak quickly.',
  "On-demand tables don't have higher latency than provisioned tables.",
];

describeFlagCases('session 36 helper d2: database facts', WRONG, RIGHT);
