import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetColumn } from '../../../src/shared/kb/schemas';
import {
  basesFor,
  cellText,
  cellValue,
  columnUnit,
  headerText,
  regionsFor,
  roundTo,
  type ViewUnits,
} from '../../../src/shared/table/model';
import { readColumns, readState, readViews, toggleSort } from '../../../src/shared/table/viewState';

const price: DatasetColumn = {
  key: 'priceLinuxOnDemand',
  label: 'Linux on-demand',
  type: 'number',
  unit: 'USD/hour',
  regional: true,
  money: true,
  defaultVisible: true,
};
const storage: DatasetColumn = { ...price, key: 'priceGBMonth', label: 'Storage price', unit: 'USD/GB-month' };
const mem: DatasetColumn = { key: 'memoryGiB', label: 'Memory', type: 'number', unit: 'GiB', defaultVisible: true };
const cpu: DatasetColumn = { key: 'vCPU', label: 'vCPU', type: 'number', defaultVisible: true };
const name: DatasetColumn = { key: 'instanceType', label: 'Instance type', type: 'text', defaultVisible: true };
const flag: DatasetColumn = { key: 'burstable', label: 'Burstable', type: 'boolean', defaultVisible: false };
const list: DatasetColumn = { key: 'useCases', label: 'Use cases', type: 'list', defaultVisible: false };

const m5large = {
  instanceType: 'm5.large',
  vCPU: 2,
  memoryGiB: 8,
  burstable: false,
  useCases: ['web', 'apps'],
  priceLinuxOnDemand: { 'us-east-1': 0.096, 'eu-west-1': 0.107, 'ap-northeast-1': null },
};
const u = (p: Partial<ViewUnits> = {}): ViewUnits => ({ region: 'us-east-1', period: 'hour', basis: 'unit', ...p });

describe('price units', () => {
  it('converts an hourly price with 730 h/month and 8,760 h/year (m5.large, us-east-1)', () => {
    expect(cellValue(m5large, price, u())).toBe(0.096);
    expect(cellValue(m5large, price, u({ period: 'month' }))).toBe(70.08);
    expect(cellValue(m5large, price, u({ period: 'year' }))).toBe(840.96);
    expect(cellText(840.96, price, u({ period: 'year' }))).toBe('840.96');
    expect(cellText(0.096, price, u())).toBe('0.0960');
  });

  it('divides by vCPU or GiB of memory', () => {
    expect(cellValue(m5large, price, u({ basis: 'vcpu' }))).toBe(0.048);
    expect(cellValue(m5large, price, u({ basis: 'gib' }))).toBe(0.012);
    expect(cellValue(m5large, price, u({ period: 'month', basis: 'vcpu' }))).toBe(35.04);
    expect(cellText(0.012, price, u({ basis: 'gib' }))).toBe('0.01200');
  });

  it('picks the region and keeps "not offered" as missing', () => {
    expect(cellValue(m5large, price, u({ region: 'eu-west-1' }))).toBe(0.107);
    expect(cellValue(m5large, price, u({ region: 'ap-northeast-1' }))).toBeNull();
    expect(cellValue(m5large, price, u({ region: 'us-west-2' }))).toBeNull();
    expect(cellText(null, price, u())).toBe('');
  });

  it('leaves per-GB-month prices alone (no hourly switch) and keeps their precision', () => {
    const row = { priceGBMonth: { 'us-east-1': 0.00099 } };
    expect(cellValue(row, storage, u({ period: 'year', basis: 'vcpu' }))).toBe(0.00099);
    expect(cellText(0.00099, storage, u())).toBe('0.00099');
    expect(columnUnit(storage, u({ period: 'year' }))).toBe('USD/GB-month, us-east-1');
  });

  it('puts the unit, basis and region in the header', () => {
    expect(headerText(price, u())).toBe('Linux on-demand (USD/hour, us-east-1)');
    expect(headerText(price, u({ period: 'month', basis: 'vcpu', region: 'eu-west-1' }))).toBe(
      'Linux on-demand (USD/month per vCPU, eu-west-1)',
    );
    expect(headerText(mem, u())).toBe('Memory (GiB)');
    expect(headerText(cpu, u())).toBe('vCPU');
  });

  it('monthly is 730 × hourly and yearly 12 × monthly, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), (tenThousandths) => {
        const hourly = tenThousandths / 10_000;
        const row = { priceLinuxOnDemand: { 'us-east-1': hourly } };
        const month = cellValue(row, price, u({ period: 'month' })) as number;
        const year = cellValue(row, price, u({ period: 'year' })) as number;
        expect(Math.abs(month - hourly * 730)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(year - month * 12)).toBeLessThanOrEqual(0.005 * 12 + 1e-9);
      }),
    );
  });
});

