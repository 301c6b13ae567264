/**
 * One import of the bench corpus in a process of its own, so each importer's memory is its own:
 * - `current`: the app's import job as the installed app runs it when a build newer than src/ exists
 *   (`npm run build`): a worker thread on out/main/worker.js runs the 'notes.import' task (jobs/tasks.ts) with
 *   the files as the app hands them over (base64), loads the fact-check as the job does (the build's precompiled
 *   index), starts its parse workers and answers; the time is from starting that thread to its answer. Without
 *   such a build it falls back to `source`, and the report says so.
 * - `source`: importFiles from source (tsx) on this thread, parse workers from the build when there is one,
 *   the fact-check loaded before the clock (the bench's figure up to session 20).
 * - `legacy`: the importer as it was before parse workers (bench/legacy/importer.ts), from source.
 * - `serial`: importFiles on one thread, from source.
 * Prints one JSON line: time, rows, peak RSS and JS heap.
 * Usage: importChild.ts <current|source|legacy|serial> <dbPath> <filesDir> <fileCount>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkpointPassive, withoutAutoCheckpoint } from '../src/main/db/checkpoint';
import { openUserDb } from '../src/main/db/open';
import type { FromWorker, WorkerInput } from '../src/main/jobs/protocol';
import type { TaskInputs } from '../src/main/jobs/tasks';
import { importFiles, type ImportFile } from '../src/main/notes/importer';
import type { ImportSummary } from '../src/shared/ipc/channels/notes';
import { loadFactRules } from '../src/main/notes/rules';
import { importFiles as legacyImportFiles } from './legacy/importer';

const [variant, dbPath, filesDir, countText] = process.argv.slice(2) as [string, string, string, string];
const files: ImportFile[] = Array.from({ length: Number(countText) }, (_, f) => ({
  name: `notes-${f}.md`,
  fileKey: `/bench/notes-${f}.md`,
  bytes: new Uint8Array(readFileSync(join(filesDir, `notes-${f}.md`))),
}));
/**
 * The app's build of the job worker (out/main/worker.js, `npm run build`) when it is newer than every source file:
 * the installed app starts an import's parse workers from it. This process runs the importer from source
 * (tsx); a worker started from source loads its modules through tsx's loader, ~1 s of CPU per worker at the
 * start of the clocked import that no installed app spends. Null when the build is missing or older than a
 * source file: then the workers run from source and the report says so.
 */
function builtWorker(): string | null {
  const root = resolve(import.meta.dirname, '..');
  const built = join(root, 'out', 'main', 'worker.js');
  if (!existsSync(built)) return null;
  const builtAt = statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs > builtAt,
    );
  return newer(join(root, 'src')) ? null : built;
}
const built = variant === 'current' || variant === 'source' ? builtWorker() : null;
/** The app's import job (variant current, with a build): no importer runs on this thread. */
const asJob = variant === 'current' && built !== null;
const workerEntry = variant === 'current' || variant === 'source' ? built : null;
const { db } = openUserDb(dbPath);
// From source: the fact-check loaded before the clock starts, as the bench always did (the job loads its own).
const rules = asJob ? null : loadFactRules();
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let heapPeak = process.memoryUsage().heapUsed;
const onProgress = (): void => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
/** CPU ms of this thread (Linux), null elsewhere: the importing thread's share, whatever else the machine runs. */
const threadCpuMs = (): number | null => {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
};
/** CPU ms of every thread of this process by thread id (Linux; empty elsewhere). */
const threadsCpuMs = (): Map<string, number> => {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    }
  } catch {
    /* not Linux */
  }
  return out;
};

interface Measured {
  summary: ImportSummary;
  ms: number;
  cpu: NodeJS.CpuUsage;
  writerCpuMs: number | null;
  checkpointMs: number;
  checkpointFrames: number;
}

