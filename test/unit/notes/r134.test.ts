/**
 * Session 34, reading helper r1 (issue 14): a figure at a fact's default maximum said to be fixed ("1 MiB, hard
 * limit", "can't be raised", "full stop") is flagged: the default-maximum guard no longer vetoes it when the fact's
 * own text names its default maximum, since a default maximum can be raised. A fact whose text only lets some cases
 * raise it (API Gateway's integration timeout: Regional and private REST APIs) keeps the veto. (The helper's two
 * other changes, io1/io2 Nitro wording and a default beside a sibling maximum, each drew a held-out false flag and
 * were dropped by the lead.) Lines written for these tests.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Kinesis stream records: 1 MiB max, a hard limit', 'kinesis-data-streams.record.max-size'],
  ['A KDS record can be at most 1 MiB and this cannot be raised', 'kinesis-data-streams.record.max-size'],
  ['Kinesis Data Streams record size caps at 1 MiB, full stop', 'kinesis-data-streams.record.max-size'],
];

const RIGHT: (RightCase | string)[] = [
  'Kinesis Data Streams max record size: 1 MiB by default, can be raised to 10 MiB',
  'KDS records are 1 MiB max by default; not a hard limit',
  'Kinesis record size: 1 MiB max unless the stream is configured for more, hard limit 10 MiB',
  'API Gateway integration timeout: 29 seconds, hard limit for edge-optimized APIs',
];

describeFlagCases('default maximum said fixed', WRONG, RIGHT);
