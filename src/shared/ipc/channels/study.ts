import { z } from 'zod';
import { channel } from '../define';
import { bodyText, nameText } from '../text';
import { DOMAINS, type Domain } from '../../kb/provenance';
import type { ExamScore } from '../../quiz/exam';
import { examIdSchema, type ExamId } from '../../quiz/examGuides';
import type { DomainPoint, DomainTotal, ExamReadiness, WeakArea } from '../../quiz/progress';
import type { IntervalPreview } from '../../quiz/schedule';

export type CardKind = 'note' | 'custom' | 'question';

/** One card of a review session, with what each rating would schedule. */
export interface DueCard {
  cardId: string;
  kind: CardKind;
  front: string;
  back: string;
  /** Where the card came from, for the user: "notes.txt › Kinesis", "EBS volume types › gp3 · Max IOPS"… */
  origin: string;
  /** KB entry to read more, when known (question cards). */
  kbEntry: string | null;
  state: 'new' | 'learning' | 'review' | 'relearning';
  due: string | null;
  previews: IntervalPreview[];
}

export interface StudyQueue {
  /** The next cards, due reviews first (oldest due first), then new cards. */
  cards: DueCard[];
  /** Every card due now (learning and review). */
  dueCount: number;
  /** New cards left for today (within the daily new-card limit). */
  newCount: number;
  /** Cards in (re)learning due by the end of today, including those still waiting for their step. */
  learningCount: number;
  /** Review-state cards due now, within what is left of the daily review limit. */
  reviewCount: number;
  reviewedToday: number;
  /** Whether study.undo has an answer to take back. */
  canUndo: boolean;
  /** When the next scheduled card (of the enabled kinds) falls due, if none is due now. */
  nextDue: string | null;
}

export interface OptionView {
  /** Index into the bank's options: what answers are recorded with. */
  index: number;
  text: string;
  /** Present once the answer may be revealed (practice, submitted exams). */
  correct?: boolean;
  explanation?: string;
}

export interface QuestionView {
  id: string;
  type: 'single' | 'multi';
  stem: string;
  /** In display order (shuffled per seed; the bank lists the right answer first). */
  options: OptionView[];
  /** How many options to choose. */
  choose: number;
  domain: Domain;
  topic: string;
  kbEntry: string;
  kbTitle: string | null;
  source: string | null;
  asOf: string | null;
  revealed: boolean;
  /** Generated numeric questions: the worked calculation. */
  trace?: string[];
  numeric?: { kind: string; seed: number };
}

export interface QuizCatalog {
  total: number;
  domains: { domain: Domain; count: number }[];
  topics: { topic: string; count: number }[];
  numericKinds: string[];
}

export interface ExamView {
  id: string;
  exam: ExamId;
  seed: number;
  startedAt: string;
  durationS: number;
  remainingS: number;
  /** Time is up but the exam was not submitted yet (the client submits it). */
  expired: boolean;
  questions: QuestionView[];
  answers: Record<string, number[]>;
  flags: string[];
  current: number;
  savedAt: string | null;
  submittedAt: string | null;
  score: ExamScore | null;
}

export interface ExamSummary {
  id: string;
  exam: ExamId;
  startedAt: string;
  submittedAt: string | null;
  count: number;
  durationS: number;
  score: ExamScore | null;
}

export interface ProgressStats {
  overTime: DomainPoint[];
  totals: DomainTotal[];
  /** Per exam (SAA-C03, DVA-C02), per domain: how much of the bank was answered and how well. */
  readiness: ExamReadiness[];
  weakAreas: (WeakArea & { kbTitle: string | null })[];
  exams: ExamSummary[];
  reviews: { day: string; count: number }[];
  cards: { tracked: number; dueNow: number; custom: number };
  attempts: number;
}

export interface StudySettings {
  newPerDay: number;
  reviewsPerDay: number;
  /** FSRS request_retention: the recall probability intervals aim for. */
  desiredRetention: number;
  /** FSRS weights fitted from the review log; null = ts-fsrs defaults. */
  weights: number[] | null;
  weightsFittedAt: string | null;
  weightsReviews: number | null;
  /** Which optimiser fitted `weights` (null = defaults or a fit from before this was recorded). */
  weightsEngine: 'fsrs-rs' | 'ts' | null;
  /** The weights in use before the last apply: "Revert" goes back to them (null = FSRS defaults). */
  previousWeights: number[] | null;
}

export interface StudySummary {
  newCount: number;
  learningCount: number;
  reviewCount: number;
  reviewedToday: number;
  /** Share of reviews of mature-ish (review-state) cards answered Hard/Good/Easy in the last 30 days. */
  retention30: { rate: number | null; reviews: number };
  /** Consecutive days with at least one review, up to today (a day not yet studied today does not break it). */
  streakDays: number;
  studiedToday: boolean;
  totalReviews: number;
  /** Reviews usable to fit FSRS weights (answers of a card reviewed before), and how many the fit needs. */
  optimizer: { usable: number; needed: number };
  settings: StudySettings;
}

