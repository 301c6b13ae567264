import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contract } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import { dispatch, isChannel } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/types';
import { CONTENT_SECURITY_POLICY } from '../security';

export const TOKEN_HEADER = 'x-study-desk-token';

export interface WebServerOptions {
  ctx: HandlerContext;
  /** Built renderer folder (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Per-launch secret; random when omitted. */
  token?: string;
}

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

const MAX_BODY = Math.max(...Object.values(contract).map((c) => c.maxPayloadBytes));

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop buffering; the rest is discarded and the connection closed after the 413 is sent.
        req.removeAllListeners('data');
        req.on('data', () => undefined);
        resolveBody(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, channelName: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_INPUT', 'API calls are POST requests.'));
    if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token))
      return sendJson(res, 401, fail('BAD_INPUT', 'Missing or wrong session token. Open the URL printed at start-up.'));
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`)
      return sendJson(res, 403, fail('BAD_INPUT', 'Cross-origin requests are not allowed.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendJson(res, 415, fail('BAD_INPUT', 'API calls send application/json.'));
    const limit = isChannel(channelName) ? contract[channelName].maxPayloadBytes : 4096;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit)
      return sendJson(res, 413, fail('TOO_LARGE', `Request is ${declared} bytes; the limit for ${channelName} is ${limit}.`));
    const text = await readBody(req, Math.min(limit, MAX_BODY));
    if (text === null) {
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, fail('TOO_LARGE', `Request exceeds the limit for ${channelName} (${limit} bytes).`));
    }
    let payload: unknown;
    try {
      payload = text.length ? JSON.parse(text) : {};
    } catch {
      return sendJson(res, 400, fail('VALIDATION', 'Request body is not valid JSON.'));
    }
    sendJson(res, 200, await dispatch(channelName, payload, opts.ctx, { sizeChecked: true }));
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let rel = decodeURIComponent(pathname);
    if (rel === '/' || !extname(rel)) rel = '/index.html'; // client-side routes
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    baseHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request: wrong Host header.');
      return;
    }
    if (req.method === 'OPTIONS') {
      // No CORS: preflights are refused, never answered with Access-Control-* headers.
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch((e: unknown) => {
        console.error('[web] request failed', e);
        if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Internal error.'));
      });
      return;
    }
    serveStatic(req, res, url.pathname);
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    // Loopback only: never 0.0.0.0 or another interface.
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
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
