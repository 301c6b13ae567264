import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The app chunk boot.ts imports (src/renderer/src/main.tsx) and every chunk it imports, as modulepreload
 * links in index.html. The boot script loads the app with import() so that it can ask for the first
 * screen's data first; without these links the browser only asked for the app (most of the JavaScript)
 * once the boot script had arrived and run, one round trip and a script run later than it could.
 */
function preloadApp(): Plugin {
  const isApp = (c: { type: string; facadeModuleId?: string | null }): boolean =>
    c.type === 'chunk' && (c.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/renderer/src/main.tsx') ?? false);
  return {
    name: 'study-desk:preload-app',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      // V8's explicit compile hint, first in the file (written after the bundle is final: the minifier drops
      // comments and Vite prepends its own preamble): all of the app chunk (React DOM, the shell, the Search
      // screen) runs at load, so Chromium compiles it eagerly as it streams in, off the main thread, rather
      // than function by function on the main thread during the first render.
      for (const c of Object.values(bundle)) {
        if (!isApp(c) || !options.dir) continue;
        const file = join(options.dir, c.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const app = Object.values(bundle).find(isApp);
        if (!app) throw new Error('preloadApp: no chunk for src/renderer/src/main.tsx');
        const files: string[] = [];
        const visit = (file: string): void => {
          const c = bundle[file];
          if (files.includes(file) || c?.type !== 'chunk') return;
          files.push(file);
          c.imports.forEach(visit);
        };
        visit(app.fileName);
        return {
          html,
          tags: files
            .filter((f) => !html.includes(f)) // the entry itself is already a <script>
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 is native and stays external; everything else in dependencies too.
      externalizeDeps: true,
      // The worker thread for heavy jobs (imports, exports, restores, checks) is its own entry: out/main/worker.js.
      rollupOptions: {
        // fsrsChild.js is the FSRS optimiser's child process (a native computation that only a process kill can stop).
        input: {
          index: resolve(root, 'src/main/index.ts'),
          worker: resolve(root, 'src/main/jobs/worker.ts'),
          fsrsChild: resolve(root, 'src/main/jobs/fsrsChild.ts'),
        },
        // Code shared by the two entries goes beside them, not into chunks/: paths.ts finds the app root
        // two folders up from its own file (out/main → repo), which a chunks/ subfolder would break.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require 'electron': bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), preloadApp()],
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
      // Minified: less JavaScript for the window to parse before the first screen.
      minify: true,
      chunkSizeWarningLimit: 900,
    },
  },
});
