/**
 * Refinements for strings a user types (names, labels, card text). A lone surrogate cannot be stored as
 * UTF-8 (SQLite would keep U+FFFD or broken bytes), and a name made of control characters looks empty in
 * every list: both are refused with a clear message instead of being stored wrongly.
 */
import type { z } from 'zod';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls, DEL and C1 controls: never part of a one-line name. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** A one-line name or label: well-formed UTF-16, no control characters. */
export function nameText(schema: z.ZodString): z.ZodString {
  return schema
    .refine(isWellFormedText, { error: 'must be valid text (it contains a broken Unicode character)' })
    .refine((s) => !CONTROL.test(s), { error: 'must not contain control characters' });
}

/**
 * Multi-line text (a card's front or back): well-formed and without NUL, which SQLite's C API treats as the
 * end of the text. Other controls (a form feed pasted from a PDF) are left alone: refusing them would only
 * annoy.
 */
export function bodyText(schema: z.ZodString): z.ZodString {
  return schema
    .refine(isWellFormedText, { error: 'must be valid text (it contains a broken Unicode character)' })
    .refine((s) => !s.includes('\u0000'), { error: 'must not contain NUL characters' });
}
