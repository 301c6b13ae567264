/**
 * Units a filter may be typed in (">= 64 GiB", "> 10 Gbps", "> 500 MB/s") and the quantities that text
 * cells carry ("Up to 12.5 Gigabit", "2 x 900 GB NVMe SSD"). Each unit is a factor to its dimension's base
 * unit (bytes, bits per second, seconds, percent), so any two units of one dimension convert.
 * Byte and bit rates share one dimension (1 B/s = 8 bit/s): "> 500 MB/s" on an Mbps column means > 4,000.
 */

export type Dimension = 'data' | 'rate' | 'time' | 'percent';

export interface UnitDef {
  dim: Dimension;
  /** Multiply by this to get the dimension's base unit (bytes, bit/s, seconds, percent). */
  factor: number;
}

const K = 1024;
const TABLE: Record<string, UnitDef> = {
  B: { dim: 'data', factor: 1 },
  KB: { dim: 'data', factor: 1e3 },
  MB: { dim: 'data', factor: 1e6 },
  GB: { dim: 'data', factor: 1e9 },
  TB: { dim: 'data', factor: 1e12 },
  PB: { dim: 'data', factor: 1e15 },
  KiB: { dim: 'data', factor: K },
  MiB: { dim: 'data', factor: K ** 2 },
  GiB: { dim: 'data', factor: K ** 3 },
  TiB: { dim: 'data', factor: K ** 4 },
  PiB: { dim: 'data', factor: K ** 5 },
  bps: { dim: 'rate', factor: 1 },
  Kbps: { dim: 'rate', factor: 1e3 },
  Mbps: { dim: 'rate', factor: 1e6 },
  Gbps: { dim: 'rate', factor: 1e9 },
  Tbps: { dim: 'rate', factor: 1e12 },
  'B/s': { dim: 'rate', factor: 8 },
  'KB/s': { dim: 'rate', factor: 8e3 },
  'MB/s': { dim: 'rate', factor: 8e6 },
  'GB/s': { dim: 'rate', factor: 8e9 },
  'KiB/s': { dim: 'rate', factor: 8 * K },
  'MiB/s': { dim: 'rate', factor: 8 * K ** 2 },
  'GiB/s': { dim: 'rate', factor: 8 * K ** 3 },
  ms: { dim: 'time', factor: 1e-3 },
  s: { dim: 'time', factor: 1 },
  min: { dim: 'time', factor: 60 },
  h: { dim: 'time', factor: 3600 },
  days: { dim: 'time', factor: 86_400 },
  '%': { dim: 'percent', factor: 1 },
};

/** Other spellings, matched case-insensitively after an exact match fails. */
const ALIASES: Record<string, string> = {
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  tb: 'TB',
  pb: 'PB',
  kib: 'KiB',
  mib: 'MiB',
  gib: 'GiB',
  tib: 'TiB',
  pib: 'PiB',
  bytes: 'B',
  kbps: 'Kbps',
  mbps: 'Mbps',
  gbps: 'Gbps',
  tbps: 'Tbps',
  'kbit/s': 'Kbps',
  'mbit/s': 'Mbps',
  'gbit/s': 'Gbps',
  kilobit: 'Kbps',
  megabit: 'Mbps',
  gigabit: 'Gbps',
  terabit: 'Tbps',
  'kb/s': 'KB/s',
  'mb/s': 'MB/s',
  'gb/s': 'GB/s',
  'kib/s': 'KiB/s',
  'mib/s': 'MiB/s',
  'gib/s': 'GiB/s',
  kbytes: 'KB',
  mibps: 'MiB/s',
  gibps: 'GiB/s',
  msec: 'ms',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  day: 'days',
  d: 'days',
  percent: '%',
};

/** The canonical unit name for a spelling ("gib" → "GiB", "Gigabit" → "Gbps"), or null when unknown. */
export function canonicalUnit(text: string): string | null {
  const t = text.trim();
  if (t in TABLE) return t;
  // Upper-case "MBps" / "GBps" are bytes per second; lower-case "mbps" is read as bits (the usual meaning).
  const bytesPerSec = /^([KMG]i?B)ps$/.exec(t);
  if (bytesPerSec) return `${bytesPerSec[1]}/s`;
  return ALIASES[t.toLowerCase()] ?? null;
}

export function unitDef(unit: string): UnitDef | null {
  const c = canonicalUnit(unit);
  return c ? TABLE[c]! : null;
}

/**
 * Converts `value` in unit `from` to unit `to`. Returns a number, or an error text when either unit is
 * unknown or they measure different things.
 */
export function convert(value: number, from: string, to: string): number | string {
  const a = unitDef(from);
  if (!a) return `unknown unit "${from}"`;
  const b = unitDef(to);
  if (!b) return `"${from}" does not convert to this column's unit (${to})`;
  if (a.dim !== b.dim) return `"${from}" does not convert to ${to}`;
  if (a.factor === b.factor) return value;
  // 15 significant digits: drops the binary noise of the factor ratio (64 GiB → GB is 68.719476736).
  return Number(((value * a.factor) / b.factor).toPrecision(15));
}

/** A quantity read from text: its number in the text's own unit and in the dimension's base unit. */
export interface Quantity {
  value: number;
  unit: string;
  dim: Dimension;
  base: number;
}

// "[N x] number unit": the unit is letters, "/" or "%"; "Up to 12.5 Gigabit" reads as 12.5 Gbps (the
// ceiling is the figure a filter compares), "4x 100 Gigabit" as 400 Gbps, "2 x 900 GB NVMe SSD" as 1,800 GB.
const QUANTITY_RE = /(?:(\d+)\s*[x×]\s*)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z%][A-Za-z/]*)/g;

/** The first quantity with a known unit in a text, or null. */
export function parseQuantity(text: string): Quantity | null {
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    const unit = canonicalUnit(m[3]!);
    if (!unit) continue;
    const def = TABLE[unit]!;
    const count = m[1] ? Number(m[1]) : 1;
    const value = count * Number(m[2]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    return { value, unit, dim: def.dim, base: value * def.factor };
  }
  return null;
}
