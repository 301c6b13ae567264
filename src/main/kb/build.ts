import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  comparisonSchema,
  datasetSchema,
  inScopeFileSchema,
  kbEntrySchema,
  pricePackSchema,
  type Comparison,
  type Dataset,
  type InScopeFile,
  type KbEntry,
  type PricePack,
} from '../../shared/kb/schemas';
import { checkContent, type CheckDoc, type ContentProblem } from '../../shared/kb/contentCheck';
import { factRefIds, mapStrings, renderFactRefs, stringsOf, type RefFact } from '../../shared/kb/factRefs';
import { questionFileSchema, type Question } from '../../shared/quiz/bankSchema';
import { EXAM_IDS } from '../../shared/quiz/examGuides';
import { KB_SCHEMA } from './schema';

export interface KbSources {
  ids: string[];
  entries: KbEntry[];
  comparisons: Comparison[];
  datasets: Dataset[];
  prices: PricePack[];
  questions: Question[];
  /** data/exams/in-scope.json: the exam guides' in-scope services and the entries covering them (null when absent). */
  inScope: InScopeFile | null;
  /** Content hash of every input file: the KB version. */
  version: string;
  problems: string[];
  warnings: string[];
  /** The prose as written, with `{{fact:id}}` references unrendered (what the content check reads). */
  raw: { entries: KbEntry[]; comparisons: Comparison[]; questions: Question[] };
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort();
}

function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('\n');
}

/** data/exams/in-scope.json, validated: known exams, and every entry it names is a KB id. */
function loadInScope(dataDir: string, ids: string[], hash: ReturnType<typeof createHash>, problems: string[]): InScopeFile | null {
  const path = join(dataDir, 'exams', 'in-scope.json');
  if (!existsSync(path)) return null;
  const rel = 'data/exams/in-scope.json';
  const text = readFileSync(path, 'utf8');
  hash.update(rel).update(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push(`${rel}: invalid JSON: ${(e as Error).message}`);
    return null;
  }
  const r = inScopeFileSchema.safeParse(raw);
  if (!r.success) {
    problems.push(formatIssues(rel, r.error));
    return null;
  }
  for (const e of r.data.exams)
    if (!(EXAM_IDS as readonly string[]).includes(e.exam)) problems.push(`${rel}: unknown exam ${e.exam}`);
  for (const [id, s] of Object.entries(r.data.services))
    for (const entry of s.entries)
      if (!ids.includes(entry)) problems.push(`${rel}: service ${id} names unknown KB entry ${entry}`);
  return r.data;
}

/** Reads and validates every source file under `dataDir`. Problems are collected, not thrown. */
export function loadSources(dataDir: string): KbSources {
  const hash = createHash('sha256');
  const problems: string[] = [];
  const warnings: string[] = [];
  function load<T>(sub: string, schema: z.ZodType<T>): T[] {
    const out: T[] = [];
    for (const f of jsonFiles(join(dataDir, sub))) {
      const rel = `data/${sub}/${f}`;
      const text = readFileSync(join(dataDir, sub, f), 'utf8');
      hash.update(rel).update(text);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        problems.push(`${rel}: invalid JSON: ${(e as Error).message}`);
        continue;
      }
      const r = schema.safeParse(raw);
      if (r.success) out.push(r.data);
      else problems.push(formatIssues(rel, r.error));
    }
    return out;
  }
  const idsPath = join(dataDir, 'kb', '_ids.json');
  const ids = existsSync(idsPath) ? (JSON.parse(readFileSync(idsPath, 'utf8')) as { ids: string[] }).ids : [];
  const entries = load('kb', kbEntrySchema);
  for (const e of entries) if (!ids.includes(e.id)) problems.push(`data/kb/${e.id}.json: id not listed in _ids.json`);
  const missing = ids.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) warnings.push(`${missing.length} KB ids have no entry yet: ${missing.slice(0, 10).join(', ')}…`);
  const comparisons = load('comparisons', comparisonSchema);
  const datasets = load('datasets', datasetSchema);
  const prices = load('prices', pricePackSchema);
  const questions = load('questions', questionFileSchema).flatMap((f) => f.questions);
  const inScope = loadInScope(dataDir, ids, hash, problems);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) problems.push(`question id ${q.id} is duplicated`);
    seen.add(q.id);
    if (!ids.includes(q.kbEntry)) problems.push(`question ${q.id}: kbEntry ${q.kbEntry} is not a KB id`);
  }
  // One home per figure: prose names facts by id; the build writes in their current values.
  const facts = new Map<string, RefFact>(entries.flatMap((e) => e.facts.map((f) => [f.id, f] as const)));
  const refChecked: { where: string; value: unknown }[] = [
    ...entries.map((e) => ({ where: `entry ${e.id}`, value: { ...e, facts: [] } })),
    ...comparisons.map((c) => ({ where: `comparison ${c.id}`, value: c })),
    ...questions.map((q) => ({ where: `question ${q.id}`, value: q })),
  ];
  for (const { where, value } of refChecked)
    for (const { path, text } of stringsOf(value))
      for (const id of factRefIds(text))
        if (!facts.has(id)) problems.push(`${where}: ${path} references unknown fact ${id}`);
  const render = <T>(v: T): T => mapStrings(v, (s) => renderFactRefs(s, facts));
  return {
    ids,
    entries: entries.map((e) => ({ ...render({ ...e, facts: [] }), facts: e.facts })),
    comparisons: comparisons.map(render),
    datasets,
    prices,
    questions: questions.map(render),
    inScope,
    raw: { entries, comparisons, questions },
    version: hash.digest('hex').slice(0, 12),
    problems,
    warnings,
  };
}

