/**
 * Non-numeric statements added in session 9 (helper s9kbB), same harness shape as statements.test.ts:
 * each wrong phrasing is flagged with its fact; right, negated and near-miss phrasings are not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';

interface Statement {
  id: string;
  wrong: string[];
  right: string[];
}

const STATEMENTS: Statement[] = [
  {
    id: 'cloudfront.lambda-edge.unsupported-features',
    wrong: [
      'Lambda@Edge functions can use environment variables for configuration',
      'Lambda@Edge supports Lambda layers',
      'Lambda@Edge functions can access resources in your VPC',
    ],
    right: [
      "Lambda@Edge functions can't use environment variables or layers",
      'Lambda@Edge does not support VPC access',
      'Lambda functions can use environment variables and layers',
      'Lambda@Edge functions can make network calls to S3 buckets and DynamoDB tables',
    ],
  },
];

describe('non-numeric statements (s9kbB) checked against the knowledge base', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  for (const s of STATEMENTS)
    describe(s.id, () => {
      it('flags the wrong phrasings', () => {
        for (const text of s.wrong) expect(flagged(text), text).toContain(s.id);
      });
      it('leaves right, negated and near-miss phrasings alone', () => {
        for (const text of s.right) expect(flagged(text), text).toEqual([]);
      });
    });
});
