import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../../src/shared/kb/provenance';
import { examDomainsOf, questionFileSchema, questionSchema, type Question } from '../../../src/shared/quiz/bankSchema';
import { EXAM_IDS, EXAMS } from '../../../src/shared/quiz/examGuides';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const files = readdirSync(join(DATA, 'questions'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .sort();
const parsed = files.map((f) => ({ f, r: questionFileSchema.safeParse(JSON.parse(readFileSync(join(DATA, 'questions', f), 'utf8'))) }));
const questions: (Question & { file: string })[] = parsed.flatMap(({ f, r }) =>
  r.success ? r.data.questions.map((q) => ({ ...q, file: f })) : [],
);
const kbIds = new Set((JSON.parse(readFileSync(join(DATA, 'kb', '_ids.json'), 'utf8')) as { ids: string[] }).ids);

/** Case, punctuation and spacing do not make two stems different. */
function normalize(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

describe('curated question bank (data/questions)', () => {
  it('every file matches the bank schema', () => {
    const bad = parsed.filter((p) => !p.r.success).map((p) => `${p.f}: ${p.r.error?.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    expect(bad).toEqual([]);
  });

  it('has at least 250 questions (the bank is still being written: this fails until it reaches 250)', () => {
    expect(questions.length, `the bank has ${questions.length} questions; issue 5 asks for ≥ 250`).toBeGreaterThanOrEqual(250);
  });

  it('every question has one or more correct options, an explanation per option, a domain and a source', () => {
    const problems: string[] = [];
    for (const q of questions) {
      if (!q.options.some((o) => o.correct)) problems.push(`${q.id}: no correct option`);
      for (const [i, o] of q.options.entries())
        if (o.explanation.trim().length < 10) problems.push(`${q.id}: option ${i} has no real explanation`);
      if (!DOMAINS.includes(q.domain)) problems.push(`${q.id}: domain ${q.domain}`);
      if (!q.source.startsWith('https://')) problems.push(`${q.id}: source ${q.source}`);
      if (new Set(q.options.map((o) => normalize(o.text))).size !== q.options.length) problems.push(`${q.id}: duplicate options`);
    }
    expect(problems).toEqual([]);
  });

  it('every kbEntry resolves to a canonical KB id (data/kb/_ids.json)', () => {
    const unresolved = questions.filter((q) => !kbIds.has(q.kbEntry)).map((q) => `${q.file}: ${q.id} → ${q.kbEntry}`);
    expect(unresolved).toEqual([]);
  });

  it('has no duplicate ids and no duplicate stems (normalized)', () => {
    const ids = new Map<string, string>();
    const stems = new Map<string, string>();
    const dups: string[] = [];
    for (const q of questions) {
      if (ids.has(q.id)) dups.push(`id ${q.id} in ${ids.get(q.id)} and ${q.file}`);
      ids.set(q.id, q.file);
      const s = normalize(q.stem);
      if (stems.has(s)) dups.push(`stem of ${q.id} repeats ${stems.get(s)}`);
      stems.set(s, q.id);
    }
    expect(dups).toEqual([]);
  });

  it('covers every exam domain', () => {
    for (const d of DOMAINS) expect(questions.filter((q) => q.domain === d).length, `domain ${d}`).toBeGreaterThan(0);
  });

  it('tags every question with the domain(s) of each exam it serves, and fills every domain of both exams', () => {
    expect(questions.filter((q) => !q.exams).map((q) => q.id)).toEqual([]);
    for (const exam of EXAM_IDS)
      for (const d of EXAMS[exam].domains) {
        const n = questions.filter((q) => examDomainsOf(q, exam)[0] === d.id).length;
        expect(n, `${exam} ${d.id}`).toBeGreaterThanOrEqual(5);
      }
  });

  it('a review date, when present, is an ISO date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    const bad = questions.filter((q) => q.reviewed !== undefined && q.reviewed > today).map((q) => `${q.id}: ${q.reviewed}`);
    expect(bad).toEqual([]);
    const sample = questions[0]!;
    const { file: _file, ...q } = sample;
    expect(questionSchema.safeParse({ ...q, reviewed: '2026-12-03' }).success).toBe(true);
    expect(questionSchema.safeParse({ ...q, reviewed: 'yesterday' }).success).toBe(false);
  });
});
