/** Session 14: how the parse worker's CPU splits between decode+parse and the fact-check, on the bench corpus. */
import { join } from 'node:path';
import { notes } from './corpus';
import { loadFactRules } from '../src/main/notes/rules';
import { decodeForImport, prepareNote } from '../src/main/notes/prepare';
import { checkSection } from '../src/shared/notes/factCheck';
import { parseNote } from '../src/shared/notes/parse';

const N = Number(process.env.N ?? 10000);
const corpus = [...notes(N)];
const enc = new TextEncoder();
const files: Uint8Array[] = [];
for (let f = 0; f < N / 100; f++) {
  const md = corpus
    .slice(f * 100, f * 100 + 100)
    .map((n) => `# ${n.title}\n\n${n.body}\n`)
    .join('\n');
  files.push(enc.encode(md));
}
const checker = loadFactRules(join(import.meta.dirname, '..'));
const none = { ...checker, check: undefined } as never;
for (let rep = 0; rep < 3; rep++) {
  let t = performance.now();
  for (const b of files) {
    const d = decodeForImport(b);
    if (d.ok) prepareNote(d, checker, 'k');
  }
  const full = performance.now() - t;
  t = performance.now();
  let secs = 0;
  for (const b of files) {
    const d = decodeForImport(b);
    if (!d.ok) continue;
    const p = parseNote(d.text);
    for (const s of p.sections) { secs++; checkSection(s.body, s.headingPath ?? [], checker); }
  }
  const check = performance.now() - t;
  t = performance.now();
  for (const b of files) {
    const d = decodeForImport(b);
    if (d.ok) parseNote(d.text);
  }
  const parse = performance.now() - t;
  console.log(`decode+parse alone ${parse.toFixed(0)} ms`);
  console.log(`prepare ${full.toFixed(0)} ms; parse+checkSection alone ${check.toFixed(0)} ms (${secs} sections)`);
}
void none;
