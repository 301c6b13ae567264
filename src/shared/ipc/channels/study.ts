import { z } from 'zod';
import { channel } from '../define';
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
  dueCount: number;
  newCount: number;
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

const id = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'ids are letters, digits and . : _ -');
const cardId = z.string().min(3).max(200).regex(/^(note|custom|q):[\w.:-]+$/, 'card ids are note:…, custom:… or q:…');
const seed = z.number().int().min(0).max(0xffffffff);
const optionIndexes = z.array(z.number().int().min(0).max(9)).max(10);

export const deckOptions = z.strictObject({
  notes: z.boolean().default(true),
  custom: z.boolean().default(true),
  /** Curated questions as flashcards (stem → answer + why). Off by default: 250+ new cards at once. */
  questions: z.boolean().default(false),
  newLimit: z.number().int().min(0).max(500).default(20),
});
export type DeckOptions = z.output<typeof deckOptions>;

const deckField = deckOptions.prefault({});

export const cardOrigin = z.strictObject({
  kind: z.enum(['table-cell', 'calculator', 'note', 'question', 'manual']),
  /** Stable pointer back: dataset:<id>:<row>:<column>, calc:<kind>, note:<hash>… */
  ref: z.string().max(300).optional(),
  label: z.string().max(300).optional(),
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
      front: z.string().trim().min(1, 'the front is empty').max(2000),
      back: z.string().trim().min(1, 'the back is empty').max(8000),
      origin: cardOrigin.prefault({ kind: 'manual' }),
    }),
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
