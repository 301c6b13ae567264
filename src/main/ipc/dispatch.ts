import { z } from 'zod';
import type { Channel } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import { handlers } from '../handlers';
import type { HandlerContext } from './types';
import { describeIssues, validateRequest } from './validate';

export { describeIssues, isChannel } from './validate';

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
  try {
    const checked = validateRequest(channelName, payload, opts);
    if (!checked.ok) return checked;
    return await run(checked.channel, checked.data, ctx);
  } catch (e) {
    return resultOfThrown(channelName, e);
  }
}

/**
 * Runs a handler on a request already validated (by dispatch, or by a worker that validated a large body
 * with validateRequestText). Never throws.
 */
export async function dispatchValidated(channel: Channel, data: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  try {
    return await run(channel, data, ctx);
  } catch (e) {
    return resultOfThrown(channel, e);
  }
}

async function run(channelName: Channel, data: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  const handler = handlers[channelName] as (req: unknown, ctx: HandlerContext) => unknown;
  return ok(await handler(data, ctx));
}

/** A thrown error as the Result a caller sees: typed errors kept, anything else INTERNAL (logged, no stack). */
export function resultOfThrown(channelName: string, e: unknown): Result<unknown> {
  if (e instanceof AppError) return { ok: false, error: e.toJSON() };
  if (e instanceof z.ZodError) {
    const { message, issues } = describeIssues(e);
    return fail('VALIDATION', message, issues);
  }
  const code = (e as { code?: string } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return fail('UNAVAILABLE', 'The database is busy; try again in a moment.');
  console.error(`[ipc] ${channelName} failed:`, e);
  return fail('INTERNAL', `Something went wrong handling ${channelName}; the details are in the app log.`);
}
