/** One step of a calculation as shown to the user: formula → values → rounding → result, with its fact. */
export interface TraceStep {
  label: string;
  formula: string;
  substituted: string;
  rounding?: string;
  result: number | string;
  unit: string;
  fact?: { source: string; asOf: string; priceKey?: string; overridden?: boolean };
}

export class Trace {
  readonly steps: TraceStep[] = [];

  add(step: TraceStep): number {
    this.steps.push(step);
    return typeof step.result === 'number' ? step.result : Number.NaN;
  }
}

/** Formats a number for a trace line: full precision, grouping for readability. */
export function fmt(n: number | string, dp = 10): string {
  if (typeof n === 'string') return n;
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: dp });
}
