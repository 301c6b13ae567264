import type { Domain } from '../kb/provenance';
import { examDomainsOf, type Question } from './bankSchema';
import { EXAMS, type ExamId } from './examGuides';
import { seededRandom, shuffled } from './rng';

export { EXAM_IDS, EXAMS, type ExamDefinition, type ExamId } from './examGuides';

/** Share of each domain in the SAA-C03 exam guide (secure 30 %, resilient 26 %, performant 24 %, cost 20 %). */
export const DOMAIN_WEIGHTS: Record<Domain, number> = { secure: 30, resilient: 26, performant: 24, cost: 20 };

export const DOMAIN_LABELS: Record<Domain, string> = {
  secure: 'Secure architectures',
  resilient: 'Resilient architectures',
  performant: 'High-performing architectures',
  cost: 'Cost-optimised architectures',
};

/** The exam's passing mark, as a share of questions (720 on the 100–1000 scaled score). */
export const PASS_RATIO = 0.72;

/** What assembly needs of a question. */
export type ExamCandidate = Pick<Question, 'id' | 'domain'> & Partial<Pick<Question, 'exams'>>;

/** Domain weights of an exam, keyed by domain id. */
export function examWeights(exam: ExamId): Record<string, number> {
  return Object.fromEntries(EXAMS[exam].domains.map((d) => [d.id, d.weight]));
}

/**
 * How many questions of each domain an exam of `count` gets: largest-remainder apportionment of the
 * weights, then any shortfall (a domain with too few questions) moved to the domains that still have some.
 */
export function apportion<K extends string = Domain>(
  count: number,
  available: Readonly<Record<K, number>>,
  weights: Readonly<Record<K, number>> = DOMAIN_WEIGHTS as Record<K, number>,
): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((s, d) => s + weights[d], 0);
  const quota = keys.map((d) => ({ d, exact: (count * weights[d]) / total }));
  const out = Object.fromEntries(quota.map((q) => [q.d, Math.floor(q.exact)])) as Record<K, number>;
  let left = count - keys.reduce((s, d) => s + out[d], 0);
  for (const q of [...quota].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (left <= 0) break;
    out[q.d]++;
    left--;
  }
  // Cap at what exists, then hand the excess to domains with spare questions, heaviest weight first.
  let excess = 0;
  for (const d of keys) {
    if (out[d] > available[d]) {
      excess += out[d] - available[d];
      out[d] = available[d];
    }
  }
  const byWeight = [...keys].sort((a, b) => weights[b] - weights[a]);
  while (excess > 0) {
    const d = byWeight.find((x) => out[x] < available[x]);
    if (!d) break;
    out[d]++;
    excess--;
  }
  return out;
}

/**
 * Picks `count` question ids weighted by domain, deterministic for a seed: the same bank and seed
 * always give the same exam in the same order. Returns fewer when the bank is smaller than `count`.
 */
export function assembleExam(
  bank: readonly ExamCandidate[],
  count: number,
  seed: number,
  exam: ExamId = 'saa-c03',
): string[] {
  const rand = seededRandom(seed);
  const weights = examWeights(exam);
  const domains = Object.keys(weights);
  // Sort first so the result does not depend on the order the bank was loaded in.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A question counts toward its primary domain of this exam; questions that do not serve it are left out.
  const byDomain = Object.fromEntries(
    domains.map((d) => [d, sorted.filter((q) => examDomainsOf(q, exam)[0] === d)]),
  ) as Record<string, ExamCandidate[]>;
  const available = Object.fromEntries(domains.map((d) => [d, byDomain[d]?.length ?? 0]));
  const take = apportion(Math.max(0, Math.floor(count)), available, weights);
  const picked = domains.flatMap((d) => shuffled(byDomain[d] ?? [], rand).slice(0, take[d] ?? 0));
  return shuffled(picked, rand).map((q) => q.id);
}

/** What grading needs of a question: which options are correct. */
export interface Gradable {
  options: readonly { correct: boolean }[];
}

/** Option indexes (into the bank's order) that are correct. */
export function correctIndexes(q: Gradable): number[] {
  return q.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** All-or-nothing, like the real exam: a multi-answer question counts only when exactly the right set is chosen. */
export function isCorrect(q: Gradable, chosen: readonly number[]): boolean {
  const want = correctIndexes(q);
  const got = [...new Set(chosen)].sort((a, b) => a - b);
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

export interface DomainScore {
  correct: number;
  total: number;
  /** 0–1; 0 when the domain had no questions. */
  ratio: number;
}

export interface ExamScore {
  /** Which exam's domains `byDomain` uses (absent on scores saved before there were two: SAA-C03). */
  exam?: ExamId;
  correct: number;
  total: number;
  answered: number;
  ratio: number;
  passed: boolean;
  /** Keyed by the exam's domain ids. */
  byDomain: Record<string, DomainScore>;
  /** Ids answered wrongly or not at all, in exam order: the "drill my misses" list. */
  missed: string[];
}

function ratio(c: number, t: number): number {
  return t === 0 ? 0 : c / t;
}

/** Scores an exam; unanswered questions count as wrong. */
export function scoreExam(
  questions: readonly (Gradable & ExamCandidate)[],
  answers: Readonly<Record<string, readonly number[]>>,
  exam: ExamId = 'saa-c03',
): ExamScore {
  const domains = EXAMS[exam].domains.map((d) => d.id);
  const byDomain: Record<string, DomainScore> = Object.fromEntries(
    domains.map((d) => [d, { correct: 0, total: 0, ratio: 0 }]),
  );
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const q of questions) {
    const chosen = answers[q.id] ?? [];
    if (chosen.length) answered++;
    const ok = chosen.length > 0 && isCorrect(q, chosen);
    const slot = byDomain[examDomainsOf(q, exam)[0] ?? q.domain];
    if (slot) slot.total++;
    if (ok) {
      correct++;
      if (slot) slot.correct++;
    } else missed.push(q.id);
  }
  for (const d of Object.values(byDomain)) d.ratio = ratio(d.correct, d.total);
  const r = ratio(correct, questions.length);
  return { exam, correct, total: questions.length, answered, ratio: r, passed: r >= PASS_RATIO, byDomain, missed };
}

/** Seconds left of a timed exam at `now` (never negative). */
export function remainingSeconds(startedAt: string, durationS: number, now: Date): number {
  return Math.max(0, Math.round((Date.parse(startedAt) + durationS * 1000 - now.getTime()) / 1000));
}
