import { join } from 'node:path';
import { startApp, type AppHandle } from '../../src/main/app';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { RequestOf, ResponseOf } from '../../src/shared/ipc/api';
import type { Channel } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/result';
import { tempDir } from './tmp';

export const REPO = join(import.meta.dirname, '..', '..');
export const KB_PATH = join(REPO, 'resources', 'kb.sqlite');

/** A started app (real SQLite in a temp folder, the bundled KB) and a typed `call` through dispatch. */
export function testApp(): AppHandle & {
  dir: string;
  call: <C extends Channel>(c: C, req: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
  dispose: () => void;
} {
  const t = tempDir('sd-app-');
  const app = startApp({ mode: 'web', dataDir: t.dir, kbPath: KB_PATH, root: REPO });
  return {
    ...app,
    dir: t.dir,
    call: (c, req) => dispatch(c, req, app.ctx) as never,
    dispose: () => {
      app.close();
      t.cleanup();
    },
  };
}
