import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';

const root = dirname(fileURLToPath(import.meta.url));

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
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
      // Minified: less JavaScript for the window to parse before the first screen.
      minify: true,
      chunkSizeWarningLimit: 900,
    },
  },
});
