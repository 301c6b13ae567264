/**
 * The untrusted parts of an HTTP request, read without throwing: the request target, the media type and
 * the body (bounded in memory, or streamed to a private file for the channels that carry files).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';
import { restrictDir } from '../paths';

export type Target = { ok: true; pathname: string } | { ok: false; reason: string };

/**
 * The path of an origin-form request target (`/path?query`), percent-decoded. Anything else — absolute-form
 * (`http://host/x`, even `http://[`), asterisk-form, malformed percent-encodings, NUL — is refused with a
 * reason, never an exception (a throw here used to end the process).
 */
export function parseTarget(raw: string | undefined): Target {
  if (!raw || raw[0] !== '/')
    return {
      ok: false,
      reason: 'The request target must be a path starting with "/" (absolute URLs are not served).',
    };
  const end = raw.search(/[?#]/);
  const encoded = end === -1 ? raw : raw.slice(0, end);
  let pathname: string;
  try {
    pathname = decodeURIComponent(encoded);
  } catch {
    return { ok: false, reason: 'The request path has a malformed percent-encoding.' };
  }
  if (pathname.includes('\0')) return { ok: false, reason: 'The request path contains a NUL character.' };
  return { ok: true, pathname };
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const PARAM = new RegExp(`^\\s*(${TOKEN})=(${TOKEN}|"(?:[^"\\\\]|\\\\.)*")\\s*$`);

/**
 * True for `application/json` with optional well-formed parameters (RFC 9110 media type), and a charset,
 * if given, of UTF-8. `application/jsonfoo`, `application/json garbage` and `text/plain` are refused.
 */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  for (const p of params) {
    if (!p.trim()) continue; // a trailing ";" is harmless
    const m = PARAM.exec(p);
    if (!m) return false;
    if (m[1].toLowerCase() === 'charset' && m[2].replace(/^"|"$/g, '').toLowerCase() !== 'utf-8')
      return false;
  }
  return true;
}

export type BodyResult<T> =
  { ok: true; body: T } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; reason: string };

/** Reads a small body into memory, keeping at most `limit` bytes; the rest is drained, never buffered. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult<string>> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult<string>): void => {
      if (done) return;
      done = true;
      resolveBody(r);
    };
    req.on('data', (c: Buffer) => {
      if (done) return; // over the limit: drain without keeping anything
      size += c.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', (e: Error) => finish({ ok: false, tooLarge: false, reason: e.message }));
    req.on('close', () =>
      finish({ ok: false, tooLarge: false, reason: 'The connection closed before the body was complete.' }),
    );
  });
}

class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) cb(new BodyTooLarge());
    else cb(null, chunk);
  }
}

class BodyTooLarge extends Error {}

const SPOOL_PREFIX = 'upload-';

/**
 * Streams a body to a new file readable only by this user (0600) in `dir`, never holding more than a
 * stream chunk in memory; stops at `limit` bytes. The caller owns the file (see `removeSpool`).
 */
export async function spoolBody(
  req: IncomingMessage,
  limit: number,
  dir: string,
): Promise<BodyResult<string>> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  restrictDir(dir);
  const file = join(dir, `${SPOOL_PREFIX}${process.pid}-${randomBytes(8).toString('hex')}.json`);
  // req is piped in, not part of the pipeline: a body over the limit must not destroy the socket before
  // the 413 is sent. A client that goes away mid-body ends the pipeline through onGone.
  const limiter = new ByteLimit(limit);
  const onGone = (): void => {
    if (!req.complete) limiter.destroy(new Error('The connection closed before the body was complete.'));
  };
  req.once('close', onGone);
  req.once('error', onGone);
  req.pipe(limiter);
  try {
    await pipeline(limiter, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return { ok: true, body: file };
  } catch (e) {
    req.unpipe(limiter);
    req.resume(); // discard the rest; the caller answers and closes
    await removeSpool(file);
    if (e instanceof BodyTooLarge) return { ok: false, tooLarge: true };
    return { ok: false, tooLarge: false, reason: (e as Error).message };
  } finally {
    req.off('close', onGone);
    req.off('error', onGone);
  }
}

export async function removeSpool(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Spooled bodies left behind by a process that was killed mid-request (another live instance's are kept). */
export async function removeStaleSpools(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    const m = /^upload-(\d+)-[0-9a-f]+\.json$/.exec(n);
    if (m && (Number(m[1]) === process.pid || !alive(Number(m[1])))) await removeSpool(join(dir, n));
  }
}

export type ParsedFile = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses a spooled JSON body from its file with a streaming parser: memory holds the parsed value (its
 * strings once) but never the body's text beside it, and the work is spread over the file's chunks, so
 * the event loop keeps serving other requests (a 200 MB body: about 1.5 s of parsing in steps of a few
 * tens of ms). Nesting deeper than `maxDepth` stops the parse at once.
 */
export async function parseJsonFile(file: string, maxDepth: number): Promise<ParsedFile> {
  if ((await stat(file)).size === 0) return { ok: true, value: {} }; // as an empty in-memory body
  const parser = new Parser();
  const asm = new Assembler();
  let depth = 0;
  let done = false;
  let tooDeep = false;
  parser.on('data', (token: { name: string; value?: unknown }) => {
    if (token.name === 'startObject' || token.name === 'startArray') {
      if (++depth > maxDepth) {
        tooDeep = true;
        parser.destroy(new Error('too deep'));
        return;
      }
    } else if (token.name === 'endObject' || token.name === 'endArray') depth--;
    asm.consume(token as { name: string; value?: string });
    if (asm.done) done = true;
  });
  try {
    await pipeline(createReadStream(file), parser);
  } catch (e) {
    if (tooDeep) return { ok: false, reason: `Request body is nested more than ${maxDepth} levels deep.` };
    return { ok: false, reason: `Request body is not valid JSON (${(e as Error).message.slice(0, 120)}).` };
  }
  if (!done) return { ok: false, reason: 'Request body is not valid JSON (it ended early).' };
  return { ok: true, value: asm.current as unknown };
}
