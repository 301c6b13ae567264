/**
 * The fact-check code's stamp: a hash of every file under src/shared, of src/main/notes/rules.ts (the code that
 * builds the checker) and of the installed zod's version (which validates its data). The app's build puts it into the main bundle (__FACTCHECK_STAMP__) and into the
 * precompiled checker it writes (scripts/build-factcheck-index.ts); the app reads that file only when the two
 * agree. Used by electron.vite.config.ts and the bench.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function factcheckStamp(root: string): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(dir, e.name));
      else files.push(join(dir, e.name));
  };
  walk(join(root, 'src', 'shared'));
  files.push(join(root, 'src', 'main', 'notes', 'rules.ts'));
  const h = createHash('sha256');
  for (const f of files.map((f) => relative(root, f).split('\\').join('/')).sort()) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(root, f)));
    h.update('\0');
  }
  h.update(
    `zod@${(JSON.parse(readFileSync(join(root, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string }).version}`,
  );
  return h.digest('hex').slice(0, 16);
}
