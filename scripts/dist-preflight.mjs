// `npm run dist` step 0: installers need Electron's own binary (electron-builder packs it). Where it cannot
// be fetched, say so in one line and stop before the build, instead of failing deep inside electron-builder.
// `--no-download` only checks (tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'node_modules', 'electron');

function binary() {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const p = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(p) ? p : null;
}

let found = existsSync(dir) ? binary() : null;
let reason = existsSync(dir) ? 'not downloaded' : 'the electron package is not installed (run npm install)';
if (!found && existsSync(dir) && !process.argv.includes('--no-download')) {
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  found = binary();
  if (!found) {
    const last = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').filter(Boolean).pop();
    reason = r.error ? r.error.message : (last ?? `install.js exited with ${r.status}`);
  }
}
if (!found) {
  console.error(`npm run dist: Electron's binary could not be fetched (${reason.slice(0, 200)}); build installers on a machine with internet (README: Installers).`);
  process.exit(1);
}
console.log(`[dist] Electron binary: ${found}`);
