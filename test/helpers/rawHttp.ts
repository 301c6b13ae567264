/**
 * A raw HTTP/1.1 client over node:net: sends exactly the bytes it is given (no URL library rewrites a
 * malformed target, no client fixes a header) and reads one response.
 */
import { connect } from 'node:net';

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection (after answering, or instead of it). */
  closed: boolean;
  /** Nothing came back within the idle time; the client gave up and closed. */
  timedOut: boolean;
}

export interface RawRequestOptions {
  /** Half-close after sending: the client is gone, as when a browser tab dies mid-upload. */
  halfClose?: boolean;
  /** Give up after this long without a complete response. */
  idleMs?: number;
  /** A HEAD request's response has no body even when it declares a length. */
  head?: boolean;
}

function parseHead(text: string): { status: number; headers: Record<string, string> } {
  const [line, ...rest] = text.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(line)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const h of rest) {
    const i = h.indexOf(':');
    if (i > 0) headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
  }
  return { status, headers };
}

/** Decodes a chunked body; null while it is incomplete. */
function dechunk(buf: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', i);
    if (eol === -1) return null;
    const size = parseInt(buf.subarray(i, eol).toString('latin1'), 16);
    if (Number.isNaN(size)) return Buffer.concat(parts);
    if (size === 0) return buf.indexOf('\r\n', eol + 2) === -1 ? null : Buffer.concat(parts);
    if (buf.length < eol + 2 + size + 2) return null;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
}

/** Sends `bytes` to 127.0.0.1:port and resolves with the first response (or how the connection ended). */
export function rawRequest(
  port: number,
  bytes: string | Buffer,
  opts: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let buf = Buffer.alloc(0);
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: Omit<RawResponse, 'closed' | 'timedOut'>, closed: boolean, timedOut = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...r, closed, timedOut });
    };
    const current = (): Omit<RawResponse, 'closed' | 'timedOut'> => {
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return { status: 0, headers: {}, body: '' };
      const head = parseHead(buf.subarray(0, end).toString('latin1'));
      return { ...head, body: buf.subarray(end + 4).toString('utf8') };
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(current(), false, true), opts.idleMs ?? 2000);
    };
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      arm();
      let end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      let head = parseHead(buf.subarray(0, end).toString('latin1'));
      while (head.status >= 100 && head.status < 200) {
        // An interim answer (100 Continue): the real one follows, maybe in the same packet.
        buf = buf.subarray(end + 4);
        end = buf.indexOf('\r\n\r\n');
        if (end === -1) return;
        head = parseHead(buf.subarray(0, end).toString('latin1'));
      }
      const rest = buf.subarray(end + 4);
      const noBody = opts.head || head.status === 204 || head.status === 304;
      if (noBody) return finish({ ...head, body: '' }, false);
      const length = head.headers['content-length'];
      if (length !== undefined) {
        if (rest.length >= Number(length))
          finish({ ...head, body: rest.subarray(0, Number(length)).toString('utf8') }, false);
        return;
      }
      if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) {
        const body = dechunk(rest);
        if (body) finish({ ...head, body: body.toString('utf8') }, false);
      }
      // Otherwise the body runs until the server closes.
    });
    socket.on('close', () => finish(current(), true));
    socket.on('error', () => finish(current(), true));
    socket.on('connect', () => {
      arm();
      socket.write(bytes);
      if (opts.halfClose) socket.end();
    });
  });
}

/** A well-formed request, for the cases that only vary one part. */
export function httpRequest(opts: {
  method?: string;
  target: string;
  port: number;
  headers?: Record<string, string>;
  body?: string;
}): string {
  const headers: Record<string, string> = { Host: `127.0.0.1:${opts.port}`, ...opts.headers };
  if (opts.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length'))
    headers['Content-Length'] = String(Buffer.byteLength(opts.body));
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${opts.method ?? 'GET'} ${opts.target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${opts.body ?? ''}`;
}
