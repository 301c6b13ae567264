/**
 * Per-column filter expressions for the reference tables.
 *
 * Numbers:  `>= 16`, `< 2`, `=8`, `!= 0`, `16` (equals), `4..32` (inclusive), `4..` / `..32` (open),
 *           `>=4 <=16` (space = AND), `2 | 4 | 8` (bar = OR), grouping commas allowed (`1,000`).
 * Text:     substring, case-insensitive; `=m5` exact (case-insensitive); `!metal` does not contain;
 *           `m5 | c6g` (OR).
 *           Units: `>= 64 GiB`, `> 10 Gbps`, `> 500 MB/s`, `4..32 GiB`, converted to the column's unit.
 * Text:     a filter that starts with a comparison or is a range compares the quantity the text states,
 *           so `> 10 Gbps` works on "Up to 12.5 Gigabit" (read as 12.5 Gbps).
 * Booleans: yes / no (also y, n, true, false, 1, 0).
 * An empty expression matches everything. Parsing never throws: bad input gives `{ ok: false, error }`,
 * so the UI can flag the box and keep showing rows while the user is still typing.
 */
import { convert, parseQuantity, unitDef, type Dimension, type Quantity } from './units';

export type FilterKind = 'text' | 'number' | 'boolean' | 'list';

export type NumberOp = '>=' | '>' | '<=' | '<' | '=' | '!=';
/** `dim` is set on a quantity filter's condition typed with a unit: its numbers are in that dimension's base unit. */
export type NumberCond =
  | { op: NumberOp; value: number; dim?: Dimension }
  /** Inclusive range; a null bound is open. */
  | { op: 'range'; min: number | null; max: number | null; dim?: Dimension };

export type TextCond = { mode: 'contains' | 'equals' | 'excludes'; needle: string };

export type Filter =
  | { kind: 'all' }
  /** OR of ANDs: a value passes when every condition of at least one group holds. */
  | { kind: 'number'; any: NumberCond[][] }
  /** A numeric filter on a text column, compared with the quantity each cell's text states ("Up to 10 Gigabit"). */
  | { kind: 'quantity'; any: NumberCond[][] }
  | { kind: 'text'; any: TextCond[] }
  | { kind: 'boolean'; value: boolean };

export type ParseResult = { ok: true; filter: Filter } | { ok: false; error: string };

/** Relative tolerance for `=` / `!=` so 0.1 + 0.2 still equals 0.3. */
const EPSILON = 1e-9;

export function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function parseNumber(tok: string): number | null {
  if (!/\d/.test(tok) || !NUMBER_RE.test(tok)) return null;
  const n = Number(tok.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

const OPS: readonly string[] = ['>=', '<=', '!=', '<>', '==', '=', '>', '<'];

function normaliseOp(op: string): NumberOp {
  if (op === '<>') return '!=';
  if (op === '==') return '=';
  return op as NumberOp;
}

type Token = { t: 'op'; op: string } | { t: 'range' } | { t: 'num'; text: string; unit: string | null };

/** Splits one OR-branch into operator / number (with an optional unit) / range tokens. */
function tokenizeNumber(src: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ t: 'op', op });
      i += op.length;
      continue;
    }
    if (src.startsWith('..', i)) {
      out.push({ t: 'range' });
      i += 2;
      continue;
    }
    const m = /^([+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)(?:\s*([A-Za-z%][A-Za-z/]*))?/i.exec(src.slice(i));
    if (m) {
      out.push({ t: 'num', text: m[1]!, unit: m[2] ?? null });
      i += m[0].length;
      continue;
    }
    return `unexpected "${ch}"`;
  }
  return out;
}

/**
 * How a number typed with a unit becomes a number the column compares: converted to the column's unit
 * (number columns), or to the dimension's base unit (quantity filters on text columns).
 */
interface UnitContext {
  /** The column's unit (number columns), or undefined for a quantity filter. */
  columnUnit?: string;
  quantity: boolean;
}

type Converted = { value: number; dim?: Dimension } | string;

