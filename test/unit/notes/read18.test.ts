/**
 * Session 18 (READ18): general reading fixes for figure claims the checker dropped or misread. Every line is
 * written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { polarity } from '../../../src/shared/notes/assertCheck';
import { REMOVED_BEYOND, vetClaim, type GuardFact, type GuardInput } from '../../../src/shared/notes/claimGuard';
import { findQuantities, readUnit } from '../../../src/shared/notes/quantity';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A limit stated before an arrow is still a claim; the arrow gives what to do about it. A figure compared
// before the arrow ("over", ">", "larger than") is a condition.
const ARROW_WRONG: WrongCase[] = [
  ['CloudFormation: at most 300 resources in one template -> nested stacks past that', 'cloudformation.stack.max-resources'],
  ['SQS message size max 512 KB -> larger bodies through the S3 extended client', 'sqs.message.max-size'],
  ['CloudWatch Logs: max event size 512 KB -> break larger ones up', 'cloudwatch.logs.event-max-size'],
  ['Firehose buffer interval: max 600 seconds -> near real time only', 'kinesis-firehose.buffer.interval-range'],
  ['SQS visibility timeout: max 6 hours → longer jobs belong in Step Functions', 'sqs.visibility-timeout.max'],
];
const ARROW_RIGHT: (RightCase | string)[] = [
  'SQS max message size 1 MiB -> larger bodies go through S3',
  'Lambda payloads over 10 MB -> put them in S3 first',
  'SQS: messages larger than 2 MB -> extended client',
  'S3 uploads > 100 MB -> use multipart',
  // The name-length fact is not about a value: "Parameter" here is only the service's name.
  'Parameter Store standard tier: values max 4096 chars -> the advanced tier holds more',
];
describeFlagCases('a limit stated before an arrow', ARROW_WRONG, ARROW_RIGHT);

// A unit's acronym labelling what one of it is ("WCU: 1 write/s for items up to 1 KB") defines the unit as
// "1 WCU = …" does: the item size is the unit's own figure, not a condition.
const UNIT_WRONG: WrongCase[] = [
  ['DynamoDB WCU: one write a second for an item of up to 2 KB', 'dynamodb-capacity.wcu.definition'],
  ['DynamoDB RCU = 1 strongly consistent read/s for items up to 8 KB', 'dynamodb-capacity.rcu.definition'],
];
const UNIT_RIGHT: (RightCase | string)[] = [
  'DynamoDB RCU: 1 strongly consistent read per second for items up to 4 KB',
  'DynamoDB WCU: 1 write per second for items up to 1 KB',
  // A condition, not a definition: nothing to judge.
  'DynamoDB: for items up to 8 KB, one RCU covers a strongly consistent read',
];
describeFlagCases('a unit defined by its acronym as a label', UNIT_WRONG, UNIT_RIGHT);

// A size or rate per partition, shard, node or instance stated as a limit is the quota's scope, not a ratio.
const PER_THING_WRONG: WrongCase[] = [
  ['DynamoDB tables with an LSI: item collection size max 20 GB per partition key value', 'dynamodb.item-collection.max-size'],
  ['KDS write throughput max = 2 MB/s per shard', 'kinesis-data-streams.shard.write-mbps'],
];
const PER_THING_RIGHT: (RightCase | string)[] = [
  'Kinesis: write cap 1 MB/s per shard',
  'DynamoDB LSI: item collection max 10 GB per partition key value',
  // Ratios and conditions stay unread.
  'Without EFO, the consumers of a KDS stream split 2 MB/s per shard',
  'ElastiCache cache.r6g.large gives about 13 GB per node',
  'DynamoDB: more than 10 GB per partition key -> no LSI',
];
describeFlagCases('a limit per partition, shard, node or instance', PER_THING_WRONG, PER_THING_RIGHT);

// A yes/no phrase inside a longer phrase of the other side ("default" in "disabled by default") is a word of
// that phrase: the sentence says the longer one, it does not weigh both.
const NESTED_WRONG: WrongCase[] = [
  ['Amazon EKS: extended support stays off by default', 'eks.extended-support.enabled-by-default'],
  ['EKS extended support is disabled by default', 'eks.extended-support.enabled-by-default'],
];
const NESTED_RIGHT: (RightCase | string)[] = ['EKS clusters: extended support is turned on by default'];
describeFlagCases('a yes/no phrase inside a longer phrase of the other side', NESTED_WRONG, NESTED_RIGHT);

describe('polarity: nested property phrases', () => {
  const item = {
    says: /(?<![A-Za-z0-9])(?:on by default|default)(?![A-Za-z0-9])/gi,
    opposite: /(?<![A-Za-z0-9])(?:off by default|opt-in)(?![A-Za-z0-9])/gi,
  };
  it('reads the longer phrase that holds the other side\'s word', () => {
    expect(polarity('widget logging is off by default', item)?.asserted).toBe(false);
    expect(polarity('widget logging is on by default', item)?.asserted).toBe(true);
  });
  it('still finds a sentence weighing both sides unsure', () => {
    expect(polarity('widget logging: on by default, opt-in elsewhere', item)).toBeNull();
  });
});

// A count given as the value of a fixed (not adjustable) maximum's words states that maximum, as a default
// quota's does; not when the clause speaks of the writer's own setup.
const FIXED_WRONG: WrongCase[] = [
  ['Cognito user pool custom attributes: 40', 'cognito.custom-attributes.max'],
  ['Global Accelerator: endpoint groups per accelerator = 20', 'global-accelerator.endpoint-groups.per-accelerator'],
];
const FIXED_RIGHT: (RightCase | string)[] = [
  'Cognito custom attributes per user pool: 50',
  'Lambda layers: 3 in our function',
  "Our Lambda function's layers: 2",
];
describeFlagCases('a count stated as a fixed maximum', FIXED_WRONG, FIXED_RIGHT);

// What a service removes beyond a count ("deletes old versions once there are more than N"): N is the most it
// keeps, a maximum, not a threshold things are compared with.
const REMOVED_WRONG: WrongCase[] = [
  ['Secrets Manager purges unlabeled versions whenever it has more than 30', 'secrets-manager.versions.max'],
  ['Parameter Store deletes the oldest version of a parameter when there are more than 50', 'systems-manager.parameter.max-history'],
];
const REMOVED_RIGHT: (RightCase | string)[] = [
  'Secrets Manager removes unlabeled versions once there are more than 100',
  'Lambda rejects payloads of more than 6 MB',
];
describeFlagCases('a count beyond which the service removes things', REMOVED_WRONG, REMOVED_RIGHT);

describe('REMOVED_BEYOND', () => {
  it('reads a removal beyond a count, not any comparison', () => {
    expect(REMOVED_BEYOND.test('the queue evicts old entries once there are more than ')).toBe(true);
    expect(REMOVED_BEYOND.test('it prunes snapshots when you have more than ')).toBe(true);
    expect(REMOVED_BEYOND.test('objects larger than ')).toBe(false);
    expect(REMOVED_BEYOND.test('it deletes them, and lists more than ')).toBe(false);
  });
});

// An API call is one request: a count "per request" or "per API call" is a count per call of the operation.
const CALL_WRONG: WrongCase[] = [
  ['SQS: ListQueues gives back at most 500 queues per request', 'sqs.list-queues.max'],
  ['ECS: RunTask starts at most 20 tasks per API call', 'ecs.run-task.max-tasks'],
];
const CALL_RIGHT: (RightCase | string)[] = [
  'SQS ListQueues: up to 1,000 queues per call',
  'ECS RunTask: 10 tasks max per API call',
  // Another scope than the call's is still another quota.
  'SQS ListQueues: at most 100 queues per account',
];
describeFlagCases('a count per request or per API call', CALL_WRONG, CALL_RIGHT);

/** A made-up fact: the guard only reads its words, kind, unit and figure. */
function fact(id: string, label: string, numeric: number, unit: string): GuardFact {
  const u = readUnit(unit);
  return {
    fact: { id, label, value: `${numeric} ${unit}`, numeric },
    kind: 'max',
    dim: u.dim,
    noun: u.noun,
    official: numeric * u.factor,
    quota: false,
  };
}

