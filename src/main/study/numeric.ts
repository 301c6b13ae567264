import type { QuestionView } from '../../shared/ipc/channels/study';
import type { Domain } from '../../shared/kb/provenance';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import type { PricePack } from '../../shared/kb/schemas';
import { generateNumericQuestion, NUMERIC_KINDS as GENERATOR_KINDS, type NumericKind } from '../../shared/quiz/numeric';

/** Generated numeric questions (src/shared/quiz/numeric.ts) served with the region's price pack. */
export const NUMERIC_KINDS: readonly string[] = GENERATOR_KINDS;

/** The generator's output as specified: options already in display order, `correctIndex` into them. */
export interface GeneratedQuestion {
  id: string;
  kind: string;
  stem: string;
  options: readonly { text: string; correct: boolean; explanation: string }[];
  correctIndex: number;
  trace: unknown;
  domain: Domain;
  topic: string;
  kbEntry: string;
}

/** Trace lines from whatever shape the calculators' traces take (strings, or steps with label/formula/value). */
export function traceLines(trace: unknown): string[] {
  if (typeof trace === 'string') return trace.split('\n').filter((l) => l.trim());
  if (!Array.isArray(trace)) {
    if (trace && typeof trace === 'object' && 'steps' in trace) return traceLines((trace as { steps: unknown }).steps);
    return [];
  }
  return trace.flatMap((step): string[] => {
    if (typeof step === 'string') return [step];
    if (!step || typeof step !== 'object') return [];
    const s = step as Record<string, unknown>;
    const value = s.value ?? s.result;
    const parts = [s.label, s.formula ?? s.expression, s.substituted, value !== undefined ? `= ${String(value)}${s.unit ? ` ${String(s.unit)}` : ''}` : undefined, s.text ?? s.note]
      .filter((x) => x !== undefined && x !== null && String(x).length > 0)
      .map(String);
    return parts.length ? [parts.join(': ').replace(': =', ' =')] : [];
  });
}

/** A generated question as the UI shows it (always revealed: the trace is the explanation). */
export function numericView(g: GeneratedQuestion, seed: number, kbTitles: ReadonlyMap<string, string>): QuestionView {
  return {
    id: g.id,
    type: 'single',
    stem: g.stem,
    options: g.options.map((o, index) => ({ index, text: o.text, correct: o.correct, explanation: o.explanation })),
    choose: 1,
    domain: g.domain,
    topic: g.topic,
    kbEntry: g.kbEntry,
    kbTitle: kbTitles.get(g.kbEntry) ?? null,
    source: null,
    asOf: null,
    revealed: true,
    trace: traceLines(g.trace),
    numeric: { kind: g.kind, seed },
  };
}

export function generateNumeric(
  kb: Db | null,
  kind: string,
  seed: number,
  region: string,
): { view: QuestionView; correctIndex: number } {
  if (!kb) throw new AppError('UNAVAILABLE', 'Generated questions need the knowledge base (price packs).');
  if (!(GENERATOR_KINDS as readonly string[]).includes(kind))
    throw new AppError('VALIDATION', `Unknown numeric question kind "${kind}". Kinds: ${GENERATOR_KINDS.join(', ')}.`);
  const row = kb.prepare('SELECT json FROM prices WHERE region = ?').get(region) as { json: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No price pack for region "${region}".`);
  const g = generateNumericQuestion(kind as NumericKind, seed, JSON.parse(row.json) as PricePack);
  const titles = new Map((kb.prepare('SELECT id, title FROM entries').all() as { id: string; title: string }[]).map((e) => [e.id, e.title]));
  return { view: numericView(g, seed, titles), correctIndex: g.correctIndex };
}