function withUnit(value: number, unit: string | null, ctx: UnitContext): Converted {
  if (unit === null) return { value };
  if (ctx.quantity) {
    const def = unitDef(unit);
    if (!def) return `unknown unit "${unit}"`;
    return { value: value * def.factor, dim: def.dim };
  }
  if (!ctx.columnUnit) return `this column has no unit, so "${unit}" cannot apply`;
  if (unit.toLowerCase() === ctx.columnUnit.toLowerCase()) return { value };
  const v = convert(value, unit, ctx.columnUnit);
  return typeof v === 'string' ? v : { value: v };
}

function parseNumberBranch(src: string, ctx: UnitContext): NumberCond[] | string {
  const toks = tokenizeNumber(src);
  if (typeof toks === 'string') return toks;
  if (toks.length === 0) return 'empty condition';
  const conds: NumberCond[] = [];
  let bare = 0;
  let i = 0;
  const numTok = (k: number): (Token & { t: 'num' }) | null => {
    const t = toks[k];
    return t?.t === 'num' ? t : null;
  };
  const value = (t: (Token & { t: 'num' }) | null, unit?: string | null): Converted | null => {
    if (!t) return null;
    const n = parseNumber(t.text);
    if (n === null) return `"${t.text}" is not a number`;
    return withUnit(n, unit === undefined ? t.unit : unit, ctx);
  };
  const dimOf = (...cs: (Converted | null)[]): { dim?: Dimension } => {
    for (const c of cs) if (c !== null && typeof c !== 'string' && c.dim) return { dim: c.dim };
    return {};
  };
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.t === 'op') {
      const v = value(numTok(i + 1));
      if (v === null) return `a number must follow "${t.op}"`;
      if (typeof v === 'string') return v;
      conds.push({ op: normaliseOp(t.op), value: v.value, ...dimOf(v) });
      i += 2;
      continue;
    }
    if (t.t === 'range') {
      const v = value(numTok(i + 1));
      if (v === null) return 'a number must follow ".."';
      if (typeof v === 'string') return v;
      conds.push({ op: 'range', min: null, max: v.value, ...dimOf(v) });
      i += 2;
      continue;
    }
    const next = toks[i + 1];
    if (next?.t === 'range') {
      const hiTok = numTok(i + 2);
      // "4..32 GiB": one unit written once applies to both bounds.
      const unit = t.unit ?? hiTok?.unit ?? null;
      const a = value(t, unit);
      if (a === null || typeof a === 'string') return a ?? `"${t.text}" is not a number`;
      if (!hiTok) {
        conds.push({ op: 'range', min: a.value, max: null, ...dimOf(a) });
        i += 2;
      } else {
        const b = value(hiTok, hiTok.unit ?? unit);
        if (b === null || typeof b === 'string') return b ?? 'a number must follow ".."';
        if (b.value < a.value) return `range ${t.text}..${hiTok.text} is empty (the lower bound comes first)`;
        conds.push({ op: 'range', min: a.value, max: b.value, ...dimOf(a, b) });
        i += 3;
      }
      continue;
    }
    const a = value(t);
    if (a === null || typeof a === 'string') return a ?? 'not a number';
    bare++;
    conds.push({ op: '=', value: a.value, ...dimOf(a) });
    i += 1;
  }
  // "5-10" or "2 4" would otherwise AND two equalities and silently match nothing.
  if (bare > 0 && conds.length > 1) return 'several numbers: write a range as 4..32 and alternatives as 2 | 4';
  return conds;
}

function parseNumberFilter(branches: string[], ctx: UnitContext): ParseResult {
  const any: NumberCond[][] = [];
  for (const b of branches) {
    if (b === '') continue;
    const r = parseNumberBranch(b, ctx);
    if (typeof r === 'string') return { ok: false, error: r };
    any.push(r);
  }
  if (any.length === 0) return { ok: true, filter: { kind: 'all' } };
  return { ok: true, filter: { kind: ctx.quantity ? 'quantity' : 'number', any } };
}

