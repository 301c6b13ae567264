import type { QuestionView } from '../../shared/ipc/channels/study';
import type { Domain } from '../../shared/kb/provenance';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';

/**
 * Generated numeric questions come from src/shared/quiz/numeric.ts (written separately; not in the tree
 * yet). Until it lands the channel answers UNAVAILABLE and the catalog lists no kinds, so the UI shows
 * "not available". Wiring it: import generateNumericQuestion and its kinds here, fill NUMERIC_KINDS, and
 * in generateNumeric load the region's pack (pricePackOf) and pass the result through numericView.
 */
export const NUMERIC_KINDS: readonly string[] = [];

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
    const parts = [s.label, s.formula ?? s.expression, s.value !== undefined ? `= ${String(s.value)}${s.unit ? ` ${String(s.unit)}` : ''}` : undefined, s.text ?? s.note]
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
  _kb: Db | null,
  kind: string,
  _seed: number,
  _region: string,
): { view: QuestionView; correctIndex: number } {
  throw new AppError('UNAVAILABLE', `Generated questions of kind "${kind}" are not available yet.`);
}
