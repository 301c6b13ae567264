/**
 * What a reference-table cell shows, given the user's region and price units. The screen, the filters,
 * the sort and the exports all go through these functions, so an export is exactly what is shown.
 */
import type { DatasetColumn } from '../kb/schemas';
import { REGIONS } from '../kb/provenance';
import { valueText } from './filterExpr';

export type Period = 'hour' | 'month' | 'year';
/** Price per whole row (e.g. per instance), per vCPU or per GiB of memory. */
export type Basis = 'unit' | 'vcpu' | 'gib';

export interface ViewUnits {
  region: string;
  period: Period;
  basis: Basis;
}

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_UNITS: ViewUnits = { region: DEFAULT_REGION, period: 'hour', basis: 'unit' };

/** AWS's own convention for on-demand prices: 730 hours a month, 8,760 a year. */
export const HOURS_PER: Record<Period, number> = { hour: 1, month: 730, year: 8760 };

export const PERIOD_LABEL: Record<Period, string> = { hour: 'hour', month: 'month', year: 'year' };
export const BASIS_LABEL: Record<Basis, string> = { unit: '', vcpu: 'per vCPU', gib: 'per GiB' };

/** Row fields the per-vCPU and per-GiB bases divide by. */
export const BASIS_FIELD: Record<Exclude<Basis, 'unit'>, string> = { vcpu: 'vCPU', gib: 'memoryGiB' };

export type Cell = number | string | boolean | string[] | null;

/** Rounds half away from zero at `decimals` places, without the 1.005 → 1.00 float trap. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  // Exponent notation ("1e-7") cannot take a second exponent: shift arithmetically instead.
  if (/e/i.test(String(value))) return Math.round(value * 10 ** decimals) / 10 ** decimals;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

/** A money column priced per hour gets the hourly / monthly / yearly switch. */
export function isHourlyMoney(col: DatasetColumn): boolean {
  return col.money === true && /\/\s*(hour|hr|h)$/i.test(col.unit ?? '');
}

/** Bases this dataset supports: per vCPU / per GiB only when it has those columns. */
export function basesFor(columns: DatasetColumn[]): Basis[] {
  const keys = new Set(columns.map((c) => c.key));
  const out: Basis[] = ['unit'];
  if (keys.has(BASIS_FIELD.vcpu)) out.push('vcpu');
  if (keys.has(BASIS_FIELD.gib)) out.push('gib');
  return out;
}

/** Regions present in the regional columns, in the canonical order. */
export function regionsFor(columns: DatasetColumn[], rows: Record<string, unknown>[]): string[] {
  const regional = columns.filter((c) => c.regional).map((c) => c.key);
  const seen = new Set<string>();
  for (const r of rows)
    for (const k of regional) {
      const v = r[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const region of Object.keys(v)) seen.add(region);
    }
  const known: string[] = REGIONS.filter((r) => seen.has(r));
  return [...known, ...[...seen].filter((r) => !known.includes(r)).sort()];
}

/** Decimal places a money figure is rounded to in this unit. */
export function moneyDecimals(col: DatasetColumn, units: ViewUnits): number | null {
  if (!isHourlyMoney(col)) return null;
  if (units.period === 'hour') return units.basis === 'unit' ? 4 : 5;
  return 2;
}

/** The unit text shown in the header (and exports), or null when the column has none. */
export function columnUnit(col: DatasetColumn, units: ViewUnits): string | null {
  let unit = col.unit ?? null;
  if (unit && isHourlyMoney(col)) {
    unit = unit.replace(/\/\s*(hour|hr|h)$/i, `/${PERIOD_LABEL[units.period]}`);
    if (units.basis !== 'unit') unit += ` ${BASIS_LABEL[units.basis]}`;
  }
  if (col.regional) unit = unit ? `${unit}, ${units.region}` : units.region;
  return unit;
}

/** Header text, e.g. "Linux on-demand (USD/month per vCPU, us-east-1)". */
export function headerText(col: DatasetColumn, units: ViewUnits): string {
  const unit = columnUnit(col, units);
  return unit ? `${col.label} (${unit})` : col.label;
}

function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Drops binary floating-point noise from a derived figure (0.085 × 730 = 62.050000000000004 → 62.05) by
 * keeping 15 significant digits, the most a double always round-trips. Not a display rounding: exports
 * carry this value at full precision.
 */
export function cleanFloat(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * How one column's cells are read in the given units (decided once per column, then applied to every
 * row): regional maps resolved to the region, hourly prices converted to the period and basis, at full
 * precision (only the displayed text is rounded). Sort, filters and exports use it, so `< 50` on a
 * monthly price means $50 a month.
 */
export function cellReader(col: DatasetColumn, units: ViewUnits): (row: Record<string, unknown>) => Cell {
  const key = col.key;
  const region = units.region;
  const raw = col.regional
    ? (row: Record<string, unknown>): unknown => {
        const v = row[key];
        return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[region] : null;
      }
    : (row: Record<string, unknown>): unknown => row[key];
  if (isHourlyMoney(col)) {
    const hours = HOURS_PER[units.period];
    const by = units.basis === 'unit' ? null : BASIS_FIELD[units.basis];
    return (row) => {
      const hourly = asNumber(raw(row));
      if (hourly === null) return null;
      let per = hourly * hours;
      if (by !== null) {
        const d = asNumber(row[by]);
        if (d === null || d <= 0) return null;
        per /= d;
      }
      return cleanFloat(per);
    };
  }
  return (row) => {
    const v = raw(row);
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map(String);
    return valueText(v);
  };
}

/** One cell's value in the given units (see cellReader). */
export function cellValue(row: Record<string, unknown>, col: DatasetColumn, units: ViewUnits): Cell {
  return cellReader(col, units)(row);
}

const intlGrouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** "1234567.5" → "1,234,567.5". Hand-rolled: Intl.NumberFormat costs ~1 µs a call and the search box formats every cell. */
function groupDigits(plain: string): string {
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return (neg ? '-' : '') + grouped + (dot < 0 ? '' : body.slice(dot));
}

function plainNumber(value: number, decimals: number | null): string {
  if (decimals !== null) return roundTo(value, decimals).toFixed(decimals);
  // Whole numbers (most specs) skip the rounding's string round trip.
  return Number.isInteger(value) ? String(value) : String(roundTo(value, 6));
}

/** How one column's values are displayed in the given units (decided once per column). */
export function cellFormatter(col: DatasetColumn, units: ViewUnits): (value: Cell) => string {
  const d = moneyDecimals(col, units);
  return (value) => {
    if (value === null) return '';
    if (typeof value === 'number') {
      const plain = plainNumber(value, d);
      return plain.includes('e') ? intlGrouped.format(value) : groupDigits(plain);
    }
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (Array.isArray(value)) return value.join('; ');
    return value;
  };
}

/** Cell text as displayed; a missing value is '' (the screen draws a dash for it). Money is rounded for display only. */
export function cellText(value: Cell, col: DatasetColumn, units: ViewUnits): string {
  return cellFormatter(col, units)(value);
}

/** Numbers read better right-aligned. */
export function isNumeric(col: DatasetColumn): boolean {
  return col.type === 'number';
}
