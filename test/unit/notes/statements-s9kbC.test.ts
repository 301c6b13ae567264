/**
 * Non-numeric misconceptions added in session 9 (storage and database quotas): each KB fact with
 * `check.contradicts` flags the wrong phrasings a study note might contain, and leaves the right statement,
 * its negation, near misses and historical remarks alone. Same harness shape as statements.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';

interface Statement {
  id: string;
  /** Note lines that say what the fact contradicts. */
  wrong: string[];
  /** Right, negated, near-miss and historical lines: none may be flagged. */
  right: string[];
}

const STATEMENTS: Statement[] = [
  {
    id: 's3.object.metadata-immutable',
    wrong: [
      'S3 object metadata can be modified in place at any time',
      'Amazon S3: user-defined metadata can be changed after the object is uploaded',
      'In S3 you can update an object metadata in place',
    ],
    right: [
      'S3 object metadata cannot be modified after upload; copy the object to change it',
      'To change S3 metadata, copy the object onto itself with the new metadata',
      'S3 object tags can be changed at any time without copying the object',
      'S3 user-defined metadata is limited to 2 KB',
    ],
  },
  {
    id: 'aurora.clone.region',
    wrong: [
      'Aurora clones can be created in a different AWS Region',
      'Amazon Aurora supports cross-Region cloning',
      'You can clone an Aurora cluster to another Region',
    ],
    right: [
      'Aurora clones are created in the same Region as the source cluster',
      'Aurora cloning works across VPCs and can be shared with other AWS accounts',
      'To copy an Aurora cluster to another Region, copy a snapshot or use Aurora Global Database',
      'Aurora Global Database replicates to up to 10 secondary Regions',
    ],
  },
];

describe('non-numeric statements checked against the knowledge base (session 9 storage and database)', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('every statement names a fact that exists and has contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('leaves historical and questioning phrasings alone', () => {
    for (const s of STATEMENTS)
      for (const text of s.wrong) {
        expect(flagged(`Before 2019: ${text}`), text).not.toContain(s.id);
        expect(flagged(`${text}?`), text).not.toContain(s.id);
      }
  });

  for (const s of STATEMENTS)
    describe(s.id, () => {
      it('flags the wrong phrasings', () => {
        for (const text of s.wrong) expect(flagged(text), text).toContain(s.id);
      });
      it('leaves right, negated, near-miss and historical phrasings alone', () => {
        for (const text of s.right) expect(flagged(text), text).toEqual([]);
      });
    });
});
