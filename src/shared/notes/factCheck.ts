/**
 * Compares claims in imported notes with official figures: the knowledge base's facts (claimCheck.ts) and,
 * for claims no fact can express, the hand-written rules in data/factcheck/rules.json. Pure: returns flags
 * with offsets and lines; never changes the user's text.
 */
import { checkAssertions, reportsOrSupposes, type AssertIndex } from './assertCheck';
import { checkClaims, Matcher, type FactIndex, type Verdict } from './claimCheck';
import type { FactRule, FactTest } from './factRules';
import { readFargateSizes, type FargateSizes } from './fargateSizeCheck';
import { checkInstances, type InstanceSpecs } from './instanceCheck';

export type { Verdict } from './claimCheck';

export interface FactFlag {
  /** `kb:<fact id>` for a knowledge-base fact, else the rule's id. */
  ruleId: string;
  /** Wrong, or an earlier official value (outdated). */
  verdict: Verdict;
  /** 0-based line of the claim in the checked text. */
  lineIndex: number;
  /** The day the official value changed, for outdated claims when the KB knows it. */
  changedOn: string | null;
  topic: string;
  /** The matched claim, exactly as written. */
  excerpt: string;
  /** The line holding the claim, for a list view. */
  line: string;
  /** Offsets of the claim in the checked text. */
  start: number;
  end: number;
  official: string;
  source: string;
  asOf: string;
  /** Suggested replacement for `excerpt`. */
  suggestion: string;
  explanation: string;
}

export interface CompiledRule {
  rule: FactRule;
  re: RegExp;
  markers: RegExp | null;
  require: RegExp | null;
}

/**
 * Patterns are ASCII (numbers, units, service names), so they compile without the `u` flag: V8 runs
 * case-insensitive non-unicode expressions about 6× faster, which is most of a 100k-note import's
 * fact-check time.
 */
export function compileRules(rules: readonly FactRule[]): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    re: new RegExp(rule.pattern, 'gi'),
    markers: rule.context ? new RegExp(rule.context.markers, 'gi') : null,
    require: rule.context ? new RegExp(rule.context.require, 'i') : null,
  }));
}

function claimedNumber(m: RegExpExecArray): number | null {
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    if (g !== undefined) {
      const n = Number(g.replace(/[,\s]/g, ''));
      return Number.isFinite(n) ? n : null;
    }
  }
  return null;
}

/** Whether the claim contradicts the official figure. */
export function isWrong(test: FactTest, claimed: number | null): boolean {
  if (test.kind === 'always') return true;
  if (claimed === null) return false;
  switch (test.kind) {
    case 'numberBelow':
      return claimed < test.official;
    case 'numberAbove':
      return claimed > test.official;
    case 'numberNot':
      return Math.abs(claimed - test.official) > test.tolerance;
  }
}

function lastMarker(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    last = m[0];
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

function inContext(c: CompiledRule, text: string, at: number, headingContext: string): boolean {
  if (!c.markers || !c.require || !c.rule.context) return true;
  const before = text.slice(Math.max(0, at - c.rule.context.window), at);
  const marker = lastMarker(c.markers, before) ?? lastMarker(c.markers, headingContext);
  return marker !== null && c.require.test(marker);
}

/**
 * Flags wrong claims in `text` (a section body). `headingContext` (the section's heading path) tells which
 * service a claim is about when the text itself does not say.
 */
export function checkText(text: string, rules: readonly CompiledRule[], headingContext = ''): FactFlag[] {
  const flags: FactFlag[] = [];
  for (const c of rules) {
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text))) {
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      if (!isWrong(c.rule.test, claimedNumber(m)) || !inContext(c, text, m.index, headingContext)) continue;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const lineIndex = (text.slice(0, m.index).match(/\n/g) ?? []).length;
      const lineEnd = text.indexOf('\n', m.index + m[0].length);
      flags.push({
        ruleId: c.rule.id,
        verdict: 'wrong',
        lineIndex,
        changedOn: null,
        topic: c.rule.topic,
        excerpt: m[0],
        line: text
          .slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
          .trim()
          .slice(0, 400),
        start: m.index,
        end: m.index + m[0].length,
        official: c.rule.official,
        source: c.rule.source,
        asOf: c.rule.asOf,
        suggestion: c.rule.correction.replace(/\{0\}/g, m[0]),
        explanation: c.rule.explanation,
      });
    }
  }
  return flags.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

