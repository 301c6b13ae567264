import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules, loadKbEntries } from '../../../src/main/notes/rules';
import { factAssertSchema } from '../../../src/shared/kb/schemas';
import { buildAssertIndex, checkAssertions } from '../../../src/shared/notes/assertCheck';
import { generateAssertClaims, negateClaim } from '../../../src/shared/notes/claimTemplates';
import { checkSection } from '../../../src/shared/notes/factCheck';

const root = join(import.meta.dirname, '..', '..', '..');
const checker = loadFactRules(root);
const entries = loadKbEntries(root);

/** The yes/no fact flags of one line (figure checks excluded), as fact ids. */
function asserted(line: string, heading: string[] = []): string[] {
  return checkAssertions(line, heading, checker.asserts, checker.index).map((f) => f.factId);
}

// Written for this test from the KB's own facts, in wording of our own (not taken from any evaluation set).
const WRONG: [string, string, string[]?][] = [
  [
    'Network ACLs are the backup plan; security groups can also deny specific IP addresses.',
    'vpc.security-group.deny-rules',
  ],
  ['An SCP grants permissions to every member account it is attached to.', 'organizations.scp.grants'],
  ['sc1 is fine to use as the root volume for cheap dev boxes', 'ebs.hdd.boot-volume'],
  ['The whole BatchWriteItem call is all-or-nothing.', 'dynamodb.batch-write.atomicity'],
  ['GSI queries can return strongly consistent results.', 'dynamodb.gsi.read-consistency'],
  ['A GSI query can return strongly consistent results if you ask for it.', 'dynamodb.gsi.read-consistency'],
  ['You can add an LSI to an existing table later on.', 'dynamodb.lsi.creation'],
  ['gp2 volumes support Multi-Attach too.', 'ebs.multi-attach.gp-hdd'],
  ['A Multi-Attach io2 volume is shared by instances across AZs.', 'ebs.multi-attach.same-az'],
  ['An EBS volume can be attached to an instance in any AZ of the Region.', 'ebs.attach.same-az'],
  ['EFS One Zone replicates your files across multiple AZs.', 'efs.one-zone.multi-az'],
  ['Hibernating an instance does not keep RAM contents.', 'ec2.hibernate.ram'],
  ['Instance store volumes are persistent storage.', 'ec2.instance-store.persistence'],
  [
    'A cluster placement group spans multiple Availability Zones for resilience.',
    'ec2.placement-group.cluster-azs',
  ],
  ['Object Lock can be switched off once the audit is over.', 's3.object-lock.disable'],
  ['S3 versioning can be turned off again at any time.', 's3.versioning.disable'],
  ['An SQS standard queue delivers every message exactly once.', 'sqs.standard.delivery'],
  ['Kinesis Data Streams orders records across the whole stream.', 'kinesis-data-streams.ordering.scope'],
  ['Direct Connect links are encrypted by default.', 'direct-connect.encryption.default'],
  ['A transit gateway is a global resource spanning every Region.', 'transit-gateway.scope.regional'],
  ['Express Workflows guarantee exactly-once execution.', 'step-functions.express.execution-guarantee'],
  ['An IAM user can be a member of only one group.', 'iam.user.multiple-groups'],
  ['S3 bucket names are unique per account.', 's3.bucket.name-scope'],
  ['- Network Load Balancer: cross-zone load balancing is on by default', 'elb.cross-zone.nlb-default'],
  ['- deny rules: yes', 'vpc.security-group.deny-rules', ['VPC', 'Security groups']],
  ['- can be nested', 'iam.group.nesting', ['IAM', 'IAM user groups']],
  [
    '- Stateful; can deny traffic from a single IP',
    'vpc.security-group.deny-rules',
    ['Networking', 'Security groups'],
  ],
  ['For SNS FIFO topics, MessageGroupId is optional.', 'sns.fifo.message-group-id'],
  ['VPC peering can connect two VPCs that use the same CIDR.', 'vpc.peering.overlapping-cidr'],
  ['Memcached clusters keep read replicas for failover.', 'elasticache.memcached.replication'],
  ['Firehose can replay records from the last 24 hours.', 'kinesis-firehose.replay.support'],
  // The property first, the subject after a link ("is available for", "works on").
  ['Multi-Attach works on gp3 as well.', 'ebs.multi-attach.gp-hdd'],
  ['Lambda layers are available for Lambda@Edge functions.', 'cloudfront.lambda-edge.unsupported-features'],
  // A generic actor: the property and the subject are both its complements.
  ['You can keep HDFS data on EMR task nodes.', 'emr.task-nodes.hdfs'],
  // A verb phrase whose object is the subject.
  ['AWS recommends the global endpoint for STS requests.', 'sts.endpoint.regional-recommended'],
  // A "with no"/"without" detail after the property does not negate it.
  ['Direct Connect traffic is encrypted by default without any setup.', 'direct-connect.encryption.default'],
  // A comma and a negated auxiliary start a second predicate: the first one still stands.
  ["Memcached supports replication, isn't limited to one node.", 'elasticache.memcached.replication'],
  // Session 13's yes/no facts, in wording of our own.
  ['Synchronous Express executions are at-least-once.', 'step-functions.express.sync-guarantee'],
  // "Express workflows" over "Sync Express" is one mention, not a second subject.
  ['Sync Express workflows are at-least-once.', 'step-functions.express.sync-guarantee'],
  ['On SQS FIFO queues the MessageGroupId is optional.', 'sqs.fifo.message-group-id'],
  [
    'Redis with cluster mode disabled spreads data across several shards.',
    'elasticache.cluster-mode-disabled.max-shards',
  ],
  [
    'Standard-tier parameters in Parameter Store are billed separately.',
    'systems-manager.parameter.standard-price',
  ],
  ['An EFS file system can have multiple mount targets in one AZ.', 'efs.mount-targets.per-az'],
  ['Secrets Manager quotas are account-wide.', 'secrets-manager.quotas.scope'],
  [
    'With GenerateDataKey you have to call Encrypt on the key yourself.',
    'kms.generate-data-key.encrypted-copy',
  ],
  ['SQS batch requests are all-or-nothing.', 'sqs.batch.atomicity'],
  ['Kinesis PutRecords is atomic.', 'kinesis-data-streams.put-records.atomicity'],
  ['SNS PublishBatch fails as a whole.', 'sns.publish-batch.atomicity'],
  ['CRR replicates objects synchronously to the destination bucket.', 's3.replication.asynchronous'],
  ['ReceiveMessage removes the message from the queue.', 'sqs.message.kept-after-receive'],
  ['Amazon SQS defaults to long polling.', 'sqs.polling.default-short'],
  ['A FIFO queue can use a standard queue as its DLQ.', 'sqs.dlq.type-match'],
  ['Detailed monitoring is free for EC2 instances.', 'cloudwatch.ec2.basic-interval'],
  ['Async invocations of a Lambda function are duplicate-free.', 'lambda.async.duplicates'],
  ['A key policy applies across Regions.', 'kms.key-policy.scope'],
  ['IAM policies must be created in each Region separately.', 'iam.policy.scope'],
  ['SNS FIFO topics deliver at-least-once to SQS FIFO queues.', 'sns.fifo.delivery'],
  [
    'Turning on EBS encryption by default encrypts existing volumes.',
    'ebs.encryption-by-default.existing-volumes',
  ],
  ['EBS encryption by default is an account-wide setting.', 'ebs.encryption-by-default.scope'],
];

