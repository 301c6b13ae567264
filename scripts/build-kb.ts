/**
 * Compiles data/ into resources/kb.sqlite (the bundled, read-only knowledge base).
 * Fails with every validation problem listed when a source file is invalid.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKb, loadSources } from '../src/main/kb/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'resources', 'kb.sqlite');
const src = loadSources(join(root, 'data'));
for (const w of src.warnings) console.warn(`[kb] warning: ${w}`);
if (src.problems.length) {
  console.error(`[kb] ${src.problems.length} problem(s) in data/:\n${src.problems.join('\n')}`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const t0 = performance.now();
buildKb(src, out);
console.log(
  `[kb] built ${out} v${src.version}: ${src.entries.length} entries, ${src.datasets.length} datasets, ` +
    `${src.comparisons.length} comparisons, ${src.prices.length} price packs, ${src.questions.length} questions ` +
    `(${(performance.now() - t0).toFixed(0)} ms)`,
);