const statementIdCache = new WeakMap<FactIndex, Set<string>>();
function statementFactIds(index: FactIndex): Set<string> {
  let ids = statementIdCache.get(index);
  if (!ids) {
    ids = new Set(index.statements.map((st) => st.f.id));
    statementIdCache.set(index, ids);
  }
  return ids;
}

/** Everything the importer needs to fact-check a note; `version` changes when any of it does. */
export interface FactChecker {
  version: string;
  rules: CompiledRule[];
  index: FactIndex;
  /** The KB's yes/no facts, for sentences without a figure. */
  asserts: AssertIndex;
  /** EC2 instance types' vCPUs, memory and GPUs (the shipped instance-type table), when the app has it. */
  instances?: InstanceSpecs;
  /** Fargate's valid task CPU and memory combinations (the shipped task-size table), when the app has it. */
  fargateSizes?: FargateSizes;
}

/** The checker's name matchers: its only objects with a class of their own (everything else is plain data). */
function matchersOf(c: FactChecker): Matcher<unknown>[] {
  return [c.index.subjects, ...c.index.groups.map((g) => g.matcher)];
}

/**
 * The checker ready to be stored as plain data (structured clone, v8 serialization): the matchers' cached
 * lookups are emptied. The checker stays usable.
 */
export function storableFactChecker(c: FactChecker): FactChecker {
  for (const m of matchersOf(c)) m.forget();
  return c;
}

/**
 * A checker read back from its stored form (which keeps data, not classes): its matchers get their class back.
 * Everything else in a checker is plain data (test/main/notes/precompiledRules.test.ts walks it to make sure).
 */
export function reviveFactChecker(data: FactChecker): FactChecker {
  for (const m of matchersOf(data)) Object.setPrototypeOf(m, Matcher.prototype);
  return data;
}

/**
 * Fact-checks one note section: knowledge-base facts first; a rule flag on a quantity a fact already
 * flagged is dropped (one flag per claim).
 */
export function checkSection(text: string, headingPath: readonly string[], checker: FactChecker): FactFlag[] {
  // A non-numeric statement's flag (check.contradicts) on a line that quotes a myth or sets a condition is
  // not the note's claim: the same rule the yes/no facts follow.
  const statementIds = statementFactIds(checker.index);
  const claims = checkClaims(text, headingPath, checker.index).filter(
    (c) => !statementIds.has(c.factId) || !reportsOrSupposes(c.line, Math.max(0, c.line.indexOf(c.excerpt))),
  );
  // A yes/no fact's flag only where no figure or statement of that line is flagged already (one flag per claim).
  // A quota's adjustability read from a line without a figure gives way to a yes/no fact about that line.
  const asserted = checkAssertions(text, headingPath, checker.asserts, checker.index).filter(
    (a) => !claims.some((c) => c.lineIndex === a.lineIndex && !c.figureFree),
  );
  const kept = claims.filter((c) => !c.figureFree || !asserted.some((a) => a.lineIndex === c.lineIndex));
  const fromFacts: FactFlag[] = [...kept, ...asserted].map((c) => ({
    ruleId: `kb:${c.factId}`,
    verdict: c.verdict,
    lineIndex: c.lineIndex,
    changedOn: c.changedOn,
    topic: c.topic,
    excerpt: c.excerpt,
    line: c.line,
    start: c.start,
    end: c.end,
    official: c.official,
    source: c.source,
    asOf: c.asOf,
    suggestion: c.suggestion,
    explanation: c.explanation,
  }));
  // An instance type's vCPUs, memory or GPUs and a Fargate task size's memory: the shipped tables' cells, not KB
  // facts (one home per figure). Such a flag is bound to the type or size its line names, so it replaces a KB
  // figure's flag on the same words ("0.25 vCPU … up to 4 GB" is wrong for that size, not against the 120 GB maximum).
  // The memory a Fargate size is allowed, said of that size, is right however a KB maximum reads it.
  const sizes = checker.fargateSizes ? readFargateSizes(text, checker.fargateSizes) : { flags: [], right: [] };
  const fromTable: FactFlag[] = [
    ...(checker.instances ? checkInstances(text, checker.instances) : []),
    ...sizes.flags,
  ].map((r) => ({ ...r, changedOn: null }));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && a.end > b.start;
  const facts = fromFacts.filter(
    (f) => !fromTable.some((t) => overlaps(f, t)) && !sizes.right.some(([start, end]) => overlaps(f, { start, end })),
  );
  const fromRules = checkText(text, checker.rules, headingPath.join(' › ')).filter(
    (r) => ![...facts, ...fromTable].some((f) => overlaps(r, f)),
  );
  return [...facts, ...fromTable, ...fromRules].sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}
