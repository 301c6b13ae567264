import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/ipc/channels/app';
import { openKbDb, openUserDb, type Db } from './db/open';
import { DbService } from './db/service';
import type { HandlerContext } from './ipc/types';
import { acquireInstanceLock, type InstanceLock } from './instanceLock';
import { appRoot, defaultKbPath, restrictUserData, userDataDir, userDbPath } from './paths';
import { syncKbIntoIndex } from './search';

export interface StartOptions {
  mode: AppInfo['mode'];
  /** User-data folder; default: env override, else the OS folder (Electron passes app.getPath). */
  dataDir?: string;
  kbPath?: string;
  nativeBinding?: string;
  root?: string;
  /** Take the data folder's writer lock (default true); read-only tools may skip it. */
  lock?: boolean;
}

export interface AppHandle {
  ctx: HandlerContext;
  /** Messages the UI/CLI should show once (database moved aside, KB missing…). */
  notices: string[];
  close(): void;
}

function appVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Opens the user database (migrating it) and the bundled KB, and syncs the search index. Shared by the
 * Electron main process, web mode, the CLIs and the tests. Throws AppError CONFLICT for a newer database.
 */
export function startApp(opts: StartOptions): AppHandle {
  const root = opts.root ?? appRoot();
  const dir = userDataDir(opts.dataDir);
  const path = userDbPath(dir);
  const notices: string[] = [];
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // One writer per data folder across processes: a second app says who holds it instead of opening.
  const lock: InstanceLock | null = opts.lock === false ? null : acquireInstanceLock(dir, opts.mode);
  let opened: ReturnType<typeof openUserDb>;
  try {
    opened = openUserDb(path, { nativeBinding: opts.nativeBinding });
  } catch (e) {
    lock?.release();
    throw e;
  }
  restrictUserData(dir, path); // the user's data is readable by the user only (0600/0700)
  if (opened.movedAside)
    notices.push(
      `Your study database could not be read, so it was moved to ${opened.movedAside} and a new one was started. ` +
        'Restore a backup from Settings if you have one.',
    );
  const kbPath = opts.kbPath ?? defaultKbPath();
  let kb: Db | null = null;
  let kbProblem: string | undefined;
  if (!existsSync(kbPath)) kbProblem = `The knowledge base file is missing (${kbPath}). Run \`npm run build:kb\`.`;
  else {
    try {
      kb = openKbDb(kbPath, opts.nativeBinding);
      syncKbIntoIndex(opened.db, kb);
    } catch (e) {
      kb?.close();
      kb = null;
      kbProblem = `The knowledge base at ${kbPath} could not be opened: ${(e as Error).message}`;
    }
  }
  if (kbProblem) notices.push(kbProblem);
  const db = new DbService(opened.db, kb);
  const ctx: HandlerContext = {
    db,
    mode: opts.mode,
    appVersion: appVersion(root),
    userDb: {
      path,
      schemaVersion: opened.schemaVersion,
      ...(opened.movedAside ? { movedAside: opened.movedAside } : {}),
    },
    ...(kbProblem ? { kbProblem } : {}),
    appRoot: root,
  };
  let closed = false;
  return {
    ctx,
    notices,
    close: (): void => {
      if (closed) return;
      closed = true;
      try {
        db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
