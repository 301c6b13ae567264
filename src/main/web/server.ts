import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contract, type Channel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import { dispatchValidated } from '../ipc/dispatch';
import { isChannel, validateRequest, validateRequestText } from '../ipc/validate';
import { MAX_PAYLOAD_DEPTH } from '../../shared/ipc/payloadShape';
import type { HandlerContext } from '../ipc/types';
import { CONTENT_SECURITY_POLICY } from '../security';
import { isJsonContentType, parseJsonFile, parseTarget, readBody, removeSpool, removeStaleSpools, spoolBody, type ParsedFile } from './request';

export const TOKEN_HEADER = 'x-study-desk-token';

export interface WebServerOptions {
  ctx: HandlerContext;
  /** Built renderer folder (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Per-launch secret; random when omitted. */
  token?: string;
  /** Where large request bodies are streamed (0700 folder, 0600 files); default: `tmp/` in the data folder. */
  spoolDir?: string;
  /**
   * Optional handlers that take a large channel's body as a file instead of a parsed payload, e.g. to
   * parse and validate it in a worker thread with bounded memory. The file (raw request JSON, 0600) is
   * removed when the returned promise settles. Channels without one are parsed here and dispatched.
   */
  spooledHandlers?: Partial<Record<Channel, SpooledHandler>>;
}

/** Takes the path of a spooled request body (raw JSON, at most the channel's limit) and answers a Result. */
export type SpooledHandler = (bodyFile: string, ctx: HandlerContext) => Promise<Result<unknown>>;

export interface WebServer {
  server: Server;
  port: number;
  token: string;
  /** URL to open: the token travels in the fragment, which browsers never send to servers or in Referer. */
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The renderer's files (HTML, CSS, scripts; 1.2 MB in all) are read once and answered from memory with one
 * write: a file streamed in 64 KB pieces takes an event-loop turn per piece, and the first screen's script
 * (a quarter of a megabyte) then waits behind the start-up calls the boot script makes at the same moment.
 * Keyed by path, size and modification time, so a rebuilt file is read again; files above the per-file
 * limit are streamed as before, and the total is bounded.
 */
const STATIC_CACHE_FILE_LIMIT = 2 * 1024 * 1024;
const STATIC_CACHE_TOTAL_LIMIT = 16 * 1024 * 1024;
const staticCache = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();
let staticCacheBytes = 0;

async function cachedFile(file: string, size: number, mtimeMs: number): Promise<Buffer | null> {
  if (size > STATIC_CACHE_FILE_LIMIT) return null;
  const hit = staticCache.get(file);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.body;
  const body = await readFile(file);
  if (body.length !== size) return null; // changed while being read: stream it instead
  if (hit) {
    staticCache.delete(file);
    staticCacheBytes -= hit.size;
  }
  // Oldest first out when the bound is reached (a Map iterates in insertion order).
  for (const [k, v] of staticCache) {
    if (staticCacheBytes + size <= STATIC_CACHE_TOTAL_LIMIT) break;
    staticCache.delete(k);
    staticCacheBytes -= v.size;
  }
  if (staticCacheBytes + size <= STATIC_CACHE_TOTAL_LIMIT) {
    staticCache.set(file, { size, mtimeMs, body });
    staticCacheBytes += size;
  }
  return body;
}

/**
 * Web mode's first screen as markup (issue 19): `first-screen.json` beside index.html, written by the
 * renderer build (scripts/prerender-first-screen.ts), holds React's own server rendering of the Search
 * screen with the shipped knowledge base (badge and browse list: public content, the same for everyone;
 * no preference, note or anything else of the user's) and the KB version it was made from. index.html is
 * answered with that markup inside #root while the KB this server reads has the same version, so the first
 * frame with data is drawn from the HTML; the page then hydrates it (boot.ts). Every /api call still needs
 * the token. Without the file, or with another KB, index.html is answered as built.
 */
export const FIRST_SCREEN_FILE = 'first-screen.json';
const EMPTY_ROOT = '<div id="root"></div>';

/** A stylesheet link as the renderer build writes it into index.html. */
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[\w.-]+\.css)">/g;

/** The stylesheets index.html links, by path relative to the renderer folder (for `withFirstScreen`). */
export function linkedStylesheets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(STYLESHEET_LINK)].map((m) => m[1]!);
}

/**
 * index.html with the first screen's markup in #root, or null when it does not apply. `styles` (path →
 * CSS, from `linkedStylesheets`) go into the page in place of their links, so the first paint waits for
 * no request at all; a stylesheet not given stays a link. The CSS has no url() to resolve, and one that
 * could close the style element is left linked.
 */
