// Post-install: build the offline knowledge base when the toolchain is present.
// Never fails the install: a missing KB is reported by the app with a clear message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tsx = new URL('../node_modules/.bin/tsx', import.meta.url);
if (!existsSync(tsx) || !existsSync(new URL('./build-kb.ts', import.meta.url))) {
  console.log('[postinstall] skipping KB build (dev tools not installed yet)');
  process.exit(0);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-kb.ts'], { stdio: 'inherit' });
if (r.status !== 0) console.warn('[postinstall] KB build failed; run `npm run build:kb` to see why.');