/** A text-column filter that starts with a comparison or is a range compares the quantity the text states. */
function looksNumeric(src: string): boolean {
  // "=m5" and "!metal" stay text filters: only an operator followed by a number counts.
  return (
    /^(?:>=|<=|!=|<>|==|=|>|<|\.\.)\s*[+-]?\.?\d/.test(src) ||
    /^[+-]?[\d.,]+\s*(?:[A-Za-z%][A-Za-z/]*\s*)?\.\./.test(src)
  );
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

/**
 * Parses a filter typed into a column of the given kind. `unit` is the column's unit: numbers typed with
 * another unit of the same dimension (">= 64 GiB" on a GB column) are converted to it.
 */
export function parseFilter(input: string, kind: FilterKind, unit?: string | null): ParseResult {
  const src = input.trim();
  if (src === '') return { ok: true, filter: { kind: 'all' } };
  if (kind === 'boolean') {
    const w = src.toLowerCase();
    if (TRUE_WORDS.has(w)) return { ok: true, filter: { kind: 'boolean', value: true } };
    if (FALSE_WORDS.has(w)) return { ok: true, filter: { kind: 'boolean', value: false } };
    return { ok: false, error: 'type yes or no' };
  }
  const branches = src.split('|').map((b) => b.trim());
  if (kind === 'number') return parseNumberFilter(branches, { columnUnit: unit ?? undefined, quantity: false });
  if (looksNumeric(src)) return parseNumberFilter(branches, { quantity: true });
  const any: TextCond[] = [];
  for (const b of branches) {
    if (b === '') continue;
    if (b.startsWith('=') && b.length > 1) any.push({ mode: 'equals', needle: b.slice(1).trim().toLowerCase() });
    else if (b.startsWith('!') && b.length > 1) any.push({ mode: 'excludes', needle: b.slice(1).trim().toLowerCase() });
    else any.push({ mode: 'contains', needle: b.toLowerCase() });
  }
  if (any.length === 0) return { ok: true, filter: { kind: 'all' } };
  return { ok: true, filter: { kind: 'text', any } };
}

function numberCondHolds(c: NumberCond, x: number): boolean {
  switch (c.op) {
    case '>=':
      return x >= c.value || approxEqual(x, c.value);
    case '>':
      return x > c.value && !approxEqual(x, c.value);
    case '<=':
      return x <= c.value || approxEqual(x, c.value);
    case '<':
      return x < c.value && !approxEqual(x, c.value);
    case '=':
      return approxEqual(x, c.value);
    case '!=':
      return !approxEqual(x, c.value);
    case 'range':
      return (
        (c.min === null || x >= c.min || approxEqual(x, c.min)) && (c.max === null || x <= c.max || approxEqual(x, c.max))
      );
  }
}

/** Text a value is matched as: lists joined with "; ", booleans as yes/no, missing as "". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(valueText).join('; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Whether a cell value passes a parsed filter. Missing values fail every number and boolean filter.
 * A quantity filter reads the quantity from the cell's text unless the caller passes it (parsed once).
 */
export function matchesFilter(filter: Filter, value: unknown, quantity?: Quantity | null): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      return filter.any.some((group) => group.every((c) => numberCondHolds(c, value)));
    }
    case 'quantity': {
      const q = quantity === undefined ? parseQuantity(valueText(value)) : quantity;
      if (!q) return false;
      // A condition typed with a unit compares base units (and only the same dimension); a bare number
      // compares the figure as the text states it.
      return filter.any.some((group) => group.every((c) => (c.dim ? c.dim === q.dim && numberCondHolds(c, q.base) : numberCondHolds(c, q.value))));
    }
    case 'boolean':
      return typeof value === 'boolean' && value === filter.value;
    case 'text': {
      const hay = valueText(value).toLowerCase();
      return filter.any.some((c) => {
        if (c.mode === 'equals')
          return Array.isArray(value)
            ? value.some((v) => valueText(v).toLowerCase() === c.needle)
            : hay === c.needle;
        if (c.mode === 'excludes') return !hay.includes(c.needle);
        return hay.includes(c.needle);
      });
    }
  }
}

/** Convenience for one-off checks; the table parses once per filter change instead. */
export function testFilter(input: string, kind: FilterKind, value: unknown, unit?: string): boolean {
  const r = parseFilter(input, kind, unit);
  return r.ok ? matchesFilter(r.filter, value) : true;
}