/**
 * The app's import job (jobs/runner.ts starts it so): a worker thread on the build's job entry with the files
 * as the app hands them over. Timed from starting the thread to its answer; then its WAL checkpoint, which it
 * runs after answering, until the thread exits. The importing thread's CPU is that of the job's thread (the
 * thread it started that is still running at the answer: its parse workers have ended by then).
 */
function runJob(entry: string): Promise<Measured> {
  db.close();
  const args: TaskInputs['notes.import'] = {
    dbPath,
    appRoot: resolve(import.meta.dirname, '..'),
    files: files.map((f) => ({ name: f.name, fileKey: f.fileKey, contentBase64: Buffer.from(f.bytes).toString('base64') })),
  };
  const input: WorkerInput = { kind: 'notes.import', args };
  return new Promise((done, fail) => {
    const before = threadsCpuMs();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const worker = new Worker(entry, { workerData: input });
    let answer: Omit<Measured, 'checkpointMs' | 'checkpointFrames'> | null = null;
    let answeredAt = 0;
    let walBytes = 0;
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') onProgress();
      else if (m.type === 'error') fail(new Error(m.error.message));
      else {
        answeredAt = performance.now();
        const cpu = process.cpuUsage(cpu0);
        const fresh = [...threadsCpuMs()].filter(([tid]) => !before.has(tid)).map(([, ms]) => ms);
        answer = { summary: m.value as ImportSummary, ms: answeredAt - t0, cpu, writerCpuMs: fresh.length ? Math.max(...fresh) : null };
        try {
          walBytes = statSync(`${dbPath}-wal`).size;
        } catch {
          walBytes = 0;
        }
      }
    });
    worker.on('error', fail);
    worker.on('exit', () => {
      if (!answer) return fail(new Error('the import job ended without an answer'));
      // WAL frames at the answer: the checkpoint copies them (4 KiB pages, a 24-byte header each).
      done({ ...answer, checkpointMs: performance.now() - answeredAt, checkpointFrames: Math.max(0, Math.round((walBytes - 32) / (4096 + 24))) });
    });
  });
}

function runHere(): Measured {
  const cpu0 = process.cpuUsage();
  const th0 = threadCpuMs();
  const t0 = performance.now();
  // As the import job runs it (jobs/tasks.ts): the commit does not checkpoint; the job answers, then its worker
  // checkpoints. The legacy importer's commit checkpointed, as it always did.
  const summary =
    variant === 'legacy'
      ? legacyImportFiles(db, files, { rules: rules!, onProgress })
      : withoutAutoCheckpoint(db, () =>
          importFiles(db, files, { onProgress, workers: variant === 'serial' ? 0 : 'auto', workerEntry: workerEntry ?? undefined }),
        );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const th1 = threadCpuMs();
  onProgress();
  // The checkpoint after the answer (none left for legacy): timed apart, it is not part of the wait.
  const c0 = performance.now();
  const cp = checkpointPassive(db);
  const checkpointMs = performance.now() - c0;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { summary, ms, cpu, writerCpuMs: th0 === null || th1 === null ? null : th1 - th0, checkpointMs, checkpointFrames: cp.copied };
}

const run = asJob ? await runJob(built) : runHere();
const { summary, ms, cpu } = run;
process.stdout.write(
  `${JSON.stringify({
    variant,
    ms,
    sections: summary.totals.sections,
    files: summary.totals.files,
    rssBeforeMB: rssBefore / 1e6,
    // Whole process, every thread (parse workers included); KB on Linux and macOS.
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    // This thread's: not the importer's when the import ran as a job (another thread's heap).
    heapPeakMB: asJob ? null : heapPeak / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    writerCpuMs: run.writerCpuMs,
    checkpointMs: run.checkpointMs,
    checkpointFrames: run.checkpointFrames,
    workersFrom: variant === 'current' || variant === 'source' ? (workerEntry ? 'build' : 'source') : null,
    // current: the app's import job on the build; else the importer from source on this thread.
    ranAs: asJob ? 'job' : 'source',
  })}\n`,
);
