/**
 * Non-numeric misconceptions added in session 9 (helper s9kbD): App Runner's closure to new customers and
 * the support plan the Shield Response Team requires. Same harness shape as statements.test.ts: wrong
 * phrasings are flagged with the fact; right, negated, near-miss and historical lines are not.
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
    id: 'app-runner.availability.new-customers',
    wrong: [
      'AWS App Runner is open to new customers',
      'App Runner is available to all new accounts for quick container deployments',
    ],
    right: [
      'AWS App Runner is no longer open to new customers',
      'App Runner is not available to new customers; existing customers can keep using it',
      'ECS on Fargate is open to new customers',
      'App Runner scales on concurrent requests per instance',
    ],
  },
  {
    id: 'shield.srt.support-plan',
    wrong: [
      'Shield Advanced customers get the Shield Response Team on the Basic support plan',
      'The SRT is included with any support plan once you subscribe to Shield Advanced',
    ],
    right: [
      'The Shield Response Team requires a Business or Enterprise support plan',
      'The SRT is not available on the Basic support plan',
      'Shield Standard is included at no extra cost for every AWS customer',
      'Trusted Advisor shows all checks on the Business support plan',
    ],
  },
];

describe('session 9 (s9kbD) non-numeric statements', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('every statement names a fact that exists and has contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('leaves every wrong phrasing alone when it is historical or a question', () => {
    for (const s of STATEMENTS)
      for (const text of s.wrong) {
        expect(flagged(`Before 2019: ${text}`)).not.toContain(s.id);
        expect(flagged(`${text}?`)).not.toContain(s.id);
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
