import { randomUUID } from 'node:crypto';
import type { ProgressStats, QuestionView, studyChannels } from '../../shared/ipc/channels/study';
import { DOMAINS } from '../../shared/kb/provenance';
import { isCorrect, correctIndexes } from '../../shared/quiz/exam';
import { EXAM_IDS } from '../../shared/quiz/examGuides';
import { fsrsWeightsValid } from '../../shared/quiz/schedule';
import { accuracyOverTime, domainTotals, examReadiness, weakAreas } from '../../shared/quiz/progress';
import { AppError } from '../../shared/result';
import type { HandlersFor } from '../ipc/types';
import { allAttempts, recordAttempt, reviewsPerDay } from '../study/attempts';
import { bankOf, questionOf, questionView, type Bank } from '../study/bank';
import { answerCard, makeCard, studyQueue, undoLast } from '../study/cards';
import { browseCards, editCard, exportAnki, importAnki, setFlag, studySummary } from '../study/flow';
import { readSettings, revertWeights, saveSettings, saveWeights } from '../study/settings';
import { examHistory, getExam, saveExam, startExam, submitExam } from '../study/exams';
import { generateNumeric, NUMERIC_KINDS } from '../study/numeric';
import type { Db } from '../db/open';
import { readFileAsBase64 } from '../jobs/files';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The bank when the KB is there; review of notes and your own cards works without it. */
function maybeBank(kb: Db | null): Bank | null {
  return kb ? bankOf(kb) : null;
}

function randomSeed(): number {
  return Math.floor(Math.random() * 0xffffffff);
}

