/**
 * Web mode from the command line: `npm run web -- [--port N] [--data-dir DIR] [--ready-file F]`.
 * Serves the built renderer and the API on 127.0.0.1 and prints the URL (with its per-launch token).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { startApp, type AppHandle } from '../app';
import { appRoot, resolveDataDir, type DataDirSource } from '../paths';
import { restoreDatabase } from '../jobs/restore';
import { startWebServer } from './server';
import { restoreFromSpool } from './spooledRestore';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    'ready-file': { type: 'string' },
    token: { type: 'string' },
  },
});

// Everything this process creates (database, backups, uploads, the ready-file) is for this user only.
if (platform() !== 'win32') process.umask(0o077);

const root = appRoot();
const rendererDir = values['renderer-dir'] ?? join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`The app is not built yet (${rendererDir} is missing). Run \`npm run build\` first.`);
  process.exit(1);
}

const SOURCE_LABEL: Record<DataDirSource, string> = {
  flag: 'from --data-dir',
  env: 'from AWS_STUDY_DESK_DATA_DIR',
  default: 'the default folder',
};
// --data-dir wins over the environment variable: an explicit flag is never silently overridden.
const data = resolveDataDir(values['data-dir']);

let app: AppHandle;
try {
  app = startApp({ mode: 'web', dataDir: data.dir });
} catch (e) {
  console.error(e instanceof AppError ? e.message : `Could not open the study database: ${(e as Error).message}`);
  process.exit(1);
}
for (const n of app.notices) console.warn(`[study-desk] ${n}`);
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535 (got ${values.port})`);
  process.exit(2);
}
const web = await startWebServer({
  ctx: app.ctx,
  rendererDir,
  port,
  token: values.token,
  // A restore upload is decoded from its spooled body straight into a file: the backup is never in memory.
  spooledHandlers: { 'backup.restore': restoreFromSpool(restoreDatabase) },
});
console.log(`AWS Study Desk (web mode) is running. Data: ${data.dir} (${SOURCE_LABEL[data.source]}). Open: ${web.url}`);
if (values['ready-file']) writeReadyFile(values['ready-file'], JSON.stringify({ url: web.url, port: web.port, token: web.token }));

/**
 * The ready-file holds the session token, so it is created 0600 under a fresh name and renamed into place:
 * never readable by others (not even for a moment over an older 0644 file), never seen half-written.
 */
function writeReadyFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    console.error(`Could not write the ready-file ${file}: ${(e as Error).message}`);
  }
}

function shutdown(): void {
  // A running import/restore finishes its transaction first (a worker is never killed mid-query), up to 10 s.
  void web
    .close()
    .then(() => Promise.race([app.ctx.jobs.idle(), new Promise((r) => setTimeout(r, 10_000))]))
    .then(() => {
      app.close();
      process.exit(0);
    });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
