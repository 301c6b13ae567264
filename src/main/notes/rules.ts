import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kbEntrySchema, type KbEntry } from '../../shared/kb/schemas';
import { buildAssertIndex } from '../../shared/notes/assertCheck';
import { buildFactIndex } from '../../shared/notes/claimCheck';
import { compileRules, type FactChecker } from '../../shared/notes/factCheck';
import { factRulesFileSchema } from '../../shared/notes/factRules';
import { lexiconSchema } from '../../shared/notes/lexicon';
import { cyrb53 } from '../../shared/notes/ids';
import { appRoot } from '../paths';

/** The fact-checker as the importer uses it; `version` changes whenever its inputs do (re-check on import). */
export type LoadedRules = FactChecker;

const cache = new Map<string, LoadedRules>();

/** The knowledge base's entries (data/kb/*.json), validated. */
export function loadKbEntries(root: string): KbEntry[] {
  const dir = join(root, 'data', 'kb');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => kbEntrySchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * The fact-check for notes: the knowledge base's facts (indexed once per app root) plus the few
 * hand-written rules in data/factcheck/rules.json for claims no fact can express.
 */
export function loadFactRules(root: string = appRoot()): LoadedRules {
  const hit = cache.get(root);
  if (hit) return hit;
  const rulesText = readFileSync(join(root, 'data', 'factcheck', 'rules.json'), 'utf8');
  const lexText = readFileSync(join(root, 'data', 'factcheck', 'lexicon.json'), 'utf8');
  const file = factRulesFileSchema.parse(JSON.parse(rulesText));
  const entries = loadKbEntries(root);
  const lexicon = lexiconSchema.parse(JSON.parse(lexText));
  const index = buildFactIndex(entries, lexicon);
  // The stored content hash includes this, so a KB or rules change re-checks unchanged notes on import.
  const factsHash = cyrb53(JSON.stringify(entries.map((e) => e.facts)));
  const loaded: LoadedRules = {
    version: `${file.version}.${cyrb53(rulesText + lexText + factsHash).slice(0, 8)}`,
    rules: compileRules(file.rules),
    index,
    asserts: buildAssertIndex(entries, lexicon.aliases),
  };
  cache.set(root, loaded);
  return loaded;
}
