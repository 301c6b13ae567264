/**
 * backup.restore from a spooled request body without ever holding the backup in memory: the body's
 * `base64` string is decoded chunk by chunk (a streaming JSON parser hands it over in pieces of at most
 * 256 characters) straight into a private file, and the restore then works on that file. Memory stays at
 * a stream buffer whatever the size of the backup.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Parser from 'stream-json/Parser.js';
import { MAX_BACKUP_BYTES, type RestoreResult } from '../../shared/ipc/channels/backup';
import { ok, type Result } from '../../shared/result';
import { resultOfThrown } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/types';
import { validateRequest } from '../ipc/validate';
import type { SpooledHandler } from './server';

export type ExtractResult =
  { ok: true; fields: Record<string, unknown>; bytes: number } | { ok: false; reason: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Other string fields (the file name) are small; longer ones are refused rather than collected. */
const MAX_OTHER_CHARS = 4096;

class BodyProblem extends Error {}

/**
 * Streams the top-level string `field` of a JSON object file, base64-decoded, into `outFile` (created 0600,
 * must not exist) and answers the object's other scalar fields. Refuses nesting, bad base64 and more than
 * `maxBytes` decoded bytes, with a reason.
 */
export async function extractBase64Field(
  jsonFile: string,
  opts: { field: string; outFile: string; maxBytes: number },
): Promise<ExtractResult> {
  const out: WriteStream = createWriteStream(opts.outFile, { flags: 'wx', mode: 0o600 });
  let outError: Error | null = null;
  out.on('error', (e) => (outError = e)); // reported through the next write, never as an unhandled event
  const fields: Record<string, unknown> = {};
  let depth = 0;
  let key: string | null = null;
  let inTarget = false;
  let seenTarget = false;
  let other: string | null = null;
  let carry = '';
  let padded = false;
  let bytes = 0;
  let finished = false;

  const write = (data: Buffer, cb: (e?: Error | null) => void): void => {
    if (outError) return cb(outError);
    bytes += data.length;
    if (bytes > opts.maxBytes) return cb(new BodyProblem(`the backup is larger than ${opts.maxBytes} bytes`));
    if (out.write(data)) cb();
    else out.once('drain', () => cb());
  };
  const decode = (chunk: string, cb: (e?: Error | null) => void): void => {
    if (padded && chunk.length)
      return cb(new BodyProblem(`"${opts.field}" is not base64 (data after the padding)`));
    const s = carry + chunk;
    if (!BASE64.test(s)) return cb(new BodyProblem(`"${opts.field}" is not base64`));
    if (s.includes('=')) padded = true;
    const whole = s.length - (s.length % 4);
    carry = s.slice(whole);
    if (!whole) return cb();
    write(Buffer.from(s.slice(0, whole), 'base64'), cb);
  };

  const sink = new Writable({
    objectMode: true,
    write(token: { name: string; value?: string }, _enc, cb): void {
      switch (token.name) {
        case 'startObject':
        case 'startArray':
          if (depth === 0 && token.name === 'startObject') {
            depth = 1;
            return cb();
          }
          return cb(new BodyProblem('the request must be an object of plain fields'));
        case 'endObject':
          depth = 0;
          finished = true;
          return cb();
        case 'keyValue':
          key = token.value ?? '';
          return cb();
        case 'startString':
          if (key === opts.field) {
            inTarget = true;
            seenTarget = true;
          } else other = '';
          return cb();
        case 'stringChunk':
          if (inTarget) return decode(token.value ?? '', cb);
          if (other !== null) {
            other += token.value ?? '';
            if (other.length > MAX_OTHER_CHARS) return cb(new BodyProblem(`"${key}" is too long`));
          }
          return cb();
        case 'endString':
          if (inTarget) {
            inTarget = false;
            if (carry)
              return cb(new BodyProblem(`"${opts.field}" is not base64 (its length is not a multiple of 4)`));
          } else if (key !== null) fields[key] = other;
          other = null;
          return cb();
        case 'numberValue':
          if (key !== null) fields[key] = Number(token.value);
          return cb();
        case 'trueValue':
        case 'falseValue':
        case 'nullValue':
          if (key !== null)
            fields[key] = token.name === 'trueValue' ? true : token.name === 'falseValue' ? false : null;
          return cb();
        default:
          return cb();
      }
    },
  });

  try {
    // Strings and numbers arrive in pieces (packing them would rebuild the whole string); keys are packed.
    await pipeline(
      createReadStream(jsonFile),
      new Parser({ packKeys: true, packStrings: false, packNumbers: true }),
      sink,
    );
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (outError) throw outError;
  } catch (e) {
    out.destroy();
    if (e instanceof BodyProblem)
      return { ok: false, reason: `Invalid request for backup.restore: ${e.message}.` };
    return { ok: false, reason: `Request body is not valid JSON (${(e as Error).message.slice(0, 120)}).` };
  }
  if (!finished) return { ok: false, reason: 'Request body is not a JSON object.' };
  if (!seenTarget)
    return { ok: false, reason: `Invalid request for backup.restore: "${opts.field}" is missing.` };
  return { ok: true, fields, bytes };
}

/** What the restore itself takes: a file holding the uploaded backup (copied, never moved). */
export type RestoreFromFile = (ctx: HandlerContext, source: { file: string }) => Promise<RestoreResult>;

/**
 * A spooled handler for backup.restore: decodes the body's backup into a private file beside the spooled
 * body, checks the other fields with the channel's own schema, then hands the file to `restore`.
 */
export function restoreFromSpool(restore: RestoreFromFile): SpooledHandler {
  return async (bodyFile: string, ctx: HandlerContext): Promise<Result<unknown>> => {
    const file = join(
      dirname(bodyFile),
      `restore-upload-${process.pid}-${randomBytes(6).toString('hex')}.sqlite`,
    );
    try {
      const x = await extractBase64Field(bodyFile, {
        field: 'base64',
        outFile: file,
        maxBytes: MAX_BACKUP_BYTES,
      });
      if (!x.ok) return { ok: false, error: { code: 'VALIDATION', message: x.reason } };
      // The same rules as over IPC for everything but the bytes (file name, no unknown fields).
      const checked = validateRequest('backup.restore', { ...x.fields, base64: '' }, { sizeChecked: true });
      if (!checked.ok) return checked;
      return ok(await restore(ctx, { file }));
    } catch (e) {
      return resultOfThrown('backup.restore', e);
    } finally {
      await rm(file, { force: true }).catch(() => undefined);
    }
  };
}
