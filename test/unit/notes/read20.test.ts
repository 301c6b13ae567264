/**
 * Session 20 (READ20): general reading fixes for wrong claims the checker already holds the fact for. Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { likenedNames } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A line that names no service but uses a term only one service's facts use ("KPU") is about that service,
// also when the term stands in a capitalized run whose other words are its facts' own ("Flink KPU"); a run
// with a word those facts never use may be a service of its own and still names nothing.
const TERM_RUN_WRONG: WrongCase[] = [
  ['Flink KPU: 16 GB of memory each', 'kinesis-data-streams.flink-kpu.memory'],
  ['each Flink KPU comes with 200 GB of disk', 'kinesis-data-streams.flink-kpu.disk'],
  ['Apache Flink KPU = 4 vCPUs', 'kinesis-data-streams.flink-kpu.vcpu'],
];
const TERM_RUN_RIGHT: (RightCase | string)[] = [
  'Flink KPU: 4 GB of memory and 50 GB of disk',
  'one Flink KPU = 1 vCPU',
  // A capitalized run with a word the KPU facts never use: maybe another product's unit, left alone.
  'Acme Stream KPU: 16 GB of memory',
];
describeFlagCases('a term inside a run of its own facts’ words', TERM_RUN_WRONG, TERM_RUN_RIGHT);

// One case's figure said of every case ("however you create it", "with every API", "whatever the method")
// when the fact gives another case another figure; a sentence that names only the figure's own case speaks
// of that case.
const EVERY_CASE_WRONG: WrongCase[] = [
  ['SES caps a message at 40 MB with every sending API', 'ses.message.max-size'],
  [
    'Auto Scaling groups get a 300 s health check grace period by default, however you create them',
    'auto-scaling.health-check-grace.default',
  ],
  [
    'ASG default health check grace = 300 seconds whatever tool made the group',
    'auto-scaling.health-check-grace.default',
  ],
];
const EVERY_CASE_RIGHT: (RightCase | string)[] = [
  'SES v2 API: 40 MB per message for all recipients',
  'console-created ASG: grace period default 300 s for all groups',
  'SES: 40 MB with the v2 API or SMTP, 10 MB with v1',
];
describeFlagCases('one case’s figure said of every case', EVERY_CASE_WRONG, EVERY_CASE_RIGHT);

// A name after the figure that only says what it is likened to ("like S3 Glacier Instant Retrieval", "same as
// S3 Standard-IA") names nothing, nor do the names that run on from it (the storage class after "S3"); the
// figure is the subject's before it.
const LIKENED_WRONG: WrongCase[] = [
  [
    'AWS Backup keeps cold-tier recovery points for a minimum of 60 days, like S3 Glacier Instant Retrieval',
    'backup.cold-storage.min-duration',
  ],
  [
    'cold storage in AWS Backup: 30-day minimum, same as S3 Standard-IA objects',
    'backup.cold-storage.min-duration',
  ],
];
const LIKENED_RIGHT: (RightCase | string)[] = [
  'AWS Backup cold storage: at least 90 days, like S3 Glacier Instant Retrieval',
  'Firehose direct put takes 500,000 records per second per stream, unlike a KDS shard',
];
describeFlagCases('a name the figure is likened to', LIKENED_WRONG, LIKENED_RIGHT);

// So is a variant the figure is likened to in an aside ("(like One Zone-IA)"): the variant named before the
// figure is the figure's, though the likened one stands nearer.
const LIKENED_VARIANT_WRONG: WrongCase[] = [
  ['S3 Express One Zone: built for 99.5% availability (like One Zone-IA)', 's3-storage-classes.express-one-zone.availability'],
];
const LIKENED_VARIANT_RIGHT: (RightCase | string)[] = [
  'S3 Express One Zone: 99.95% availability (like S3 Standard)',
  'S3 One Zone-IA: designed for 99.5% availability (similar to Express One Zone)',
];
describeFlagCases('a variant the figure is likened to', LIKENED_VARIANT_WRONG, LIKENED_VARIANT_RIGHT);

describe('likenedNames', () => {
  const at = (line: string, ...names: string[]): { start: number; end: number; name: string }[] =>
    names.map((name) => ({ start: line.indexOf(name), end: line.indexOf(name) + name.length, name }));
  it('takes the name after "like" and the names that run on from it', () => {
    const line = 'Backup: 30 days minimum (same as S3 Standard-IA)';
    const got = likenedNames(line, at(line, 'Backup', 'S3', 'Standard-IA'), line.indexOf('30 days') + 7, [8]);
    expect([...got].map((m) => m.name)).toEqual(['S3', 'Standard-IA']);
  });
  it('takes nothing when the name gets a figure of its own after it', () => {
    const line = 'SQS keeps messages 4 days, like SNS does for 1 day';
    const figures = [line.indexOf('4 days'), line.indexOf('1 day')];
    expect(likenedNames(line, at(line, 'SQS', 'SNS'), line.indexOf('4 days') + 6, figures).size).toBe(0);
  });
  it('takes nothing without a likening word', () => {
    const line = 'Lambda: 15 min timeout, unlike Step Functions';
    expect(likenedNames(line, at(line, 'Lambda', 'Step Functions'), line.indexOf('15 min') + 6, [8]).size).toBe(0);
  });
});
