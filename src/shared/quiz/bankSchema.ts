import { z } from 'zod';
import { domainSchema, isoDate, sourceUrl } from '../kb/provenance';

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
    domain: domainSchema,
    /** Topic tag, e.g. 'storage', 'decoupling', 'networking'. */
    topic: z.string().min(2),
    /** Id of the knowledge-base entry (data/kb) this question exercises. */
    kbEntry: z.string().min(2),
    source: sourceUrl,
    asOf: isoDate,
  })
  .superRefine((q, ctx) => {
    const n = q.options.filter((o) => o.correct).length;
    if (q.type === 'single' && n !== 1)
      ctx.addIssue({ code: 'custom', message: `single-answer question ${q.id} has ${n} correct options` });
    if (q.type === 'multi' && n < 2)
      ctx.addIssue({ code: 'custom', message: `multi-answer question ${q.id} has ${n} correct options` });
  });
export type Question = z.infer<typeof questionSchema>;

/** A file in data/questions/: a list of questions. */
export const questionFileSchema = z.object({ questions: z.array(questionSchema).min(1) });