const RIGHT: [string, string[]?][] = [
  ['Security groups only allow traffic; they cannot deny it.'],
  ['Network ACLs can deny traffic from a specific IP range.'],
  ['SCPs never grant permissions by themselves.'],
  ['st1 cannot be a boot volume.'],
  ['Use TransactWriteItems when the writes must be all-or-nothing.'],
  ['GSIs are eventually consistent only.'],
  ['io2 volumes support Multi-Attach.'],
  ['Hibernation preserves RAM; a plain stop does not.'],
  ['EBS volumes are persistent block storage.'],
  ['Object Lock cannot be disabled after it is enabled.'],
  ['Is an SQS standard queue exactly-once?'],
  ['Myth: security groups can deny traffic.'],
  ['If Direct Connect were encrypted by default, MACsec would be pointless.'],
  ['Standard Workflows run exactly once; Express Workflows run at least once.'],
  ['An IAM user can belong to several groups.'],
  ['Cross-zone load balancing is on by default for ALB and off for NLB.'],
  ['S3 bucket names are globally unique.'],
  ['EFS Regional file systems store data across multiple AZs.'],
  ['- can deny traffic', ['VPC', 'Network ACLs']],
  ['- NACLs can deny traffic', ['VPC', 'Security groups']],
  ['Unlike security groups, network ACLs can deny traffic.'],
  ['It is not true that SCPs grant permissions.'],
  ['VPC peering needs non-overlapping CIDR blocks.'],
  ['VPC peering works across accounts and across Regions.'],
  ['EFS is NFS for Linux; use FSx for Windows File Server for SMB.'],
  ['Instance store volumes are ephemeral, unlike EBS.'],
  ['You cannot add an LSI to an existing table.'],
  ['Environment variables are not supported on Lambda@Edge.'],
  ['Expedited retrieval does not work for Deep Archive.'],
  ['You cannot keep HDFS data on EMR task nodes.'],
  ['AWS recommends the regional STS endpoints over the global endpoint.'],
  ['CloudTrail quotas are hard limits, cannot be increased.'],
  ['Direct Connect is not encrypted by default, without MACsec or a VPN on top.'],
  ['Asynchronous Express Workflows are at-least-once.'],
  ['Express Workflows are at-least-once while Synchronous Express Workflows are at-most-once.'],
  ['Each VPN tunnel terminates in a different Availability Zone.'],
  ['MessageGroupId is required for SQS FIFO queues.'],
  ['GenerateDataKey returns a plaintext and an encrypted copy, so there is no need to call Encrypt.'],
  ['PutRecords is not atomic; check FailedRecordCount.'],
  ['S3 replication is asynchronous.'],
  ['SQS deletes messages after the retention period expires.'],
  ['By default SQS queues use short polling.'],
  ['The DLQ of a standard queue must be standard, and for FIFO it must be FIFO.'],
  ['Basic monitoring is free and detailed monitoring is paid.'],
  ['Lambda async invocations can deliver the same event more than once.'],
  ['Key policies are Regional; IAM policies are global.'],
  ['An SNS FIFO topic feeding a standard queue can deliver out of order.'],
  ['EBS encryption by default is set per Region and only affects new volumes.'],
];

