import type { OptionView, QuestionView } from '../../shared/ipc/channels/study';
import type { Question } from '../../shared/quiz/bankSchema';
import { optionOrder } from '../../shared/quiz/rng';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';

/** The curated bank as loaded from the bundled KB, parsed once per KB connection. */
export interface Bank {
  questions: Question[];
  byId: Map<string, Question>;
  kbTitles: Map<string, string>;
}

const banks = new WeakMap<Db, Bank>();

export function bankOf(kb: Db | null, kbProblem?: string): Bank {
  if (!kb) throw new AppError('UNAVAILABLE', kbProblem ?? 'The knowledge base is not available. Run `npm run build:kb`.');
  let b = banks.get(kb);
  if (!b) {
    const questions = (kb.prepare('SELECT json FROM questions ORDER BY id').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Question,
    );
    const kbTitles = new Map(
      (kb.prepare('SELECT id, title FROM entries').all() as { id: string; title: string }[]).map((r) => [r.id, r.title]),
    );
    b = { questions, byId: new Map(questions.map((q) => [q.id, q])), kbTitles };
    banks.set(kb, b);
  }
  return b;
}

export function questionOf(bank: Bank, id: string): Question {
  const q = bank.byId.get(id);
  if (!q) throw new AppError('NOT_FOUND', `No question "${id}".`);
  return q;
}

/** The view of a question: options shuffled under `seed`; correctness and explanations only when `reveal`. */
export function questionView(bank: Bank, q: Question, seed: number, reveal: boolean): QuestionView {
  const order = optionOrder(q.id, q.options.length, seed);
  const options: OptionView[] = order.map((i) => {
    const o = q.options[i]!;
    return reveal ? { index: i, text: o.text, correct: o.correct, explanation: o.explanation } : { index: i, text: o.text };
  });
  return {
    id: q.id,
    type: q.type,
    stem: q.stem,
    options,
    choose: q.options.filter((o) => o.correct).length,
    domain: q.domain,
    topic: q.topic,
    kbEntry: q.kbEntry,
    kbTitle: bank.kbTitles.get(q.kbEntry) ?? null,
    source: q.source,
    asOf: q.asOf,
    revealed: reveal,
  };
}
