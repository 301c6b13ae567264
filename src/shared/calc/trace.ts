/** One step of a calculation as shown to the user: formula → values → rounding → result, with its fact. */
export interface TraceStep {
  label: string;
  formula: string;
  substituted: string;
  rounding?: string;
  result: number | string;
  unit: string;
  fact?: PriceFact;
}

/** Where a unit price came from: the bundled pack (verified), a stand-in, an imported offer file, or the user. */
export type PriceStatus = 'bundled' | 'stand-in' | 'imported' | 'override';

export interface PriceFact {
  source: string;
  asOf: string;
  priceKey?: string;
  overridden?: boolean;
  status?: PriceStatus;
  /** One line for people, e.g. "stand-in: us-east-1 price, no verified eu-central-1 price". */
  statusNote?: string;
  /** For a stand-in: the region whose price is used. */
  standInFrom?: string;
}

export class Trace {
  readonly steps: TraceStep[] = [];

  /**
   * Records a step and returns its result unchanged for further computation. The recorded result is
   * cut to 12 significant digits, which drops binary floating-point noise (0.061439999999999995 is
   * shown as 0.06144) and nothing a price or a count carries.
   */
  add(step: TraceStep): number {
    const r = step.result;
    this.steps.push(
      typeof r === 'number' && Number.isFinite(r) ? { ...step, result: Number(r.toPrecision(12)) } : step,
    );
    return typeof r === 'number' ? r : Number.NaN;
  }
}

/**
 * One formatter per precision: `toLocaleString` with options builds a new Intl.NumberFormat on every call
 * (tens of µs), which made trace text a large share of a calculator's run time. Same output.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number for a trace line: full precision, grouping for readability. */
export function fmt(n: number | string, dp = 10): string {
  if (typeof n === 'string') return n;
  if (!Number.isFinite(n)) return String(n);
  let f = formatters.get(dp);
  if (!f) formatters.set(dp, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: dp })));
  return f.format(n);
}
