/**
 * Session 19 (READ19): general reading fixes for wrong claims the checker already holds the fact for. Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { claimedBeforeCondition, negatesAnother, polarity, unsureBeyondPhrases } from '../../../src/shared/notes/assertCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A negation past a comma, bracket or dash that names what the statement leaves out ("…, not X", "… (no X)")
// is about that thing, not the property phrase before it; after an "only", any negation in that aside is.
const LEFT_OUT_WRONG: WrongCase[] = [
  ['ECS on Fargate is Linux-only, no Windows hosts', 'fargate.windows.support'],
  ['A NAT gateway forwards TCP/UDP only (no ICMP pings)', 'vpc.nat-gateway.protocols'],
  ['Spot: interruption warnings arrive only through IMDS, not as events', 'ec2-purchasing.spot.notice-channels'],
  ['AWS Firewall Manager covers standalone accounts, no Organizations setup', 'firewall-manager.prereq.organizations'],
  ['The Recycle Bin holds deleted snapshots indefinitely, there is no expiry', 'ebs.recycle-bin.retention-required'],
  ['Fargate vCPU quota covers ECS tasks only - pods from EKS do not count', 'fargate.quota.includes-eks-pods'],
];
const LEFT_OUT_RIGHT: (RightCase | string)[] = [
  // A degree or predicate after the negator is about the phrase: unsure, nothing flagged.
  'NAT gateways support ICMP, not just TCP and UDP',
  'Fargate runs Windows containers, not only Linux ones',
  'Recycle Bin keeps deleted snapshots forever — not really, a retention rule decides',
];
describeFlagCases('a negation that names what is left out', LEFT_OUT_WRONG, LEFT_OUT_RIGHT);

describe('negatesAnother', () => {
  it('reads "…, not X" and "… (no X)" as naming another thing', () => {
    expect(negatesAnother(', not EventBridge', 'only via metadata')).toBe(true);
    expect(negatesAnother(' (no ICMP)', 'TCP and UDP')).toBe(true);
    expect(negatesAnother(', there is no expiry', 'forever')).toBe(true);
  });
  it('reads any negation in the first aside after an "only" as what the "only" leaves out', () => {
    expect(negatesAnother(' -- EKS pods are not counted', 'ECS tasks only')).toBe(true);
    expect(negatesAnother(' -- EKS pods are not counted', 'ECS tasks')).toBe(false);
  });
  it('leaves a degree, a predicate, a plain negation or a later aside unsure', () => {
    expect(negatesAnother(', not just allow it', 'deny traffic')).toBe(false);
    expect(negatesAnother(', not supported', 'Multi-AZ')).toBe(false);
    expect(negatesAnother(', not by default', 'encrypted')).toBe(false);
    expect(negatesAnother(' is not', 'Multi-AZ')).toBe(false);
    expect(negatesAnother(', key auth (no passwords)', 'SFTP only')).toBe(false);
  });
});

// Both sides of a yes/no fact in one sentence, the later one denied in an aside of its own ("A, not B", "A only,
// there's no B"): the sentence says A; it is not weighing the two.
const DENIED_WRONG: WrongCase[] = [
  ['ACM certificate quotas are counted account-wide, not per Region', 'acm.quotas.scope'],
  ['Cognito API quotas: counted per user pool, not across all user pools', 'cognito.api-quotas.scope'],
  ['OpenZFS on FSx: one AZ only, there is no Multi-AZ deployment', 'fsx.openzfs.multi-az'],
  ['VPC flow logs can be turned on only at the VPC level, not per ENI', 'vpc.flow-logs.resource-levels'],
];
const DENIED_RIGHT: (RightCase | string)[] = [
  'ACM quotas are counted per Region, not globally',
  'OpenZFS on FSx can be Multi-AZ, not one AZ only',
  'VPC flow logs: per subnet or per ENI too, not only at the VPC level',
  // Both sides and no denial: weighing them, unsure.
  'ACM quotas: per Region for some, global for others',
];
describeFlagCases('both sides of a fact, the later one denied in an aside', DENIED_WRONG, DENIED_RIGHT);

describe('polarity: the later side denied in an aside', () => {
  const item = {
    says: /(?<![A-Za-z0-9])(?:required)(?![A-Za-z0-9])/gi,
    opposite: /(?<![A-Za-z0-9])(?:optional)(?![A-Za-z0-9])/gi,
  };
  it('reads the earlier side', () => {
    expect(polarity('the widget ID is required, not optional', item)?.asserted).toBe(true);
    expect(polarity('the widget ID is optional (not required)', item)?.asserted).toBe(false);
    expect(polarity('the widget ID is optional, there is no required form', item)?.asserted).toBe(false);
  });
  it('still finds both sides without a denial, or a negation after the later one, unsure', () => {
    expect(polarity('the widget ID is required here, optional there', item)).toBeNull();
    expect(polarity('the widget ID is required, not optional, not always', item)).toBeNull();
  });
});

// A fact's own property phrase may hold a word that otherwise makes a sentence unsure ("depends on", "right when",
// "lost when stopped"): it says the property there; the same word outside the phrase still makes it unsure.
const OWN_WORD_WRONG: WrongCase[] = [
  ['Each Amazon MSK cluster depends on ZooKeeper for its metadata', 'msk.metadata.kraft'],
  ['CloudWatch Logs: a log group deletes its events right when the retention period ends', 'cloudwatch.logs.expired-deletion-delay'],
  ['EC2 instance store data persists when stopped', 'ec2.instance-store.persistence'],
];
const OWN_WORD_RIGHT: (RightCase | string)[] = [
  'An MSK cluster depends on ZooKeeper if it was created in ZooKeeper mode',
  'Instance store data is lost when stopped, unlike an EBS root volume',
  'CloudWatch Logs may take days to delete expired events; they are not deleted right when retention ends',
];
describeFlagCases('an unsure word inside the property phrase', OWN_WORD_WRONG, OWN_WORD_RIGHT);

describe('unsureBeyondPhrases', () => {
  const item = {
    says: /(?<![A-Za-z0-9])(?:depends on widgets)(?![A-Za-z0-9])/gi,
    opposite: /(?<![A-Za-z0-9])(?:works while offline)(?![A-Za-z0-9])/gi,
  };
  it('reads the words of the item\'s own phrases as the property', () => {
    expect(unsureBeyondPhrases('the gadget depends on widgets', item)).toBe(false);
    expect(unsureBeyondPhrases('the gadget works while offline', item)).toBe(false);
  });
  it('still finds a condition or contrast outside them', () => {
    expect(unsureBeyondPhrases('the gadget depends on widgets when it starts', item)).toBe(true);
    expect(unsureBeyondPhrases('unlike a doohickey, the gadget depends on widgets', item)).toBe(true);
  });
});

// A property that never holds (a fact's `holds` false, not a default) is not made true by a condition after the
// claim: "… can be raised later if it fills up" still says it can be raised. Only what comes before the condition
// is read, and only a property said to hold; a hedge, a condition first, a default or a denial stays unsure.
const CONDITION_WRONG: WrongCase[] = [
  ['Network Firewall: rule group capacity can be raised later if traffic grows', 'network-firewall.rule-group.capacity-fixed'],
  ['The allocated storage of an RDS instance can be shrunk when the data gets smaller', 'rds.storage.decrease'],
  ['S3 Intelligent-Tiering adds a retrieval fee once an object goes back to the frequent tier', 's3-storage-classes.intelligent-tiering.retrieval-fees'],
  ['AWS Batch: jobs that time out get retried if the job definition has attempts set', 'batch.job-timeout.no-retry'],
  ['On a Gateway Load Balancer listener you pick a port when you add it', 'gwlb.listener.protocol-port'],
];
const CONDITION_RIGHT: (RightCase | string)[] = [
  // A fact about a default: a condition may make it hold.
  'Non-root EBS volumes are deleted on termination if DeleteOnTermination is set to true',
  // A denial before a condition may be an exception.
  'EFS Regional file systems are not in one AZ unless the note means One Zone',
  // The condition first: what follows is supposed.
  'If rule group capacity can be raised later, Network Firewall planning is easier',
  // A condition on the subject itself may name the kind of it the property holds for.
  'Network Firewall: rule group capacity can be raised later if it is a stateless group',
  // A hedge in the condition.
  'RDS storage can be shrunk when it might be needed, for example by restoring into a smaller instance',
  // "cant" without an apostrophe is a negation too.
  'S3 Object Lock compliance mode: a locked version cant be overwritten or deleted by anyone when it is locked',
];
describeFlagCases('a never-true property before a trailing condition', CONDITION_WRONG, CONDITION_RIGHT);

describe('claimedBeforeCondition', () => {
  const item = {
    about: /(?<![A-Za-z0-9])(?:widgets?)(?![A-Za-z0-9])/gi,
    says: /(?<![A-Za-z0-9])(?:can be resized|resized when full)(?![A-Za-z0-9])/gi,
    opposite: null,
  };
  it('gives where a trailing condition begins after the property', () => {
    expect(claimedBeforeCondition('a widget can be resized if you need more room', item)).toBe(24);
    expect(claimedBeforeCondition('a widget can be resized when traffic grows', item)).toBe(24);
  });
  it('gives -1 for a condition first, one inside the phrase, no phrase before it, or a hedge', () => {
    expect(claimedBeforeCondition('if you like, a widget can be resized', item)).toBe(-1);
    expect(claimedBeforeCondition('a widget is resized when full', item)).toBe(-1);
    expect(claimedBeforeCondition('a widget, when full, can be resized', item)).toBe(-1);
    expect(claimedBeforeCondition('a widget can be resized if it might help', item)).toBe(-1);
    expect(claimedBeforeCondition('a widget can be resized when it is full', item)).toBe(-1);
    expect(claimedBeforeCondition('a widget can be resized when the widget is new', item)).toBe(-1);
  });
});
