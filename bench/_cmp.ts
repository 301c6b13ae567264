import { join } from 'node:path';
import { readFileSync } from 'node:fs';
const tcpu = (): number => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
import { openUserDb } from '../src/main/db/open';
import { importFiles, type ImportFile } from '../src/main/notes/importer';
import { importFiles as legacyImport } from './legacy/importer';
import { loadFactRules } from '../src/main/notes/rules';
import { notes } from './corpus';
import { tempDir } from '../test/helpers/tmp';
const N = Number(process.env.BENCH_NOTES ?? 20000);
const corpus = [...notes(N)];
const enc = new TextEncoder();
const files: ImportFile[] = [];
for (let f = 0; f * 100 < N; f++) files.push({ name: `notes-${f}.md`, fileKey: `/bench/notes-${f}.md`, bytes: enc.encode(corpus.slice(f*100,(f+1)*100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n')) });
loadFactRules();
const variants = (process.env.V ?? 'legacy,w0,w1,legacy,w0,w1').split(',');
for (const v of variants) {
  const t = tempDir('sd-cmp-');
  const db = openUserDb(join(t.dir, 'b.sqlite')).db;
  global.gc?.();
  const c0 = process.cpuUsage(); const th0 = tcpu();
  const t0 = performance.now();
  const s = v === 'legacy' ? legacyImport(db, files) : importFiles(db, files, { workers: Number(v.slice(1)) });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  console.log(v.padEnd(7), 'wall', wall.toFixed(0).padStart(6), 'cpu', ((c.user + c.system) / 1000).toFixed(0).padStart(6), 'writer cpu', String(tcpu() - th0).padStart(6), s.totals.sections);
  db.close(); t.cleanup();
}
