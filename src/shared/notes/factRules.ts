import { z } from 'zod';
import { isoDate, sourceUrl } from '../kb/provenance';

/**
 * A regular-expression source that compiles case-insensitive without the `u` flag (how compileRules
 * runs it, for speed), so it may not use Unicode-only syntax such as `\p{…}` or `\u{…}`.
 */
const regexSource = z
  .string()
  .min(2)
  .refine(
    (s) => !/\\[pPu]\{/.test(s),
    'must not use Unicode-only escapes (\\p{…}, \\u{…}): rules compile without the u flag',
  )
  .refine((s) => {
    try {
      new RegExp(s, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression');

/**
 * What decides that a matched claim is wrong. Numbers are read from the pattern's first capture group that
 * matched (thousands separators ignored).
 * - always: the match itself is the wrong claim ("64 MB increments").
 * - numberBelow: an outdated maximum, wrong when the claimed number is below the official one.
 * - numberAbove: wrong when the claimed number is above the official one.
 * - numberNot: wrong unless the claimed number equals the official one (within `tolerance`).
 */
export const factTestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({ kind: z.literal('numberBelow'), official: z.number() }),
  z.strictObject({ kind: z.literal('numberAbove'), official: z.number() }),
  z.strictObject({
    kind: z.literal('numberNot'),
    official: z.number(),
    tolerance: z.number().min(0).default(0),
  }),
]);
export type FactTest = z.infer<typeof factTestSchema>;

/**
 * Notes mention several services close together ("S3 Standard … One Zone-IA …"). A context says which one a
 * claim is about: the last `markers` match before the claim (within `window` characters, else in the
 * section's heading path) must match `require`, or the rule does not apply.
 */
export const factContextSchema = z.strictObject({
  markers: regexSource,
  require: regexSource,
  window: z.number().int().min(50).max(20_000).default(1500),
});

export const factRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case words joined by . or -'),
  topic: z.string().min(2).max(60),
  /** Regular expression source (case-insensitive) that finds the claim. */
  pattern: regexSource,
  context: factContextSchema.optional(),
  test: factTestSchema,
  /** The official figure, in words. */
  official: z.string().min(2),
  /** The official number, when the figure is one. */
  numeric: z.number().optional(),
  source: sourceUrl,
  asOf: isoDate,
  /** Suggested replacement for the matched text; `{0}` stands for the matched text. */
  correction: z.string().min(1),
  explanation: z.string().min(10),
  /** Sentences the rule must flag and must not flag (checked by the rules test). */
  examples: z.strictObject({ flag: z.array(z.string()).min(1), pass: z.array(z.string()).min(1) }),
});
export type FactRule = z.infer<typeof factRuleSchema>;

export const factRulesFileSchema = z.strictObject({
  version: z.number().int().min(1),
  rules: z.array(factRuleSchema).min(1),
});
export type FactRulesFile = z.infer<typeof factRulesFileSchema>;
