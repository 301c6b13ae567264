import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, loadSources } from '../../../src/main/kb/build';
import { checkContent, type CheckEntry } from '../../../src/shared/kb/contentCheck';
import { factRefIds, renderFactRefs, type RefFact } from '../../../src/shared/kb/factRefs';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');

const SNS: CheckEntry = {
  id: 'sns',
  service: 'SNS',
  facts: [
    { id: 'sns.message.max-size', label: 'Maximum message payload', value: '1 MiB', numeric: 1, unit: 'MiB' },
    { id: 'sns.message.default-max-size', label: 'Default MaximumMessageSize of a topic', value: '256 KiB', numeric: 256, unit: 'KiB' },
    { id: 'sns.billing.chunk', label: 'Billing chunk size', value: '64 KB', numeric: 64, unit: 'KB' },
  ],
};
const EB: CheckEntry = {
  id: 'eventbridge',
  service: 'EventBridge',
  facts: [{ id: 'eventbridge.event.max-size', label: 'Maximum event entry size (PutEvents)', value: '1 MB', numeric: 1, unit: 'MB' }],
};
const check = (entryId: string | null, value: unknown): ReturnType<typeof checkContent> =>
  checkContent([SNS, EB], [{ where: 'doc', entryId, value }]);

describe('fact references ({{fact:id}})', () => {
  const facts = new Map<string, RefFact>([
    ['sqs.message.max-size', { id: 'sqs.message.max-size', value: '1 MiB (1,048,576 bytes)', numeric: 1, unit: 'MiB', source: 'https://x', asOf: '2026-12-03' }],
  ]);
  it('renders the value, or number and unit with |num, and leaves unknown ids visible', () => {
    expect(renderFactRefs('limit {{fact:sqs.message.max-size}}.', facts)).toBe('limit 1 MiB (1,048,576 bytes).');
    expect(renderFactRefs('SQS ({{fact:sqs.message.max-size|num}})', facts)).toBe('SQS (1 MiB)');
    expect(renderFactRefs('{{fact:nope.no.such}}', facts)).toBe('{{fact:nope.no.such}}');
    expect(factRefIds('a {{fact:a.b.c}} b {{fact:d.e|num}}')).toEqual(['a.b.c', 'd.e']);
  });
});

describe('content check', () => {
  it('flags a restated figure that contradicts the fact (the SNS 256 KB defect of issue 16)', () => {
    const p = check('sns', { body: 'Messages can carry up to 256 KB; each 64 KB chunk is billed as one request.' });
    expect(p).toMatchObject([{ kind: 'contradiction', factId: 'sns.message.max-size', stated: '256 KB' }]);
  });

  it('flags a comparison cell whose row names the maximum (EventBridge 256 KB)', () => {
    expect(check('eventbridge', ['Max message size: 256 KB'])).toMatchObject([{ factId: 'eventbridge.event.max-size' }]);
    expect(check('eventbridge', ['Max message size: 1 MiB'])).toEqual([]);
  });

  it('names the service a sentence is about, over the entry the prose belongs to', () => {
    expect(check('eventbridge', { x: 'SNS messages can be up to 256 KB.' })).toMatchObject([{ factId: 'sns.message.max-size' }]);
  });

  it('leaves history, defaults, other facts of the service, counts and comparisons of two services alone', () => {
    expect(check('sns', { a: 'SNS raised the limit from 256 KB to 1 MiB.' })).toEqual([]);
    expect(check('sns', { a: 'Topics accept up to 256 KiB by default.' })).toEqual([]);
    expect(check('sns', { a: 'Billing counts each chunk of up to 64 KB.' })).toEqual([]);
    expect(check('sns', { a: 'A topic supports up to 256 subscriptions.' })).toEqual([]);
    expect(check(null, { a: 'SNS and EventBridge accept up to 256 KB.' })).toEqual([]);
    expect(check(null, { a: 'Messages can carry up to 256 KB.' })).toEqual([]);
  });

  it('accepts 1 MB for 1 MiB and 1,048,576 bytes for 1 MiB (AWS writes both)', () => {
    expect(check('sns', { a: 'Messages can carry up to 1 MB.', b: 'Messages are limited to 1,048,576 bytes.' })).toEqual([]);
  });

  it('reads a question stem as a scenario: its workload figures are not limit claims, its references must resolve', () => {
    const docs = [{ where: 'q', entryId: 'sns', scenario: { stem: 'Messages of up to 256 KB arrive; see {{fact:sns.no.such}}.' }, value: {} }];
    expect(checkContent([SNS, EB], docs)).toMatchObject([{ kind: 'unresolved-ref', factId: 'sns.no.such' }]);
  });

  it('reports references to facts that do not exist', () => {
    expect(check('sns', { a: 'See {{fact:sns.no.such}}.' })).toMatchObject([{ kind: 'unresolved-ref', factId: 'sns.no.such' }]);
  });

  it('finds nothing in data/: every reference resolves and no prose contradicts its fact', () => {
    const src = loadSources(DATA);
    expect(src.problems).toEqual([]);
    expect(checkSources(src).map((p) => `${p.where} ${p.path}: "${p.stated ?? p.text}" vs ${p.factId} = ${p.official ?? '?'}`)).toEqual([]);
  });

  it('renders references in what the build writes: no {{fact:…}} survives in entries, comparisons or questions', () => {
    const src = loadSources(DATA);
    const text = JSON.stringify([src.entries, src.comparisons, src.questions]);
    expect(text).not.toContain('{{fact:');
    const sqsRaw = JSON.stringify(src.raw.comparisons);
    expect(sqsRaw).toContain('{{fact:sns.message.max-size|num}}');
  });
});
