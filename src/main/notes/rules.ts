import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { datasetSchema, kbEntrySchema, type KbEntry } from '../../shared/kb/schemas';
import { buildAssertIndex } from '../../shared/notes/assertCheck';
import { buildFactIndex } from '../../shared/notes/claimCheck';
import { compileRules, reviveFactChecker, storableFactChecker, type FactChecker } from '../../shared/notes/factCheck';
import { buildFargateSizes } from '../../shared/notes/fargateSizeCheck';
import { buildInstanceSpecs } from '../../shared/notes/instanceCheck';
import { factRulesFileSchema } from '../../shared/notes/factRules';
import { lexiconSchema } from '../../shared/notes/lexicon';
import { cyrb53 } from '../../shared/notes/ids';
import { appRoot } from '../paths';

/** The fact-checker as the importer uses it; `version` changes whenever its inputs do (re-check on import). */
export type LoadedRules = FactChecker;

/**
 * The build's stamp of the fact-check code (a hash of src/shared and this file, scripts/factcheckStamp.ts),
 * set by the app's build (electron.vite.config.ts). Undefined when running from source: then the checker is
 * always built from the knowledge base, never read from a precompiled file.
 */
declare const __FACTCHECK_STAMP__: string | undefined;
const BUILD_STAMP: string | null = typeof __FACTCHECK_STAMP__ === 'string' ? __FACTCHECK_STAMP__ : null;

/** Where the app's build leaves the precompiled checker (scripts/build-factcheck-index.ts), under the app root. */
export const PRECOMPILED_RULES = join('out', 'main', 'factcheck-index.bin');
const MAGIC = 'SDFC1\n';

export interface LoadOptions {
  /** The code stamp a precompiled checker must carry (default: the build's; null: never read one). */
  stamp?: string | null;
  /** The precompiled checker's file (default: PRECOMPILED_RULES under the root). */
  file?: string;
}

const cache = new Map<string, LoadedRules>();

/** The knowledge base's entry files (data/kb/*.json) as [name, text], by name. */
function kbTexts(root: string): [name: string, text: string][] {
  const dir = join(root, 'data', 'kb');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** The knowledge base's entries (data/kb/*.json), validated. */
export function loadKbEntries(root: string): KbEntry[] {
  return kbTexts(root).map(([, text]) => kbEntrySchema.parse(JSON.parse(text)));
}

/** The checker's inputs as stored: rules, lexicon, each KB file's text by name, and the tables it reads. */
interface InputTexts {
  rulesText: string;
  lexText: string;
  kb: [name: string, text: string][];
  /** data/datasets/ec2-instances.json and fargate-task-sizes.json, or null where a root has none (test fixtures). */
  ec2Text: string | null;
  fargateText: string | null;
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readTexts(root: string): InputTexts {
  return {
    rulesText: readFileSync(join(root, 'data', 'factcheck', 'rules.json'), 'utf8'),
    lexText: readFileSync(join(root, 'data', 'factcheck', 'lexicon.json'), 'utf8'),
    kb: kbTexts(root),
    ec2Text: readOptional(join(root, 'data', 'datasets', 'ec2-instances.json')),
    fargateText: readOptional(join(root, 'data', 'datasets', 'fargate-task-sizes.json')),
  };
}

/** A hash of the inputs' exact texts: a precompiled checker is for the inputs that hash to what it records. */
function textsHash(t: InputTexts): string {
  const h = createHash('sha256');
  for (const [name, text] of [['rules.json', t.rulesText], ['lexicon.json', t.lexText], ...t.kb.map(([n, x]) => [`kb/${n}`, x])])
    h.update(`${name}\0${text}\0`);
  if (t.ec2Text !== null) h.update(`datasets/ec2-instances.json\0${t.ec2Text}\0`);
  if (t.fargateText !== null) h.update(`datasets/fargate-task-sizes.json\0${t.fargateText}\0`);
  return h.digest('hex');
}

/** The checker's inputs validated, and the version they make. */
function parseInputs(t: InputTexts) {
  const file = factRulesFileSchema.parse(JSON.parse(t.rulesText));
  const entries = t.kb.map(([, text]) => kbEntrySchema.parse(JSON.parse(text)));
  const lexicon = lexiconSchema.parse(JSON.parse(t.lexText));
  const instances = t.ec2Text === null ? null : buildInstanceSpecs(datasetSchema.parse(JSON.parse(t.ec2Text)));
  const fargateSizes = t.fargateText === null ? null : buildFargateSizes(datasetSchema.parse(JSON.parse(t.fargateText)));
  // The stored content hash includes this, so a KB, rules or instance-table change re-checks unchanged notes on import.
  const factsHash = cyrb53(JSON.stringify(entries.map((e) => e.facts)));
  const tableHash = cyrb53(JSON.stringify([instances, fargateSizes]));
  return {
    file,
    entries,
    lexicon,
    instances,
    fargateSizes,
    version: `${file.version}.${cyrb53(t.rulesText + t.lexText + factsHash + tableHash).slice(0, 8)}`,
  };
}

function build(inputs: ReturnType<typeof parseInputs>): LoadedRules {
  return {
    version: inputs.version,
    rules: compileRules(inputs.file.rules),
    index: buildFactIndex(inputs.entries, inputs.lexicon),
    asserts: buildAssertIndex(inputs.entries, inputs.lexicon.aliases),
    ...(inputs.instances ? { instances: inputs.instances } : {}),
    ...(inputs.fargateSizes ? { fargateSizes: inputs.fargateSizes } : {}),
  };
}

/**
 * The precompiled checker in `file` if it was made by this code (stamp) from these inputs (the hash of their
 * texts); null otherwise (no file, another build's, other data, damaged: the caller builds the checker instead).
 */
export function readPrecompiled(file: string, stamp: string, inputs: string): LoadedRules | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const headLen = bytes.readUInt32LE(MAGIC.length);
    const at = MAGIC.length + 4;
    const head = JSON.parse(bytes.toString('utf8', at, at + headLen)) as { stamp?: unknown; inputs?: unknown; version?: unknown };
    if (head.stamp !== stamp || head.inputs !== inputs || typeof head.version !== 'string') return null;
    const data = deserialize(bytes.subarray(at + headLen)) as LoadedRules;
    if (data?.version !== head.version || !data.index || !data.asserts || !Array.isArray(data.rules)) return null;
    return reviveFactChecker(data);
  } catch {
    return null;
  }
}

