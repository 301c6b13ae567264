/**
 * Estimates: a design priced as a whole, as the AWS Pricing Calculator does it. An estimate holds one or
 * more variants ("2 shards vs on-demand"); a variant is a list of lines, each a calculator input with its
 * own region and note. Only inputs are stored: totals are recomputed from the current prices every time
 * (never cached), so an estimate can never show a figure its prices no longer support.
 */
import { z } from 'zod';
import { calculatorId, CALCULATOR_IDS } from '../ipc/channels/scenarios';
import { fail, ok, type Result } from '../result';

export type CalculatorId = (typeof CALCULATOR_IDS)[number];

const lineId = z.string().regex(/^[\w-]{1,40}$/, 'a line id is 1–40 letters, digits, _ or -');

export const estimateLineSchema = z.strictObject({
  id: lineId,
  calculator: calculatorId,
  label: z.string().trim().max(120).default(''),
  note: z.string().max(2000).default(''),
  /** The calculator's input as entered (region included); validated when it is run. */
  input: z.record(z.string(), z.json()),
});

export const estimateVariantSchema = z.strictObject({
  id: lineId,
  name: z.string().trim().min(1, 'a variant needs a name').max(80),
  lines: z.array(estimateLineSchema).max(100, 'at most 100 lines a variant'),
});

export const estimateDocSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().trim().min(1, 'an estimate needs a name').max(120),
  variants: z.array(estimateVariantSchema).min(1).max(6, 'at most 6 variants side by side'),
});

export type EstimateLine = z.output<typeof estimateLineSchema>;
export type EstimateVariant = z.output<typeof estimateVariantSchema>;
export type EstimateDoc = z.output<typeof estimateDocSchema>;

/** The service each calculator prices, as the Pricing Calculator names it. */
export const SERVICE_OF: Record<CalculatorId, string> = {
  dynamodb: 'Amazon DynamoDB',
  kinesis: 'Amazon Kinesis Data Streams',
  lambda: 'AWS Lambda',
  ebs: 'Amazon EBS',
  's3-lifecycle': 'Amazon S3',
};

/** One line's monthly figure, or why there is none. */
export type LineCost = { ok: true; monthlyUSD: number; basis: string } | { ok: false; message: string };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The monthly cost a calculator's output stands for in an estimate, and what it is: DynamoDB's chosen
 * capacity mode (or the cheaper one when the input names none), the others' monthly total, and for an S3
 * lifecycle the average month over its horizon (its cost changes month by month).
 */
export function headlineMonthlyUSD(calculator: CalculatorId, output: Record<string, unknown>, input: Record<string, unknown>): LineCost {
  const monthly = rec(output.monthly);
  switch (calculator) {
    case 'dynamodb': {
      const asked = input.capacityMode === 'on-demand' ? 'onDemand' : input.capacityMode === 'provisioned' ? 'provisioned' : null;
      const mode = asked ?? (output.cheaper === 'on-demand' || output.cheaper === 'onDemand' ? 'onDemand' : 'provisioned');
      const v = num(rec(monthly[mode]).total);
      return v === null ? { ok: false, message: 'no monthly total in the result' } : { ok: true, monthlyUSD: v, basis: `${mode === 'onDemand' ? 'on-demand' : 'provisioned'} capacity${asked ? '' : ' (the cheaper mode)'}` };
    }
    case 's3-lifecycle': {
      // Once cohorts have settled, a month costs the same every month: that is the figure a design runs at.
      const steady = num(output.steadyStateMonthlyUSD);
      const from = num(output.steadyStateFromMonth);
      if (steady !== null) return { ok: true, monthlyUSD: steady, basis: `steady-state month${from ? ` (from month ${from})` : ''}` };
      const total = num(output.total);
      const months = num(input.months) ?? num(output.months);
      if (total === null || !months) return { ok: false, message: 'no total in the result' };
      return { ok: true, monthlyUSD: total / months, basis: `average month over ${months} months` };
    }
    default: {
      const v = num(monthly.total);
      return v === null ? { ok: false, message: 'no monthly total in the result' } : { ok: true, monthlyUSD: v, basis: 'monthly total' };
    }
  }
}

