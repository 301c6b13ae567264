import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How to start a job worker (worker.ts): `worker.js` beside the bundled main (electron-vite builds it as its
 * own entry), or, when running from source (tsx, vitest), a small bootstrap that registers tsx's loader in
 * the new thread before importing worker.ts (Node 20 does not apply `--import` hooks to a worker's entry
 * module). Works from any thread, a job's worker included (an import's parse workers start from there).
 */
export function workerEntry(): { code: string | URL; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) {
    const built = join(dirname(here), 'worker.js');
    return { code: pathToFileURL(existsSync(built) ? built : join(dirname(here), 'jobs', 'worker.js')), eval: false };
  }
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(join(dirname(here), 'worker.ts')).href;
  return {
    code: `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`,
    eval: true,
  };
}
