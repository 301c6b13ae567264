/**
 * Session 14 (READ14-D): claims whose fact the KB has but the candidate step turned away (the counted noun,
 * the label's words, the service). Each rule is tested in wording written for these tests (none copied from
 * an evaluation set), about other services than the examples that motivated it, with true statements too.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { ids, index } from './claimCases';

describe('noun: the noun the fact’s own value text counts its figure in', () => {
  it('binds a count of that noun to the fact whose label counts another one', () => {
    // "Objects returned per ListObjectsV2 request: 1,000 keys"; "Activity pollers …: 1,000 workers".
    expect(ids('S3 ListObjectsV2 returns up to 5,000 keys per call')).toEqual([
      's3.list-objects.max-keys 5,000 keys',
    ]);
    expect(ids('Step Functions: up to 5,000 workers per activity ARN')).toEqual([
      'step-functions.activity.max-pollers 5,000 workers',
    ]);
  });
  it('leaves the true figures alone', () => {
    expect(ids('S3 ListObjectsV2 returns up to 1,000 keys')).toEqual([]);
    expect(ids('Step Functions: up to 1,000 workers per activity ARN')).toEqual([]);
  });
});

describe('noun: "N <thing> <links>" counts the things a label counts by the link’s participle', () => {
  it('binds "policy attachments" to a fact about policies attached to a role', () => {
    expect(ids('IAM role: up to 30 policy attachments')).toEqual([
      'iam.role.attached-policies-default 30 policy attachments',
    ]);
    expect(ids('IAM role: up to 10 policy attachments by default')).toEqual([]);
    expect(ids('IAM role: 20 policy attachments at most')).toEqual([]);
  });
  it('does not take a thing the fact does not count', () => {
    // The fact counts policies; "role attachments" links roles.
    expect(ids('IAM: up to 30 role attachments')).toEqual([]);
  });
});

describe('subject: a hosted zone is Route 53’s', () => {
  it('names Route 53 when the line names only the zone', () => {
    expect(ids('Private hosted zone: max 10 VPC associations')).toEqual([
      'route53.private-zone.max-vpcs 10 VPC associations',
    ]);
    expect(ids('Private hosted zone: up to 300 VPC associations')).toEqual([]);
  });
});

describe('noun: a phrase after the figure that starts with "via", "like", "through" … is not its noun', () => {
  const nouns = (text: string): string[] =>
    findQuantities(text, index.countNouns, true).map((q) => `${q.raw}:${q.noun}`);
  it('reads the figure bare and takes the noun from its label', () => {
    expect(nouns('Glue jobs per account can be raised to 2,000 via a support case')).toEqual(['2,000:job']);
    expect(nouns('Lambda: up to 5 layers via the console')).toEqual(['5 layers:layer']);
    expect(nouns('IAM managed policy documents: 6,144 characters like inline ones')).toEqual([
      '6,144 characters:character',
    ]);
  });
});

describe('words: an acronym says the label words it stands for', () => {
  it('binds "NLBs", "EIPs", "TGWs" to the fact whose label spells them out', () => {
    expect(ids('NLBs per Region: 10')).toEqual(['nlb.per-region.default-quota 10']);
    expect(ids('EC2: EIPs per Region: 20')).toEqual(['ec2.eip.default-quota 20']);
    expect(ids('TGWs per account: 50')).toEqual(['transit-gateway.per-region.default-quota 50']);
  });
  it('leaves the true figures alone', () => {
    expect(ids('NLBs per Region: 50')).toEqual([]);
    expect(ids('EC2: EIPs per Region: 5')).toEqual([]);
    expect(ids('TGWs per account: 5')).toEqual([]);
  });
});

describe('words and decision: a CIDR prefix figure is a CIDR block size', () => {
  it('binds "/N" to the CIDR size facts and flags a bound outside their range', () => {
    expect(ids('Client VPN: the client CIDR block can be as large as /8')).toEqual([
      'client-vpn.client-cidr.size /8',
    ]);
    expect(ids('VPC: subnets can be as large as /12')).toEqual(['vpc.cidr.size-range /12']);
    expect(ids('VPC: subnets can be as small as /31')).toEqual(['vpc.cidr.size-range /31']);
  });
  it('leaves prefixes inside the range, and prefixes said without a bound, alone', () => {
    expect(ids('VPC: subnets can be as large as /16')).toEqual([]);
    expect(ids('VPC: subnets can be as small as /28')).toEqual([]);
    expect(ids('VPC: smallest subnet is /28')).toEqual([]);
    expect(ids('we split the VPC into /24 subnets')).toEqual([]);
  });
});

describe('noun: "<things> using|containing <X>: N" counts the things, restricted to X', () => {
  const nouns = (text: string): string[] =>
    findQuantities(text, index.countNouns, true).map((q) => `${q.raw}:${q.noun}`);
  it('takes the head noun before "using"/"containing"', () => {
    expect(nouns('SES: identities containing wildcard domains: max 10,000')).toEqual(['10,000:identity']);
    expect(nouns('EventBridge rules using wildcard filters: max 30 per event bus')).toEqual(['30:rule']);
  });
  it('binds only a fact whose label names the restriction', () => {
    // Rules containing wildcards: 30 per bus (the fact names wildcards).
    expect(ids('EventBridge rules using wildcard filters: max 100 per event bus')).toEqual([
      'eventbridge.rules.wildcard-per-bus 100',
    ]);
    expect(ids('EventBridge rules using wildcard filters: max 30 per event bus')).toEqual([]);
    // No fact counts cache behaviors that use Lambda@Edge: "Cache behaviors per distribution" does not judge it.
    expect(ids('CloudFront: cache behaviors using Lambda@Edge functions: max 25 per distribution')).toEqual(
      [],
    );
  });
});

describe('words: "concurrent(ly)" says "at the same time", "admin" says "administrator"', () => {
  it('binds a count said concurrently to the fact whose label says at the same time', () => {
    expect(ids('EFS: an NFS client can hold up to 32,768 concurrently open files')).toEqual([
      'efs.client.max-open-files 32,768 concurrently open files',
    ]);
    expect(ids('EFS: an NFS client can hold up to 65,536 concurrently open files')).toEqual([]);
  });
});

describe('words: a parameter name in a label is said in words too', () => {
  // The KB's only label built on a parameter name ("Default MaximumMessageSize of a topic") is SNS's.
  it('binds "maximum message size" / "max message size" to the MaximumMessageSize fact', () => {
    expect(ids('SNS topics: default maximum message size 512 KB')).toEqual([
      'sns.message.default-max-size 512 KB',
    ]);
    expect(ids('SNS topics: default maximum message size 256 KiB')).toEqual([]);
  });
});