export interface SearchDocRow {
  kind: 'entry' | 'fact' | 'dataset-row' | 'comparison' | 'question';
  ref: string;
  title: string;
  body: string;
  service: string | null;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object') return '';
  return String(v);
}

/** What the KB contributes to the search index. */
export function searchDocs(src: KbSources): SearchDocRow[] {
  const docs: SearchDocRow[] = [];
  const serviceOf = new Map(src.entries.map((e) => [e.id, e.service]));
  for (const e of src.entries) {
    docs.push({
      kind: 'entry',
      ref: e.id,
      title: e.title,
      body: [e.summary, e.body, e.examTraps.join(' '), e.tags.join(' ')].join('\n'),
      service: e.service,
    });
    for (const f of e.facts)
      docs.push({ kind: 'fact', ref: f.id, title: f.label, body: `${f.value}. ${e.title}`, service: e.service });
  }
  for (const c of src.comparisons)
    docs.push({
      kind: 'comparison',
      ref: c.id,
      title: c.title,
      body: [
        c.description,
        ...c.items.map((i) => `${i.name}: ${Object.entries(i.values).map(([k, v]) => `${k} ${v}`).join('; ')}`),
        ...c.guidance,
      ].join('\n'),
      service: null,
    });
  for (const d of src.datasets) {
    const service = serviceOf.get(d.entries[0] ?? '') ?? null;
    for (const r of d.rows) {
      const key = cellText(r[d.keyColumn]);
      docs.push({
        kind: 'dataset-row',
        ref: `${d.id}:${key}`,
        title: `${key} (${d.title})`,
        body: d.columns
          .filter((c) => !c.regional && c.key !== d.keyColumn)
          .map((c) => `${c.label} ${cellText(r[c.key])}${c.unit && c.type === 'number' ? ` ${c.unit}` : ''}`)
          .join('; '),
        service,
      });
    }
  }
  for (const q of src.questions)
    docs.push({
      kind: 'question',
      ref: q.id,
      title: q.stem.length > 120 ? `${q.stem.slice(0, 117)}…` : q.stem,
      body: [q.stem, ...q.options.map((o) => o.text)].join('\n'),
      service: serviceOf.get(q.kbEntry) ?? null,
    });
  return docs;
}

function newestAsOf(src: KbSources): string {
  const dates = [
    ...src.entries.flatMap((e) => [e.asOf, ...e.facts.map((f) => f.asOf)]),
    ...src.datasets.map((d) => d.asOf),
    ...src.comparisons.map((c) => c.asOf),
    ...src.prices.map((p) => p.asOf),
  ];
  return dates.sort().at(-1) ?? '';
}

