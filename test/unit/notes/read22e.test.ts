/**
 * Session 22, helper E: names the lexicon did not read ("no subject (unnamed)" misses). Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged
 * by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checker, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const index = checker.index as unknown as { aliases: { text: string; subjects: string[]; caseSensitive: boolean }[] };
const named = (text: string): string[] => index.aliases.find((a) => a.text === text)?.subjects ?? [];

describe('lower-case abbreviations', () => {
  it('reads three-letter and digit abbreviations in lower case', () => {
    expect(named('sqs')).toEqual(['sqs']);
    expect(named('kms')).toEqual(['kms']);
    expect(named('s3')).toContain('s3');
  });
  it('leaves lower-case forms that are words or other names alone', () => {
    for (const w of ['sam', 'scp', 'cur', 'ram']) expect(named(w)).toEqual([]);
  });
});

const LOWER_WRONG: WrongCase[] = [
  ['messages stay in sqs for at most 7 days', 'sqs.retention.max'],
  ['ecs task definition: max 5 containers', 'ecs.task-definition.max-containers'],
  ['kms key policy max size 64 KB', 'kms.key-policy.max-size'],
  ['aws s3 cp: a single PUT can be up to 10 GB', 's3.put.max-size'],
];
const LOWER_RIGHT: (RightCase | string)[] = [
  'sqs: retention can be set up to 14 days',
  'ecs: up to 10 containers per task definition',
  'kms key policy max size 32 KB',
  'aws s3 cp: a single PUT can be up to 5 GB',
  'the sam template was 200 KB',
];
describeFlagCases('lower-case abbreviations name their service', LOWER_WRONG, LOWER_RIGHT);
