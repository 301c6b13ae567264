/**
 * Request validation, apart from the handlers: the channel, the payload's shape (depth, cycles, plain
 * data), its size and its schema. Imports no handler or database code, so a worker thread can validate a
 * large request off the main thread with exactly the rules dispatch applies.
 */
import type { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import {
  checkPayloadShape,
  describeShapeProblem,
  jsonTextDepth,
  MAX_PAYLOAD_DEPTH,
} from '../../shared/ipc/payloadShape';
import type { AppErrorShape, ErrorCode, IssueDetail } from '../../shared/result';

const known = new Set<string>(CHANNELS);

export function isChannel(name: string): name is Channel {
  return known.has(name);
}

function byteLength(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY; // unserialisable: never valid input
  }
}

/** Readable one-line summary of a zod error: "limit: must be at most 100; q: required". */
export function describeIssues(error: z.ZodError): {
  message: string;
  issues: { path: string; message: string }[];
} {
  const issues = error.issues
    .slice(0, 10)
    .map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }));
  return { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues };
}

export type Validated = { ok: true; channel: Channel; data: unknown } | { ok: false; error: AppErrorShape };

function fail(code: ErrorCode, message: string, issues?: IssueDetail[]): Validated {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } };
}

/**
 * Checks a payload for `channelName` and answers the parsed request or a typed error. Iterative shape
 * checks run before zod and JSON.stringify, which recurse (a value nested 10,000 levels deep would
 * overflow the stack inside them). `sizeChecked`: the caller already bounded the bytes (web mode).
 */
export function validateRequest(
  channelName: string,
  payload: unknown,
  opts: { sizeChecked?: boolean } = {},
): Validated {
  if (typeof channelName !== 'string' || !isChannel(channelName))
    return fail('UNKNOWN_CHANNEL', `Unknown channel "${String(channelName).slice(0, 80)}"`);
  const def = contract[channelName];
  const problem = checkPayloadShape(payload, {
    maxBytes: opts.sizeChecked ? undefined : def.maxPayloadBytes,
  });
  if (problem) {
    if (problem.kind === 'size')
      return fail(
        'TOO_LARGE',
        `Request for ${channelName} is at least ${problem.atLeastBytes} bytes; the limit is ${def.maxPayloadBytes}.`,
      );
    return fail('VALIDATION', `Invalid request for ${channelName}: ${describeShapeProblem(problem)}.`);
  }
  if (!opts.sizeChecked) {
    const size = byteLength(payload);
    if (size > def.maxPayloadBytes)
      return fail(
        'TOO_LARGE',
        `Request for ${channelName} is ${size} bytes; the limit is ${def.maxPayloadBytes}.`,
      );
  }
  const parsed = def.request.safeParse(payload);
  if (!parsed.success) {
    const { message, issues } = describeIssues(parsed.error);
    return fail('VALIDATION', `Invalid request for ${channelName}: ${message}`, issues);
  }
  return { ok: true, channel: channelName, data: parsed.data };
}

/**
 * The same for a request body as JSON text (web mode, or a worker reading a spooled body): depth pre-scan,
 * JSON.parse, then validateRequest. The text's size is the caller's to bound.
 */
export function validateRequestText(channelName: string, text: string): Validated {
  if (jsonTextDepth(text) > MAX_PAYLOAD_DEPTH)
    return fail('VALIDATION', `Request body is nested more than ${MAX_PAYLOAD_DEPTH} levels deep.`);
  let payload: unknown;
  try {
    payload = text.length ? JSON.parse(text) : {};
  } catch {
    return fail('VALIDATION', 'Request body is not valid JSON.');
  }
  return validateRequest(channelName, payload, { sizeChecked: true });
}
