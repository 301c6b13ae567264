/**
 * Session 22, helper E: names the lexicon did not read ("no subject (unnamed)" misses). Every line was written
 * for these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged
 * by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { checker, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const index = checker.index as unknown as { aliases: { text: string; subjects: string[]; caseSensitive: boolean }[] };
const named = (text: string): string[] => index.aliases.find((a) => a.text === text || (!a.caseSensitive && a.text === text.toLowerCase()))?.subjects ?? [];

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

describe('API actions the lexicon names', () => {
  it('stay words of the labels that name them', () => {
    expect(named('EnterStandby')).toEqual(['auto-scaling']);
    expect(named('ChangeMessageVisibility')).toEqual(['sqs']);
  });
});

const NAMES_WRONG: WrongCase[] = [
  ['EnterStandby takes up to 100 instance IDs in one call', 'auto-scaling.enter-standby.max'],
  ['ChangeMessageVisibility can raise the visibility timeout to 24 hours at most', 'sqs.visibility-timeout.max'],
  ['CreateStack accepts a template body of at most 1 MB inline', 'cloudformation.template.inline-max-bytes'],
  ['an organizational unit can sit at most 10 levels below the root', 'organizations.ou.max-depth'],
  ['network interfaces per Region: 350 by default', 'vpc.enis.per-region'],
];
const NAMES_RIGHT: (RightCase | string)[] = [
  'ExitStandby takes up to 20 instance IDs in one call',
  'CreateStack accepts a template body of at most 51,200 bytes inline',
  'an organizational unit can sit at most 5 levels below the root',
  'An OU takes at most 5 SCPs',
  'network interfaces per Region: 5,000 by default',
];
describeFlagCases('abbreviations, thing names and API actions name their service', NAMES_WRONG, NAMES_RIGHT);

// An abbreviation the lexicon gives a service and its own labels write ("IMDS token TTL") both names
// the service and stays a word that picks the fact.
const LABEL_ABBR_WRONG: WrongCase[] = [
  ['IMDS tokens live for at most 12 hours', 'ec2.imds.token-ttl-max'],
];
const LABEL_ABBR_RIGHT: (RightCase | string)[] = [
  'IMDS tokens live for at most 6 hours',
];
describeFlagCases('abbreviations written in their own labels', LABEL_ABBR_WRONG, LABEL_ABBR_RIGHT);
