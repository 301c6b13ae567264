// `npm test`: build the knowledge base and the app, then run unit + main tests, then the browser tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (n) => `${root}node_modules/.bin/${n}`;
const steps = [
  ['Build knowledge base', process.execPath, ['--import', 'tsx', 'scripts/build-kb.ts']],
  ['Build app', bin('electron-vite'), ['build']],
  ['Unit and SQLite tests', bin('vitest'), ['run']],
  ['Browser tests (Chromium)', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts']],
];
const only = process.argv[2];
for (const [name, cmd, args] of steps) {
  if (only === 'unit' && name.startsWith('Browser')) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(r.status ?? 1);
  }
}
console.log('\nAll tests passed.');
