// `npm start`: make sure the knowledge base and the app bundle are built, then launch the Electron app
// when its binary is available, otherwise serve web mode on 127.0.0.1 and print the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const forceWeb = process.argv.includes('--web') || process.env.STUDY_DESK_WEB === '1';
const passArgs = process.argv.slice(2).filter((a) => a !== '--web');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${what} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

const kb = join(root, 'resources', 'kb.sqlite');
if (!existsSync(kb) || newestMtime(join(root, 'data')) > statSync(kb).mtimeMs) {
  run(['--import', 'tsx', 'scripts/build-kb.ts'], 'Building the knowledge base');
}
const bundle = join(root, 'out', 'renderer', 'index.html');
if (!existsSync(bundle) || newestMtime(join(root, 'src')) > statSync(bundle).mtimeMs) {
  run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], 'Building the app');
}

/** The Electron executable if present (downloading it once when there is a network). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const resolve = () => {
    if (!existsSync(pathFile)) return null;
    const p = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(p) ? p : null;
  };
  if (!existsSync(dir)) return null;
  const found = resolve();
  if (found) return found;
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return r.status === 0 ? resolve() : null;
}

const electron = forceWeb ? null : electronBinary();
const native = join(root, '.electron-native', 'better_sqlite3.node');
let nativeReady = existsSync(native);
if (electron && !nativeReady) {
  // better-sqlite3 must match Electron's ABI: build a separate copy once (Node's copy stays for tests).
  nativeReady = spawnSync(process.execPath, ['scripts/rebuild-electron.mjs'], { cwd: root, stdio: 'inherit' }).status === 0;
}

function launch(cmd, args, message) {
  if (message) console.log(message);
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electron && nativeReady) launch(electron, [root, ...passArgs]);
else
  launch(
    process.execPath,
    ['--import', 'tsx', 'src/main/web/cli.ts', ...passArgs],
    forceWeb
      ? null
      : electron
        ? 'Electron is present but better-sqlite3 could not be built for it: starting web mode instead.'
        : 'Electron binary not available on this machine: starting web mode instead (same app, in your browser).',
  );
