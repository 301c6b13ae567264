/**
 * `npx tsx scripts/trace-factcheck.ts <set.json> [--all]`: for each missed error (or, with --all, every
 * claim) of a development set, what became of each quantity the reader found ("no-subject", "veto:…",
 * "right", "flag"), and which facts it was matched to. A diagnostic for classifying misses by cause; never
 * run it on a held-out set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClaims } from '../src/shared/notes/claimCheck';
import { loadFactRules } from '../src/main/notes/rules';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const path = process.argv[2] ?? '';
if (/independent-(?:[568]|1[016])\.json$/.test(path)) throw new Error('held-out sets are not traced');
const all = process.argv.includes('--all');
const checker = loadFactRules(root);
const items = JSON.parse(readFileSync(path, 'utf8')) as { id?: string; text: string; verdict: string }[];
for (const x of items) {
  const outs: string[] = [];
  const matches: string[] = [];
  const flags = checkClaims(
    x.text,
    [],
    checker.index,
    (ex, ids) => matches.push(`${ex}→${ids.slice(0, 3).join('|')}`),
    (q, o) => outs.push(`"${q.raw}"[${q.dim}${q.noun ? `/${q.noun}` : ''}]=${o}`),
  );
  const bad = x.verdict !== 'correct';
  if (!all && !(bad && !flags.length) && !(!bad && flags.length)) continue;
  console.log(
    `${bad ? (flags.length ? 'CAUGHT' : 'MISSED') : flags.length ? 'FALSE ' : 'ok    '} ${x.id ?? ''} ${x.text}`,
  );
  console.log(`    ${outs.join('  ') || '(no quantity)'}`);
  if (matches.length) console.log(`    m: ${matches.join('  ')}`);
}
