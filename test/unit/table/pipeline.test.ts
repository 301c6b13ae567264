import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../../src/shared/kb/schemas';
import {
  buildExport,
  exportCsv,
  exportJson,
  exportMarkdown,
  parseCsv,
} from '../../../src/shared/table/export';
import { matchesFilter, parseFilter } from '../../../src/shared/table/filterExpr';
import {
  HOURS_PER,
  cellValue,
  type Basis,
  type Period,
  type ViewUnits,
} from '../../../src/shared/table/model';
import { deriveTable, queryTable, runTable, type TableQuery } from '../../../src/shared/table/pipeline';

function load(id: string): Dataset {
  return datasetSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../data/datasets/${id}.json`, import.meta.url), 'utf8')),
  );
}
const ec2 = load('ec2-instances');
const s3 = load('s3-storage-classes');
const none: TableQuery = { filters: [], globalFilter: '', sorting: [] };
/** Every row: the dataset's default filters (e.g. current generation only) lifted. */
const all: TableQuery = { ...none, lifted: (ec2.defaultFilters ?? []).map((f) => f.column) };
const u = (p: Partial<ViewUnits> = {}): ViewUnits => ({
  region: 'us-east-1',
  period: 'hour',
  basis: 'unit',
  ...p,
});

/** The expected price straight from the dataset file, computed here without the model's helpers. */
function expectedPrice(row: Record<string, unknown>, units: ViewUnits): number | null {
  const hourly = (row.priceLinuxOnDemand as Record<string, number | null> | undefined)?.[units.region];
  if (typeof hourly !== 'number') return null;
  const div =
    units.basis === 'vcpu' ? (row.vCPU as number) : units.basis === 'gib' ? (row.memoryGiB as number) : 1;
  return (hourly * HOURS_PER[units.period]) / div;
}
const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('no stale value (issue 13, item 1)', () => {
  const c5 = ec2.rows.findIndex((r) => r.instanceType === 'c5.large');

  it('c5.large: 62.05 USD/month in us-east-1, then the eu-west-1 figure after a region change', () => {
    const month = deriveTable(ec2, u({ period: 'month' }));
    const price = month.colIndex.get('priceLinuxOnDemand')!;
    expect(month.cells[price]![c5]).toBe(62.05);
    const eu = deriveTable(ec2, u({ period: 'month', region: 'eu-west-1' }));
    expect(eu.cells[price]![c5]).toBe(
      expectedPrice(ec2.rows[c5]!, u({ period: 'month', region: 'eu-west-1' })),
    );
    expect(eu.cells[price]![c5]).not.toBe(62.05);
  });

  it('a price filter compares the shown unit: "< 1" keeps no instance at monthly prices', () => {
    const q: TableQuery = { ...all, filters: [{ id: 'priceLinuxOnDemand', value: '< 1' }] };
    const hourly = queryTable(deriveTable(ec2, u()), q).rows.length;
    const monthly = queryTable(deriveTable(ec2, u({ period: 'month' })), q).rows.length;
    expect(hourly).toBe(ec2.rows.filter((r) => (expectedPrice(r, u()) ?? Infinity) < 1).length);
    expect(hourly).toBeGreaterThan(0);
    expect(monthly).toBe(
      ec2.rows.filter((r) => (expectedPrice(r, u({ period: 'month' })) ?? Infinity) < 1).length,
    );
  });

  it('for any units, search and filter: cells, filtered rows, sort order and export follow the units', () => {
    const regions = ['us-east-1', 'eu-west-1', 'ap-northeast-1'];
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.constantFrom<Period>('hour', 'month', 'year'),
        fc.constantFrom<Basis>('unit', 'vcpu', 'gib'),
        fc.constantFrom('', 'graviton', 'xlarge'),
        fc.constantFrom('< 0.5', '>= 100', '10..500', ''),
        fc.boolean(),
        (region, period, basis, search, priceFilter, desc) => {
          const units = u({ region, period, basis });
          const q: TableQuery = {
            ...all,
            filters: priceFilter ? [{ id: 'priceLinuxOnDemand', value: priceFilter }] : [],
            globalFilter: search,
            sorting: [{ id: 'priceLinuxOnDemand', desc }],
          };
          const { derived, result } = runTable(ec2, units, q);
          const price = derived.colIndex.get('priceLinuxOnDemand')!;
          const p = (r: number): number | null => expectedPrice(ec2.rows[r]!, units);
          for (let r = 0; r < ec2.rows.length; r++)
            expect(close(derived.cells[price]![r] as number | null, p(r))).toBe(true);
          // Sorted by the expected price, missing prices last.
          const got = result.rows.map(p);
          const present = got.filter((x): x is number => x !== null);
          expect(got.slice(0, present.length).every((x) => x !== null)).toBe(true);
          const tol = 1e-9; // the expected figures are computed without the model's float clean-up
          for (let i = 1; i < present.length; i++)
            expect(desc ? present[i]! <= present[i - 1]! + tol : present[i]! >= present[i - 1]! - tol).toBe(
              true,
            );
          // Filtered by the expected price too (away from the bound, where float clean-up could differ).
          const pf = priceFilter ? parseFilter(priceFilter, 'number') : null;
          if (pf?.ok && !search)
            for (let r = 0; r < ec2.rows.length; r++) {
              const x = p(r);
              if (x === null) expect(result.rows.includes(r) && pf.filter.kind !== 'all').toBe(false);
              else if (result.hiddenByDefaults === 0)
                expect(result.rows.includes(r)).toBe(matchesFilter(pf.filter, Number(x.toPrecision(15))));
            }
          // The export holds the same numbers under a header naming the same units.
          const t = buildExport(ec2, derived, result, q, ['instanceType', 'priceLinuxOnDemand']);
          expect(t.columns[1]!.header).toContain(`USD/${period}`);
          expect(t.columns[1]!.header).toContain(region);
          expect(t.rows.map((r) => r[1])).toEqual(result.rows.map((r) => derived.cells[price]![r]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('S3: the storage price follows the region (Standard in eu-central-1)', () => {
    const std = s3.rows.findIndex((r) => r.storageClass === 'S3 Standard');
    const col = s3.columns.find((c) => c.key === 'storagePriceGBMonth')!;
    for (const region of ['us-east-1', 'eu-central-1']) {
      const d = deriveTable(s3, u({ region }));
      expect(d.cells[d.colIndex.get(col.key)!]![std]).toBe(
        (s3.rows[std]!.storagePriceGBMonth as Record<string, number>)[region],
      );
    }
  });

  it('derived cells equal cellValue of the raw row (one path)', () => {
    const units = u({ region: 'eu-central-1', period: 'year', basis: 'gib' });
    const d = deriveTable(ec2, units);
    ec2.columns.forEach((col, c) =>
      ec2.rows.forEach((row, r) => expect(d.cells[c]![r]).toEqual(cellValue(row, col, units))),
    );
  });
});

describe('sorting and quantities', () => {
  it('sorts network performance by the stated bandwidth ("Up to 10" below "12.5")', () => {
    const { derived, result } = runTable(ec2, u(), {
      ...all,
      sorting: [{ id: 'networkPerformance', desc: false }],
    });
    const c = derived.colIndex.get('networkPerformance')!;
    const gbps = result.rows.map((r) => derived.quantities(c)[r]?.base ?? Infinity);
    for (let i = 1; i < gbps.length; i++) expect(gbps[i]).toBeGreaterThanOrEqual(gbps[i - 1]!);
  });

  it('filters network performance numerically, "Up to X" counting as X', () => {
    const { derived, result } = runTable(ec2, u(), {
      ...all,
      filters: [{ id: 'networkPerformance', value: '> 10 Gbps' }],
    });
    const texts = result.rows.map((r) => String(ec2.rows[r]!.networkPerformance));
    expect(texts).toContain('Up to 12.5 Gigabit');
    expect(texts).not.toContain('Up to 10 Gigabit');
    expect(texts.length).toBe(
      ec2.rows.filter(
        (r) =>
          Number(/([\d.]+) Gigabit/.exec(String(r.networkPerformance))?.[1] ?? 0) *
            (/^(\d+)x /.exec(String(r.networkPerformance))
              ? Number(/^(\d+)x /.exec(String(r.networkPerformance))![1])
              : 1) >
          10,
      ).length,
    );
    expect(derived.keys.length).toBe(ec2.rows.length);
  });

  it('reports a filter that does not parse and ignores it', () => {
    const { result } = runTable(ec2, u(), { ...all, filters: [{ id: 'memoryGiB', value: '>= 1 Gbps' }] });
    expect(result.errors.memoryGiB).toMatch(/does not convert/);
    expect(result.rows.length).toBe(ec2.rows.length - result.hiddenByDefaults);
  });
});

describe('dataset default filters', () => {
  // Built here rather than read from the file, so the test holds before and after the data has the column.
  const noGen: Dataset = {
    ...ec2,
    columns: ec2.columns.filter((c) => c.key !== 'generation'),
    rows: ec2.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'generation'))),
    defaultFilters: undefined,
  };
  const withGen: Dataset = {
    ...noGen,
    columns: [...noGen.columns, { key: 'generation', label: 'Generation', type: 'text', defaultVisible: false }],
    rows: noGen.rows.map((r, i) => ({ ...r, generation: i % 4 === 0 ? 'previous' : 'current' })),
    defaultFilters: [{ column: 'generation', filter: '=current', showLabel: 'Show previous generation' }],
  };
  const previous = withGen.rows.filter((r) => r.generation === 'previous').length;

  it('hide previous generation until lifted', () => {
    const d = deriveTable(withGen, u());
    const dflt = queryTable(d, none);
    expect(dflt.rows.length).toBe(withGen.rows.length - previous);
    expect(dflt.hiddenByDefaults).toBe(previous);
    expect(dflt.defaults.map((x) => x.column)).toEqual(['generation']);
    const lifted = queryTable(d, { ...none, lifted: ['generation'] });
    expect(lifted.rows.length).toBe(withGen.rows.length);
    expect(lifted.hiddenByDefaults).toBe(0);
  });

  it("the user's own filter on that column replaces the default", () => {
    const r = queryTable(deriveTable(withGen, u()), {
      ...none,
      filters: [{ id: 'generation', value: '=previous' }],
    });
    expect(r.rows.length).toBe(previous);
    expect(r.defaults).toEqual([]);
  });

  it('is a no-op while the dataset has no such column', () => {
    const r = queryTable(deriveTable({ ...noGen, defaultFilters: withGen.defaultFilters }, u()), none);
    expect(r.rows.length).toBe(noGen.rows.length);
    expect(r.defaults).toEqual([]);
  });
});

describe('exports keep numbers as numbers', () => {
  const q: TableQuery = {
    ...all,
    filters: [{ id: 'instanceType', value: '=c5.large | =m5.large' }],
    sorting: [{ id: 'instanceType', desc: false }],
  };
  const units = u({ period: 'month', basis: 'vcpu', region: 'eu-west-1' });
  const { derived, result } = runTable(ec2, units, q);
  const t = buildExport(ec2, derived, result, q, [
    'instanceType',
    'vCPU',
    'memoryGiB',
    'priceLinuxOnDemand',
    'burstable',
  ]);

  it('CSV: unrounded, ungrouped numbers; units in the headers', () => {
    const [headers, ...rows] = parseCsv(exportCsv(t));
    expect(headers).toEqual([
      'Instance type',
      'vCPU',
      'Memory (GiB)',
      'Linux on-demand (USD/month per vCPU, eu-west-1)',
      'Burstable (CPU credits)',
    ]);
    for (const row of rows) {
      const src = ec2.rows.find((r) => r.instanceType === row[0])!;
      expect(Number(row[3])).toBe(Number(expectedPrice(src, units)!.toPrecision(15)));
      expect(row[1]).toBe(String(src.vCPU));
    }
    expect(rows.map((r) => r[0])).toEqual(['c5.large', 'm5.large']);
  });

  it('JSON: numbers, booleans and nulls as JSON values, with units per column', () => {
    const doc = JSON.parse(exportJson(t)) as {
      units: ViewUnits;
      columns: { key: string; unit: string | null }[];
      rows: Record<string, unknown>[];
    };
    expect(doc.units).toEqual(units);
    expect(doc.columns.find((c) => c.key === 'priceLinuxOnDemand')?.unit).toBe(
      'USD/month per vCPU, eu-west-1',
    );
    expect(typeof doc.rows[0]!.priceLinuxOnDemand).toBe('number');
    expect(typeof doc.rows[0]!.burstable).toBe('boolean');
  });

  it('Markdown: the same values, right-aligned numbers, filters in the caption', () => {
    const md = exportMarkdown(t);
    expect(md).toContain(`| c5.large | 2 | 4 | ${String(t.rows[0]![3])} | No |`);
    expect(md).toContain('| --- | ---: | ---: | ---: | --- |');
    expect(md).toContain('filters: Instance type =c5.large | =m5.large');
  });
});
