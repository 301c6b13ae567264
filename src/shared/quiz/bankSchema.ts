import { z } from 'zod';
import { domainSchema, isoDate, sourceUrl } from '../kb/provenance';
import { dvaDomainSchema, type ExamId } from './examGuides';

export const questionOptionSchema = z.object({
  text: z.string().min(1),
  correct: z.boolean(),
  /** Why this option is right or wrong: shown after answering. */
  explanation: z.string().min(10),
});

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** 'single': exactly one correct option; 'multi': two or more ("choose TWO"). */
    type: z.enum(['single', 'multi']),
    stem: z.string().min(20),
    options: z.array(questionOptionSchema).min(3).max(6),
    /** Primary SAA-C03 domain (practice filters and stored attempts use it). */
    domain: domainSchema,
    /**
     * The domain(s) of each exam the question serves, primary first. When present it is authoritative: a
     * question without `saa-c03` here is not drawn for SAA-C03 exams. Absent (older banks): SAA-C03 only,
     * under `domain`.
     */
    exams: z
      .strictObject({
        'saa-c03': z.array(domainSchema).min(1).optional(),
        'dva-c02': z.array(dvaDomainSchema).min(1).optional(),
      })
      .optional(),
    /** Topic tag, e.g. 'storage', 'decoupling', 'networking'. */
    topic: z.string().min(2),
    /** Id of the knowledge-base entry (data/kb) this question exercises. */
    kbEntry: z.string().min(2),
    source: sourceUrl,
    asOf: isoDate,
    /**
     * When a person last checked this question one by one against its source page (marked answer, every
     * distractor's reason, stem ambiguity, current framing). Absent: drafted but not yet verified.
     */
    reviewed: isoDate.optional(),
    /**
     * When the question's claims were read in the text of its cited page (not only checked from knowledge):
     * the stronger check the content issue asks of every curated question.
     */
    sourceChecked: isoDate.optional(),
  })
  .superRefine((q, ctx) => {
    const n = q.options.filter((o) => o.correct).length;
    if (q.type === 'single' && n !== 1)
      ctx.addIssue({ code: 'custom', message: `single-answer question ${q.id} has ${n} correct options` });
    if (q.type === 'multi' && n < 2)
      ctx.addIssue({ code: 'custom', message: `multi-answer question ${q.id} has ${n} correct options` });
    if (q.exams && !q.exams['saa-c03'] && !q.exams['dva-c02'])
      ctx.addIssue({ code: 'custom', message: `question ${q.id} serves no exam` });
    const saa = q.exams?.['saa-c03'];
    if (saa && saa[0] !== q.domain)
      ctx.addIssue({ code: 'custom', message: `question ${q.id}: its SAA-C03 primary domain must equal domain (${q.domain})` });
  });
export type Question = z.infer<typeof questionSchema>;

/** A file in data/questions/: a list of questions. */
export const questionFileSchema = z.object({ questions: z.array(questionSchema).min(1) });

/** What exam tagging needs of a question. */
export type ExamTagged = Pick<Question, 'domain' | 'exams'>;

/** The domains of `exam` a question serves, primary first; empty when it does not serve that exam. */
export function examDomainsOf(q: ExamTagged, exam: ExamId): string[] {
  if (!q.exams) return exam === 'saa-c03' ? [q.domain] : [];
  return [...(q.exams[exam] ?? [])];
}
