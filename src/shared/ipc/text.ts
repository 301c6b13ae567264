/**
 * Refinements for strings a user types (names, labels, card text). A lone surrogate cannot be stored as
 * UTF-8 (SQLite would keep U+FFFD or broken bytes), and a name made of control characters looks empty in
 * every list: both are refused with a clear message instead of being stored wrongly.
 */
import { z } from 'zod';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls, DEL and C1 controls: never part of a one-line name. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** In multi-line text only tab, newline and carriage return are allowed among the controls. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** A one-line name or label: well-formed UTF-16, no control characters. */
export function nameText(schema: z.ZodString): z.ZodString {
  return schema
    .refine(isWellFormedText, { error: 'must be valid text (it contains a broken Unicode character)' })
    .refine((s) => !CONTROL.test(s), { error: 'must not contain control characters' });
}

/** Multi-line text (a card's front or back): well-formed, no controls except tab and line breaks. */
export function bodyText(schema: z.ZodString): z.ZodString {
  return schema
    .refine(isWellFormedText, { error: 'must be valid text (it contains a broken Unicode character)' })
    .refine((s) => !CONTROL_IN_TEXT.test(s), { error: 'must not contain control characters' });
}
