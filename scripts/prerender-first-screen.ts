/**
 * Build step (run by the renderer build, electron.vite.config.ts): React's own server markup of web mode's
 * first screen, written to out/renderer/first-screen.json for the web server to put into index.html.
 *
 * The markup is what the app renders on #/search with the bundled knowledge base (its badge and browse
 * list: shipped, public content) and the defaults of everything else (theme "system", no notices, no query):
 * nothing of any user's data. The server uses it only while the knowledge base it serves has the same
 * version (the badge names it), and the page hydrates it (boot.ts): React takes over the same elements, so
 * the first frame with data comes from the HTML, before React has downloaded or compiled.
 *
 * Usage: tsx --tsconfig tsconfig.web.json scripts/prerender-first-screen.ts <kb.sqlite> <out.json>
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, StrictMode, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import type { Api } from '../src/shared/ipc/api';
import type { AppInfo } from '../src/shared/ipc/channels/app';
import { startApp } from '../src/main/app';
import { dispatch } from '../src/main/ipc/dispatch';

const [kbPath, outFile] = process.argv.slice(2);
if (!kbPath || !outFile) throw new Error('usage: prerender-first-screen.ts <kb.sqlite> <out.json>');

const dir = mkdtempSync(join(tmpdir(), 'sd-prerender-'));
const app = startApp({ mode: 'web', dataDir: join(dir, 'app'), kbPath, backgroundCheck: false, lock: false });
try {
  const info = await dispatch('app.info', {}, app.ctx);
  const entries = await dispatch('kb.entries', {}, app.ctx);
  const kb = info.ok ? (info.value as AppInfo).kb : null;
  if (!kb || !entries.ok) throw new Error('no knowledge base to prerender the first screen from');
  // What boot.ts asks for before React's first render: a new user's answers, the KB's own.
  const answers: Record<string, unknown> = {
    'prefs.get': { ok: true, value: { value: null } },
    'app.info': info,
    'app.notices': { ok: true, value: [] },
    'kb.entries': entries,
  };
  // The renderer's modules read a few browser globals when they load and render (never in effects,
  // which server rendering does not run).
  Object.assign(globalThis, {
    window: {
      api: new Proxy({} as Api, { get: (_t, n: string) => () => Promise.resolve(answers[n]) }),
      location: { hash: '#/search', pathname: '/' },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
    sessionStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
  });
  // The renderer's modules are loaded by path: they are the web project's (DOM, JSX), not this one's.
  const renderer = (m: string): string => pathToFileURL(join(import.meta.dirname, '..', 'src', 'renderer', 'src', m)).href;
  const { prime } = (await import(renderer('prime.ts'))) as { prime: (channel: string, req: object) => Promise<void> };
  await Promise.all([
    prime('prefs.get', { key: 'ui.theme' }),
    prime('app.info', {}),
    prime('app.notices', {}),
    prime('kb.entries', {}),
  ]);
  const { App } = (await import(renderer('App.tsx'))) as { App: ComponentType };
  const html = renderToString(createElement(StrictMode, null, createElement(App)));
  if (!html.includes('data-testid="kb-badge"') || !html.includes('data-testid="browse"'))
    throw new Error('prerendered first screen lacks the KB badge or the browse list');
  writeFileSync(outFile, JSON.stringify({ kbVersion: kb.version, html }));
  console.log(`first screen prerendered: ${(html.length / 1024).toFixed(1)} KB of markup for KB ${kb.version}`);
} finally {
  app.close();
  rmSync(dir, { recursive: true, force: true });
}
