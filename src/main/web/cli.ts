/**
 * Web mode from the command line: `npm run web -- [--port N] [--data-dir DIR] [--ready-file F]`.
 * Serves the built renderer and the API on 127.0.0.1 and prints the URL (with its per-launch token).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { startApp, type AppHandle } from '../app';
import { appRoot } from '../paths';
import { startWebServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    'ready-file': { type: 'string' },
    token: { type: 'string' },
  },
});

const root = appRoot();
const rendererDir = values['renderer-dir'] ?? join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`The app is not built yet (${rendererDir} is missing). Run \`npm run build\` first.`);
  process.exit(1);
}

let app: AppHandle;
try {
  app = startApp({ mode: 'web', dataDir: values['data-dir'] });
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
const web = await startWebServer({ ctx: app.ctx, rendererDir, port, token: values.token });
console.log(`AWS Study Desk (web mode) is running. Open: ${web.url}`);
if (values['ready-file']) writeFileSync(values['ready-file'], JSON.stringify({ url: web.url, port: web.port, token: web.token }));

function shutdown(): void {
  void web.close().then(() => {
    app.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
