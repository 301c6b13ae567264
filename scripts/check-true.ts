/**
 * `npx tsx scripts/check-true.ts [file]`: false flags on a set of TRUE statements (default
 * test/fixtures/factcheck-eval/true-10.json). Runs `checkSection(text, [], checker)` on each item and prints every
 * flag with the fact it cites (id, official value, source), then the count. Every item of such a set is correct,
 * so every flag is a false flag: either the KB is wrong or stale, the statement is wrong after all, or the
 * checker misread the line. Never point it at a held-out set.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSection } from '../src/shared/notes/factCheck';
import { loadFactRules } from '../src/main/notes/rules';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'test', 'fixtures', 'factcheck-eval', 'true-10.json');
if (/independent-(?:[568]|1[016])\b/.test(file)) throw new Error('held-out sets are never read by this script');
const checker = loadFactRules(root);
const items = JSON.parse(readFileSync(file, 'utf8')) as { id?: string; text: string; verdict: string }[];
let flagged = 0;
let flags = 0;
for (const [i, x] of items.entries()) {
  if (x.verdict !== 'correct') continue;
  const fl = checkSection(x.text, [], checker);
  if (!fl.length) continue;
  flagged++;
  flags += fl.length;
  console.log(`${x.id ?? `#${i}`}: ${x.text}`);
  for (const f of fl)
    console.log(`    ${f.verdict} ${f.ruleId} "${f.excerpt}" -> official: ${f.official} (${f.source})`);
}
const correct = items.filter((x) => x.verdict === 'correct').length;
console.log(`\n${flagged} of ${correct} correct items flagged (${flags} flags)`);
