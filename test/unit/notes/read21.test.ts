/**
 * Session 21 (READ21): general reading fixes for wrong claims the checker already holds the fact for. Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { caseWordsOf } from '../../../src/shared/notes/claimCheck';
import { serviceActor } from '../../../src/shared/notes/assertCheck';
import { checker, describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A fact's text that gives another case's figure in a parenthesis of its own ("15 (asynchronous operations:
// 30)", "1,783 characters (a header name: 256 characters)") ties that figure to the case: a line that never
// names the case speaks of the fact's own, and the other case's figure is wrong there.
const OTHER_CASE_WRONG: WrongCase[] = [
  ['Textract sync APIs: no more than 30 queries per page', 'ai-services.textract.queries-per-page'],
  ['DataSync: file paths can be up to 255 bytes', 'datasync.path.max-length'],
  ['Lambda streamed responses are capped at 6 MB', 'lambda.response-streaming.max-size'],
  ['AssumeRole: DurationSeconds tops out at 3,600 seconds', 'sts.assume-role.max-duration'],
  ['Transcribe accepts audio files of up to 500 MB', 'ai-services.transcribe.max-audio-size'],
];
const OTHER_CASE_RIGHT: (RightCase | string)[] = [
  'Textract asynchronous jobs: up to 30 queries per page',
  'Textract async: 30 queries per page, sync: 15',
  'Textract: 15 queries per page',
  'DataSync: each path component up to 255 bytes',
  'Lambda buffered responses: 6 MB max',
  'Transcribe Call Analytics: audio files up to 500 MB',
  ['max audio file size 500 MB', ['Transcribe', 'Call Analytics']],
  'AssumeRole with role chaining: 1 hour max session',
  // Too few of the label's words to rule out its other case ('Response streaming maximum response payload').
  'Lambda: max payload 6 MB',
];
describeFlagCases('another case’s figure said of the fact’s own case', OTHER_CASE_WRONG, OTHER_CASE_RIGHT);

describe('caseWordsOf', () => {
  it('reads the case a parenthesis states a figure of', () => {
    expect([...(caseWordsOf('asynchronous operations: 30') ?? [])]).toEqual(['asynchronou', 'operation']);
    expect([...(caseWordsOf('each path component: 255 bytes') ?? [])]).toEqual(['path', 'component']);
    expect([...(caseWordsOf('20 GB for mq.*.micro') ?? [])]).toEqual(['mq', 'micro']);
    expect([...(caseWordsOf('250 on hsm1.medium') ?? [])]).toEqual(['hsm1', 'medium']);
    expect([...(caseWordsOf('single-Region tables: 99.99%') ?? [])]).toEqual(['single', 'region']);
  });
  it('reads no case in a list, a range or an aside', () => {
    expect(caseWordsOf('settable 0 to 10')).toBeUndefined();
    expect(caseWordsOf('three years')).toBeUndefined();
    expect(caseWordsOf('reduced from 13 months')).toBeUndefined();
    expect(caseWordsOf('the maximum you can set per request is 3,600 seconds')).toBeUndefined();
  });
});

// A yes/no fact's own service alone before the property phrase is the one acting ("ACM automatically renews
// …"), and the subject after the phrase is what it acts on: the clause says the property of that subject.
const SERVICE_ACTOR_WRONG: WrongCase[] = [
  ['ACM automatically renews certificates imported into ACM', 'acm.imported.renewal'],
  ['Athena charges for failed queries', 'athena.pricing.ddl-failed-free'],
  ['QuickSight deletes SPICE datasets automatically', 'quicksight.spice.datasets-persist'],
  ['AWS Batch enforces a maximum job timeout', 'batch.job-timeout.no-max'],
];
const SERVICE_ACTOR_RIGHT: (RightCase | string)[] = [
  'ACM doesn’t automatically renew imported certificates',
  'ACM automatically renews public certificates it issued',
  'Athena does not charge for failed queries',
  'CloudFront automatically renews imported certificates',
];
describeFlagCases(
  'the fact’s service acting on the subject after the phrase',
  SERVICE_ACTOR_WRONG,
  SERVICE_ACTOR_RIGHT,
);

describe('serviceActor', () => {
  const item = checker.asserts.items.find((x) => x.factId === 'acm.imported.renewal');
  it('reads the fact’s own service alone before the phrase as the actor', () => {
    expect(item).toBeDefined();
    if (!item) return;
    expect(serviceActor('ACM ', item, checker.index)).toBe(true);
    expect(serviceActor('AWS Certificate Manager ', item, checker.index)).toBe(true);
    expect(serviceActor('CloudFront ', item, checker.index)).toBe(false);
    expect(serviceActor('the renewal job ', item, checker.index)).toBe(false);
    expect(serviceActor('ACM ', item, null)).toBe(false);
  });
});