/** Writes the bundled knowledge base to `outPath` atomically (temp file, then rename). */
export function buildKb(src: KbSources, outPath: string, builtAt = new Date()): void {
  const tmp = `${outPath}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.exec(KB_SCHEMA);
    db.transaction(() => {
      const meta = db.prepare('INSERT INTO kb_meta(key, value) VALUES (?, ?)');
      meta.run('version', src.version);
      meta.run('asOf', newestAsOf(src));
      meta.run('builtAt', builtAt.toISOString());
      const entryIds = new Set(src.entries.map((e) => e.id));
      const insE = db.prepare(
        'INSERT INTO entries(id, title, service, category, summary, json) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const insF = db.prepare(
        'INSERT INTO facts(id, entry_id, label, value, numeric, unit, source, as_of, json) VALUES (?,?,?,?,?,?,?,?,?)',
      );
      for (const e of src.entries) {
        // Links to entries that do not exist yet are dropped rather than shown broken.
        const clean = {
          ...e,
          related: e.related.filter((r) => entryIds.has(r)),
          chooseOver: e.chooseOver.filter((c) => entryIds.has(c.other)),
        };
        insE.run(e.id, e.title, e.service, e.category, e.summary, JSON.stringify(clean));
        for (const f of e.facts)
          insF.run(f.id, e.id, f.label, f.value, f.numeric ?? null, f.unit ?? null, f.source, f.asOf, JSON.stringify(f));
      }
      const insD = db.prepare('INSERT INTO datasets(id, title, json) VALUES (?, ?, ?)');
      const insDE = db.prepare('INSERT INTO table_entries(kind, table_id, entry_id) VALUES (?, ?, ?)');
      for (const d of src.datasets) {
        insD.run(d.id, d.title, JSON.stringify(d));
        for (const e of d.entries) insDE.run('dataset', d.id, e);
      }
      const insC = db.prepare('INSERT INTO comparisons(id, title, json) VALUES (?, ?, ?)');
      for (const c of src.comparisons) {
        insC.run(c.id, c.title, JSON.stringify(c));
        for (const i of c.items) insDE.run('comparison', c.id, i.entryId);
      }
      const insP = db.prepare('INSERT INTO prices(region, as_of, json) VALUES (?, ?, ?)');
      for (const p of src.prices) insP.run(p.region, p.asOf, JSON.stringify(p));
      const insQ = db.prepare('INSERT INTO questions(id, topic, domain, kb_entry, json) VALUES (?, ?, ?, ?, ?)');
      for (const q of src.questions) insQ.run(q.id, q.topic, q.domain, q.kbEntry, JSON.stringify(q));
      const insS = db.prepare('INSERT INTO search_docs(kind, ref, title, body, service) VALUES (?, ?, ?, ?, ?)');
      for (const s of searchDocs(src)) insS.run(s.kind, s.ref, s.title, s.body, s.service);
      meta.run('entries', String(src.entries.length));
      meta.run('datasets', String(src.datasets.length));
      meta.run('questions', String(src.questions.length));
    })();
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(tmp, outPath);
}

/** The content check over the sources as written: contradicted figures and unresolved fact references. */
export function checkSources(src: KbSources): ContentProblem[] {
  const docs: CheckDoc[] = [
    ...src.raw.entries.map((e) => ({
      where: `entry ${e.id}`,
      entryId: e.id,
      value: { summary: e.summary, body: e.body, examTraps: e.examTraps, chooseOver: e.chooseOver },
    })),
    ...src.raw.comparisons.flatMap((c) => [
      { where: `comparison ${c.id}`, entryId: null, value: { description: c.description, guidance: c.guidance } },
      // A cell reads as "<row label>: <value>", so "Max message size: 256 KB" is a claim about a maximum.
      ...c.items.map((i) => ({
        where: `comparison ${c.id} (${i.name})`,
        entryId: i.entryId,
        value: Object.entries(i.values).map(([k, v]) => `${k}: ${v}`),
      })),
    ]),
    ...src.raw.questions.map((q) => ({
      where: `question ${q.id}`,
      entryId: q.kbEntry,
      // A wrong option states a wrong figure on purpose; its explanation must be true.
      scenario: { stem: q.stem },
      value: { options: q.options.map((o) => (o.correct ? { text: o.text, explanation: o.explanation } : { explanation: o.explanation })) },
    })),
  ];
  return checkContent(src.raw.entries, docs);
}
