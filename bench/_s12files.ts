/** Ad-hoc (session 12): writes the bench corpus as files (as bench/_imp.ts does) into DIR. Usage: BENCH_NOTES=20000 DIR=/tmp/x npx tsx bench/_s12files.ts */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20_000);
const dir = process.env.DIR!;
mkdirSync(dir, { recursive: true });
const corpus = [...notes(N)];
let count = 0;
for (let f = 0; f * 100 < N; f++, count++)
  writeFileSync(join(dir, `notes-${f}.md`), corpus.slice(f * 100, (f + 1) * 100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n'));
console.log(count);