export type CardFilter = 'all' | 'new' | 'learning' | 'review' | 'suspended' | 'buried';

export interface CardRow {
  cardId: string;
  kind: CardKind;
  front: string;
  back: string;
  origin: string;
  tags: string;
  state: 'new' | 'learning' | 'review' | 'relearning';
  due: string | null;
  reps: number;
  lapses: number;
  suspended: boolean;
  buriedUntil: string | null;
  /** Only your own cards are edited here; notes come from their files, questions from the bank. */
  editable: boolean;
}

export interface AnkiPackage {
  fileName: string;
  /** The .apkg file, base64. */
  base64: string;
  bytes: number;
  notes: number;
  decks: string[];
  /** Review-log rows carried along (scheduling on). */
  reviews: number;
}

export interface OptimizeResult {
  fitted: boolean;
  /** Which optimiser produced `weights`: fsrs-rs (all 21) or the built-in TypeScript fit (w0–w3); null = none ran. */
  engine: 'fsrs-rs' | 'ts' | null;
  /** Why the built-in fit was used instead of fsrs-rs (timeout, load failure…); null when fsrs-rs ran. */
  engineNote: string | null;
  message: string;
  /** Reviews a fit learns from (made on a later study day than the card's previous review), and the threshold. */
  usable: number;
  needed: number;
  /** Every logged answer. */
  reviews: number;
  /** Mean log loss of the recall predictions over the usable reviews, with the current weights and the fitted ones. */
  logLossBefore: number | null;
  logLossAfter: number | null;
  /** fsrs-rs's binned RMSE of the same predictions (fsrs-rs only). */
  rmseBefore: number | null;
  rmseAfter: number | null;
  /** The fitted weights (not yet applied unless the request said so). */
  weights: number[] | null;
  /** The weights in use when the fit ran (null = FSRS defaults). */
  previousWeights: number[] | null;
  fitMs: number | null;
}

const id = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'ids are letters, digits and . : _ -');
const cardId = z.string().min(3).max(200).regex(/^(note|custom|q):[\w.:-]+$/, 'card ids are note:…, custom:… or q:…');
const seed = z.number().int().min(0).max(0xffffffff);
const optionIndexes = z.array(z.number().int().min(0).max(9)).max(10);

export const deckOptions = z.strictObject({
  notes: z.boolean().default(true),
  custom: z.boolean().default(true),
  /**
   * Curated questions as flashcards (stem → answer + why). On by default, so a first run has a queue;
   * the daily new-card limit keeps the 250+ of them from arriving at once.
   */
  questions: z.boolean().default(true),
  /** Overrides the daily new-card limit of the study settings (tests, one-off sessions). */
  newLimit: z.number().int().min(0).max(9999).optional(),
});
export type DeckOptions = z.output<typeof deckOptions>;

const deckField = deckOptions.prefault({});

export const cardOrigin = z.strictObject({
  kind: z.enum(['table-cell', 'calculator', 'note', 'question', 'manual']),
  /** Stable pointer back: dataset:<id>:<row>:<column>, calc:<kind>, note:<hash>… */
  ref: nameText(z.string().max(300)).optional(),
  label: nameText(z.string().max(300)).optional(),
});
export type CardOrigin = z.infer<typeof cardOrigin>;