export const studyHandlers: HandlersFor<keyof typeof studyChannels> = {
  'study.due': (req, ctx) => ctx.db.read('study.due', (u, kb) => studyQueue(u, maybeBank(kb), req.deck, req.limit, new Date())),
  'study.answer': (req, ctx) => {
    // The answer is committed (its own immediate transaction) before the next card is chosen.
    const committed = ctx.db.write('study.answer', (u) =>
      answerCard(u, maybeBank(ctx.db.kb), req.cardId, req.rating, new Date(), req.durationMs),
    );
    const queue = ctx.db.read('study.due', (u, kb) => studyQueue(u, maybeBank(kb), req.deck, 20, new Date()));
    return { committed, queue };
  },
  'study.undo': (req, ctx) => {
    const undone = ctx.db.write('study.undo', (u) => undoLast(u, maybeBank(ctx.db.kb), new Date()));
    const queue = ctx.db.read('study.due', (u, kb) => studyQueue(u, maybeBank(kb), req.deck, 20, new Date()));
    return { undone, queue };
  },
  'study.makeCard': (req, ctx) =>
    ctx.db.write('study.makeCard', (u) => ({ id: makeCard(u, req.front, req.back, req.origin, new Date()) })),

  'study.summary': (req, ctx) => ctx.db.read('study.summary', (u, kb) => studySummary(u, maybeBank(kb), req.deck, new Date())),
  'study.saveSettings': (req, ctx) => ctx.db.write('study.saveSettings', (u) => saveSettings(u, req)),
  // The fit runs as a job (its own thread, read-only connection; fsrs-rs in a child process under a hard
  // timeout): the app keeps answering meanwhile. Applying is a short write after.
  'study.optimize': async (req, ctx) => {
    if (ctx.jobs.running('study.optimize').length)
      throw new AppError('UNAVAILABLE', 'An optimisation is already running; its result will show when it finishes.');
    const r = await ctx.jobs.run('study.optimize', { dbPath: ctx.userDb.path });
    const weights = r.weights;
    if (req.apply && r.fitted && weights && r.engine)
      ctx.db.write('study.saveWeights', (u) => saveWeights(u, weights, r.usable, new Date(), r.engine ?? 'ts'));
    return r;
  },
  'study.weights': (req, ctx) =>
    ctx.db.write('study.weights', (u) => {
      if (req.action === 'revert') return revertWeights(u);
      if (!fsrsWeightsValid(req.weights)) throw new AppError('BAD_INPUT', 'These weights are outside the bounds FSRS allows; nothing was changed.');
      saveWeights(u, req.weights, req.reviews, new Date(), req.engine);
      return readSettings(u);
    }),
  'study.cards': (req, ctx) => ctx.db.read('study.cards', (u, kb) => browseCards(u, maybeBank(kb), req, new Date())),
  'study.editCard': (req, ctx) =>
    ctx.db.write('study.editCard', (u) => editCard(u, maybeBank(ctx.db.kb), req.cardId, req.front, req.back, req.tags, new Date())),
  'study.setFlag': (req, ctx) => ctx.db.write('study.setFlag', (u) => ({ changed: setFlag(u, req.cardIds, req.action, new Date()) })),
  'study.exportAnki': (req, ctx) => ctx.db.read('study.exportAnki', (u, kb) => exportAnki(u, maybeBank(kb), req.include, new Date())),
  'study.exportApkg': async (req, ctx) => {
    if (req.include === 'bank' && !ctx.db.kb) throw new AppError('UNAVAILABLE', ctx.kbProblem ?? 'The knowledge base (and its question bank) is not available.');
    // One package at a time: each is a whole-collection build in a worker, and a burst of requests must not
    // queue minutes of work behind the first (the hostile-client fuzz found exactly that).
    if (ctx.jobs.running('study.apkg').length)
      throw new AppError('UNAVAILABLE', 'An Anki export is already being built; try again when it has downloaded.');
    const outFile = join(dirname(ctx.userDb.path), 'tmp', `anki-${process.pid}-${randomUUID()}.apkg`);
    try {
      const r = await ctx.jobs.run('study.apkg', {
        dbPath: ctx.userDb.path,
        kbPath: ctx.db.kb?.name ?? null,
        include: req.include,
        outFile,
        now: Date.now(),
        scheduling: req.scheduling,
      });
      const { base64, bytes } = await readFileAsBase64(outFile);
      return { fileName: `aws-study-desk-${req.include}-${new Date().toISOString().slice(0, 10)}.apkg`, base64, bytes, notes: r.notes, decks: r.decks, reviews: r.reviews };
    } finally {
      rmSync(outFile, { force: true });
    }
  },
  'study.importAnki': (req, ctx) => ctx.db.write('study.importAnki', (u) => importAnki(u, req.text, req.fileName, new Date())),

  'quiz.catalog': (_req, ctx) =>
    ctx.db.read('quiz.catalog', (_u, kb) => {
      const bank = bankOf(kb, ctx.kbProblem);
      const topics = new Map<string, number>();
      for (const q of bank.questions) topics.set(q.topic, (topics.get(q.topic) ?? 0) + 1);
      return {
        total: bank.questions.length,
        domains: DOMAINS.map((domain) => ({ domain, count: bank.questions.filter((q) => q.domain === domain).length })),
        topics: [...topics.entries()].map(([topic, count]) => ({ topic, count })).sort((a, b) => (a.topic < b.topic ? -1 : 1)),
        numericKinds: [...NUMERIC_KINDS],
      };
    }),
  'quiz.questions': (req, ctx) =>
    ctx.db.read('quiz.questions', (_u, kb) => {
      const bank = bankOf(kb, ctx.kbProblem);
      const seed = req.seed ?? randomSeed();
      const ids = req.ids ? new Set(req.ids) : null;
      const matching = bank.questions.filter(
        (q) =>
          (!req.topic || q.topic === req.topic) &&
          (!req.domain || q.domain === req.domain) &&
          (!req.kbEntry || q.kbEntry === req.kbEntry) &&
          (!ids || ids.has(q.id)),
      );
      // Practice order is a per-seed shuffle; a drill over given ids keeps their order.
      const ordered = ids
        ? (req.ids ?? []).flatMap((id) => matching.filter((q) => q.id === id))
        : [...matching].sort((a, b) => hashMix(a.id, seed) - hashMix(b.id, seed));
      return { questions: ordered.slice(0, req.limit).map((q) => questionView(bank, q, seed, true)), total: matching.length };
    }),
  'quiz.question': (req, ctx) =>
    ctx.db.read('quiz.question', (_u, kb) => {
      const bank = bankOf(kb, ctx.kbProblem);
      return questionView(bank, questionOf(bank, req.id), req.seed ?? randomSeed(), true);
    }),
  'quiz.answer': (req, ctx) =>
    ctx.db.write('quiz.answer', (u) => {
      const now = new Date().toISOString();
      if (req.numeric) {
        const g = generateNumeric(ctx.db.kb, req.numeric.kind, req.numeric.seed, req.numeric.region ?? 'us-east-1');
        if (g.view.id !== req.questionId) throw new AppError('BAD_INPUT', 'The answer does not match the generated question.');
        const correct = req.chosen.length === 1 && req.chosen[0] === g.correctIndex;
        recordAttempt(u, {
          questionId: g.view.id,
          mode: 'numeric',
          chosen: req.chosen,
          correct,
          domain: g.view.domain,
          topic: g.view.topic,
          kbEntry: g.view.kbEntry,
          answeredAt: now,
          timeMs: req.timeMs,
        });
        return { correct, correctIndexes: [g.correctIndex] };
      }
      const bank = bankOf(ctx.db.kb, ctx.kbProblem);
      const q = questionOf(bank, req.questionId);
      if (req.chosen.some((i) => i >= q.options.length)) throw new AppError('BAD_INPUT', 'An option index is out of range.');
      const correct = isCorrect(q, req.chosen);
      recordAttempt(u, {
        questionId: q.id,
        mode: 'practice',
        chosen: req.chosen,
        correct,
        domain: q.domain,
        topic: q.topic,
        kbEntry: q.kbEntry,
        answeredAt: now,
        timeMs: req.timeMs,
      });
      return { correct, correctIndexes: correctIndexes(q) };
    }),
  'quiz.numeric': (req, ctx): QuestionView =>
    ctx.db.read('quiz.numeric', (_u, kb) => generateNumeric(kb, req.kind, req.seed ?? randomSeed(), req.region).view),

  'exam.start': (req, ctx) =>
    ctx.db.write('exam.start', (u) => startExam(u, bankOf(ctx.db.kb, ctx.kbProblem), req, new Date())),
  'exam.save': (req, ctx) => ctx.db.write('exam.save', (u) => saveExam(u, bankOf(ctx.db.kb, ctx.kbProblem), req, new Date())),
  'exam.submit': (req, ctx) =>
    ctx.db.write('exam.submit', (u) => submitExam(u, bankOf(ctx.db.kb, ctx.kbProblem), req, new Date())),
  'exam.get': (req, ctx) => ctx.db.read('exam.get', (u, kb) => getExam(u, bankOf(kb, ctx.kbProblem), req.id, new Date())),
  'exam.history': (_req, ctx) => ctx.db.read('exam.history', (u) => examHistory(u)),

  'progress.stats': (req, ctx) =>
    ctx.db.read('progress.stats', (u, kb): ProgressStats => {
      const now = new Date();
      const rows = allAttempts(u);
      const bank = kb ? bankOf(kb) : null;
      const titles = bank ? bank.kbTitles : new Map<string, string>();
      const cards = u
        .prepare(
          `SELECT (SELECT COUNT(*) FROM study_cards) AS tracked,
                  (SELECT COUNT(*) FROM study_cards WHERE due <= ?) AS dueNow,
                  (SELECT COUNT(*) FROM custom_cards) AS custom`,
        )
        .get(now.toISOString()) as ProgressStats['cards'];
      return {
        overTime: accuracyOverTime(rows, req.bucket),
        totals: domainTotals(rows),
        readiness: EXAM_IDS.map((e) => examReadiness(rows, bank?.questions ?? [], e)),
        weakAreas: weakAreas(rows).map((w) => ({ ...w, kbTitle: w.kbEntry ? (titles.get(w.kbEntry) ?? null) : null })),
        exams: examHistory(u, 20).exams,
        reviews: reviewsPerDay(u, 60, now),
        cards,
        attempts: rows.length,
      };
    }),
};

/** A per-seed order key for practice shuffles. */
function hashMix(id: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
