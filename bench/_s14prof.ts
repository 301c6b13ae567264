/** Session 14: profile checkSection on bench-corpus sections (where the parse worker's CPU goes). */
import { join } from 'node:path';
import { notes } from './corpus';
import { loadFactRules } from '../src/main/notes/rules';
import { checkSection } from '../src/shared/notes/factCheck';

const N = Number(process.env.N ?? 3000);
const checker = loadFactRules(join(import.meta.dirname, '..'));
const corpus = [...notes(N)];
const t = performance.now();
let flags = 0;
for (const n of corpus) flags += checkSection(n.body, [n.title], checker).length;
console.log(`${N} sections ${(performance.now() - t).toFixed(0)} ms, ${flags} flags`);