describe('formatting and metadata', () => {
  it('groups thousands, shows booleans as Yes/No and joins lists', () => {
    expect(cellText(19000, mem, u())).toBe('19,000');
    expect(cellText(0.5, mem, u())).toBe('0.5');
    expect(cellText(false, flag, u())).toBe('No');
    expect(cellText(cellValue(m5large, list, u()), list, u())).toBe('web; apps');
    expect(cellText(cellValue(m5large, name, u()), name, u())).toBe('m5.large');
  });

  it('rounds half away from zero without float surprises', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(70.08000000000001, 2)).toBe(70.08);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.00005, 4)).toBe(0.0001);
  });

  it('offers per-vCPU and per-GiB only when the dataset has those columns', () => {
    expect(basesFor([name, cpu, mem, price])).toEqual(['unit', 'vcpu', 'gib']);
    expect(basesFor([name, storage])).toEqual(['unit']);
  });

  it('lists regions in canonical order', () => {
    expect(regionsFor([name, price], [m5large])).toEqual(['us-east-1', 'eu-west-1', 'ap-northeast-1']);
    expect(regionsFor([name], [m5large])).toEqual([]);
  });
});

describe('stored state', () => {
  const ds = { columns: [name, cpu, mem, price], regions: ['us-east-1', 'eu-west-1'], bases: basesFor([name, cpu, mem]), hasHourly: true };

  it('falls back to defaults on garbage and drops unknown columns and regions', () => {
    expect(readState('nope', ds).region).toBe('us-east-1');
    const s = readState(
      {
        sorting: [{ id: 'vCPU', desc: true }, { id: 'gone', desc: false }, { id: 'vCPU', desc: false }],
        filters: [{ id: 'vCPU', value: '>= 16' }, { id: 'gone', value: 'x' }],
        globalFilter: 'm5',
        region: 'mars-1',
        period: 'month',
        basis: 'gib',
      },
      ds,
    );
    expect(s).toEqual({
      sorting: [{ id: 'vCPU', desc: true }],
      filters: [{ id: 'vCPU', value: '>= 16' }],
      globalFilter: 'm5',
      region: 'us-east-1',
      period: 'month',
      basis: 'gib',
      lifted: [], // states saved before default filters existed read as "nothing lifted"
    });
  });

  it('keeps valid saved views and column lists, skipping broken ones', () => {
    expect(readColumns(['vCPU', 'nope', 'vCPU', 'instanceType'], ds.columns)).toEqual(['vCPU', 'instanceType']);
    expect(readColumns([1, 2], ds.columns)).toBeNull();
    const views = readViews(
      [
        { name: 'big', columns: ['instanceType', 'vCPU'], sorting: [], filters: [], globalFilter: '', region: 'eu-west-1', period: 'year', basis: 'unit' },
        { name: '', columns: [] },
        42,
      ],
      ds,
    );
    expect(views.map((v) => [v.name, v.region, v.period, v.columns])).toEqual([['big', 'eu-west-1', 'year', ['instanceType', 'vCPU']]]);
  });
});

describe('display text and sort toggling', () => {
  it('groups digits by hand exactly as Intl does, rounding money for display only', () => {
    const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(cellText(x, mem, u())).toBe(fmt.format(x).replace(/^-0$/, '0'));
      }),
      { numRuns: 300 },
    );
    expect(cellText(1234567.5, mem, u())).toBe('1,234,567.5');
    expect(cellText(-1234, mem, u())).toBe('-1,234');
    expect(cellText(1e-7, mem, u())).toBe('0');
    expect(cellText(31.025, price, u({ period: 'month' }))).toBe('31.03');
    expect(cellText(0.0425, price, u({ basis: 'vcpu' }))).toBe('0.04250');
  });

  it('a header click cycles ascending → descending → off; shift adds a key', () => {
    expect(toggleSort([], 'vCPU', false)).toEqual([{ id: 'vCPU', desc: false }]);
    expect(toggleSort([{ id: 'vCPU', desc: false }], 'vCPU', false)).toEqual([{ id: 'vCPU', desc: true }]);
    expect(toggleSort([{ id: 'vCPU', desc: true }], 'vCPU', false)).toEqual([]);
    const two = toggleSort([{ id: 'vCPU', desc: false }], 'memoryGiB', true);
    expect(two).toEqual([
      { id: 'vCPU', desc: false },
      { id: 'memoryGiB', desc: false },
    ]);
    expect(toggleSort(two, 'memoryGiB', true)).toEqual([
      { id: 'vCPU', desc: false },
      { id: 'memoryGiB', desc: true },
    ]);
    expect(toggleSort(two, 'instanceType', false)).toEqual([{ id: 'instanceType', desc: false }]);
  });
});
