import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, type CompiledRule } from '../../shared/notes/factCheck';
import { factRulesFileSchema } from '../../shared/notes/factRules';
import { appRoot } from '../paths';

export interface LoadedRules {
  version: number;
  rules: CompiledRule[];
}

const cache = new Map<string, LoadedRules>();

/** The fact-check rules shipped in data/factcheck/rules.json, validated and compiled once per app root. */
export function loadFactRules(root: string = appRoot()): LoadedRules {
  const hit = cache.get(root);
  if (hit) return hit;
  const file = factRulesFileSchema.parse(
    JSON.parse(readFileSync(join(root, 'data', 'factcheck', 'rules.json'), 'utf8')),
  );
  const loaded = { version: file.version, rules: compileRules(file.rules) };
  cache.set(root, loaded);
  return loaded;
}
