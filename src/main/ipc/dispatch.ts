import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { checkPayloadShape, describeShapeProblem } from '../../shared/ipc/payloadShape';
import { AppError, fail, ok, type Result } from '../../shared/result';
import { handlers } from '../handlers';
import type { HandlerContext } from './types';

const known = new Set<string>(CHANNELS);

export function isChannel(name: string): name is Channel {
  return known.has(name);
}

function byteLength(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY; // cyclic or unserialisable: never valid input
  }
}

/** Readable one-line summary of a zod error: "limit: must be at most 100; q: required". */
export function describeIssues(error: z.ZodError): { message: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }));
  return { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues };
}

/**
 * The single entry point for IPC and web mode: checks the channel, the payload's shape (depth, cycles,
 * plain data) and size, then its schema, then runs the handler. Answers a Result; never throws, never leaks
 * a stack trace — everything, validation included, runs inside the try.
 */
export async function dispatch(
  channelName: string,
  payload: unknown,
  ctx: HandlerContext,
  opts: { sizeChecked?: boolean } = {},
): Promise<Result<unknown>> {
  if (typeof channelName !== 'string' || !isChannel(channelName))
    return fail('UNKNOWN_CHANNEL', `Unknown channel "${String(channelName).slice(0, 80)}"`);
  const def = contract[channelName];
  try {
    // Before zod or JSON.stringify, which recurse: a payload nested 10,000 levels deep would overflow the stack.
    const problem = checkPayloadShape(payload, { maxBytes: opts.sizeChecked ? undefined : def.maxPayloadBytes });
    if (problem) {
      if (problem.kind === 'size')
        return fail('TOO_LARGE', `Request for ${channelName} is at least ${problem.atLeastBytes} bytes; the limit is ${def.maxPayloadBytes}.`);
      return fail('VALIDATION', `Invalid request for ${channelName}: ${describeShapeProblem(problem)}.`);
    }
    if (!opts.sizeChecked) {
      const size = byteLength(payload);
      if (size > def.maxPayloadBytes)
        return fail('TOO_LARGE', `Request for ${channelName} is ${size} bytes; the limit is ${def.maxPayloadBytes}.`);
    }
    const parsed = def.request.safeParse(payload);
    if (!parsed.success) {
      const { message, issues } = describeIssues(parsed.error);
      return fail('VALIDATION', `Invalid request for ${channelName}: ${message}`, issues);
    }
    const handler = handlers[channelName] as (req: unknown, ctx: HandlerContext) => unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toJSON() };
    if (e instanceof z.ZodError) {
      const { message, issues } = describeIssues(e);
      return fail('VALIDATION', message, issues);
    }
    const code = (e as { code?: string } | null)?.code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
      return fail('UNAVAILABLE', 'The database is busy; try again in a moment.');
    console.error(`[ipc] ${channelName} failed:`, e);
    return fail('INTERNAL', `Something went wrong handling ${channelName}; the details are in the app log.`);
  }
}
