import type { InScopeFile, InScopeService } from './schemas';
import { examDomainsOf, type Question } from '../quiz/bankSchema';
import type { ExamId } from '../quiz/examGuides';

/** Questions of one service and whether the service has what issue 16 asks: an entry and 4 questions. */
export interface ServiceCoverage {
  id: string;
  name: string;
  category: string;
  entries: string[];
  /** Curated questions that exercise the service and serve this exam. */
  questions: number;
}

export interface ExamCoverage {
  exam: string;
  /** Listings in the guide (a service listed under two categories counts twice). */
  listed: number;
  /** Distinct services. */
  services: ServiceCoverage[];
  withoutEntry: ServiceCoverage[];
  /** Has an entry but fewer than `minQuestions` questions. */
  thin: ServiceCoverage[];
  /** Services with an entry and at least `minQuestions` questions. */
  covered: number;
}

type CountedQuestion = Pick<Question, 'stem' | 'options' | 'kbEntry' | 'domain' | 'exams'>;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a question exercises `s`. A service whose entries cover only it takes every question on them; a
 * service of an umbrella entry (`match` set) takes the questions whose stem or a correct option names it,
 * since that is what the question asks the reader to know.
 */
export function questionServes(s: InScopeService, q: CountedQuestion): boolean {
  if (!s.entries.includes(q.kbEntry)) return false;
  if (!s.match) return true;
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${s.match.map(escapeRe).join('|')})(?![A-Za-z0-9])`, 'i');
  return re.test(q.stem) || q.options.some((o) => o.correct && re.test(o.text));
}

/** Per exam: which in-scope services have a KB entry and at least `minQuestions` questions serving that exam. */
export function inScopeCoverage(file: InScopeFile, questions: readonly CountedQuestion[], minQuestions = 4): ExamCoverage[] {
  return file.exams.map((e) => {
    const examQuestions = questions.filter((q) => examDomainsOf(q, e.exam as ExamId).length > 0);
    const seen = new Set<string>();
    const services: ServiceCoverage[] = [];
    for (const c of e.categories)
      for (const id of c.services) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = file.services[id]!;
        services.push({
          id,
          name: s.name,
          category: c.name,
          entries: s.entries,
          questions: examQuestions.filter((q) => questionServes(s, q)).length,
        });
      }
    const withoutEntry = services.filter((s) => s.entries.length === 0);
    const thin = services.filter((s) => s.entries.length > 0 && s.questions < minQuestions);
    return {
      exam: e.exam,
      listed: e.categories.reduce((n, c) => n + c.services.length, 0),
      services,
      withoutEntry,
      thin,
      covered: services.length - withoutEntry.length - thin.length,
    };
  });
}
