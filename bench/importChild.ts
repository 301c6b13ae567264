/**
 * One import of the bench corpus in a process of its own, so each importer's memory is its own: `legacy`
 * (the importer as it was before parse workers, bench/legacy/importer.ts) or `current` (importFiles with its
 * default, parse workers for a large import) or `serial` (importFiles on one thread). Prints one JSON line: time, rows, peak RSS and JS heap.
 * Usage: importChild.ts <legacy|current> <dbPath> <filesDir> <fileCount>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkpointPassive, withoutAutoCheckpoint } from '../src/main/db/checkpoint';
import { openUserDb } from '../src/main/db/open';
import { importFiles, type ImportFile } from '../src/main/notes/importer';
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
const workerEntry = variant === 'current' ? builtWorker() : null;
const { db } = openUserDb(dbPath);
const rules = loadFactRules(); // both: rules loaded before the clock starts, as the bench always did
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
const cpu0 = process.cpuUsage();
const th0 = threadCpuMs();
const t0 = performance.now();
// As the import job runs it (jobs/tasks.ts): the commit does not checkpoint; the job answers, then its worker
// checkpoints. The legacy importer's commit checkpointed, as it always did.
const summary =
  variant === 'legacy'
    ? legacyImportFiles(db, files, { rules, onProgress })
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
process.stdout.write(
  `${JSON.stringify({
    variant,
    ms,
    sections: summary.totals.sections,
    files: summary.totals.files,
    rssBeforeMB: rssBefore / 1e6,
    // Whole process, every thread (parse workers included); KB on Linux and macOS.
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    heapPeakMB: heapPeak / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    writerCpuMs: th0 === null || th1 === null ? null : th1 - th0,
    checkpointMs,
    checkpointFrames: cp.copied,
    workersFrom: variant === 'current' ? (workerEntry ? 'build' : 'source') : null,
  })}\n`,
);
