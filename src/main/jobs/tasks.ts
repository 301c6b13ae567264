/**
 * The heavy jobs, as plain functions of their inputs. They run inside a worker thread (worker.ts), each on its
 * own connection, so the main thread keeps answering requests; they are plain functions so tests can also
 * call them directly.
 */
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import type { SalvageTable } from '../../shared/ipc/channels/backup';
import { isBase64, type ImportSummary } from '../../shared/ipc/channels/notes';
import type { OptimizeResult } from '../../shared/ipc/channels/study';
import { AppError } from '../../shared/result';
import { validateBackupFile, type ValidatedBackup } from '../db/backup';
import { checkpointPassive, withoutAutoCheckpoint } from '../db/checkpoint';
import { configure } from '../db/open';
import { salvageInto } from '../db/salvage';
import { importFiles } from '../notes/importer';
import { syncSearchIndex } from '../search';
import { buildApkg, type ApkgArgs, type ApkgSummary } from '../study/apkg';
import { optimizeJob, type OptimizeArgs } from './optimize';

/** Nice value of a background import's threads (0 normal, 19 lowest). */
const IMPORT_NICE = 10;

export interface Progress {
  (step: string, done: number, total: number): void;
}

export interface TaskInputs {
  'notes.import': {
    dbPath: string;
    appRoot: string;
    files: { name: string; fileKey?: string; path?: string; replace?: number | 'new'; contentBase64: string }[];
  };
  'backup.export': { dbPath: string; outFile: string };
  /** The upload, already written to `scratchFile` beside the live database (see files.ts). */
  'backup.restore': { scratchFile: string };
  'backup.salvage': { srcPath: string; outFile: string };
  'db.check': { dbPath: string };
  'study.optimize': OptimizeArgs;
  /** The package is written to `outFile` for the main thread to read. */
  'study.apkg': ApkgArgs;
  /** Drains the ranked-search postings queue in slices, each its own short write transaction. */
  'search.sync': { dbPath: string };
}

export interface TaskOutputs {
  'notes.import': ImportSummary;
  /** The snapshot stays in `outFile` for the main thread to read (no copy of it crosses between threads). */
  'backup.export': { schemaVersion: number };
  'backup.restore': ValidatedBackup;
  'backup.salvage': { schemaVersion: number; tables: SalvageTable[] };
  'db.check': { ok: boolean; problems: string[] };
  'study.optimize': OptimizeResult;
  'study.apkg': ApkgSummary;
  'search.sync': { docs: number };
}

export type TaskKind = keyof TaskInputs;

type Opts = {
  nativeBinding?: string;
  /**
   * Work to run after the job has answered (worker.ts runs it before the worker exits; the runner's
   * `waitFor` waits for it). Without it, a task does that work before it returns.
   */
  afterAnswer?: (fn: () => void) => void;
};

function importNotes(a: TaskInputs['notes.import'], progress: Progress, o: Opts): ImportSummary {
  // The request schema checked sizes; the alphabet is checked here, off the thread that answers requests.
  a.files.forEach((f, i) => {
    if (!isBase64(f.contentBase64))
      throw new AppError('VALIDATION', 'Invalid request for notes.import: contentBase64 must be base64.', [
        { path: `files.${i}.contentBase64`, message: 'contentBase64 must be base64' },
      ]);
  });
  // A background import yields the CPU to the threads answering the user (Linux: per-thread nice, which
  // the import's parse workers inherit; elsewhere the call would lower the whole app, so it is not made).
  if (process.platform === 'linux')
    try {
      setPriority(0, IMPORT_NICE);
    } catch {
      /* not permitted: run at normal priority */
    }
  const files = a.files.map((f) => ({
    name: f.name,
    fileKey: f.fileKey ?? f.name,
    // Uploads are identified by content and name unless the picker gave a real path.
    path: f.path ?? null,
    replace: f.replace,
    bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')),
  }));
  const db = new Database(a.dbPath, { fileMustExist: true, nativeBinding: o.nativeBinding });
  let handedOff = false;
  try {
    configure(db);
    // The commit does not checkpoint (~2 s after a 100k-note import, with the data already durable in the
    // WAL): the checkpoint runs once the job has answered, on this worker's connection, off the main thread.
    const summary = withoutAutoCheckpoint(db, () =>
      db
        .transaction(() =>
          importFiles(db, files, {
            appRoot: a.appRoot,
            nativeBinding: o.nativeBinding,
            onProgress: (p) => progress(p.name ? `importing ${p.name}` : 'indexing', p.done, p.total),
          }),
        )
        .immediate(),
    );
    const checkpoint = (): void => {
      try {
        checkpointPassive(db);
      } finally {
        db.close();
      }
    };
    if (o.afterAnswer) {
      o.afterAnswer(checkpoint);
      handedOff = true;
    } else checkpoint();
    return summary;
  } finally {
    if (!handedOff && db.open) db.close();
  }
}

