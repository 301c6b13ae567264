/**
 * Session 34, reading helper r1 (issue 14): three figures the checker read and bound to the right fact but did not
 * flag. (1) A figure at a fact's default maximum said to be fixed ("1 MiB, hard limit", "can't be raised", "full
 * stop"): the default-maximum guard no longer vetoes it, since a default maximum can be raised. (2) io1/io2
 * maximum IOPS state their Nitro condition, so "on Nitro instances" no longer reads as a case the fact does not
 * name. (3) A figure said to be the default is no claim about a sibling maximum or minimum with the same figure.
 * Lines written for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // (1) default maximum said to be fixed
  ['Kinesis stream records: 1 MiB max, a hard limit', 'kinesis-data-streams.record.max-size'],
  ['A KDS record can be at most 1 MiB and this cannot be raised', 'kinesis-data-streams.record.max-size'],
  ['Kinesis Data Streams record size caps at 1 MiB, full stop', 'kinesis-data-streams.record.max-size'],
  // (2) the Nitro condition
  ['io1 can be provisioned with up to 256,000 IOPS on Nitro instances', 'ebs.io1.max-iops'],
  ['io1 volumes reach 100 to 256,000 IOPS when attached to Nitro instances', 'ebs.io1.max-iops'],
  ['On Nitro instances io1 volumes max out at 32,000 IOPS', 'ebs.io1.max-iops'],
  // The condition names the instance, not the figure's scope: a volume's maximum is still per volume.
  ['io2 volumes cap at 64,000 IOPS per volume', 'ebs.io2.max-iops'],
  // (3) a default beside a sibling maximum / minimum
  [
    'AssumeRole sessions default to 12 hours when DurationSeconds is left out',
    'sts.assume-role.default-session',
  ],
  [
    'Without DurationSeconds, AssumeRole credentials default to 15 minutes',
    'sts.assume-role.default-session',
  ],
  [
    'Leave out DurationSeconds and the AssumeRole session defaults to 12 hours',
    'sts.assume-role.default-session',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'Kinesis Data Streams max record size: 1 MiB by default, can be raised to 10 MiB',
  'KDS records are 1 MiB max by default; not a hard limit',
  'Kinesis record size: 1 MiB max unless the stream is configured for more, hard limit 10 MiB',
  'io1 volumes: 100 - 64,000 IOPS on Nitro instances',
  'io2 Block Express: up to 256,000 IOPS on Nitro instances',
  'On non-Nitro instances io1 tops out at 32,000 IOPS',
  'EBS io1: 64,000 IOPS max on Nitro instances, 32,000 on others',
  'AssumeRole sessions default to 1 hour; DurationSeconds can go from 15 minutes to 12 hours',
  'Default AssumeRole session: 1 hour (max 12 hours)',
];

describeFlagCases('default maximum said fixed; Nitro condition; default beside a sibling', WRONG, RIGHT);