describe('other-attribute: a label word said only inside a service name', () => {
  const nameLength = fact('svc.item.name-max-length', 'Maximum length of an item name', 200, 'characters');
  const bodySize = fact('svc.item.body-max-size', 'Standard item body size', 4, 'KB');
  const run = (line: string, service: string, f: GuardFact): ReturnType<typeof vetClaim> => {
    const qs = findQuantities(line, new Set(['character']));
    const at = line.indexOf(service);
    const span = { start: at, end: at + service.length, value: ['svc'] };
    const i: GuardInput = {
      line,
      clauseStart: 0,
      clauseEnd: line.length,
      qs,
      qi: 0,
      claimKind: 'max',
      fact: f,
      siblings: [nameLength, bodySize],
      names: [span],
      variants: [],
      subjects: [span],
      namesIn: (t) => {
        const k = t.indexOf(service);
        return k < 0 ? [] : [{ start: k, end: k + service.length, value: ['svc'] }];
      },
      outdated: false,
      countNouns: new Set(['character']),
      nounMap: new Map([['character', new Set(['character'])]]),
    };
    return vetClaim(i);
  };
  it('abstains when the fact\'s only word the line says is part of the service name', () => {
    expect(run('Item Store standard class: body max 4096 chars', 'Item Store', nameLength)).toBe('other-attribute');
  });
  it('keeps the word when the label has it inside the service name too, or outside any name', () => {
    const named = fact('svc.item.name-max-length', 'Item Store maximum name length', 200, 'characters');
    expect(run('Item Store standard class: body max 4096 chars', 'Item Store', named)).not.toBe('other-attribute');
    expect(run('Item Store standard item body: max 4096 chars', 'Item Store', nameLength)).not.toBe(
      'other-attribute',
    );
  });
});