export interface VariantSummary {
  monthlyUSD: number;
  yearlyUSD: number;
  byService: { service: string; monthlyUSD: number }[];
  /** Lines whose cost could not be computed (invalid input, missing price pack): not in the totals. */
  failed: number;
}

/** Cents, half away from zero: every sum adds the same rounded cents the lines show. */
export function cents(usd: number): number {
  return Math.sign(usd) * Math.round(Math.abs(usd) * 100 + Number.EPSILON * 100) / 100;
}

export function summarizeVariant(v: EstimateVariant, costs: ReadonlyMap<string, LineCost>): VariantSummary {
  const byService = new Map<string, number>();
  let total = 0;
  let failed = 0;
  for (const l of v.lines) {
    const c = costs.get(l.id);
    if (!c || !c.ok) {
      failed++;
      continue;
    }
    const m = cents(c.monthlyUSD);
    total += m;
    const s = SERVICE_OF[l.calculator];
    byService.set(s, cents((byService.get(s) ?? 0) + m));
  }
  total = cents(total);
  return {
    monthlyUSD: total,
    yearlyUSD: cents(total * 12),
    byService: [...byService].map(([service, monthlyUSD]) => ({ service, monthlyUSD })).sort((a, b) => b.monthlyUSD - a.monthlyUSD),
    failed,
  };
}

/** Per-line delta of a variant against the first (matched by line id, then by label + calculator). */
export function lineDelta(base: EstimateVariant, line: EstimateLine, costs: ReadonlyMap<string, LineCost>, baseCosts: ReadonlyMap<string, LineCost>): number | null {
  const match = base.lines.find((l) => l.id === line.id) ?? base.lines.find((l) => l.calculator === line.calculator && l.label && l.label === line.label);
  const mine = costs.get(line.id);
  if (!mine?.ok) return null;
  if (!match) return cents(mine.monthlyUSD);
  const theirs = baseCosts.get(match.id);
  return theirs?.ok ? cents(cents(mine.monthlyUSD) - cents(theirs.monthlyUSD)) : null;
}

export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function emptyEstimate(name: string): EstimateDoc {
  return { version: 1, name, variants: [{ id: newId('v'), name: 'Variant A', lines: [] }] };
}

export function lineTitle(l: EstimateLine): string {
  return l.label || SERVICE_OF[l.calculator];
}

export function lineRegion(l: EstimateLine): string {
  return typeof l.input.region === 'string' ? l.input.region : 'us-east-1';
}

// ---------- share links ----------

/** Prefix of a shared estimate or calculator in the URL hash: #/estimates/share/<payload>. */
export const SHARE_VERSION = 'e1';
/** A link stays well under what browsers and chat tools keep (the largest estimate allowed is bigger). */
export const MAX_SHARE_CHARS = 60_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeEstimate(doc: EstimateDoc): string {
  return `${SHARE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(doc)))}`;
}

/** Parses a share payload or an exported JSON file: validated completely, nothing partial. */
export function decodeEstimate(payload: string): Result<EstimateDoc> {
  let json: unknown;
  try {
    const text = payload.trim().startsWith('{')
      ? payload
      : (() => {
          const [ver, body] = payload.trim().split('.', 2);
          if (ver !== SHARE_VERSION || !body) throw new Error(`not an estimate link (expected "${SHARE_VERSION}.…")`);
          if (body.length > MAX_SHARE_CHARS) throw new Error('the link is too long');
          return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body));
        })();
    json = JSON.parse(text);
  } catch (e) {
    return fail('VALIDATION', `This is not a readable estimate: ${(e as Error).message}`);
  }
  const r = estimateDocSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    return fail('VALIDATION', `This estimate is not valid: ${i ? `${i.path.join('.') || 'estimate'}: ${i.message}` : 'unknown problem'}`);
  }
  return ok(r.data);
}

// ---------- exports ----------

