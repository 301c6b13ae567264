import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from '../helpers/tmp';

export const REPO = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(REPO, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2eApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  browser: Browser;
  page: Page;
  /** Saves a full-page PNG under test-results/screenshots/<name>.png. */
  shot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

async function waitForFile(path: string, child: ChildProcess, log: () => string, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!existsSync(path)) {
    if (child.exitCode !== null) throw new Error(`web mode exited early (${child.exitCode}):\n${log()}`);
    if (Date.now() - t0 > ms) throw new Error(`web mode did not start within ${ms} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts web mode (the built renderer + real handlers) on a free port with its own data folder, and opens
 * it in Debian's Chromium. Waits for the app-ready marker, never a sleep.
 */
export async function startE2e(opts: { seed?: (dataDir: string) => void } = {}): Promise<E2eApp> {
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html')))
    throw new Error('Build the app first (npm run build); npm test does this for you.');
  const t = tempDir('sd-e2e-');
  const ready = join(t.dir, 'ready.json');
  // Lets a test put files in the data folder before the app opens it (a damaged database, an empty file).
  if (opts.seed) {
    mkdirSync(join(t.dir, 'data'), { recursive: true });
    opts.seed(join(t.dir, 'data'));
  }
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/web/cli.ts', '--port', '0', '--data-dir', join(t.dir, 'data'), '--ready-file', ready],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitForFile(ready, child, () => output);
  const info = JSON.parse(readFileSync(ready, 'utf8')) as { url: string; port: number; token: string };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(info.url);
  await page.getByTestId('app-ready').waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: info.url,
    origin: `http://127.0.0.1:${info.port}`,
    token: info.token,
    dataDir: join(t.dir, 'data'),
    browser,
    page,
    shot: async (name) => {
      const p = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: p, fullPage: true });
      return p;
    },
    close: async () => {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      t.cleanup();
      if (errors.length) throw new Error(`page errors during the test:\n${errors.join('\n')}`);
    },
  };
}

/** One web-mode app + browser per test file: `const app = e2eSuite();` then `app().page`. */
export function e2eSuite(): () => E2eApp {
  let app: E2eApp | null = null;
  beforeAll(async () => {
    app = await startE2e();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the e2e app is not started');
    return app;
  };
}
