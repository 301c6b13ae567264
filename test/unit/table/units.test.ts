import { describe, expect, it } from 'vitest';
import { canonicalUnit, convert, parseQuantity } from '../../../src/shared/table/units';
import { matchesFilter, parseFilter } from '../../../src/shared/table/filterExpr';

describe('units', () => {
  it('reads the usual spellings', () => {
    expect(canonicalUnit('GiB')).toBe('GiB');
    expect(canonicalUnit('gib')).toBe('GiB');
    expect(canonicalUnit('Gigabit')).toBe('Gbps');
    expect(canonicalUnit('gbps')).toBe('Gbps');
    expect(canonicalUnit('MBps')).toBe('MB/s'); // upper-case B: bytes
    expect(canonicalUnit('mbps')).toBe('Mbps'); // lower-case: bits, the usual reading
    expect(canonicalUnit('furlongs')).toBeNull();
  });

  it('converts within a dimension, bytes and bits per second included', () => {
    expect(convert(64, 'GiB', 'GiB')).toBe(64);
    expect(convert(0.5, 'TiB', 'GiB')).toBe(512);
    expect(convert(64, 'GiB', 'GB')).toBe(68.719476736);
    expect(convert(1, 'GB', 'MB')).toBe(1000);
    expect(convert(10, 'Gbps', 'Mbps')).toBe(10_000);
    expect(convert(500, 'MB/s', 'Mbps')).toBe(4000);
    expect(convert(1, 'GiB/s', 'MiB/s')).toBe(1024);
    expect(convert(2, 'days', 'h')).toBe(48);
    expect(convert(1, 'GiB', 'Gbps')).toMatch(/does not convert/);
    expect(convert(1, 'GiB', '16 KiB I/O')).toMatch(/does not convert/);
    expect(convert(1, 'parsecs', 'GiB')).toMatch(/unknown unit/);
  });

  it('reads the quantity a text states ("Up to X" counts as X; "N x" multiplies)', () => {
    expect(parseQuantity('Up to 12.5 Gigabit')).toEqual({
      value: 12.5,
      unit: 'Gbps',
      dim: 'rate',
      base: 12.5e9,
    });
    expect(parseQuantity('25 Gigabit')?.base).toBe(25e9);
    expect(parseQuantity('4x 100 Gigabit')?.value).toBe(400);
    expect(parseQuantity('2 x 1,900 GB NVMe SSD')).toMatchObject({ value: 3800, unit: 'GB', dim: 'data' });
    expect(parseQuantity('8 x NVIDIA A100 GPU')).toBeNull(); // a count, no unit
    expect(parseQuantity('Moderate')).toBeNull();
    expect(parseQuantity('EBS only')).toBeNull();
  });
});

describe('filters with units', () => {
  const num = (expr: string, unit: string, x: number): boolean => {
    const p = parseFilter(expr, 'number', unit);
    if (!p.ok) throw new Error(p.error);
    return matchesFilter(p.filter, x);
  };

  it('converts the typed unit to the column unit (the issue examples)', () => {
    expect(num('>= 64 GiB', 'GiB', 64)).toBe(true);
    expect(num('>= 64 GiB', 'GiB', 63.9)).toBe(false);
    expect(num('> 10 Gbps', 'Mbps', 10_001)).toBe(true);
    expect(num('> 10 Gbps', 'Mbps', 10_000)).toBe(false);
    expect(num('<= 0.5 TiB', 'GiB', 512)).toBe(true);
    expect(num('<= 0.5 TiB', 'GiB', 513)).toBe(false);
    expect(num('> 500 MB/s', 'MB/s', 593.75)).toBe(true);
    expect(num('> 500 MB/s', 'Mbps', 4750)).toBe(true); // 500 MB/s = 4,000 Mbps
    expect(num('> 500 MB/s', 'Mbps', 3999)).toBe(false);
    expect(num('4..32 GiB', 'GiB', 32)).toBe(true);
    expect(num('1 TiB..', 'GiB', 1024)).toBe(true);
    expect(num('>= 1 TB | < 1 GiB', 'GB', 0.5)).toBe(true);
  });

  it('rejects units that do not fit the column, with a reason', () => {
    for (const [expr, unit] of [
      ['>= 1 GiB', 'Gbps'],
      ['> 5 parsecs', 'GiB'],
    ] as const) {
      const p = parseFilter(expr, 'number', unit);
      expect(p.ok).toBe(false);
    }
    const noUnit = parseFilter('> 4 GiB', 'number');
    expect(noUnit.ok || noUnit.error).toMatch(/no unit/);
  });

  it('filters text columns numerically by the quantity they state', () => {
    const text = (expr: string, v: string): boolean => {
      const p = parseFilter(expr, 'text');
      if (!p.ok) throw new Error(p.error);
      return matchesFilter(p.filter, v);
    };
    expect(text('> 10 Gbps', 'Up to 12.5 Gigabit')).toBe(true);
    expect(text('> 10 Gbps', 'Up to 10 Gigabit')).toBe(false);
    expect(text('>= 10000 Mbps', 'Up to 10 Gigabit')).toBe(true);
    expect(text('> 10 Gbps', 'Moderate')).toBe(false);
    expect(text('> 10 GiB', 'Up to 12.5 Gigabit')).toBe(false); // another dimension never matches
    expect(text('10..25', '25 Gigabit')).toBe(true); // bare numbers: as the text states them
    expect(text('>= 1 TB', '2 x 900 GB NVMe SSD')).toBe(true);
    // Text filters stay text filters.
    expect(text('=m5', 'm5')).toBe(true);
    expect(text('!metal', 'm5.large')).toBe(true);
    expect(text('gigabit', 'Up to 10 Gigabit')).toBe(true);
  });
});
