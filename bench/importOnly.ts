/**
 * The bench's import measure alone (section 1 of run.ts): the same corpus and files, each importer in a
 * process of its own (bench/importChild.ts), `legacy` first, then `current`. For measuring an importer change
 * without the rest of the bench. Usage: BENCH_NOTES=20000 tsx bench/importOnly.ts [variant…]
 * NODE_ARGS: extra node options for each child ("--cpu-prof --cpu-prof-dir=/tmp/p" profiles every thread).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { tempDir } from '../test/helpers/tmp';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 100_000);
const variants = process.argv.slice(2).length ? process.argv.slice(2) : ['legacy', 'current'];
const t = tempDir('sd-import-only-');
try {
  const corpus = [...notes(N)];
  const filesDir = join(t.dir, 'files');
  mkdirSync(filesDir);
  let count = 0;
  for (let f = 0; f * 100 < N; f++, count++)
    writeFileSync(
      join(filesDir, `notes-${f}.md`),
      corpus
        .slice(f * 100, (f + 1) * 100)
        .map((n) => `## ${n.title}\n\n${n.body}\n`)
        .join('\n'),
    );
  const runs: Record<string, { ms: number; cpuMs: number; writerCpuMs: number | null; maxRssMB: number; heapPeakMB: number | null; ranAs?: string }> = {};
  for (const v of variants) {
    const path = join(t.dir, `${v}.sqlite`);
    openUserDb(path).db.close();
    const r = spawnSync(process.execPath, [...(process.env.NODE_ARGS?.split(' ') ?? []), '--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'importChild.ts'), v, path, filesDir, String(count)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`${v} import failed: ${r.stderr}`);
    const run = JSON.parse(r.stdout.trim().split('\n').pop()!) as (typeof runs)[string] & { sections: number };
    if (run.sections !== N) throw new Error(`${v}: ${run.sections} sections, expected ${N}`);
    runs[v] = run;
    rmSync(path, { force: true });
    process.stdout.write(
      `${v.padEnd(8)} ${(run.ms / 1000).toFixed(2)} s wall, CPU ${(run.cpuMs / 1000).toFixed(2)} s (importing thread ${run.writerCpuMs === null ? '?' : (run.writerCpuMs / 1000).toFixed(2)} s), peak RSS ${run.maxRssMB.toFixed(0)} MB, heap ${run.heapPeakMB === null ? 'n/a' : `${run.heapPeakMB.toFixed(0)} MB`}${run.ranAs ? `, ran as ${run.ranAs}` : ''}${(run as { workersFrom?: string }).workersFrom ? `, workers from ${(run as { workersFrom?: string }).workersFrom}` : ""}\n`,
    );
  }
  if (runs.legacy && runs.current) console.log(`current / legacy = ${(runs.current.ms / runs.legacy.ms).toFixed(2)}× wall, ${(runs.current.writerCpuMs! / runs.legacy.writerCpuMs!).toFixed(2)}× importing-thread CPU`);
} finally {
  t.cleanup();
}
