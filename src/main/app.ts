import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../shared/ipc/channels/app';
import { classifyDbError } from './db/errors';
import { openKbDb, openUserDb, type Db } from './db/open';
import { DbService } from './db/service';
import type { HandlerContext } from './ipc/types';
import { checkInBackground, reportDamage, type CheckOutcome } from './jobs/health';
import { JobRunner } from './jobs/runner';
import { NoticeBoard } from './notices';
import { acquireInstanceLock, type InstanceLock } from './instanceLock';
import { appRoot, defaultKbPath, restrictUserData, userDataDir, userDbPath } from './paths';
import { FOREGROUND_SYNC_DOCS, syncKbIntoIndex, syncSearchIndex } from './search';

export interface StartOptions {
  mode: AppInfo['mode'];
  /** User-data folder; default: env override, else the OS folder (Electron passes app.getPath). */
  dataDir?: string;
  kbPath?: string;
  nativeBinding?: string;
  root?: string;
  /** How long start-up waits for another program's lock on the database before saying it is locked (default 5 s). */
  busyTimeoutMs?: number;
  /** Run the background quick_check when start-up skipped it (large databases); default true. */
  backgroundCheck?: boolean;
  /** Take the data folder's writer lock (default true); read-only tools may skip it. */
  lock?: boolean;
}

export interface AppHandle {
  ctx: HandlerContext;
  /** Messages the UI/CLI should show once (database moved aside, KB missing…); the live list is ctx.notices. */
  notices: string[];
  /** The background integrity check started after opening a database too large to check at start-up. */
  backgroundCheck: Promise<CheckOutcome | null> | null;
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
  const board = new NoticeBoard();
  // Throws DbUnavailableError (disk full, locked, read-only, no permission) with every file left in place,
  // or CONFLICT for a newer database: start-up refuses rather than run on an empty database.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // One writer per data folder across processes: a second app says who holds it instead of opening.
  const lock: InstanceLock | null = opts.lock === false ? null : acquireInstanceLock(dir, opts.mode);
  let opened: ReturnType<typeof openUserDb>;
  try {
    opened = openUserDb(path, { nativeBinding: opts.nativeBinding, busyTimeoutMs: opts.busyTimeoutMs });
  } catch (e) {
    lock?.release();
    throw e;
  }
  restrictUserData(dir, path); // the user's data is readable by the user only (0600/0700)
  if (opened.movedAside)
    board.add({
      id: 'db-moved-aside',
      level: 'error',
      text:
        `Your study database was damaged (${(opened.corruptDetail ?? 'SQLite reported corruption').replace(/\s+/g, ' ')}), so it was moved to ` +
        `${opened.movedAside} — kept, not deleted — and a new, empty database was started at ${path}. ` +
        `To get the damaged file back exactly as it was: quit AWS Study Desk and rename ${opened.movedAside} to ${path}. ` +
        'To recover what can be read from it: "Export what can be read from the damaged file" (with this notice), then restore the saved file from About → Backup and restore.',
      action: { kind: 'salvage', source: 'movedAside', label: 'Export what can be read from the damaged file' },
    });
  if (opened.emptyFile) {
    const copies = opened.emptyFile.recoverable;
    board.add({
      id: 'db-empty-file',
      level: 'warning',
      text:
        `Your study database ${path} was empty (0 bytes): an earlier start may have failed while writing it (for ` +
        'example on a full disk). A new database was started in it. ' +
        (copies.length
          ? `Earlier copies of your data are here: ${copies.slice(0, 5).join(', ')}. Restore one from About → Backup and restore.`
          : 'No earlier copies were found next to it.'),
    });
  }
  const kbPath = opts.kbPath ?? defaultKbPath();
  let kb: Db | null = null;
  let kbProblem: string | undefined;
  if (!existsSync(kbPath)) kbProblem = `The knowledge base file is missing (${kbPath}). Run \`npm run build:kb\`.`;
  else {
    try {
      kb = openKbDb(kbPath, opts.nativeBinding);
    } catch (e) {
      kb = null;
      kbProblem = `The knowledge base at ${kbPath} could not be opened: ${(e as Error).message}`;
    }
  }
  let userDamage: string | undefined;
  if (kb) {
    try {
      syncKbIntoIndex(opened.db, kb);
    } catch (e) {
      // Writing the KB into the user's search index met damage in the user's database, not in the KB.
      if (classifyDbError(e) === 'corrupt') userDamage = `${(e as { code?: string }).code ?? 'SQLITE_CORRUPT'}: ${(e as Error).message}`;
      else {
        kb.close();
        kb = null;
        kbProblem = `The knowledge base at ${kbPath} could not be opened: ${(e as Error).message}`;
      }
    }
  }
  let searchBacklog = 0;
  try {
    // Postings queued by a migration (an upgrade indexes every existing document once) or a KB update: a
    // slice here, the rest in a background job below, so start-up never waits for a 100k-note index.
    searchBacklog = opened.db.transaction(() => syncSearchIndex(opened.db, { maxDocs: FOREGROUND_SYNC_DOCS }))();
  } catch {
    /* ranked search keeps its FTS5 path until the next write syncs them */
  }
  if (kbProblem) board.add({ id: 'kb', level: 'warning', text: kbProblem });
  const db = new DbService(opened.db, kb);
  const jobs = new JobRunner({ nativeBinding: opts.nativeBinding });
  // Ranked search answers from FTS5 until this finishes; a failure only leaves the queue for the next write.
  if (searchBacklog > 0) jobs.run('search.sync', { dbPath: path }).catch(() => undefined);
  const ctx: HandlerContext = {
    db,
    jobs,
    notices: board,
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
  let checking: Promise<CheckOutcome | null> | null = null;
  const check = (): Promise<CheckOutcome | null> => {
    checking ??= checkInBackground(ctx).finally(() => {
      checking = null;
    });
    return checking;
  };
  db.setHooks({
    writer: () => jobs.writer(),
    // A read hit damage: say so now, then let a full check list what else is damaged.
    onCorrupt: (detail) => {
      reportDamage(ctx, [detail]);
      void check().then((r) => r && !r.ok && reportDamage(ctx, [detail, ...r.problems]));
    },
  });
  if (userDamage) reportDamage(ctx, [userDamage]);
  // Large databases skip quick_check at start-up (seconds for hundreds of MB): check them in a worker now,
  // while the app already answers.
  const backgroundCheck = opened.quickCheckSkipped && opts.backgroundCheck !== false ? check() : null;
  let closed = false;
  return {
    ctx,
    notices: board.list().map((n) => n.text),
    backgroundCheck,
    close: (): void => {
      if (closed) return;
      closed = true;
      try {
        jobs.close();
        db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
