/**
 * Session 14 (READ14-A): a line that names no service, under no heading or parent line that does, is about the
 * service whose KB terms it uses (a unit acronym, a phrase of that service's fact labels no other service's text
 * has); only the facts that use the term judge its figures. Every sentence is written for these tests, about
 * services other than the evaluation sets' examples.
 */
import { describe, expect, it } from 'vitest';
import { termSubjects } from '../../../src/shared/notes/termSubjects';
import { ids, index } from './claimCases';

const table = index.terms!;
const owners = (text: string): string[] | undefined => termSubjects(table, text)?.subjects;

describe('the term table (built from the KB)', () => {
  it("holds a phrase of one service's fact labels that no other service uses", () => {
    expect(table.terms.get('backtrack window')?.services).toEqual(['Aurora']);
    expect(table.terms.get('tumbling window duration')?.services).toEqual(['Lambda']);
    expect(owners('max backtrack window is 72 hours')).toEqual(['aurora']);
  });
  it('holds a unit acronym a few services share, with the facts that use it', () => {
    const acu = table.terms.get('ACU');
    expect(acu?.services).toContain('Aurora');
    expect(acu?.facts.has('aurora.serverless-v2.max-acu')).toBe(true);
    expect(owners('scales in steps of 0.5 ACUs')).toContain('aurora');
  });
  it('keeps out everyday phrases, function words and units of measure', () => {
    for (const t of ['per account', 'that give', 'size above', 'up to', 'GB', 'MiB', 'default quota'])
      expect(table.terms.has(t)).toBe(false);
  });
  it('keeps out a unit abbreviation and an acronym the KB also writes as a plain word', () => {
    // "TPS" is what a figure counts in any service; "GET"/"ZIP" are "get"/"zip" in the KB's prose.
    for (const t of ['TPS', 'GET', 'POST', 'ZIP']) expect(table.terms.has(t)).toBe(false);
    expect(ids('ListWidgets is throttled at 2 TPS')).toEqual([]);
  });
  it('leaves a figure alone when facts of two services sharing the term could count it', () => {
    // S3 storage classes and ECR archive both have a minimum storage duration in days: either's.
    expect(table.terms.get('storage duration')?.services.length).toBe(2);
    expect(ids('Minimum storage duration: 120 days')).toEqual([]);
    expect(ids('Maximum part size: 10 GiB')).toEqual([]);
  });
  it('lets the other words pick among the services sharing a phrase', () => {
    // "inline policy" is IAM's and IAM Identity Center's; only Identity Center counts them per permission set.
    expect(table.terms.get('inline policy')?.services).toEqual(
      expect.arrayContaining(['IAM', 'IAM Identity Center']),
    );
    expect(ids('Inline policies per permission set: 3')).toEqual([
      'iam-identity-center.permission-set.inline-policies 3',
    ]);
    expect(ids('Inline policies per permission set: 1')).toEqual([]);
  });
  it('names nothing when two terms belong to different services', () => {
    expect(owners('backtrack window and tumbling window duration: 900 seconds')).toBeUndefined();
  });
});

describe('a line whose only subject is a term', () => {
  it('checks the figure against the fact that uses the term', () => {
    expect(ids('Max backtrack window: 48 hours')).toEqual(['aurora.backtrack.max-window 48 hours']);
    expect(ids('Max backtrack window: 72 hours')).toEqual([]);
    expect(ids('Tumbling window duration can be at most 15 seconds')).toEqual([
      'lambda.kinesis.tumbling-window-max 15 seconds',
    ]);
    expect(ids('Tumbling window duration can be at most 900 seconds')).toEqual([]);
  });
  it('reads a unit acronym as its service ("1 KPU = …")', () => {
    expect(ids('Each KPU comes with 8 GB of memory')).toEqual(['kinesis-data-streams.flink-kpu.memory 8 GB']);
    expect(ids('Each KPU comes with 4 GB of memory')).toEqual([]);
  });
  it('gives way to a service named in the line, a parent line or a heading', () => {
    // Named in the line: the named service's facts decide (CloudWatch has no backtrack fact: no flag).
    expect(ids('CloudWatch backtrack window: 48 hours')).toEqual([]);
    expect(ids('Backtrack window: 48 hours', ['CloudWatch'])).toEqual([]);
    expect(ids('CloudWatch notes:\n- backtrack window: 48 hours')).toEqual([]);
  });
  it('stays silent when the line names a product the KB does not know', () => {
    expect(ids('Acme Streamer: max backtrack window 48 hours')).toEqual([]);
  });
  it('binds only to the facts that use the term, not to the rest of the service', () => {
    // "backtrack window" is the term; a figure of another Aurora attribute (replicas, 15) is not judged by it.
    expect(ids('Backtrack window: 72 hours; up to 20 replicas')).toEqual([]);
    expect(ids('Aurora backtrack window: 72 hours; up to 20 replicas')).toHaveLength(1);
  });
});
