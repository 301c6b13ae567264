/**
 * Session 21 (READ21): general reading fixes for wrong claims the checker already holds the fact for. Every line
 * is written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the
 * named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { caseWordsOf } from '../../../src/shared/notes/claimCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

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
