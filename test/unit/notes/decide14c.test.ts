/**
 * Session 14's decision-step rules for the notes fact-check (class C: "undecided" claims whose fact was the
 * candidate), each in wording written for these tests (none copied from an evaluation set).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { deniedBeyond } from '../../../src/shared/notes/claimGuard';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const index = loadFactRules(ROOT).index;
const ids = (text: string, heading: string[] = []): string[] =>
  checkClaims(text, heading, index).map((f) => `${f.factId} ${f.excerpt}`);

describe('decision: a threshold whose clause denies the thing is a floor or a cap', () => {
  it('reads the phrase', () => {
    expect(deniedBeyond('objects under ', ' are never archived')).toBe('min');
    expect(deniedBeyond('events > ', " can't be delivered")).toBe('max');
    expect(deniedBeyond('messages larger than ', ' get rejected by the queue')).toBe('max');
    expect(deniedBeyond('files under ', ' are not worth compressing')).toBeNull();
    expect(deniedBeyond('files under ', ' are copied first, but never twice')).toBeNull();
    expect(deniedBeyond('files of ', ' are never archived')).toBeNull();
  });
  it('flags a cap said above the real one, and passes the real one', () => {
    expect(ids('DynamoDB items over 100 KB can\'t be stored')).toEqual(['dynamodb.item.max-size 100 KB']);
    expect(ids('DynamoDB items over 400 KB can\'t be stored')).toEqual([]);
    expect(ids('S3 objects larger than 1 GB can\'t be uploaded with a single PUT')).toEqual([
      's3.put.max-size 1 GB',
    ]);
    expect(ids('S3 objects larger than 5 GB can\'t be uploaded with a single PUT')).toEqual([]);
  });
  it('flags a floor said above the real one, and passes the real one', () => {
    expect(ids('S3 Intelligent-Tiering: objects below 256 KB are not monitored')).toEqual([
      's3-storage-classes.intelligent-tiering.min-object-size 256 KB',
    ]);
    expect(ids('S3 Intelligent-Tiering: objects below 128 KB are not monitored')).toEqual([]);
  });
  it('leaves advice and plain thresholds alone', () => {
    expect(ids('DynamoDB items over 100 KB are not recommended')).toEqual([]);
    expect(ids('S3 objects larger than 100 MB should use multipart upload')).toEqual([]);
  });
});
