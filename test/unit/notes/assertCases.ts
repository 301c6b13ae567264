/**
 * Shared by the yes/no fact test files written per batch of facts (assertCheck14*.test.ts): each lists the
 * wrong sentences (with the fact that must flag them) and the right or unsure ones (nothing may flag them),
 * in wordings of its own, and runs them through this.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkAssertions } from '../../../src/shared/notes/assertCheck';
import { checkSection } from '../../../src/shared/notes/factCheck';

export const checker = loadFactRules(join(import.meta.dirname, '..', '..', '..'));

/** The yes/no fact flags of one line (figure checks excluded), as fact ids. */
export function asserted(line: string, heading: string[] = []): string[] {
  return checkAssertions(line, heading, checker.asserts, checker.index).map((f) => f.factId);
}

/** A wrong line, the fact that must flag it, and optional headings. */
export type WrongCase = [string, string, string[]?];
/** A right or unsure line nothing may flag, and optional headings. */
export type RightCase = [string, string[]?];

/** One describe block: each wrong line flagged by exactly its fact, each right line by nothing at all. */
export function describeAssertCases(
  title: string,
  wrong: readonly WrongCase[],
  right: readonly RightCase[],
): void {
  describe(title, () => {
    for (const [line, factId, heading] of wrong)
      it(`flags: ${line}`, () => {
        expect(asserted(line, heading ?? [])).toEqual([factId]);
      });
    for (const [line, heading] of right)
      it(`leaves alone: ${line}`, () => {
        expect(checkSection(line, heading ?? [], checker)).toEqual([]);
      });
  });
}

/** The fact ids of every flag on a line (figure checks and yes/no facts alike) under optional headings. */
export function flaggedIds(line: string, heading: string[] = []): string[] {
  return checkSection(line, heading, checker).map((f) => f.ruleId.replace(/^kb:/, ''));
}

/**
 * One describe block over every check (figures and yes/no facts): each wrong line flagged by exactly its fact,
 * each right line (a string, or a line with headings) by nothing at all.
 */
export function describeFlagCases(title: string, wrong: readonly WrongCase[], right: readonly (RightCase | string)[]): void {
  describe(title, () => {
    for (const [line, factId, heading] of wrong)
      it(`flags: ${line}`, () => {
        expect(flaggedIds(line, heading ?? [])).toEqual([factId]);
      });
    for (const r of right) {
      const [line, heading] = typeof r === 'string' ? [r, undefined] : r;
      it(`leaves alone: ${line}`, () => {
        expect(flaggedIds(line, heading ?? [])).toEqual([]);
      });
    }
  });
}