// Wrong, or unknown, but not said plainly enough to flag (precision first): a condition, a comparison, the subject
// after the property with nothing linking them.
const UNSURE: string[] = [
  // A condition on the subject itself may name the kind of it the property holds for (session 19: a condition
  // on anything else after a never-true property, "… if you ask for it", no longer makes the claim unsure).
  'A GSI query can return strongly consistent results if it is run against the base table.',
  'Like EBS, instance store volumes are persistent.',
  // The subject after the property with no link that says it is about that subject.
  'Lambda layers and Lambda@Edge are both popular.',
  'Automatic key rotation matters most for HMAC keys.',
];

describe('yes/no facts in sentences without a figure', () => {
  for (const line of UNSURE)
    it(`leaves alone, unsure: ${line}`, () => {
      expect(asserted(line)).toEqual([]);
    });
  for (const [line, factId, heading] of WRONG)
    it(`flags: ${line}`, () => {
      expect(asserted(line, heading ?? [])).toEqual([factId]);
    });
  for (const [line, heading] of RIGHT)
    it(`leaves alone: ${line}`, () => {
      expect(checkSection(line, heading ?? [], checker)).toEqual([]);
    });

  it('gives the flag the figure checks’ shape: line, claim, official text, source, as-of, wrong', () => {
    const [f] = checkSection('Intro line\nSecurity groups can deny traffic from one address.', [], checker);
    expect(f).toMatchObject({
      ruleId: 'kb:vpc.security-group.deny-rules',
      verdict: 'wrong',
      lineIndex: 1,
      excerpt: 'Security groups can deny traffic from one address.',
      changedOn: null,
    });
    expect(f?.official).toContain('No');
    expect(f?.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(f?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('flags one sentence once even when another line check would also flag it', () => {
    expect(checkSection('SCPs grant permissions to member accounts.', [], checker)).toHaveLength(1);
  });
});

describe('the KB’s assert annotations', () => {
  it('reject phrases holding a negation, and a claim without an auxiliary', () => {
    const base = { about: ['x thing'], says: ['deny traffic'], holds: false, claim: 'X can deny traffic' };
    expect(factAssertSchema.safeParse(base).success).toBe(true);
    expect(factAssertSchema.safeParse({ ...base, says: ['not deny'] }).success).toBe(false);
    expect(factAssertSchema.safeParse({ ...base, opposite: ["can't deny"] }).success).toBe(false);
    expect(factAssertSchema.safeParse({ ...base, claim: 'X denies traffic' }).success).toBe(false);
  });

  it('negate a claim at its first auxiliary', () => {
    expect(negateClaim('SCPs can grant permissions')).toBe('SCPs cannot grant permissions');
    expect(negateClaim('A transit gateway is a global resource')).toBe(
      'A transit gateway is not a global resource',
    );
  });

  it('each flag the wrong sentences written from them and none of the right or tricky ones', () => {
    const index = buildAssertIndex(entries);
    expect(index.items.length).toBeGreaterThanOrEqual(90);
    const generated = generateAssertClaims(entries);
    const missed: string[] = [];
    const falseFlags: string[] = [];
    for (const g of generated) {
      const flagged = checkSection(g.text, g.heading, checker).length > 0;
      if (g.expected !== 'correct' && !flagged) missed.push(`${g.factId}: ${g.text}`);
      if (g.expected === 'correct' && flagged) falseFlags.push(`${g.factId}: ${g.text}`);
    }
    expect(falseFlags).toEqual([]);
    expect(missed).toEqual([]);
    // ~24,000 sentences through the whole check: minutes on a loaded 2-core machine, not the default 30 s.
  }, 300_000);
});
