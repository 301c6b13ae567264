import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSuite, REPO } from './harness';

const suite = e2eSuite();

/**
 * The first-paint script (src/renderer/index.html) puts a chosen theme into the server markup's theme picker.
 * A fresh-clone CI saw the picker read "System" after a dark choice: the HTML can arrive split inside the
 * picker, and a value set before its option was parsed is lost. This serves a page with the real script and
 * the picker cut at each point, the second part after a pause, and reads the picker once the page is parsed.
 */
const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync(join(REPO, 'src', 'renderer', 'index.html'), 'utf8'))![1]!;
const picker = [
  '<select data-testid="theme-select">',
  '<option value="system" selected>System</option>',
  '<option value="light">Light</option>',
  '<option value="dark">Dark</option>',
  '</select>',
];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const cut = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('cut') ?? '-1');
    if (cut < 0) return res.end('<!doctype html><title>blank</title>');
    const body = [`<!doctype html><html><head><script>${script}</script></head><body><main>`, ...picker, '<p data-testid="after">after</p></main></body></html>'];
    res.write(body.slice(0, cut + 1).join(''));
    setTimeout(() => res.end(body.slice(cut + 1).join('')), 150);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('first-paint theme (Chromium, HTML split inside the picker)', () => {
  it('shows the chosen theme in the picker wherever the HTML is cut', async () => {
    const page = await suite().browser.newPage();
    try {
      await page.goto(`${origin}/?cut=-1`);
      await page.evaluate(() => localStorage.setItem('study-desk.theme', 'dark'));
      for (let cut = 0; cut <= picker.length; cut++) {
        await page.goto(`${origin}/?cut=${cut}`);
        await page.getByTestId('after').waitFor({ state: 'attached' });
        expect([cut, await page.getByTestId('theme-select').inputValue()]).toEqual([cut, 'dark']);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      }
    } finally {
      await page.close();
    }
  });
});
