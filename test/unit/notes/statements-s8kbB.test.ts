/**
 * Non-numeric misconceptions about storage and database services that the notes fact-check catches through
 * KB facts with `check.contradicts` (data/kb/ebs.json, s3.json, rds.json). Same shape as statements.test.ts:
 * wrong phrasings are flagged with the fact; right, negated, near-miss and historical lines are not.
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
    id: 'ebs.snapshot.scope',
    wrong: [
      'EBS snapshots are stored in a single AZ',
      'EBS snapshots are AZ-specific, like volumes',
      'You can restore an EBS snapshot only in the same AZ',
    ],
    right: [
      'EBS snapshots are stored in S3 and can be restored to any AZ in the Region',
      'EBS volumes are AZ-specific; snapshots are regional',
      'EBS snapshots are not tied to an AZ',
      'Copy an EBS snapshot to another Region for disaster recovery',
    ],
  },
  {
    id: 's3.bucket.name-scope',
    wrong: [
      'S3 bucket names only need to be unique within your account',
      'S3 bucket names are unique per Region',
      'S3: bucket names must be unique in each Region',
    ],
    right: [
      'S3 bucket names must be globally unique',
      'S3 directory bucket names are unique within the Availability Zone',
      'S3 bucket names are not unique per Region but across all accounts',
      'S3 object keys only need to be unique within a bucket',
    ],
  },
  {
    id: 'rds.multi-az.standby-location',
    wrong: [
      'RDS Multi-AZ keeps a standby in another Region',
      'RDS Multi-AZ replicates data to a different Region',
      'Amazon RDS Multi-AZ: synchronous standby in a separate Region',
    ],
    right: [
      'RDS Multi-AZ standby is in another AZ of the same Region',
      'RDS: use cross-Region read replicas for DR in another Region',
      'RDS Multi-AZ does not replicate to another Region',
      'RDS Multi-AZ protects against an AZ failure; for a Region failure use cross-Region read replicas',
    ],
  },
];

describe('storage and database statements (check.contradicts)', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('every statement id is a KB fact with contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('does not flag historical remarks or questions', () => {
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
