/**
 * Session 22, helper A (reading: a figure the target fact itself accepts). A maximum or minimum claim is held to
 * the text's own maximum or minimum: a figure the fact's text lists beside a larger one ("1, 10, 100 and 400
 * Gbps", "10 Gbps sustained, bursting to 100 Gbps") is no maximum of its own, while a figure the text states for
 * a named case ("other Regions: 200 MB/s", "1 day for alarms with a period under one hour") or for every case but
 * the named one ("0.5 ACU otherwise", said of a case the line rules out) stays that case's. Every line was
 * written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { sameStem } from '../../../src/shared/notes/claimCheck';
import { checker, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // a list item said as the maximum
  ['Max DX dedicated port speed is 10 Gbps', 'direct-connect.dedicated.speeds'],
  // the sustained rate said as the cap
  ['An interface VPC endpoint can do at most 10 Gbps per AZ', 'vpc-endpoints.interface.bandwidth'],
  // the figure of the cases the text does not name, said as the minimum of all
  ['Aurora Serverless v2: the lowest you can configure is 0.5 ACU', 'aurora.serverless-v2.min-acu'],
];

const RIGHT: (RightCase | string)[] = [
  'Direct Connect dedicated ports come in 1, 10, 100 or 400 Gbps',
  'Dedicated DX connections offer 10 Gbps ports',
  'VPC interface endpoints sustain 10 Gbps per AZ and burst to 100 Gbps',
  // a case the text names, said of that case
  'STS session tokens for the root user last at most 1 hour',
  'CloudWatch alarms with a period under an hour: evaluation range max 1 day',
  'On-demand Kinesis streams in other Regions write at most 200 MB/s',
  'Textract async jobs: JPEG and PNG files up to 10 MB',
  // the unnamed cases' figure, said of a case the line rules the named one out of
  'Aurora Serverless v2 without auto-pause support: minimum capacity 0.5 ACU',
  "On versions that can't auto-pause, Aurora Serverless v2 min capacity is 0.5 ACU",
  'By default an SNS topic accepts messages up to 256 KiB',
  // a figure the text records another page still giving: a doubt, not flagged
  'CodeBuild: the longest a build may run is 480 minutes',
  // a bound denied
  'Interface VPC endpoints are not limited to 10 Gbps per AZ',
  // the default, a case of its own ("256 KiB by default")
  'SNS messages can be up to 256 KB',
];

describeFlagCases('read22a: a maximum or minimum claim is held to the text’s own bound', WRONG, RIGHT);

describeFlagCases(
  'read22a: a default claim is held to the text’s default, not to the settings listed beside it',
  [
    ['GuardDuty sends updated findings every 1 hour by default', 'guardduty.findings.update-frequency-default'],
    ['WAF rate-based rule: the default evaluation window is 2 minutes', 'waf.rate-rule.default-window'],
    ['Redshift max_concurrency_scaling_clusters defaults to 0', 'redshift.concurrency-scaling.default-clusters'],
  ],
  [
    'GuardDuty: updated findings every 6 hours by default, can be set to 15 minutes',
    'GuardDuty updated-finding frequency can be set to 15 minutes',
    'WAF rate-based rule default evaluation window is 5 minutes',
    'WAF rate-based rules can use a 10 minute evaluation window',
    // a default maximum may be a quota's default: another fact
    'Redshift concurrency scaling: default max 10 clusters, adjustable',
  ],
);

describeFlagCases(
  'read22a: a figure the text states for a named case, or its headline beside it, said of every case',
  [
    ['On-demand KDS write throughput tops out at 200 MB/s everywhere', 'kinesis-data-streams.on-demand.max-write'],
    ['On-demand Kinesis streams: max write 200 MB/s in every Region', 'kinesis-data-streams.on-demand.max-write'],
    ['On-demand Kinesis: up to 10 GB/s write in all Regions', 'kinesis-data-streams.on-demand.max-write'],
    [
      'CloudWatch alarms: evaluation range up to 7 days for all alarms, whatever the period',
      'cloudwatch.alarm.max-evaluation-range',
    ],
  ],
  [
    'On-demand Kinesis streams in other Regions write at most 200 MB/s',
    'On-demand Kinesis: up to 10 GB/s write in N. Virginia, Oregon and Ireland',
    'CloudWatch alarm evaluation range: 7 days max',
    'STS GetSessionToken: up to 36 hours for IAM users',
  ],
);

describeFlagCases(
  'read22a: the unnamed cases’ figure is theirs only where the line rules the named case out in its words',
  [
    ['Aurora Serverless v2 cannot scale lower than 0.5 ACU', 'aurora.serverless-v2.min-acu'],
    ["Aurora Serverless v2 can't go under 0.5 ACU, it never stops completely", 'aurora.serverless-v2.min-acu'],
  ],
  [
    'Aurora Serverless v2 on older engine versions: minimum 0.5 ACU',
    'Serverless v2 clusters on versions without automatic pause keep at least 0.5 ACU',
    // a step is no bound, and a line of steps is the step's
    'Aurora Serverless v2 scales in 0.5 ACU increments',
    'Aurora Serverless v2 capacity moves in steps of 0.5 ACU at minimum',
  ],
);

describeFlagCases(
  'read22a: a fact whose label words the line says in another form is no better fit than the one it names',
  [
    ['Max managed policies you can attach to one IAM group: 20', 'iam.group.attached-policies'],
    ['IAM groups: attach at most 20 managed policies', 'iam.group.attached-policies'],
  ],
  [
    'IAM users: up to 20 managed policies attached after a quota increase',
    'You can attach up to 10 managed policies to an IAM group',
    'An IAM user can have 10 managed policies attached by default',
  ],
);

describe('read22a: sameStem', () => {
  it('reads two forms of one word as one, not a short word inside a longer one', () => {
    expect(sameStem('attach', 'attached')).toBe(true);
    expect(sameStem('attached', 'attach')).toBe(true);
    expect(sameStem('group', 'groups')).toBe(true);
    expect(sameStem('user', 'users')).toBe(false);
    expect(sameStem('policy', 'group')).toBe(false);
  });
});

describe('read22a: the index marks the figures a fact’s text states for a case', () => {
  const values = (id: string): { value: number; cased: boolean; complement: boolean }[] =>
    (checker.index.facts.find((f) => f.fact.id === id)?.values ?? []).map((v) => ({
      value: v.value,
      cased: v.cased === true,
      complement: v.complement === true,
    }));
  it('a case named before the figure ("other Regions: 200 MB/s") or after it ("for the root user")', () => {
    expect(values('kinesis-data-streams.on-demand.max-write').find((v) => v.value === 200 * 2 ** 20)?.cased).toBe(true);
    expect(values('sts.session-token.max-duration').find((v) => v.value === 3600)?.cased).toBe(true);
  });
  it('a list item or an alternative names no case', () => {
    expect(values('direct-connect.dedicated.speeds').every((v) => !v.cased)).toBe(true);
    expect(values('vpc-endpoints.interface.bandwidth').every((v) => !v.cased)).toBe(true);
  });
  it('"otherwise" gives the figure of the cases the text does not name', () => {
    const half = values('aurora.serverless-v2.min-acu').find((v) => v.value === 0.5);
    expect(half).toEqual({ value: 0.5, cased: false, complement: true });
  });
});
