/**
 * Session 22, helper B: general readings of yes/no facts (no figure in the line). Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { invertedReads, negatesAnother, outsideSubject, polarity, situationRead, unsureSentence } from '../../../src/shared/notes/assertCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// The subject inside a property phrase's gap ("copies its user data into the AMI"), and a phrase inside the
// subject's own name ("FIPS cluster" in "a backup of a non-FIPS cluster").
const SUBJECT_IN_PHRASE_WRONG: WrongCase[] = [
  ['Taking an image of a configured server copies its user data into the AMI too', 'ec2.user-data.ami'],
  ['Turning on redrive: SQS creates a dead-letter queue for you', 'sqs.dlq.created-manually'],
  ['A backup of a non-FIPS cluster can be restored to a FIPS cluster', 'cloudhsm.backup.same-mode'],
];
const SUBJECT_IN_PHRASE_RIGHT: (RightCase | string)[] = [
  'A backup of a non-FIPS cluster can only be restored to a non-FIPS cluster',
  'Creating an AMI never copies the user data into the AMI',
  'SQS never creates the dead-letter queue for you: create it first',
  'AWS Batch has no job timeout by default, a job runs until the container exits',
];
describeFlagCases('subject and property phrase inside one another', SUBJECT_IN_PHRASE_WRONG, SUBJECT_IN_PHRASE_RIGHT);

describe('outsideSubject', () => {
  const item = { about: /(?<![A-Za-z0-9])(?:backup of a non-FIPS cluster)(?![A-Za-z0-9])/gi, says: /(?<![A-Za-z0-9])(?:FIPS cluster)(?![A-Za-z0-9])/gi, opposite: null };
  it('blanks a subject name holding a phrase when the phrase is said again outside it', () => {
    const c = 'a backup of a non-FIPS cluster restores into a FIPS cluster';
    const out = outsideSubject(c, item);
    expect(out.length).toBe(c.length);
    expect(out.startsWith('a ' + ' '.repeat('backup of a non-FIPS cluster'.length))).toBe(true);
  });
  it('keeps the clause when the phrase is only inside the name', () => {
    expect(outsideSubject('a backup of a non-FIPS cluster is kept', item)).toBe('a backup of a non-FIPS cluster is kept');
  });
});

// One side of a property, then the other side negated in an aside or a second predicate of the same subject
// ("a hard limit - can't be raised", "always terminated, they can't go back"): the second says the first again.
const RESTATED_WRONG: WrongCase[] = [
  ['ACM: domain names per certificate are a fixed limit - they cannot be increased', 'acm.domains.per-certificate'],
  ['VPC peering connections per VPC are a hard limit, cannot be increased', 'vpc.peering.default-quota'],
  ['KMS customer managed keys: rotation period is always once a year, you cannot choose the period', 'kms.rotation.custom-period'],
  ['Warm pool instances are always terminated on scale-in - they can never be returned to the warm pool', 'auto-scaling.warm-pool.reuse-on-scale-in'],
];
const RESTATED_RIGHT: (RightCase | string)[] = [
  'ACM: domain names per certificate are adjustable, not a hard limit',
  'VPC peering connections per VPC: a soft limit, can be increased',
  'Warm pool instances can be returned to the warm pool on scale-in, they are not always terminated',
  'KMS customer managed keys: you can choose the period, it is not always once a year',
];
describeFlagCases('a property said again in a negated aside', RESTATED_WRONG, RESTATED_RIGHT);

describe('polarity: the other side denied in an aside', () => {
  const item = { says: /(?<![A-Za-z0-9])(?:be raised|raised)(?![A-Za-z0-9])/gi, opposite: /(?<![A-Za-z0-9])(?:hard limit)(?![A-Za-z0-9])/gi };
  it('reads the first side when the second is denied after a dash or comma', () => {
    expect(polarity("a hard limit - can't be raised", item)?.asserted).toBe(false);
    expect(polarity('a hard limit, you cannot be raised', item)?.asserted).toBe(false);
  });
  it('stays unsure when both sides are said plainly', () => {
    expect(polarity('a hard limit that can be raised', item)).toBeNull();
  });
});

// Examples in brackets ("(e.g. expiration)") are no hedge and end no sentence; "for example.com" is a domain.
const EXAMPLE_WRONG: WrongCase[] = [
  ['Parameter Store: parameter policies (e.g. an expiration date) apply to standard parameters as well', 'systems-manager.parameter.policies-tier'],
  ['S3 access point: its VPC configuration can be changed later (e.g. to open it to the internet)', 's3.access-point.vpc-config-fixed'],
  ['Route 53: create a CNAME for example.com at the zone apex', 'route53.cname.zone-apex'],
];
const EXAMPLE_RIGHT: (RightCase | string)[] = [
  'Parameter Store: parameter policies (e.g. expiration) apply to advanced parameters only',
  "S3 access point: its VPC configuration can't be changed after creation (e.g. from VPC to internet origin)",
  'Parameter policies (for example expiration) might work on standard parameters later',
  'Route 53: use an alias, not a CNAME, for example.com at the zone apex',
];
describeFlagCases('examples in brackets', EXAMPLE_WRONG, EXAMPLE_RIGHT);

describe('unsureSentence with examples in brackets', () => {
  it('reads past an example in brackets, not past a condition', () => {
    expect(unsureSentence('policies (e.g. expiration) work on standard parameters')).toBe(false);
    expect(unsureSentence('policies (e.g. expiration) work if the tier is advanced')).toBe(true);
    expect(unsureSentence('policies, e.g. expiration, work on standard parameters')).toBe(true);
    expect(unsureSentence('a CNAME for example.com')).toBe(false);
  });
});

// "- no X" after a property names what is left out; only "- no" ending its clause answers a label.
const ASIDE_NO_WRONG: WrongCase[] = [
  ['Amazon Neptune only supports SPARQL - no Gremlin queries', 'neptune.query.sparql-only'],
  ['CloudTrail only records activity after you create a trail - no history from before it', 'cloudtrail.event-history.trail-needed'],
];
const ASIDE_NO_RIGHT: (RightCase | string)[] = [
  'Neptune supports Gremlin, openCypher and SPARQL - no need for another graph database',
  'Neptune: only SPARQL? - no',
  'CloudTrail Event history works without a trail - no setup needed',
];
describeFlagCases('an aside opening with "no"', ASIDE_NO_WRONG, ASIDE_NO_RIGHT);

describe('polarity: a label answered', () => {
  const item = { says: /(?<![A-Za-z0-9])(?:atomic)(?![A-Za-z0-9])/gi, opposite: null };
  it('reads "- no" ending the clause as the answer, "- no X" as an aside', () => {
    expect(polarity('BatchWriteItem atomic - no', item)?.asserted).toBe(false);
    expect(polarity('BatchWriteItem atomic: yes', item)?.asserted).toBe(true);
    expect(polarity('BatchWriteItem atomic - no, per item', item)?.asserted).toBe(false);
  });
});

// A negation across an aside belongs to that aside: before a dash ("can't use FIFO - standard queues only"), in
// an aside past a bracketed gloss ("ICMP (ping) isn't supported"), after a "must" ("must be JSON (YAML not
// supported)"), or of another name ("…, OAC doesn't").
const ACROSS_ASIDE_WRONG: WrongCase[] = [
  ["Lambda can't consume SQS FIFO queues - standard queues only", 'lambda.sqs.fifo-support'],
  ['NAT gateway handles TCP and UDP only - ICMP (ping) is not supported', 'vpc.nat-gateway.protocols'],
  [".ebextensions config files must be JSON (YAML isn't supported)", 'elastic-beanstalk.ebextensions.format'],
  ["OAI supports SSE-KMS encrypted objects, OAC doesn't", 'cloudfront.oai.no-sse-kms'],
];
const ACROSS_ASIDE_RIGHT: (RightCase | string)[] = [
  'NAT gateways support ICMP too, not just TCP and UDP',
  '.ebextensions files can be YAML or JSON (YAML is recommended)',
  "OAC supports SSE-KMS encrypted buckets, OAI doesn't",
  'Lambda works with FIFO queues too - standard queues are not the only option',
];
describeFlagCases('a negation across an aside', ACROSS_ASIDE_WRONG, ACROSS_ASIDE_RIGHT);

describe('negatesAnother', () => {
  it('reads "…, <another name> doesn\'t" as that name contrasted', () => {
    expect(negatesAnother(" encrypted buckets, OAC doesn't", 'OAI supports SSE-KMS')).toBe(true);
    expect(negatesAnother(" encrypted buckets, it doesn't", 'OAI supports SSE-KMS')).toBe(false);
  });
  it('skips a bracketed gloss before the negation', () => {
    expect(negatesAnother(" - ICMP (ping) isn't supported", 'TCP and UDP only')).toBe(true);
  });
});

// An instruction: the reader acts, the property and the subject are its complements (as after "you can").
const IMPERATIVE_WRONG: WrongCase[] = [
  ['Attach a security group to your NAT gateway to restrict egress', 'vpc.nat-gateway.security-groups'],
  ['Transit Gateway: attach the same VPC twice to get more bandwidth', 'transit-gateway.vpc-attachments.per-vpc'],
  ['Multi-Region keys: enable rotation separately on every replica key', 'kms.multi-region.rotation-primary'],
];
const IMPERATIVE_RIGHT: (RightCase | string)[] = [
  'Attach security groups to the instances behind the NAT gateway, not to the gateway itself',
  'Multi-Region keys: enable rotation on the primary key, replicas follow it',
  'Attach one VPC attachment per VPC to the transit gateway',
];
describeFlagCases('an instruction', IMPERATIVE_WRONG, IMPERATIVE_RIGHT);

describe('invertedReads: an instruction', () => {
  const phraseAt = (clause: string, p: string): RegExpExecArray => {
    const m = new RegExp(p).exec(clause);
    if (!m) throw new Error(p);
    return m;
  };
  it('reads the subject after the phrase in an instruction, a label allowed first', () => {
    const c = 'NAT: attach a security group to the NAT gateway';
    expect(invertedReads(c, phraseAt(c, 'attach a security group'), c.indexOf('NAT gateway'))).toBe(true);
  });
  it('not in a statement whose actor is named', () => {
    const c = 'Lambda attaches a security group to the NAT gateway';
    expect(invertedReads(c, phraseAt(c, 'a security group'), c.indexOf('NAT gateway'))).toBe(false);
  });
});

// A leading condition naming the subject sets the scene; what follows says what then happens. A supposed
// capability ("if X can …") or a counterfactual outcome ("… would …") is no such scene.
const SITUATION_WRONG: WrongCase[] = [
  ['If the new instances fail their health checks during an immutable update, Beanstalk terminates the original instances', 'elastic-beanstalk.immutable.failure'],
  ['ECS: if a placement strategy cannot be met, the scheduler refuses to place the task', 'ecs.placement.strategies-best-effort'],
  ['StackSets: when the failure tolerance is exceeded in a Region, CloudFormation continues into the next Region', 'cloudformation.stacksets.failure-stops-regions'],
];
const SITUATION_RIGHT: (RightCase | string)[] = [
  'If the new instances fail their health checks during an immutable update, Beanstalk terminates the new instances',
  'If a placement strategy can be satisfied, ECS would place the task on the best instance',
  'StackSets: if the failure tolerance is exceeded, it stops the operation in later Regions',
  'If an immutable update could fail, Beanstalk terminates the original instances',
];
describeFlagCases('a leading condition naming the subject', SITUATION_WRONG, SITUATION_RIGHT);

describe('situationRead', () => {
  const item = {
    about: /(?<![A-Za-z0-9])(?:placement strategy)(?![A-Za-z0-9])/gi,
    says: /(?<![A-Za-z0-9])(?:refuses to place)(?![A-Za-z0-9])/gi,
    opposite: null,
  };
  it('keeps the subject and the outcome at their offsets, the condition blanked', () => {
    const s = "If a placement strategy can't be met, ECS refuses to place the task";
    const r = situationRead(s, item);
    expect(r?.length).toBe(s.length);
    expect(r?.indexOf('placement strategy')).toBe(s.indexOf('placement strategy'));
    expect(r?.slice(s.indexOf('ECS'))).toBe('ECS refuses to place the task');
    expect(r?.replace(/\s+/g, ' ').trim()).toBe('placement strategy ECS refuses to place the task');
  });
  it('reads no supposition and no condition on a pronoun subject', () => {
    expect(situationRead('If a placement strategy can be met, ECS refuses to place the task', item)).toBeNull();
    expect(situationRead("If a placement strategy can't be met, it refuses to place the task", item)).toBeNull();
  });
});
