import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { factcheckStamp } from './scripts/factcheckStamp';

const root = dirname(fileURLToPath(import.meta.url));

/** Every module a static import chain reaches from `from` (dynamic imports are not followed). */
function staticGraph(getModuleInfo: (id: string) => { importedIds: readonly string[] } | null, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The first screen's JavaScript in one chunk: everything src/renderer/src/main.tsx imports statically
 * (React, ReactDOM, the shell, the Search screen, shared helpers such as hooks.ts) goes into `main`,
 * except what the boot script itself imports (it stays in the entry, so the boot script never waits for
 * the app). Without this the bundler splits the modules main shares with the lazy screens (React's core,
 * hooks.ts, download.ts) into chunks of their own: five scripts for the first screen instead of three,
 * and with the four start-up calls more requests than a browser's six connections per host. The lazy
 * screens import what they share from `main`, which is always loaded before them.
 */
function firstScreenChunk(): (id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => string | null {
  const app = resolve(root, 'src/renderer/src/main.tsx');
  const boot = resolve(root, 'src/renderer/src/boot.ts');
  let first: Set<string> | undefined;
  return (id, ctx) => {
    if (!first) {
      const getInfo = (x: string): { importedIds: readonly string[] } | null => ctx.getModuleInfo(x);
      const bootGraph = staticGraph(getInfo, boot);
      first = new Set([...staticGraph(getInfo, app)].filter((x) => !bootGraph.has(x)));
    }
    return first.has(id) ? 'main' : null;
  };
}

/**
 * The page's entry (src/boot.ts) asks for the first screen's data and then imports the app with a dynamic
 * import, so without a hint the browser only starts fetching the app once the entry has downloaded and
 * run: a second round trip after the HTML's. Naming the app's chunks in the HTML as modulepreload links
 * fetches them alongside the entry: the entry's dynamic imports and everything they import statically
 * (two files with firstScreenChunk: main and the bundler's 1 KB runtime), not the lazy screens. Session 11
 * tried these links with five first-screen chunks and measured no gain: with the CSS and the entry that
 * was seven requests against a browser's six connections per host, and the start-up calls queued behind.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'preload-entry-dynamic-imports',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return [];
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          const c = bundle[fileName];
          if (!c || c.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          c.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        for (const f of [entry.fileName, ...entry.imports]) files.delete(f);
        return [...files].map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** Runs a TypeScript script of the repository through tsx (after a bundle is written), output shown. */
function runTsx(script: string, args: string[], tsconfig?: string): void {
  const tsx = resolve(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  execFileSync(process.execPath, [tsx, ...(tsconfig ? ['--tsconfig', tsconfig] : []), resolve(root, 'scripts', script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}

/**
 * Web mode's first screen as markup: after the renderer is built, React renders the Search screen with the
 * bundled knowledge base into out/renderer/first-screen.json (scripts/prerender-first-screen.ts), which the
 * web server puts into index.html (src/main/web/server.ts). Skipped, with a warning, without a built KB
 * (`npm run build` builds it first); the app then starts as before.
 */
function prerenderFirstScreen(): Plugin {
  let outDir = '';
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const kb = resolve(root, 'resources', 'kb.sqlite');
      const out = join(outDir, 'first-screen.json');
      rmSync(out, { force: true });
      if (!existsSync(kb)) {
        this.warn(`no ${kb}: web mode's first screen is not prerendered (run npm run build:kb)`);
        return;
      }
      runTsx('prerender-first-screen.ts', [kb, out], resolve(root, 'tsconfig.web.json'));
    },
  };
}

/**
 * The fact-checker precompiled for the app's build: after the main bundle is written, the knowledge base's fact
 * index is built once (scripts/build-factcheck-index.ts) into out/main/factcheck-index.bin, stamped with a hash
 * of the code that builds it; the bundle carries the same stamp (__FACTCHECK_STAMP__) and reads the file only
 * when both agree and the data it loads is the data the file was built from (notes/rules.ts). Every import job
 * and each of its parse workers then starts in ~0.25 s instead of ~1.2 s.
 */
function precompileFactcheck(stamp: string): Plugin {
  let outDir = '';
  return {
    name: 'precompile-factcheck',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      runTsx('build-factcheck-index.ts', [stamp, join(outDir, 'factcheck-index.bin')]);
    },
  };
}

const stamp = factcheckStamp(root);

export default defineConfig({
  main: {
    define: { __FACTCHECK_STAMP__: JSON.stringify(stamp) },
    plugins: [precompileFactcheck(stamp)],
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
    plugins: [react(), preloadEntryImports(), prerenderFirstScreen()],
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'src/renderer/index.html') },
        output: {
          // Only the modules named go into the group (not their imports too, which would pull the boot
          // script's own modules out of the entry).
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: firstScreenChunk(), debugName: 'first-screen' }] },
        },
      },
      // Minified: less JavaScript for the window to parse before the first screen.
      minify: true,
      chunkSizeWarningLimit: 900,
    },
  },
});
