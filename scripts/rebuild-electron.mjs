// Builds better-sqlite3 for Electron's ABI into .electron-native/ without touching node_modules'
// Node build (which the tests and web mode use). Needs internet (Electron headers or prebuilt binary).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const work = join(root, '.electron-native', 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });
const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
const tries = [
  [join(root, 'node_modules', '.bin', 'prebuild-install'), ['--runtime', 'electron', '--target', electronVersion]],
  ['npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']],
];
let ok = false;
for (const [cmd, args] of tries) {
  console.log(`[rebuild-electron] ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status === 0 && existsSync(join(work, 'build', 'Release', 'better_sqlite3.node'))) {
    ok = true;
    break;
  }
}
if (!ok) {
  console.error('[rebuild-electron] could not build better-sqlite3 for Electron (no internet?). Web mode still works.');
  process.exit(1);
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(root, '.electron-native', 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`[rebuild-electron] .electron-native/better_sqlite3.node built for Electron ${electronVersion}`);
