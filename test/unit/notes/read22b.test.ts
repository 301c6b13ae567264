/**
 * Session 22, helper B: general readings of yes/no facts (no figure in the line). Every line was written for
 * these tests in a student's note style (none copied from an evaluation set): wrong lines must be flagged by
 * exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { outsideSubject } from '../../../src/shared/notes/assertCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// The subject inside a property phrase's gap ("copies its user data into the AMI"), and a phrase inside the
// subject's own name ("FIPS cluster" in "a backup of a non-FIPS cluster").
const SUBJECT_IN_PHRASE_WRONG: WrongCase[] = [
  ['Taking an image of a configured server copies its user data into the AMI too', 'ec2.user-data.ami'],
  ['Turning on redrive: SQS creates a dead-letter queue for you', 'sqs.dlq.created-manually'],
  ['A backup of a non-FIPS cluster can be restored to a FIPS cluster', 'cloudhsm.backup.same-mode'],
];
const SUBJECT_IN_PHRASE_RIGHT: (RightCase | string)[] = [
  'A backup of a non-FIPS cluster can only be restored to a non-FIPS cluster',
  'Creating an AMI never copies the user data into the AMI',
  'SQS never creates the dead-letter queue for you: create it first',
  'AWS Batch has no job timeout by default, a job runs until the container exits',
];
describeFlagCases('subject and property phrase inside one another', SUBJECT_IN_PHRASE_WRONG, SUBJECT_IN_PHRASE_RIGHT);

describe('outsideSubject', () => {
  const item = { about: /(?<![A-Za-z0-9])(?:backup of a non-FIPS cluster)(?![A-Za-z0-9])/gi, says: /(?<![A-Za-z0-9])(?:FIPS cluster)(?![A-Za-z0-9])/gi, opposite: null };
  it('blanks a subject name holding a phrase when the phrase is said again outside it', () => {
    const c = 'a backup of a non-FIPS cluster restores into a FIPS cluster';
    const out = outsideSubject(c, item);
    expect(out.length).toBe(c.length);
    expect(out.startsWith('a ' + ' '.repeat('backup of a non-FIPS cluster'.length))).toBe(true);
  });
  it('keeps the clause when the phrase is only inside the name', () => {
    expect(outsideSubject('a backup of a non-FIPS cluster is kept', item)).toBe('a backup of a non-FIPS cluster is kept');
  });
});
