/**
 * Per-column filter expressions for the reference tables.
 *
 * Numbers:  `>= 16`, `< 2`, `=8`, `!= 0`, `16` (equals), `4..32` (inclusive), `4..` / `..32` (open),
 *           `>=4 <=16` (space = AND), `2 | 4 | 8` (bar = OR), grouping commas allowed (`1,000`).
 * Text:     substring, case-insensitive; `=m5` exact (case-insensitive); `!metal` does not contain;
 *           `m5 | c6g` (OR).
 * Booleans: yes / no (also y, n, true, false, 1, 0).
 * An empty expression matches everything. Parsing never throws: bad input gives `{ ok: false, error }`,
 * so the UI can flag the box and keep showing rows while the user is still typing.
 */

export type FilterKind = 'text' | 'number' | 'boolean' | 'list';

export type NumberOp = '>=' | '>' | '<=' | '<' | '=' | '!=';
export type NumberCond =
  | { op: NumberOp; value: number }
  /** Inclusive range; a null bound is open. */
  | { op: 'range'; min: number | null; max: number | null };

export type TextCond = { mode: 'contains' | 'equals' | 'excludes'; needle: string };

export type Filter =
  | { kind: 'all' }
  /** OR of ANDs: a value passes when every condition of at least one group holds. */
  | { kind: 'number'; any: NumberCond[][] }
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

/** Splits one OR-branch into operator / number / range tokens. */
function tokenizeNumber(src: string): string[] | string {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push(op);
      i += op.length;
      continue;
    }
    if (src.startsWith('..', i)) {
      out.push('..');
      i += 2;
      continue;
    }
    const m = /^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/i.exec(src.slice(i));
    if (m) {
      out.push(m[0]);
      i += m[0].length;
      continue;
    }
    return `unexpected "${ch}"`;
  }
  return out;
}

function parseNumberBranch(src: string): NumberCond[] | string {
  const toks = tokenizeNumber(src);
  if (typeof toks === 'string') return toks;
  if (toks.length === 0) return 'empty condition';
  const conds: NumberCond[] = [];
  let bare = 0;
  let i = 0;
  const num = (t: string | undefined): number | null => (t === undefined ? null : parseNumber(t));
  while (i < toks.length) {
    const t = toks[i]!;
    if (OPS.includes(t)) {
      const n = num(toks[i + 1]);
      if (n === null) return `a number must follow "${t}"`;
      conds.push({ op: normaliseOp(t), value: n });
      i += 2;
      continue;
    }
    if (t === '..') {
      const n = num(toks[i + 1]);
      if (n === null) return 'a number must follow ".."';
      conds.push({ op: 'range', min: null, max: n });
      i += 2;
      continue;
    }
    const a = num(t);
    if (a === null) return `"${t}" is not a number`;
    if (toks[i + 1] === '..') {
      const b = num(toks[i + 2]);
      if (b === null) {
        conds.push({ op: 'range', min: a, max: null });
        i += 2;
      } else {
        if (b < a) return `range ${a}..${b} is empty (the lower bound comes first)`;
        conds.push({ op: 'range', min: a, max: b });
        i += 3;
      }
      continue;
    }
    bare++;
    conds.push({ op: '=', value: a });
    i += 1;
  }
  // "5-10" or "2 4" would otherwise AND two equalities and silently match nothing.
  if (bare > 0 && conds.length > 1) return 'several numbers: write a range as 4..32 and alternatives as 2 | 4';
  return conds;
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

/** Parses a filter typed into a column of the given kind. */
export function parseFilter(input: string, kind: FilterKind): ParseResult {
  const src = input.trim();
  if (src === '') return { ok: true, filter: { kind: 'all' } };
  if (kind === 'boolean') {
    const w = src.toLowerCase();
    if (TRUE_WORDS.has(w)) return { ok: true, filter: { kind: 'boolean', value: true } };
    if (FALSE_WORDS.has(w)) return { ok: true, filter: { kind: 'boolean', value: false } };
    return { ok: false, error: 'type yes or no' };
  }
  const branches = src.split('|').map((b) => b.trim());
  if (kind === 'number') {
    const any: NumberCond[][] = [];
    for (const b of branches) {
      if (b === '') continue;
      const r = parseNumberBranch(b);
      if (typeof r === 'string') return { ok: false, error: r };
      any.push(r);
    }
    if (any.length === 0) return { ok: true, filter: { kind: 'all' } };
    return { ok: true, filter: { kind: 'number', any } };
  }
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

/** Whether a cell value passes a parsed filter. Missing values fail every number and boolean filter. */
export function matchesFilter(filter: Filter, value: unknown): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      return filter.any.some((group) => group.every((c) => numberCondHolds(c, value)));
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
export function testFilter(input: string, kind: FilterKind, value: unknown): boolean {
  const r = parseFilter(input, kind);
  return r.ok ? matchesFilter(r.filter, value) : true;
}