export function withFirstScreen(
  indexHtml: string,
  firstScreenJson: string,
  kbVersion: string | null,
  styles: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (!kbVersion || !indexHtml.includes(EMPTY_ROOT)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(firstScreenJson);
  } catch {
    return null;
  }
  const { kbVersion: made, html } = (parsed ?? {}) as { kbVersion?: unknown; html?: unknown };
  if (made !== kbVersion || typeof html !== 'string' || !html) return null;
  // The version is a hex digest; escaped all the same, as it goes into an attribute.
  const attr = kbVersion.replace(/[^\w.-]/g, '');
  return indexHtml
    .replace(STYLESHEET_LINK, (link, path: string) => {
      const css = styles.get(path);
      return css === undefined || /<\/style|url\(/i.test(css) ? link : `<style>${css}</style>`;
    })
    .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered data-kb-version="${attr}">${html}</div>`);
}

/** Sockets open at once; a browser uses about six. */
const MAX_CONNECTIONS = 512;

/** Unknown channels get a small allowance: enough to read a short body and answer UNKNOWN_CHANNEL. */
const UNKNOWN_CHANNEL_LIMIT = 4096;
/**
 * Channels allowed more than this (notes.import, backup.restore) stream their body to a private file in
 * the data folder instead of memory; smaller bodies are read into memory, at most their channel's limit.
 */
export const SPOOL_THRESHOLD_BYTES = 1024 * 1024;
/** Large bodies accepted at once; another one meanwhile gets 503, so memory holds at most one. */
const MAX_CONCURRENT_LARGE = 1;

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/**
 * `close`: the rest of the request body will not be read (it overran its limit mid-way), so the connection
 * ends after the answer. A refusal made from the headers alone keeps the connection: Node then discards
 * the declared body, and a browser still uploading it gets to read the answer.
 */
function sendJson(res: ServerResponse, status: number, body: Result<unknown>, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(text);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refusals of the request itself are 400/404; a handler's typed answer (NOT_FOUND, CONFLICT…) is a 200. */
function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'UNKNOWN_CHANNEL') return 404;
  if (result.error.code === 'VALIDATION') return 400;
  return 200;
}

/**
 * Web mode: the same handlers as the Electron app, served on 127.0.0.1 only. Guarded like a desktop app:
 * a per-launch token on every API call, the Host header must be our loopback origin (defeats DNS
 * rebinding), no CORS headers ever, JSON-only POSTs (a cross-site form cannot send them without a
 * preflight we never answer).
 */
export function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const rendererDir = resolve(opts.rendererDir);
  let port = 0;

  const spoolDir = opts.spoolDir ?? join(dirname(opts.ctx.userDb.path), 'tmp');
  let largeInFlight = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, channelName: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_INPUT', 'API calls are POST requests.'));
    if (!tokenMatches(req.headers[TOKEN_HEADER], token))
      return sendJson(res, 401, fail('BAD_INPUT', 'Missing or wrong session token. Open the URL printed at start-up.'));
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`)
      return sendJson(res, 403, fail('BAD_INPUT', 'Cross-origin requests are not allowed.'));
    if (!isJsonContentType(req.headers['content-type']))
      return sendJson(res, 415, fail('BAD_INPUT', 'API calls send Content-Type: application/json.'));
    // The channel decides the limit before a byte of the body is read.
    const known = isChannel(channelName);
    const limit = known ? contract[channelName].maxPayloadBytes : UNKNOWN_CHANNEL_LIMIT;
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit)
      return sendJson(res, 413, fail('TOO_LARGE', `Request is ${declared} bytes; the limit for ${channelName.slice(0, 80)} is ${limit}.`));
    const tooLarge = (): void =>
      sendJson(res, 413, fail('TOO_LARGE', `Request exceeds the limit for ${channelName.slice(0, 80)} (${limit} bytes).`), true);

    if (known && limit > SPOOL_THRESHOLD_BYTES) {
      if (largeInFlight >= MAX_CONCURRENT_LARGE)
        return sendJson(res, 503, fail('UNAVAILABLE', 'Another large upload is being processed; try again when it has finished.'));
      largeInFlight++;
      try {
        const spooled = await spoolBody(req, limit, spoolDir);
        if (!spooled.ok) return spooled.tooLarge ? tooLarge() : undefined; // a broken connection has no one to answer
        const custom = opts.spooledHandlers?.[channelName];
        let result: Result<unknown> | undefined;
        let parsed: ParsedFile | undefined;
        try {
          if (custom) result = await custom(spooled.body, opts.ctx);
          else parsed = await parseJsonFile(spooled.body, MAX_PAYLOAD_DEPTH);
        } finally {
          await removeSpool(spooled.body); // before answering: nothing of the upload outlives the request
        }
        if (!result) {
          if (!parsed?.ok) result = fail('VALIDATION', parsed?.reason ?? 'Request body could not be read.');
          else {
            const checked = validateRequest(channelName, parsed.value, { sizeChecked: true });
            parsed = undefined; // the handler gets the validated copy; let the parsed one go
            result = checked.ok ? await dispatchValidated(checked.channel, checked.data, opts.ctx) : checked;
          }
        }
        return sendJson(res, statusOf(result), result);
      } finally {
        largeInFlight--;
      }
    }
    const body = await readBody(req, limit);
    if (!body.ok) return body.tooLarge ? tooLarge() : undefined;
    return answer(res, channelName, body.body);
  }

  async function answer(res: ServerResponse, channelName: string, text: string): Promise<void> {
    // JSON.parse is iterative in V8, but zod and JSON.stringify recurse: deep nesting is refused up front.
    const checked = validateRequestText(channelName, text);
    const result = checked.ok ? await dispatchValidated(checked.channel, checked.data, opts.ctx) : checked;
    sendJson(res, statusOf(result), result);
  }

  /** The KB version app.info reports (the prerendered badge names it), or null without a KB. */
  function kbVersion(): string | null {
    try {
      return opts.ctx.db.read('first-screen', (_u, kb) => {
        const row = kb?.prepare("SELECT value FROM kb_meta WHERE key = 'version'").get() as { value: string } | undefined;
        return row?.value ?? null;
      });
    } catch {
      return null;
    }
  }

  // The composed page, kept while index.html, first-screen.json and the KB version are unchanged.
  let page: { index: Buffer; json: Buffer; version: string | null; body: Buffer | null } | null = null;
  async function indexPage(index: Buffer): Promise<Buffer> {
    const file = join(rendererDir, FIRST_SCREEN_FILE);
    const info = await stat(file).catch(() => null);
    const json = info?.isFile() ? await cachedFile(file, info.size, info.mtimeMs).catch(() => null) : null;
    if (!json) return index;
    const version = kbVersion();
    if (!page || page.index !== index || page.json !== json || page.version !== version) {
      const indexHtml = index.toString('utf8');
      const styles = new Map<string, string>();
      for (const path of linkedStylesheets(indexHtml)) {
        const f = join(rendererDir, path);
        const st = await stat(f).catch(() => null);
        const css = st?.isFile() ? await cachedFile(f, st.size, st.mtimeMs).catch(() => null) : null;
        if (css) styles.set(path, css.toString('utf8'));
      }
      const html = withFirstScreen(indexHtml, json.toString('utf8'), version, styles);
      page = { index, json, version, body: html === null ? null : Buffer.from(html) };
    }
    return page.body ?? index;
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed');
      return;
    }
    let rel = pathname;
    if (rel === '/' || !extname(rel)) rel = '/index.html'; // client-side routes
    const file = normalize(join(rendererDir, rel));
    const info = file.startsWith(rendererDir + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      if (rel === '/favicon.ico') {
        // Browsers ask for it unprompted; "no icon" is not an error worth a 404 in the console.
        res.writeHead(204, { 'Cache-Control': 'public, max-age=86400' }).end();
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    let body = await cachedFile(file, info.size, info.mtimeMs).catch(() => null);
    if (body && rel === '/index.html') body = await indexPage(body);
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body ? body.length : info.size,
      'Cache-Control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (body) {
      res.end(body);
      return;
    }
    // pipeline, not pipe: a read error ends this response instead of becoming an unhandled 'error' event.
    await pipeline(createReadStream(file), res).catch(() => res.destroy());
  }

  function route(req: IncomingMessage, res: ServerResponse): Promise<void> | void {
    baseHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, { 'Content-Type': 'text/plain', Connection: 'close' }).end('Misdirected request: wrong Host header.');
      return;
    }
    if (req.method === 'OPTIONS') {
      // No CORS: preflights are refused, never answered with Access-Control-* headers.
      res.writeHead(403, { Connection: 'close' }).end();
      return;
    }
    const target = parseTarget(req.url);
    if (!target.ok) {
      res.writeHead(400, { 'Content-Type': 'text/plain', Connection: 'close' }).end(`Bad request: ${target.reason}`);
      return;
    }
    if (target.pathname.startsWith('/api/')) return handleApi(req, res, target.pathname.slice('/api/'.length));
    return serveStatic(req, res, target.pathname);
  }

  function failed(res: ServerResponse, e: unknown): void {
    console.error('[web] request failed', e);
    if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Internal error.'), true);
    else res.destroy();
  }

  // Every path of a request runs inside a try (sync throws) or a catch (async rejections): no request,
  // however malformed, can end the process.
  const server = createServer((req, res) => {
    // A client that went away makes writes fail; nothing to do about it, and it must not surface as an
    // unhandled 'error' event.
    res.on('error', () => undefined);
    try {
      const pending = route(req, res);
      if (pending) pending.catch((e: unknown) => failed(res, e));
    } catch (e) {
      failed(res, e);
    }
  });
  // Requests Node's parser rejects (bad request line, header overflow, bad Content-Length) get a plain 400.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nBad request`);
  });
  // Bounds what many clients at once can hold: at most this many sockets, each buffering at most its
  // channel's limit of a small body (256 KB), so in-memory bodies stay under 128 MB in all.
  server.maxConnections = MAX_CONNECTIONS;
  void removeStaleSpools(spoolDir);

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    // Loopback only: never 0.0.0.0 or another interface.
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      // After start, a server-level error (EMFILE when accepting under a connection flood) is logged; it
      // must not end the process, and the server keeps accepting once descriptors free up.
      server.on('error', (e) => console.error('[web] server error', e));
      const addr = server.address();
      port = typeof addr === 'object' && addr ? addr.port : 0;
      resolveStart({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
