import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/main/web/server';
import { testApp } from '../helpers/app';

let app: ReturnType<typeof testApp>;
let web: WebServer;

/** Raw HTTP so the Host header can be forged (fetch does not allow it). */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

beforeAll(async () => {
  app = testApp();
  const rendererDir = join(app.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  web = await startWebServer({ ctx: app.ctx, rendererDir });
});
afterAll(async () => {
  await web.close();
  app.dispose();
});

const json = (extra: Record<string, string> = {}): Record<string, string> => ({
  'Content-Type': 'application/json',
  Host: `127.0.0.1:${web?.port}`,
  ...extra,
});

describe('web mode guards', () => {
  it('listens on loopback only', () => {
    const addr = web.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
  });

  it('answers API calls that carry the token', async () => {
    const r = await raw({ method: 'POST', path: '/api/app.info', headers: json({ 'X-Study-Desk-Token': web.token }), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { mode: 'web' } });
  });

  it('refuses a missing or wrong token', async () => {
    for (const t of [undefined, 'nope', `${web.token}x`]) {
      const r = await raw({ method: 'POST', path: '/api/app.info', headers: json(t ? { 'X-Study-Desk-Token': t } : {}), body: '{}' });
      expect(r.status).toBe(401);
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const r = await raw({
      method: 'POST',
      path: '/api/app.info',
      headers: json({ Host: `attacker.example:${web.port}`, 'X-Study-Desk-Token': web.token }),
      body: '{}',
    });
    expect(r.status).toBe(421);
    const page = await raw({ path: '/', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(421);
  });

  it('never sends CORS headers and refuses preflights and foreign origins', async () => {
    const pre = await raw({
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${web.port}`, Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const r = await raw({
      method: 'POST',
      path: '/api/app.info',
      headers: json({ Origin: 'https://evil.example', 'X-Study-Desk-Token': web.token }),
      body: '{}',
    });
    expect(r.status).toBe(403);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('requires JSON, rejects oversized bodies and invalid JSON with typed errors', async () => {
    const form = await raw({
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${web.port}`, 'Content-Type': 'text/plain', 'X-Study-Desk-Token': web.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const big = await raw({
      method: 'POST',
      path: '/api/search.query',
      headers: json({ 'X-Study-Desk-Token': web.token }),
      body: JSON.stringify({ q: 'x'.repeat(600_000) }),
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('TOO_LARGE');
    const bad = await raw({ method: 'POST', path: '/api/app.info', headers: json({ 'X-Study-Desk-Token': web.token }), body: '{nope' });
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION');
  });

  it('serves the renderer with a CSP, and does not escape its folder', async () => {
    const r = await raw({ path: '/', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    const esc = await raw({ path: '/../../package.json', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(esc.status).not.toBe(200);
    const esc2 = await raw({ path: '/%2e%2e/%2e%2e/package.json', headers: { Host: `127.0.0.1:${web.port}` } });
    expect(esc2.status).toBe(404);
  });

  it('answers a file from memory, but a rebuilt file (new size or time) with its new bytes; HEAD has no body', async () => {
    const host = { Host: `127.0.0.1:${web.port}` };
    const file = join(app.dir, 'renderer', 'assets', 'app.js');
    mkdirSync(join(app.dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(file, 'one();');
    utimesSync(file, 1_000, 1_000);
    const first = await raw({ path: '/assets/app.js', headers: host });
    expect([first.status, first.body, first.headers['content-length']]).toEqual([200, 'one();', '6']);
    expect(String(first.headers['content-type'])).toContain('text/javascript');
    expect((await raw({ path: '/assets/app.js', headers: host })).body).toBe('one();'); // from the cache
    writeFileSync(file, 'two();'); // same size, new time
    utimesSync(file, 2_000, 2_000);
    expect((await raw({ path: '/assets/app.js', headers: host })).body).toBe('two();');
    writeFileSync(file, 'three();'); // new size
    utimesSync(file, 2_000, 2_000);
    const third = await raw({ path: '/assets/app.js', headers: host });
    expect([third.body, third.headers['content-length']]).toEqual(['three();', '8']);
    const head = await raw({ method: 'HEAD', path: '/assets/app.js', headers: host });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '8']);
  });
});
