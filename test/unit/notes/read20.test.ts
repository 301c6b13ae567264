/**
 * Session 20 (READ20): general reading fixes for wrong claims the checker already holds the fact for. Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
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
  ['Auto Scaling groups get a 300 s health check grace period by default, however you create them', 'auto-scaling.health-check-grace.default'],
  ['ASG default health check grace = 300 seconds whatever tool made the group', 'auto-scaling.health-check-grace.default'],
];
const EVERY_CASE_RIGHT: (RightCase | string)[] = [
  'SES v2 API: 40 MB per message for all recipients',
  'console-created ASG: grace period default 300 s for all groups',
  'SES: 40 MB with the v2 API or SMTP, 10 MB with v1',
];
describeFlagCases('one case’s figure said of every case', EVERY_CASE_WRONG, EVERY_CASE_RIGHT);
