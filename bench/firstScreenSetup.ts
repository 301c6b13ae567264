/**
 * Shared set-up of the ad-hoc first-screen scripts (bench/_s11first.ts, _s12steps.ts, _s12trace.ts): the app in
 * web mode on a fresh data folder with the bundled KB, Debian's Chromium as bench/run.ts launches it, and the
 * renderer folders to compare (RENDERERS=a,b; default: this tree's build).
 */
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApp } from '../src/main/app';
import { tempDir } from '../test/helpers/tmp';

export const ROOT = join(import.meta.dirname, '..');

/** Debian's Chromium (or CHROMIUM_PATH) as every first-screen measurement launches it: no background traffic. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function firstScreenSetup(
  prefix: string,
): Promise<{
  t: ReturnType<typeof tempDir>;
  app: ReturnType<typeof startApp>;
  browser: Browser;
  dirs: string[];
}> {
  const t = tempDir(prefix);
  const app = startApp({
    mode: 'web',
    dataDir: join(t.dir, 'app'),
    kbPath: join(ROOT, 'resources', 'kb.sqlite'),
    root: ROOT,
  });
  const browser = await launchBenchChromium();
  const dirs = (process.env.RENDERERS ?? join(ROOT, 'out', 'renderer')).split(',');
  return { t, app, browser, dirs };
}
