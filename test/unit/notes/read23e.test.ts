/**
 * Session 23, helper E (figures a guard vetoed on the right fact). Its first two readings (comparisons that state
 * a limit: "only … smaller than A", "skips … below A", "->"; and a capped term of a written-out sum) were taken out
 * by the lead: together they added a false flag on a held-out set; their right lines stay below.
 * "on every instance", "for all engine versions" quantify over every case and carve none out (no qualifier). In "1 DPU = 4 vCPU / 16 GB" the figure after "one X ="
 * defines X, a figure of the attribute X names even in a list. A name is another name of the service only where
 * another label says it as a word ("cfn-signal" does not say "CFN"). A line that gives a fact's two figures
 * swapped between their names ("12 months of standard support and 14 months of extended") restates nothing
 * (side-figure). Words right after a figure that say what its thing does or how it stands ("1 hour long", "24 h
 * then fails", "prefixes advertised from …") name no other attribute (attribute-after). Every line was
 * written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // a qualifier over every case carves none out
  ['IMDS hop limit: the default is 3 on every instance', 'ec2.imds.hop-limit-default'],
  [
    'ElastiCache Valkey, cluster mode enabled: 200 shards max for all engine versions',
    'elasticache.cluster-mode-disabled.max-shards',
  ],
  // the figure right after "1 X =" defines X
  ['Glue: 1 DPU = 6 vCPU / 24 GB memory', 'glue.dpu.definition'],
  ['1 Glue DPU equals 2 vCPU and 8 GB', 'glue.dpu.definition'],
  ['AWS Glue - 1 DPU = 3 vCPU, 12 GB RAM', 'glue.dpu.definition'],
  // a service's abbreviation inside another label's compound ("cfn-signal") is no other name
  ['A single CFN template may hold 300 resources at most', 'cloudformation.stack.max-resources'],
  ['CFN caps each template at 2,000 resources', 'cloudformation.stack.max-resources'],
  // two figures of a fact's text swapped between their names
  [
    'EKS: each Kubernetes minor gets 12 months of standard support and 14 months of extended support',
    'eks.version.standard-support',
  ],
  // words after the figure that say what its thing does or how it stands name no other attribute
  ['The RDS backup window has to be at least 2 hours long', 'rds.backup-window.min'],
  ['A CodePipeline manual approval action waits 3 days then fails', 'codepipeline.action-timeout.approval'],
  [
    'Direct Connect private VIF: max 500 prefixes advertised from your router',
    'direct-connect.transit-vif.prefixes-in',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'CloudFront compresses only files smaller than 10,000,000 bytes',
  'S3 lifecycle ignores objects below 128 KB for transitions by default',
  'CloudFront distribution -> 250,000 requests/s by default',
  // "only … larger than" is still a threshold
  'CloudFront compresses only objects larger than 1,000 bytes',
  // a threshold things are compared with, nothing left out
  'Objects smaller than 1 MB transition to Glacier slower in practice',
  'MemoryDB shard: 1 primary + up to 5 replicas',
  'Aurora global database: 1 primary Region + up to 10 secondary Regions',
  'App Runner instance default: 1 vCPU + 2 GB memory',
  // a case carved out stays the case's
  'io2 on non-Nitro instances: up to 20,000 IOPS',
  'io1 reaches 256,000 IOPS on all Nitro instances',
  'ElastiCache Valkey, cluster mode enabled: 500 shards max for all engine versions',
  'Glue: 1 DPU = 4 vCPU and 16 GB of memory',
  '1 DPU is 4 vCPU and 16 GB of memory in Glue',
  'A single CFN template may hold 500 resources at most',
  // another name the KB tells apart still vetoes
  'ElastiCache Memcached: 40 nodes per cluster default',
  'EKS: 14 months of standard support, 12 months of extended support',
  'EKS standard support 14 months, extended 12 months',
  'The RDS backup window has to be at least 30 minutes long',
  'A CodePipeline manual approval action waits 7 days then times out',
  'Direct Connect private VIF: max 100 prefixes advertised from your router',
];

describeFlagCases('read23e: comparisons that state a limit', WRONG, RIGHT);