/** Loads the checker now, and whether a precompiled one was read. Uncached (loadFactRules caches). */
export function loadFactRulesUncached(root: string, opts: LoadOptions = {}): { rules: LoadedRules; from: 'precompiled' | 'built' } {
  const texts = readTexts(root);
  const stamp = opts.stamp === undefined ? BUILD_STAMP : opts.stamp;
  // Read without validating the data again: the file was built from exactly these texts, validated then.
  const pre = stamp ? readPrecompiled(opts.file ?? join(root, PRECOMPILED_RULES), stamp, textsHash(texts)) : null;
  return pre ? { rules: pre, from: 'precompiled' } : { rules: build(parseInputs(texts)), from: 'built' };
}

/**
 * The fact-check for notes: the knowledge base's facts (indexed once per app root) plus the few
 * hand-written rules in data/factcheck/rules.json for claims no fact can express. The app's build ships the
 * index precompiled (out/main/factcheck-index.bin, ~0.25 s to read against ~1.2 s to build: every import job
 * and each of its parse workers loads it): it is used only when its code stamp is this build's and its version
 * is that of the data it is loaded with, else the index is built as from source.
 */
export function loadFactRules(root: string = appRoot()): LoadedRules {
  const hit = cache.get(root);
  if (hit) return hit;
  const { rules } = loadFactRulesUncached(root);
  cache.set(root, rules);
  return rules;
}

/**
 * Builds the checker from the data under `root` and stores it in `file` for code stamped `stamp` (the app's
 * build calls this: scripts/build-factcheck-index.ts). Written beside and renamed into place: a reader sees
 * the old file or the new one, never half of one. Returns its size in bytes.
 */
export function writePrecompiledRules(root: string, stamp: string, file: string): number {
  const texts = readTexts(root);
  const inputs = parseInputs(texts);
  const payload = serialize(storableFactChecker(build(inputs)));
  const head = Buffer.from(JSON.stringify({ stamp, inputs: textsHash(texts), version: inputs.version }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, head, payload]));
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return MAGIC.length + 4 + head.length + payload.length;
}
