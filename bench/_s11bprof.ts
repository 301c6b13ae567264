/** Ad-hoc (session 11): prepares bench corpus files as a parse worker does, for CPU profiles. */
import { notes } from './corpus';
import { decodeForImport, prepareNote } from '../src/main/notes/prepare';
import { loadFactRules } from '../src/main/notes/rules';
import { checkAssertions } from '../src/shared/notes/assertCheck';
const N = Number(process.env.BENCH_NOTES ?? 5000);
const u0 = process.cpuUsage();
const rules = loadFactRules(process.cwd());
const u1 = process.cpuUsage(u0);
const corpus = [...notes(N)];
const enc = new TextEncoder();
const files: Uint8Array[] = [];
for (let f = 0; f * 100 < N; f++)
  files.push(
    enc.encode(
      corpus
        .slice(f * 100, (f + 1) * 100)
        .map((n) => `## ${n.title}\n\n${n.body}\n`)
        .join('\n'),
    ),
  );
const c0 = process.cpuUsage();
let flags = 0;
const secs: { body: string; path: string[] }[] = [];
for (const [i, b] of files.entries()) {
  const d = decodeForImport(b);
  if (!d.ok) continue;
  const p = prepareNote(d, rules, `/f/${i}`);
  for (const s of p.sections) {
    flags += s.flags.length;
    secs.push({ body: s.body, path: JSON.parse(s.headingPathJson) });
  }
}
const c1 = process.cpuUsage(c0);
const a0 = process.cpuUsage();
let af = 0;
for (const s of secs) af += checkAssertions(s.body, s.path, rules.asserts, rules.index).length;
const a1 = process.cpuUsage(a0);
const ms = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000).toFixed(0);
console.log(
  `load rules ${ms(u1)} ms CPU; prepare ${files.length} files ${ms(c1)} ms CPU, flags ${flags}; checkAssertions alone on ${secs.length} sections ${ms(a1)} ms CPU, flags ${af}`,
);