export const studyChannels = {
  'study.due': channel<StudyQueue>()(z.strictObject({ deck: deckField, limit: z.number().int().min(1).max(200).default(20) })),
  'study.answer': channel<{ committed: { cardId: string; rating: number; due: string; interval: string }; queue: StudyQueue }>()(
    z.strictObject({
      cardId,
      rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      durationMs: z.number().int().min(0).max(86_400_000).optional(),
      deck: deckField,
    }),
  ),
  'study.undo': channel<{ undone: DueCard | null; queue: StudyQueue }>()(z.strictObject({ deck: deckField })),
  'study.makeCard': channel<{ id: string }>()(
    z.strictObject({
      front: bodyText(z.string().trim().min(1, 'the front is empty').max(2000)),
      back: bodyText(z.string().trim().min(1, 'the back is empty').max(8000)),
      origin: cardOrigin.prefault({ kind: 'manual' }),
    }),
  ),
  'study.summary': channel<StudySummary>()(z.strictObject({ deck: deckField })),
  'study.saveSettings': channel<StudySettings>()(
    z.strictObject({
      newPerDay: z.number().int().min(0).max(9999),
      reviewsPerDay: z.number().int().min(0).max(99999),
      desiredRetention: z.number().min(0.7).max(0.99),
      /** Back to the ts-fsrs default weights. */
      resetWeights: z.boolean().optional(),
    }),
  ),
  /** Fits FSRS weights to the review log in a job (fsrs-rs in a child process, TypeScript fallback); `apply` saves them. */
  'study.optimize': channel<OptimizeResult>()(z.strictObject({ apply: z.boolean().default(true) })),
  /** Applies fitted weights (the ones in use become "previous"), or reverts to the previous ones. */
  'study.weights': channel<StudySettings>()(
    z.discriminatedUnion('action', [
      z.strictObject({
        action: z.literal('apply'),
        weights: z.array(z.number().finite()).length(21),
        reviews: z.number().int().min(0),
        engine: z.enum(['fsrs-rs', 'ts']),
      }),
      z.strictObject({ action: z.literal('revert') }),
    ]),
  ),
  'study.cards': channel<{ cards: CardRow[]; total: number }>()(
    z.strictObject({
      q: z.string().max(200).default(''),
      filter: z.enum(['all', 'new', 'learning', 'review', 'suspended', 'buried']).default('all'),
      kinds: z.array(z.enum(['note', 'custom', 'question'])).max(3).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'study.editCard': channel<CardRow>()(
    z.strictObject({
      cardId,
      front: z.string().trim().min(1, 'the front is empty').max(2000),
      back: z.string().trim().min(1, 'the back is empty').max(8000),
      tags: z.string().max(500).optional(),
    }),
  ),
  'study.setFlag': channel<{ changed: number }>()(
    z.strictObject({
      cardIds: z.array(cardId).min(1).max(1000),
      action: z.enum(['suspend', 'unsuspend', 'bury', 'unbury', 'reset']),
    }),
  ),
  'study.exportAnki': channel<{ text: string; count: number; fileName: string }>()(
    z.strictObject({ include: z.enum(['mine', 'bank', 'all']).default('all') }),
  ),
  /** Your cards and/or the bank as an Anki package (.apkg: Anki 2.1 collection + media, zipped), built in a job. */
  'study.exportApkg': channel<AnkiPackage>()(
    z.strictObject({ include: z.enum(['mine', 'bank', 'all']).default('all'), scheduling: z.boolean().default(true) }),
  ),
  'study.importAnki': channel<{ added: number; duplicates: number; skipped: number; problems: string[] }>()(
    z.strictObject({ text: z.string().min(1).max(8_000_000), fileName: z.string().max(300).optional() }),
    { maxPayloadBytes: 9 * 1024 * 1024 },
  ),
  'quiz.catalog': channel<QuizCatalog>()(z.strictObject({})),
  'quiz.questions': channel<{ questions: QuestionView[]; total: number }>()(
    z.strictObject({
      topic: z.string().max(80).optional(),
      domain: z.enum(DOMAINS).optional(),
      kbEntry: id.optional(),
      ids: z.array(id).max(200).optional(),
      limit: z.number().int().min(1).max(500).default(20),
      seed: seed.optional(),
    }),
  ),
  'quiz.question': channel<QuestionView>()(z.strictObject({ id, seed: seed.optional() })),
  'quiz.answer': channel<{ correct: boolean; correctIndexes: number[] }>()(
    z.strictObject({
      questionId: id,
      chosen: optionIndexes.min(1, 'choose at least one option'),
      timeMs: z.number().int().min(0).max(86_400_000).optional(),
      numeric: z.strictObject({ kind: z.string().min(1).max(40), seed, region: z.string().max(30).optional() }).optional(),
    }),
  ),
  'quiz.numeric': channel<QuestionView>()(
    z.strictObject({ kind: z.string().min(1).max(40), seed: seed.optional(), region: z.string().max(30).default('us-east-1') }),
  ),
  'exam.start': channel<ExamView>()(
    z.strictObject({
      count: z.number().int().min(1).max(65).default(65),
      minutes: z.number().int().min(1).max(180).default(130),
      seed: seed.optional(),
      /** Which exam's domains and weights to draw by (SAA-C03 when absent). */
      exam: examIdSchema.default('saa-c03'),
    }),
  ),
  'exam.save': channel<{ savedAt: string }>()(
    z.strictObject({
      id,
      answers: z.record(id, optionIndexes),
      flags: z.array(id).max(65),
      current: z.number().int().min(0).max(64),
    }),
  ),
  'exam.submit': channel<ExamView>()(
    z.strictObject({
      id,
      answers: z.record(id, optionIndexes).optional(),
      flags: z.array(id).max(65).optional(),
    }),
  ),
  'exam.get': channel<ExamView>()(z.strictObject({ id })),
  'exam.history': channel<{ exams: ExamSummary[]; inProgress: ExamSummary | null }>()(z.strictObject({})),
  'progress.stats': channel<ProgressStats>()(z.strictObject({ bucket: z.enum(['day', 'week']).default('day') })),
};
