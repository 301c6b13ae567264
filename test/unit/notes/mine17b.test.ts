/**
 * Session 17 (SETMINE17-B): facts added while mining development set 18 (storage and databases). Every line was
 * written for these tests in a student's note style (none copied from set 18): wrong lines must be flagged by
 * exactly the named fact, right ones by nothing.
 */
import { describeFlagCases } from './assertCases';

const WRONG: [string, string][] = [
  ['DynamoDB PITR: LatestRestorableDateTime lags about 30 minutes behind now', 'dynamodb.pitr.latest-restorable-lag'],
  ['turning DynamoDB TTL on can take up to 24 hours to fully process', 'dynamodb.ttl.change-processing-time'],
  ['DAX allows 50 parameter groups per Region', 'caching-patterns.dax.parameter-groups-quota'],
  ['DAX: max 20 subnet groups per Region', 'caching-patterns.dax.subnet-groups-quota'],
  ['DAX: 200 nodes total per account per Region', 'caching-patterns.dax.nodes-per-region'],
  ['a MemoryDB primary node sustains up to 25 MB/s', 'memorydb.primary.max-throughput'],
  ['MemoryDB Multi-Region spans up to 10 Regions', 'memorydb.multi-region.max-regions'],
  ['MemoryDB read replicas are updated by synchronous replication', 'memorydb.replication.mode'],
  ['Snowball: default limit of 3 Snow devices at a time per account', 'snow-family.devices.default-limit'],
  ['Snowball Edge S3 compatible storage cluster needs at least 5 nodes', 'snow-family.s3-cluster.min-nodes'],
  ['Snowball Edge S3 compatible storage cluster: max 8 nodes', 'snow-family.s3-cluster.max-nodes'],
  ['Snowball Edge S3 compatible cluster: fault tolerance up to 6 nodes down', 'snow-family.s3-cluster.max-fault-tolerance'],
  ['S3 directory buckets: SDK refreshes the CreateSession token every 15 minutes', 's3-storage-classes.express-one-zone.session-refresh'],
  ['S3 Express One Zone uploads can be verified with MD5 checksums', 's3-storage-classes.express-one-zone.md5'],
];

const RIGHT: string[] = [
  'DynamoDB PITR: LatestRestorableDateTime is typically 5 minutes before now',
  'DynamoDB TTL enable/disable takes up to 1 hour to fully process',
  'DAX: 20 parameter groups per Region',
  'DAX: 50 subnet groups per Region, up to 20 subnets in each',
  'DAX: up to 50 nodes per account per Region',
  'MemoryDB primary node can sustain up to 100 MB/s',
  'MemoryDB Multi-Region: up to 5 Regions',
  'MemoryDB replicas sync asynchronously from the transaction log',
  'Snow Family: 1 device at a time by default, ask Support for more',
  'Snowball Edge clusters with S3 compatible storage: 3 to 16 nodes',
  'Snowball Edge S3 compatible cluster: fault tolerance 1 to 4 nodes',
  'directory buckets: SDK refreshes CreateSession tokens every 5 min',
  'S3 Express One Zone: use CRC32 or CRC32C checksums, MD5 is not supported',
];

describeFlagCases('mine17b: facts from set 18: wrong lines flagged by their fact, right ones left alone', WRONG, RIGHT);