export interface ComputedVariant {
  variant: EstimateVariant;
  costs: ReadonlyMap<string, LineCost>;
  summary: VariantSummary;
}

const usd = (n: number): string => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return /[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v;
}

/** CSV with human headers and units, the inputs as JSON, numbers as numbers. */
export function estimateCsv(doc: EstimateDoc, computed: readonly ComputedVariant[]): string {
  const head = ['Variant', 'Service', 'Line', 'Region', 'Monthly cost (USD)', 'Yearly cost (USD)', 'Basis', 'Note', 'Inputs (JSON)'];
  const rows: (string | number)[][] = [head];
  for (const c of computed)
    for (const l of c.variant.lines) {
      const cost = c.costs.get(l.id);
      rows.push([
        c.variant.name,
        SERVICE_OF[l.calculator],
        lineTitle(l),
        lineRegion(l),
        cost?.ok ? cents(cost.monthlyUSD) : '',
        cost?.ok ? cents(cents(cost.monthlyUSD) * 12) : '',
        cost ? (cost.ok ? cost.basis : `not computed: ${cost.message}`) : '',
        l.note,
        JSON.stringify(l.input),
      ]);
    }
  for (const c of computed) rows.push([c.variant.name, 'Total', '', '', c.summary.monthlyUSD, c.summary.yearlyUSD, '', '', '']);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Markdown for meeting notes: per variant the lines, totals, inputs and the price packs' dates. */
export function estimateMarkdown(doc: EstimateDoc, computed: readonly ComputedVariant[], priceNotes: readonly string[] = []): string {
  const out: string[] = [`# ${doc.name}`, ''];
  for (const c of computed) {
    out.push(`## ${c.variant.name}: ${usd(c.summary.monthlyUSD)} per month, ${usd(c.summary.yearlyUSD)} per year`, '');
    out.push('| Service | Line | Region | Monthly | Basis | Note |', '| --- | --- | --- | ---: | --- | --- |');
    for (const l of c.variant.lines) {
      const cost = c.costs.get(l.id);
      const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
      out.push(
        `| ${SERVICE_OF[l.calculator]} | ${cell(lineTitle(l))} | ${lineRegion(l)} | ${cost?.ok ? usd(cents(cost.monthlyUSD)) : 'not computed'} | ${cost ? cell(cost.ok ? cost.basis : cost.message) : ''} | ${cell(l.note)} |`,
      );
    }
    out.push('', '<details><summary>Inputs</summary>', '');
    for (const l of c.variant.lines) out.push(`- **${lineTitle(l)}** (${l.calculator}): \`${JSON.stringify(l.input)}\``);
    out.push('', '</details>', '');
  }
  if (priceNotes.length) out.push('Prices:', ...priceNotes.map((n) => `- ${n}`), '');
  out.push('Computed by AWS Study Desk from its bundled price packs; verify prices before you commit to them.', '');
  return out.join('\n');
}

// ---------- one calculator's inputs as a link ----------

export const CALC_SHARE_VERSION = 'c1';

export function encodeCalcInput(calculator: CalculatorId, input: Record<string, unknown>): string {
  return `${CALC_SHARE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify({ calculator, input })))}`;
}

/** The inputs a calculator link carries (validated as a JSON object for that calculator). */
export function decodeCalcInput(calculator: CalculatorId, payload: string): Result<Record<string, unknown>> {
  try {
    const [ver, body] = payload.split('.', 2);
    if (ver !== CALC_SHARE_VERSION || !body || body.length > MAX_SHARE_CHARS) throw new Error('not a calculator link');
    const v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body))) as { calculator?: unknown; input?: unknown };
    if (v.calculator !== calculator) throw new Error(`the link is for the ${String(v.calculator)} calculator`);
    if (!v.input || typeof v.input !== 'object' || Array.isArray(v.input)) throw new Error('the link carries no inputs');
    return ok(v.input as Record<string, unknown>);
  } catch (e) {
    return fail('VALIDATION', `This calculator link cannot be read: ${(e as Error).message}`);
  }
}