function exportDb(a: TaskInputs['backup.export'], progress: Progress, o: Opts): TaskOutputs['backup.export'] {
  mkdirSync(dirname(a.outFile), { recursive: true });
  rmSync(a.outFile, { force: true });
  // A read-only connection: VACUUM INTO reads one consistent snapshot while the app keeps writing.
  const db = new Database(a.dbPath, { readonly: true, fileMustExist: true, nativeBinding: o.nativeBinding });
  let schemaVersion: number;
  try {
    progress('writing the snapshot', 0, 1);
    schemaVersion = db.pragma('user_version', { simple: true }) as number;
    db.prepare('VACUUM INTO ?').run(a.outFile);
  } catch (e) {
    rmSync(a.outFile, { force: true });
    throw e;
  } finally {
    db.close();
  }
  progress('written', 1, 1);
  return { schemaVersion };
}

function restoreCheck(a: TaskInputs['backup.restore'], progress: Progress): ValidatedBackup {
  const steps = ['checking integrity', 'comparing the schema', 'upgrading the copy'];
  return validateBackupFile(a.scratchFile, (s) => progress(s, steps.indexOf(s), 3));
}

function salvage(a: TaskInputs['backup.salvage'], progress: Progress, o: Opts): TaskOutputs['backup.salvage'] {
  mkdirSync(dirname(a.outFile), { recursive: true });
  let tables = 0;
  let last = '';
  const r = salvageInto(a.srcPath, a.outFile, (table, rows) => {
    if (table !== last) tables++;
    last = table;
    progress(`copying ${table} (${rows} rows)`, tables, 0);
  });
  // Rebuild the term list from the copied rows, and queue every document for the ranked-search postings (the
  // copied ones cannot be trusted): the app that opens the file indexes them in the background, so a
  // salvage export stays a copy, not a re-index.
  const out = new Database(a.outFile, { nativeBinding: o.nativeBinding });
  try {
    out.transaction(() => syncSearchIndex(out, { rebuild: true, maxDocs: 0 }))();
  } catch {
    /* a stale term list only makes search take its exact slow path */
  } finally {
    out.close();
  }
  return { schemaVersion: r.schemaVersion, tables: r.tables };
}

/** Documents per slice: each slice holds the write lock briefly, so the app's own writes interleave. */
const SEARCH_SYNC_SLICE = 1000;

function syncSearch(a: TaskInputs['search.sync'], progress: Progress, o: Opts): TaskOutputs['search.sync'] {
  const db = new Database(a.dbPath, { fileMustExist: true, nativeBinding: o.nativeBinding });
  try {
    configure(db);
    let docs = 0;
    let left = Number.POSITIVE_INFINITY;
    while (left > 0) {
      const before = left;
      left = db.transaction(() => syncSearchIndex(db, { maxDocs: SEARCH_SYNC_SLICE })).immediate();
      docs += Number.isFinite(before) ? before - left : SEARCH_SYNC_SLICE;
      progress('indexing notes for ranked search', docs, docs + left);
    }
    return { docs };
  } finally {
    db.close();
  }
}

function check(a: TaskInputs['db.check'], progress: Progress, o: Opts): TaskOutputs['db.check'] {
  progress('checking the database', 0, 1);
  const db = new Database(a.dbPath, { readonly: true, fileMustExist: true, nativeBinding: o.nativeBinding });
  try {
    const rows = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((t) => t !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (e) {
    return { ok: false, problems: [`${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message}`] };
  } finally {
    db.close();
  }
}

/** Runs one task by name (some are asynchronous: they wait on a child process). */
export function runTask<K extends TaskKind>(kind: K, args: TaskInputs[K], progress: Progress, opts: Opts = {}): TaskOutputs[K] | Promise<TaskOutputs[K]> {
  const run = {
    'notes.import': importNotes,
    'backup.export': exportDb,
    'backup.restore': restoreCheck,
    'backup.salvage': salvage,
    'db.check': check,
    'search.sync': syncSearch,
    'study.optimize': (a: OptimizeArgs, p: Progress, o: Opts) => optimizeJob(a, p, o.nativeBinding),
    'study.apkg': (a: ApkgArgs, p: Progress, o: Opts) => {
      p('building the Anki package', 0, 1);
      return buildApkg(a, o.nativeBinding);
    },
  } as { [T in TaskKind]: (a: TaskInputs[T], p: Progress, o: Opts) => TaskOutputs[T] | Promise<TaskOutputs[T]> };
  return run[kind](args, progress, opts);
}
