/**
 * Session 36, data helper d5 (issue 14): new facts for security, management, integration and analytics services
 * (STS, KMS, CloudWatch Logs, SQS, Secrets Manager, OpenSearch, Kinesis Data Streams). Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right, negated and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'AssumeRoleWithWebIdentity requires AWS credentials to call',
    'sts.assume-role-with-web-identity.no-aws-credentials',
  ],
  [
    'STS: AssumeRoleWithWebIdentity -> needs access keys in the mobile app',
    'sts.assume-role-with-web-identity.no-aws-credentials',
  ],
  ['AssumeRoleWithSAML requires AWS credentials', 'sts.assume-role-with-saml.no-aws-credentials'],
  ['KMS Decrypt requires the key ID even for symmetric ciphertext', 'kms.decrypt.key-id-optional'],
  ['Decrypt API: KeyId is required', 'kms.decrypt.key-id-optional', ['KMS']],
  ['Multi-Region keys get a different key ID in each Region', 'kms.multi-region.shared-key-id', ['KMS']],
  ['Multi-Region keys do not share key material', 'kms.multi-region.shared-key-id'],
  [
    'KMS ReEncrypt returns the plaintext to the client before encrypting again',
    'kms.re-encrypt.plaintext-not-exposed',
  ],
  [
    'GenerateDataKeyWithoutPlaintext returns both plaintext and encrypted data keys',
    'kms.generate-data-key-without-plaintext.encrypted-only',
  ],
  ['KMS encryption context is not needed to decrypt', 'kms.encryption-context.decrypt-match'],
  ['Encryption context is case-insensitive', 'kms.encryption-context.decrypt-match', ['KMS']],
  [
    'CloudWatch Logs log class can be changed later from Standard to Infrequent Access',
    'cloudwatch.logs.log-class-fixed',
  ],
  [
    'Log group class: switch to Infrequent Access any time to save cost',
    'cloudwatch.logs.log-class-fixed',
    ['CloudWatch Logs'],
  ],
  ['SQS FIFO MessageDeduplicationId max 256 chars', 'sqs.message-deduplication-id.max-length'],
  ['OpenSearch in-place upgrades can be rolled back if something breaks', 'opensearch.upgrade.irreversible'],
  ['OpenSearch in-place domain upgrade: reversible -> yes', 'opensearch.upgrade.irreversible'],
  [
    'Kinesis shard-level metrics are enabled by default',
    'kinesis-data-streams.shard-level-metrics.default-off',
  ],
  ['KDS: shard-level metrics -> on by default', 'kinesis-data-streams.shard-level-metrics.default-off'],
  ['KDS partition key -> SHA-256 hash -> shard', 'kinesis-data-streams.partition-key.md5-hash'],
  ['GetFederationToken credentials can call IAM APIs', 'sts.get-federation-token.no-iam-api'],
  ['GetSessionToken credentials can call IAM APIs', 'sts.get-session-token.iam-api-needs-mfa'],
  ['SQS SSE encrypts message attributes and metadata too', 'sqs.sse.metadata-not-encrypted'],
  ['Secrets Manager replica secrets are free', 'secrets-manager.replica.billed'],
  ['Secret replicas: no extra charge', 'secrets-manager.replica.billed', ['Secrets Manager']],
];

const RIGHT: (RightCase | string)[] = [
  'AssumeRoleWithWebIdentity does not require AWS security credentials; the OIDC token validates the caller',
  'AssumeRoleWithWebIdentity takes an OIDC token and returns temporary AWS credentials',
  'AssumeRoleWithSAML: no AWS credentials needed, the SAML assertion authenticates the caller',
  'KMS Decrypt: KeyId optional for symmetric keys (key info is in the ciphertext metadata)',
  'KMS Decrypt does not require the key ID for symmetric ciphertext',
  ['For asymmetric keys, Decrypt requires the key ID and algorithm', ['KMS']],
  ['Multi-Region keys share the same key ID and key material across Regions', ['KMS']],
  ['MRK replicas: same key material, so decrypt in another Region without re-encrypting', ['KMS']],
  ['ReEncrypt decrypts and re-encrypts entirely within KMS, plaintext is never exposed', ['KMS']],
  'GenerateDataKeyWithoutPlaintext returns only the encrypted data key',
  ['GenerateDataKey returns both the plaintext and the encrypted data key', ['KMS']],
  'KMS encryption context must match exactly when decrypting',
  ['Encryption context is optional but recommended; it is logged in CloudTrail', ['KMS']],
  ['Log class is fixed at creation; create a new log group for Infrequent Access', ['CloudWatch Logs']],
  ["The log class of a log group can't be changed after creation", ['CloudWatch Logs']],
  'SQS FIFO: 300 TPS per API action, 3,000 msgs/s with batching',
  ['FIFO queues support 300 TPS without batching; enable high throughput for more', ['SQS']],
  'SQS deduplication ID can be up to 128 characters',
  'SQS FIFO dedup window 5 minutes, MessageGroupId up to 128 chars',
  'OpenSearch in-place upgrades are irreversible; snapshot first and restore to a new domain to go back',
  'An OpenSearch in-place upgrade cannot be cancelled once started',
  'An OpenSearch clone-based upgrade can be cancelled or rolled back before cutover',
  'OpenSearch version upgrades can be rolled back when you choose a clone-based upgrade',
  "RDS major version upgrades can't be rolled back",
  [
    'Stream-level metrics are free and automatic; shard-level metrics cost extra and must be enabled',
    ['Kinesis'],
  ],
  'Kinesis shard-level metrics are not enabled by default (EnableEnhancedMonitoring)',
  'Kinesis maps partition keys to shards with an MD5 hash (128-bit)',
  'DynamoDB hashes the partition key to pick the physical partition',
  'GetFederationToken credentials cannot call IAM API operations (except via console)',
  'GetFederationToken must be called with the long-term credentials of an IAM user',
  "GetSessionToken creds can't call IAM APIs unless MFA info is included",
  'SQS SSE encrypts only the message body, not the metadata',
  'SQS server-side encryption: message body encrypted; message ID, timestamp and attributes are not',
  ['Each replica secret is billed as a separate secret', ['Secrets Manager']],
  'RDS read replicas are free',
  ['KDS shard: 1 MB/s or 1,000 records/s in, 2 MB/s out', ['Kinesis Data Streams shard']],
];

describeFlagCases(
  'session 36 helper d5: security, management, integration and analytics facts',
  WRONG,
  RIGHT,
);
