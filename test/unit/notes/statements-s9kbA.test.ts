/**
 * Non-numeric misconceptions about SES, Cognito identity pools, Parameter Store and X-Ray that the notes
 * fact-check catches through `check.contradicts` (data/kb/ses.json, cognito.json, systems-manager.json, x-ray.json).
 * Same shape as statements.test.ts: wrong phrasings are flagged with the fact; right, negated, near-miss
 * and historical phrasings are not flagged at all.
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
    id: 'ses.sandbox.recipients',
    wrong: [
      'SES sandbox: you can send to any recipient, just with a low daily quota',
      'In the SES sandbox an account can send emails to unverified addresses',
      'Amazon SES accounts in the sandbox are able to send to all email addresses',
    ],
    right: [
      'SES sandbox: you can send only to verified addresses and domains or the mailbox simulator',
      'Out of the SES sandbox you can send to any recipient; the sender must still be verified',
      'In the SES sandbox you cannot send to unverified addresses',
      'Before 2015 the SES sandbox could send to any recipient',
    ],
  },
  {
    id: 'ses.sandbox.scope',
    wrong: [
      'The SES sandbox is account-wide, so one production access request covers everything',
      'SES production access applies to all Regions at once',
    ],
    right: [
      'The SES sandbox status is per Region: request production access in each Region',
      'SES production access applies to one Region only',
      'The SES sandbox is not global',
    ],
  },
  {
    id: 'ses.quota.counting',
    wrong: [
      'SES sending quotas are based on the number of messages',
      'An SES email to 50 recipients counts as one against the daily quota',
    ],
    right: [
      'SES sending quotas are based on the number of recipients',
      'An SES message to 10 recipients counts as 10 against the daily quota',
      'SES sending quotas are not based on the number of messages',
    ],
  },
  {
    id: 'cognito.identity-pool.max-identities',
    wrong: [
      'A Cognito identity pool supports up to 1,000,000 identities',
      'Cognito identity pools hold at most 60 million identities',
    ],
    right: [
      'A Cognito identity pool has no limit on the number of identities',
      'A Cognito user pool supports up to 40,000,000 users by default',
      'Cognito identity pools per account: 1,000',
    ],
  },
  {
    id: 'systems-manager.parameter.policies-tier',
    wrong: [
      'Parameter Store standard parameters support parameter policies such as expiration',
      'SSM Parameter Store: parameter policies are available for both tiers',
      'Standard-tier parameters can use a TTL policy in Parameter Store',
    ],
    right: [
      'Parameter Store: only advanced parameters support parameter policies',
      'Standard parameters do not support parameter policies in Parameter Store',
      'Parameter Store advanced parameters support parameter policies like Expiration',
      'Parameter Store standard parameters are free and hold up to 4 KB',
    ],
  },
  {
    id: 'systems-manager.parameter.tier-downgrade',
    wrong: [
      'Parameter Store: an advanced parameter can be reverted to a standard parameter later',
      'You can downgrade an advanced parameter back to standard at any time in Parameter Store',
    ],
    right: [
      'Parameter Store: a standard parameter can be changed to advanced at any time',
      'Parameter Store: an advanced parameter cannot be reverted to a standard parameter',
      'Parameter Store advanced parameters hold up to 8 KB',
    ],
  },
  {
    id: 'x-ray.metadata.indexed',
    wrong: [
      'X-Ray metadata is indexed, so you can search traces by it',
      'X-Ray: metadata can be used in filter expressions',
      'X-Ray filter expressions search annotations and metadata',
    ],
    right: [
      'X-Ray annotations are indexed for filter expressions; metadata is not indexed',
      'X-Ray: use annotations, not metadata, for values you want to search',
      'X-Ray metadata holds any object and is not searchable',
      'X-Ray annotations are indexed key-value pairs',
    ],
  },
];

describe('non-numeric statements about SES, Cognito, Parameter Store and X-Ray', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('names facts that exist and have contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('leaves every wrong phrasing alone when it is historical or a question', () => {
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
