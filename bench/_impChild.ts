/**
 * Ad-hoc child of bench/_imp.ts: one import of the bench files with the importer of a given checkout
 * (ROOT/src/main/notes/importer.ts), parse workers as MODE says: 'auto' (the default), 'workersOnly' (one
 * worker prepares every file: the importing thread's CPU is then only its own work), 'serial'; or 'legacy'
 * (ROOT/bench/legacy/importer.ts). Prints one JSON line like importChild.ts, plus the importing thread's
 * time waiting for a CPU (`runqueueMs`, /proc/thread-self/schedstat): on a machine shared with other work,
 * wall − runqueue wait is what the import would take with the cores to itself (the thread's CPU plus the
 * time it was blocked: waiting for a parse worker, or for the disk).
 * Usage: _impChild.ts <root> <mode> <dbPath> <filesDir> <fileCount>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, mode, dbPath, filesDir, countText] = process.argv.slice(2) as [string, string, string, string, string];
type Importer = typeof import('../src/main/notes/importer');
const { importFiles } = (await import(pathToFileURL(join(root, 'src/main/notes/importer.ts')).href)) as Importer;
const legacy = (await import(pathToFileURL(join(root, 'bench/legacy/importer.ts')).href)) as typeof import('./legacy/importer');
const { openUserDb } = (await import(pathToFileURL(join(root, 'src/main/db/open.ts')).href)) as typeof import('../src/main/db/open');
const { loadFactRules } = (await import(pathToFileURL(join(root, 'src/main/notes/rules.ts')).href)) as typeof import('../src/main/notes/rules');
const files = Array.from({ length: Number(countText) }, (_, f) => ({
  name: `notes-${f}.md`,
  fileKey: `/bench/notes-${f}.md`,
  bytes: new Uint8Array(readFileSync(join(filesDir, `notes-${f}.md`))),
}));
const { db } = openUserDb(dbPath);
const rules = loadFactRules();
global.gc?.();
const threadCpuMs = (): number => {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** [on-CPU ms, waiting-for-a-CPU ms] of this thread. */
const sched = (): [number, number] => {
  const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number) as [number, number];
  return [run / 1e6, wait / 1e6];
};
const cpu0 = process.cpuUsage();
const th0 = threadCpuMs();
const s0 = sched();
const t0 = performance.now();
const summary =
  mode === 'legacy'
    ? legacy.importFiles(db, files, { rules })
    : importFiles(db, files, mode === 'serial' ? { workers: 0 } : mode === 'workersOnly' ? { workers: 1, workersOnly: true } : {});
const ms = performance.now() - t0;
const s1 = sched();
const cpu = process.cpuUsage(cpu0);
const th1 = threadCpuMs();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
process.stdout.write(
  `${JSON.stringify({
    ms,
    sections: summary.totals.sections,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    writerCpuMs: th1 - th0,
    runqueueMs: s1[1] - s0[1],
    quietMs: ms - (s1[1] - s0[1]),
  })}\n`,
);
