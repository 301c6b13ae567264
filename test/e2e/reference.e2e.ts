import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shared/table/export';
import { startE2e, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2e();
});
afterAll(async () => {
  await app?.close();
});

interface DatasetFile {
  keyColumn: string;
  columns: { key: string; type: string; regional?: boolean }[];
  rows: Record<string, unknown>[];
  defaultFilters?: { column: string; filter: string }[];
}
function dataset(id: string): DatasetFile {
  return JSON.parse(readFileSync(new URL(`../../data/datasets/${id}.json`, import.meta.url), 'utf8')) as DatasetFile;
}
const EC2 = dataset('ec2-instances');
const S3 = dataset('s3-storage-classes');
const TOTAL = EC2.rows.length;

/**
 * Whether a row passes the dataset's declared default filters (e.g. generation =current), read straight
 * from the file. The test's own reading covers the "=exact" form datasets use; a default on a column the
 * dataset does not have is a no-op, as in the app.
 */
function passesDefaults(ds: DatasetFile, row: Record<string, unknown>): boolean {
  const keys = new Set(ds.columns.map((c) => c.key));
  return (ds.defaultFilters ?? []).every((f) => {
    if (!keys.has(f.column)) return true;
    expect(f.filter.startsWith('='), 'default filters in data/ use =exact').toBe(true);
    return String(row[f.column] ?? '').toLowerCase() === f.filter.slice(1).trim().toLowerCase();
  });
}
/** Rows the EC2 table shows with no user filter. */
const DEFAULT_SHOWN = EC2.rows.filter((r) => passesDefaults(EC2, r)).length;

/** Header texts as the screen shows them (label + unit), in display order. */
async function shownHeaders(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid^="rt-th-"] .rt-head-text', (els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** Every rendered row's cell texts (checkbox column skipped). */
async function shownRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="rt-row"]', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent ?? '')),
  );
}

async function shownCount(page: Page, total = TOTAL): Promise<number> {
  const t = (await page.getByTestId('rt-count').textContent()) ?? '';
  const m = /(\d+) of (\d+) shown/.exec(t);
  if (!m) throw new Error(`unexpected count text "${t}"`);
  expect(Number(m[2])).toBe(total);
  return Number(m[1]);
}

async function column(page: Page, key: string): Promise<string[]> {
  const headers = await page.$$eval('[data-testid^="rt-th-"]', (els) => els.map((e) => e.getAttribute('data-testid')));
  const i = headers.indexOf(`rt-th-${key}`);
  expect(i, `column ${key} is shown`).toBeGreaterThanOrEqual(0);
  return (await shownRows(page)).map((r) => r[i]!);
}

const num = (s: string): number => Number(s.replace(/,/g, ''));

describe('reference tables (EC2, web mode, Chromium)', () => {
  it('lists the tables and opens EC2 with a sticky header, counts and sources', async () => {
    const { page } = app;
    await page.getByTestId('nav-reference').click();
    await page.getByTestId('dataset-link-ec2-instances').click();
    await page.getByTestId('rt-row').first().waitFor();
    expect(await shownCount(page)).toBe(DEFAULT_SHOWN);
    // Virtualized: far fewer rows in the DOM than in the table.
    expect((await shownRows(page)).length).toBeLessThan(TOTAL / 2);
    const priceHeader = page.getByTestId('rt-th-priceLinuxOnDemand');
    expect(await priceHeader.textContent()).toContain('(USD/hour, us-east-1)');
    expect(await priceHeader.getAttribute('title')).toContain('https://aws.amazon.com/ec2/pricing/on-demand/');
    expect(await page.getByTestId('rt-notes').locator('li').count()).toBeGreaterThan(0);

    // Scroll the box: the header stays at the top of the scroll box.
    const box = page.getByTestId('rt-scroll');
    await box.evaluate((el) => (el.scrollTop = 3000));
    await expect.poll(async () => (await shownRows(page))[0]?.[0]).not.toBe('c5.large');
    const [boxTop, headTop] = await page.evaluate(() => [
      document.querySelector('[data-testid="rt-scroll"]')!.getBoundingClientRect().top,
      document.querySelector('[data-testid="rt-table"] thead')!.getBoundingClientRect().top,
    ]);
    expect(Math.abs(headTop! - boxTop!)).toBeLessThan(3);
    await app.shot('reference-ec2-scrolled');
    await box.evaluate((el) => (el.scrollTop = 0));
  });

  it('searches all columns (hidden ones too): every word must match', async () => {
    const { page } = app;
    await page.getByTestId('rt-global').fill('graviton3 16xlarge');
    await expect.poll(() => shownCount(page)).toBeLessThan(10);
    const keys = await column(page, 'instanceType');
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9-]+g[a-z]*\.16xlarge$/); // Graviton types carry a "g"
    expect(await column(page, 'processorVendor')).toEqual(keys.map(() => 'aws'));
    await page.getByTestId('rt-global').fill('');
    await expect.poll(() => shownCount(page)).toBe(DEFAULT_SHOWN);
  });

  it('filters by numeric expression and text, and rejects a bad expression visibly', async () => {
    const { page } = app;
    await page.getByTestId('rt-filter-vCPU').fill('>= 16');
    await expect.poll(() => shownCount(page)).toBeLessThan(TOTAL);
    for (const v of await column(page, 'vCPU')) expect(num(v)).toBeGreaterThanOrEqual(16);

    await page.getByTestId('rt-filter-family').fill('m7');
    await expect.poll(async () => (await column(page, 'family')).every((f) => f.includes('m7'))).toBe(true);
    const n = await shownCount(page);
    expect(n).toBeGreaterThan(5);
    expect((await shownRows(page)).length).toBe(n);

    await page.getByTestId('rt-filter-memoryGiB').fill('>= abc');
    await expect.poll(() => page.getByTestId('rt-filter-memoryGiB').getAttribute('aria-invalid')).toBe('true');
    expect(await shownCount(page)).toBe(n); // a half-typed filter does not empty the table
    await page.getByTestId('rt-filter-memoryGiB').fill('64..256');
    await expect.poll(async () => (await column(page, 'memoryGiB')).every((m) => num(m) >= 64 && num(m) <= 256)).toBe(true);
    await page.getByTestId('rt-filter-memoryGiB').fill('');
    await expect.poll(() => shownCount(page)).toBe(n);
  });

  it('sorts by several columns with shift-click', async () => {
    const { page } = app;
    await page.getByTestId('rt-sort-memoryGiB').click();
    await page.getByTestId('rt-sort-priceLinuxOnDemand').click({ modifiers: ['Shift'] });
    await page.getByTestId('rt-sort-priceLinuxOnDemand').click({ modifiers: ['Shift'] }); // second click: descending
    expect(await page.getByTestId('rt-th-memoryGiB').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByTestId('rt-th-priceLinuxOnDemand').getAttribute('aria-sort')).toBe('descending');
    const mem = (await column(page, 'memoryGiB')).map(num);
    const price = (await column(page, 'priceLinuxOnDemand')).map((p) => (p === '' ? -Infinity : num(p)));
    for (let i = 1; i < mem.length; i++) {
      expect(mem[i]).toBeGreaterThanOrEqual(mem[i - 1]!);
      if (mem[i] === mem[i - 1]) expect(price[i]).toBeLessThanOrEqual(price[i - 1]!);
    }
    expect(new Set(mem).size).toBeLessThan(mem.length); // ties exist, so the second key mattered
    expect(await page.getByTestId('rt-sort-summary').textContent()).toMatch(/Memory ↑, then Linux on-demand ↓/);
  });

  it('toggles a column off and on from the column picker', async () => {
    const { page } = app;
    await page.locator('[data-testid="rt-columns"] > summary').click();
    await page.getByTestId('rt-col-ebsMaxIops').uncheck();
    await expect.poll(async () => (await shownHeaders(page)).some((h) => h.startsWith('EBS max IOPS'))).toBe(false);
    await page.getByTestId('rt-col-processor').check();
    await expect.poll(async () => (await shownHeaders(page)).includes('Processor')).toBe(true);
    await app.shot('reference-ec2-columns');
    await page.getByTestId('rt-col-ebsMaxIops').check();
    await expect.poll(async () => (await shownHeaders(page)).some((h) => h.startsWith('EBS max IOPS'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('rt-columns').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('switches region and price unit; the header names them', async () => {
    const { page } = app;
    const before = await column(page, 'priceLinuxOnDemand');
    await page.getByTestId('rt-period').selectOption('month');
    await page.getByTestId('rt-region').selectOption('eu-west-1');
    await expect.poll(() => page.getByTestId('rt-th-priceLinuxOnDemand').textContent()).toContain('(USD/month, eu-west-1)');
    const after = await column(page, 'priceLinuxOnDemand');
    expect(after).not.toEqual(before);
    expect(after.filter(Boolean).every((p) => /^\d{1,3}(,\d{3})*\.\d{2}$/.test(p))).toBe(true);
    await page.getByTestId('rt-basis').selectOption('vcpu');
    await expect
      .poll(() => page.getByTestId('rt-th-priceLinuxOnDemand').textContent())
      .toContain('(USD/month per vCPU, eu-west-1)');
    await page.getByTestId('rt-basis').selectOption('unit');
  });

  it('compares selected rows side by side', async () => {
    const { page } = app;
    const keys = (await column(page, 'instanceType')).slice(0, 3);
    for (const k of keys) await page.getByTestId(`rt-select-${k}`).check();
    expect(await page.getByTestId('rt-selected').textContent()).toBe('3 selected');
    await page.getByTestId('rt-compare-btn').click();
    const cmp = page.getByTestId('rt-compare');
    await cmp.waitFor();
    expect(await cmp.getByTestId('rt-compare-col').allTextContents()).toEqual(keys.map((k) => `${k}×`));
    const headers = await shownHeaders(page).catch(() => []);
    expect(headers).toEqual([]); // the table gives way to the comparison
    expect(await cmp.locator('tr[data-diff="true"]').count()).toBeGreaterThan(0);
    await app.shot('reference-ec2-compare');
    await page.getByTestId('rt-only-diff').check();
    expect(await cmp.locator('tr[data-diff="false"]').count()).toBe(0);
    await page.getByTestId('rt-compare-close').click();
    await page.getByTestId('rt-clear-selection').click();
  });

  it('exports CSV with the screen\'s rows, columns and units, numbers unrounded', async () => {
    const { page } = app;
    await app.shot('reference-ec2-filtered');
    const headers = await shownHeaders(page);
    const rows = await shownRows(page);
    const n = await shownCount(page);
    expect(rows.length).toBe(n);

    await page.locator('[data-testid="rt-export"] > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rt-export-csv').click()]);
    expect(download.suggestedFilename()).toBe('ec2-instances.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(headers);
    expect(csvHeaders).toContain('Linux on-demand (USD/month, eu-west-1)');
    expect(csvHeaders).toContain('Processor');
    expect(csvRows.length).toBe(rows.length);
    // Text is as shown; a number is the shown figure before display rounding (no grouping, all decimals).
    csvRows.forEach((r, i) =>
      r.forEach((cell, j) => {
        const shown = rows[i]![j]!;
        if (/^-?[\d,]+(\.\d+)?$/.test(shown)) {
          expect(cell).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
          const decimals = shown.split('.')[1]?.length ?? 0;
          expect(Math.abs(Number(cell) - num(shown))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        } else expect(cell).toBe(shown);
      }),
    );

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rt-export-md').click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    const lines = mdText.split('\n');
    expect(lines[0]).toBe(`| ${headers.join(' | ')} |`);
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(n + 2);
    expect(mdText).toMatch(new RegExp(`${n} of ${TOTAL} rows; filters: vCPU >= 16; Family m7`));

    await page.getByTestId('rt-copy-md').click();
    await expect.poll(() => page.getByTestId('rt-export-status').textContent()).toMatch(/Copied \d+ rows? .* as Markdown/);
    await page.locator('[data-testid="rt-export"] > summary').click();
  });

  it('restores the state on return and saves/restores named views', async () => {
    const { page } = app;
    const headers = await shownHeaders(page);
    const n = await shownCount(page);
    await page.getByTestId('rt-view-new').click();
    await page.getByTestId('rt-view-name').fill('big m7 monthly');
    await page.getByTestId('rt-view-save').click();

    // Leave and come back (a fresh mount reads the stored state).
    await page.getByTestId('nav-about').click();
    await page.locator('main h1').first().waitFor();
    await page.goBack();
    await page.getByTestId('rt-row').first().waitFor();
    await expect.poll(() => shownCount(page)).toBe(n);
    expect(await shownHeaders(page)).toEqual(headers);
    expect(await page.getByTestId('rt-filter-vCPU').inputValue()).toBe('>= 16');

    await page.getByTestId('rt-reset').click();
    await expect.poll(() => shownCount(page)).toBe(DEFAULT_SHOWN);
    expect(await page.getByTestId('rt-th-priceLinuxOnDemand').textContent()).toContain('(USD/hour, eu-west-1)');

    await page.reload();
    await page.getByTestId('rt-row').first().waitFor();
    await page.getByTestId('rt-views').selectOption('big m7 monthly');
    await expect.poll(() => shownCount(page)).toBe(n);
    expect(await shownHeaders(page)).toEqual(headers);
    expect(await page.getByTestId('rt-th-memoryGiB').getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('rt-reset').click();
  });

  it('opens a row from a link (#/reference/<table>/<row>) scrolled into view and highlighted', async () => {
    const { page } = app;
    await page.getByTestId('rt-filter-family').fill('c5');
    await page.evaluate(() => (window.location.hash = '#/reference/ec2-instances/r7g.4xlarge'));
    const row = page.locator('tr.rt-target[data-key="r7g.4xlarge"]');
    await row.waitFor();
    expect(await page.getByTestId('rt-notice').textContent()).toContain('Filters were cleared to show r7g.4xlarge');
    const [rowBox, scrollBox] = await Promise.all([row.boundingBox(), page.getByTestId('rt-scroll').boundingBox()]);
    expect(rowBox!.y).toBeGreaterThan(scrollBox!.y);
    expect(rowBox!.y + rowBox!.height).toBeLessThan(scrollBox!.y + scrollBox!.height);
    await app.shot('reference-ec2-target-row');
  });

  it('renders the S3 and EBS tables through the same component', async () => {
    const { page } = app;
    for (const id of ['s3-storage-classes', 'ebs-volume-types']) {
      await page.evaluate((x) => (window.location.hash = `#/reference/${x}`), id);
      await page.getByTestId('rt-row').first().waitFor();
      expect(await page.getByTestId('rt-period').count()).toBe(0); // per GB-month prices: no hourly switch
      expect(await page.getByTestId('rt-region').count()).toBe(1);
      await app.shot(`reference-${id}`);
    }
    await page.getByTestId('theme-select').selectOption('dark');
    await page.getByTestId('rt-select-gp3').check();
    await page.getByTestId('rt-filter-family').fill('ssd');
    await app.shot('reference-ebs-dark');
    await page.getByTestId('rt-reset').click();
    await page.getByTestId('theme-select').selectOption('system');
  });

  it('lists the Fargate task sizes: seven CPU sizes, their memory, operating systems, no region or price controls', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/reference'));
    await page.getByTestId('dataset-link-fargate-task-sizes').click();
    await page.getByTestId('rt-row').first().waitFor();
    expect(await page.getByTestId('rt-row').count()).toBe(7);
    expect(await page.getByTestId('rt-region').count()).toBe(0);
    expect(await page.getByTestId('rt-period').count()).toBe(0);
    const two = page.locator('[data-testid="rt-row"][data-key="2 vCPU"]');
    expect(await two.textContent()).toContain('4 GB to 16 GB in 1 GB increments');
    await app.shot('reference-fargate-task-sizes');
  });
});

// ---------- Issue 13, item 1: no stale value ----------

type Units = { region: string; period: 'hour' | 'month' | 'year'; basis: 'unit' | 'vcpu' | 'gib' };
const HOURS = { hour: 1, month: 730, year: 8760 } as const;
const BASIS_TEXT = { unit: '', vcpu: ' per vCPU', gib: ' per GiB' } as const;

/** The EC2 price a cell must hold, from the dataset file: hourly × hours ÷ vCPU or GiB, at 15 significant digits. */
function ec2Price(row: Record<string, unknown>, u: Units): number | null {
  const hourly = (row.priceLinuxOnDemand as Record<string, number | null> | undefined)?.[u.region];
  if (typeof hourly !== 'number') return null;
  const div = u.basis === 'vcpu' ? row.vCPU : u.basis === 'gib' ? row.memoryGiB : 1;
  if (typeof div !== 'number' || div <= 0) return null;
  return Number(((hourly * HOURS[u.period]) / div).toPrecision(15));
}
/** How the screen shows it: 4 decimals per hour (5 per vCPU/GiB), 2 per month or year. */
function ec2PriceText(x: number, u: Units): string {
  const d = u.period === 'hour' ? (u.basis === 'unit' ? 4 : 5) : 2;
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
}
/** The search box: every word appears in some column's text (numbers and flags hold no letters to match). */
function searchHits(row: Record<string, unknown>, words: string): boolean {
  const hay = Object.values(row)
    .flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : []))
    .join('\n')
    .toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
/** Expected rows in display order: filtered, sorted by the value (missing last), ties in dataset order. */
function expectedOrder(
  ds: DatasetFile,
  value: (r: Record<string, unknown>) => number | null,
  keep: (r: Record<string, unknown>, v: number | null) => boolean,
  desc: boolean,
): { key: string; value: number | null }[] {
  return ds.rows
    .map((r, i) => ({ i, key: String(r[ds.keyColumn]), value: value(r), row: r }))
    .filter((x) => passesDefaults(ds, x.row) && keep(x.row, x.value))
    .sort((a, b) => {
      if (a.value === b.value) return a.i - b.i;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return (a.value - b.value) * (desc ? -1 : 1) || a.i - b.i;
    })
    .map(({ key, value: v }) => ({ key, value: v }));
}

async function exportedCsv(page: Page): Promise<string[][]> {
  await page.locator('[data-testid="rt-export"] > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rt-export-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  await page.locator('[data-testid="rt-export"] > summary').click();
  return parseCsv(csv);
}

async function shownKeys(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="rt-row"]', (trs) => trs.map((tr) => tr.getAttribute('data-key') ?? ''));
}

describe('no stale value: region, period and basis recompute cells, sort, filters and export (issue 13)', () => {
  const STEPS: Units[] = [
    { region: 'us-east-1', period: 'hour', basis: 'unit' },
    { region: 'us-east-1', period: 'month', basis: 'unit' }, // the issue's repro: 0.09 stayed under USD/month
    { region: 'eu-west-1', period: 'month', basis: 'unit' },
    { region: 'eu-west-1', period: 'month', basis: 'vcpu' },
    { region: 'eu-west-1', period: 'year', basis: 'gib' },
    { region: 'ap-northeast-1', period: 'hour', basis: 'vcpu' },
    { region: 'us-east-1', period: 'hour', basis: 'unit' },
  ];
  // Every type per hour, the cheap and the dearest per month or year: the count must move with the unit.
  const PRICE_FILTER = '< 40 | > 100';
  const keepPrice = (v: number | null): boolean => v !== null && (v < 40 || v > 100);

  for (const search of ['', 'xlarge']) {
    it(`EC2 with ${search ? `search "${search}"` : 'an empty search box'}`, async () => {
      const { page } = app;
      await page.evaluate(() => (window.location.hash = '#/reference/ec2-instances'));
      await page.getByTestId('rt-reset').click();
      await page.getByTestId('rt-row').first().waitFor();
      await page.getByTestId('rt-global').fill(search);
      await page.getByTestId('rt-filter-priceLinuxOnDemand').fill(PRICE_FILTER);
      await page.getByTestId('rt-sort-priceLinuxOnDemand').click();
      for (const u of STEPS) {
        await page.getByTestId('rt-region').selectOption(u.region);
        await page.getByTestId('rt-period').selectOption(u.period);
        await page.getByTestId('rt-basis').selectOption(u.basis);
        const unit = `(USD/${u.period}${BASIS_TEXT[u.basis]}, ${u.region})`;
        await expect.poll(() => page.getByTestId('rt-th-priceLinuxOnDemand').textContent()).toContain(unit);
        const want = expectedOrder(EC2, (r) => ec2Price(r, u), (r, v) => keepPrice(v) && searchHits(r, search), false);
        const label = `${search || '(no search)'} ${JSON.stringify(u)}`;
        expect(want.length, label).toBeGreaterThan(0);
        await expect.poll(() => shownCount(page)).toBe(want.length);
        await page.getByTestId('rt-scroll').evaluate((el) => (el.scrollTop = 0));
        // Cells and sort order of the rendered (virtualized) rows.
        await expect.poll(async () => (await shownKeys(page))[0]).toBe(want[0]!.key);
        const keys = await shownKeys(page);
        expect(keys, label).toEqual(want.slice(0, keys.length).map((w) => w.key));
        expect(await column(page, 'priceLinuxOnDemand'), label).toEqual(
          want.slice(0, keys.length).map((w) => ec2PriceText(w.value!, u)),
        );
        // The export: same rows, same order, the unrounded figures, under a header naming the units.
        const [headers, ...rows] = await exportedCsv(page);
        const p = headers!.indexOf(`Linux on-demand ${unit}`);
        expect(p, `${label}: ${headers!.join(' | ')}`).toBeGreaterThan(0);
        expect(rows.map((r) => r[0]), label).toEqual(want.map((w) => w.key));
        expect(rows.map((r) => Number(r[p])), label).toEqual(want.map((w) => w.value));
      }
      if (!search) await app.shot('reference-ec2-units-cycled');
      await page.getByTestId('rt-reset').click();
    });
  }

  it('c5.large shows 62.05 under USD/month, and the eu-west-1 figure after a region change (the issue repro)', async () => {
    const { page } = app;
    await page.getByTestId('rt-reset').click();
    await page.getByTestId('rt-region').selectOption('us-east-1');
    await page.getByTestId('rt-filter-instanceType').fill('=c5.large');
    await page.getByTestId('rt-period').selectOption('month');
    const c5 = EC2.rows.find((r) => r.instanceType === 'c5.large')!;
    await expect.poll(async () => (await column(page, 'priceLinuxOnDemand'))[0]).toBe('62.05');
    await page.getByTestId('rt-region').selectOption('eu-west-1');
    const eu = ec2PriceText(ec2Price(c5, { region: 'eu-west-1', period: 'month', basis: 'unit' })!, {
      region: 'eu-west-1',
      period: 'month',
      basis: 'unit',
    });
    await expect.poll(async () => (await column(page, 'priceLinuxOnDemand'))[0]).toBe(eu);
    await page.getByTestId('rt-reset').click();
  });

  for (const search of ['', 'tier']) {
    it(`S3 storage price follows the region with ${search ? `search "${search}"` : 'an empty search box'}`, async () => {
      const { page } = app;
      await page.evaluate(() => (window.location.hash = '#/reference/s3-storage-classes'));
      await page.getByTestId('rt-reset').click();
      await page.getByTestId('rt-row').first().waitFor();
      await page.getByTestId('rt-global').fill(search);
      await page.getByTestId('rt-filter-storagePriceGBMonth').fill('>= 0.004');
      await page.getByTestId('rt-sort-storagePriceGBMonth').click();
      await page.getByTestId('rt-sort-storagePriceGBMonth').click(); // descending
      for (const region of ['us-east-1', 'eu-central-1', 'ap-southeast-1', 'us-east-1']) {
        await page.getByTestId('rt-region').selectOption(region);
        await expect.poll(() => page.getByTestId('rt-th-storagePriceGBMonth').textContent()).toContain(`(USD/GB-month, ${region})`);
        const price = (r: Record<string, unknown>): number | null =>
          (r.storagePriceGBMonth as Record<string, number | null> | undefined)?.[region] ?? null;
        const want = expectedOrder(S3, price, (r, v) => v !== null && v >= 0.004 && searchHits(r, search), true);
        const label = `${search || '(no search)'} ${region}`;
        expect(want.length, label).toBeGreaterThan(0);
        await expect.poll(() => shownCount(page, S3.rows.length)).toBe(want.length);
        expect(await shownKeys(page), label).toEqual(want.map((w) => w.key));
        expect(await column(page, 'storagePriceGBMonth'), label).toEqual(
          want.map((w) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(w.value!)),
        );
        const [headers, ...rows] = await exportedCsv(page);
        const p = headers!.indexOf(`Storage price (USD/GB-month, ${region})`);
        expect(p, label).toBeGreaterThan(0);
        expect(rows.map((r) => r[0]), label).toEqual(want.map((w) => w.key));
        expect(rows.map((r) => Number(r[p])), label).toEqual(want.map((w) => w.value));
      }
      await page.getByTestId('rt-reset').click();
    });
  }
});

describe('filters with units, numeric network, default filters (issue 13)', () => {
  it('memory and network filters take units; network text filters by its stated bandwidth', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/reference/ec2-instances'));
    await page.getByTestId('rt-reset').click();
    await page.getByTestId('rt-row').first().waitFor();
    const shown = EC2.rows.filter((r) => passesDefaults(EC2, r));
    await page.getByTestId('rt-filter-memoryGiB').fill('>= 0.5 TiB');
    await expect.poll(() => shownCount(page)).toBe(shown.filter((r) => (r.memoryGiB as number) >= 512).length);
    await page.getByTestId('rt-filter-memoryGiB').fill('');
    // "Up to 12.5 Gigabit" counts as 12.5; "4x 100 Gigabit" as 400.
    const gbps = (t: unknown): number => {
      const m = /^(?:Up to )?(?:(\d+)x )?([\d.]+) Gigabit$/.exec(String(t));
      return m ? Number(m[1] ?? 1) * Number(m[2]) : NaN;
    };
    await page.getByTestId('rt-filter-networkPerformance').fill('> 10 Gbps');
    const want = shown.filter((r) => gbps(r.networkPerformance) > 10).length;
    await expect.poll(() => shownCount(page)).toBe(want);
    expect(want).toBeGreaterThan(0);
    for (const t of await column(page, 'networkPerformance')) expect(gbps(t)).toBeGreaterThan(10);
    await page.getByTestId('rt-filter-memoryGiB').fill('>= 64 Gbps');
    await expect.poll(() => page.getByTestId('rt-filter-memoryGiB').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('rt-filter-memoryGiB').getAttribute('title')).toMatch(/does not convert/);
    await app.shot('reference-ec2-unit-filters');
    await page.getByTestId('rt-reset').click();
  });

  it('exports JSON with numbers as numbers and the units per column', async () => {
    const { page } = app;
    await page.getByTestId('rt-period').selectOption('year');
    await page.getByTestId('rt-filter-instanceType').fill('=c5.large');
    await expect.poll(() => shownCount(page)).toBe(1);
    await page.locator('[data-testid="rt-export"] > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rt-export-json').click()]);
    await page.locator('[data-testid="rt-export"] > summary').click();
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      columns: { key: string; unit: string | null }[];
      rows: Record<string, unknown>[];
    };
    const region = await page.getByTestId('rt-region').inputValue();
    const c5 = EC2.rows.find((r) => r.instanceType === 'c5.large')!;
    expect(doc.rows[0]!.priceLinuxOnDemand).toBe(ec2Price(c5, { region, period: 'year', basis: 'unit' }));
    expect(doc.rows[0]!.vCPU).toBe(c5.vCPU);
    expect(doc.columns.find((c) => c.key === 'priceLinuxOnDemand')?.unit).toBe(`USD/year, ${region}`);
    await page.getByTestId('rt-reset').click();
  });

  it('a dataset-declared default filter has a visible toggle when its column exists', async () => {
    const { page } = app;
    const keys = new Set(EC2.columns.map((c) => c.key));
    const declared = (EC2.defaultFilters ?? []).filter((f) => keys.has(f.column));
    await page.getByTestId('rt-reset').click();
    if (declared.length === 0) {
      // Declared for a column the dataset does not have yet: a no-op, and no toggle.
      expect(await page.locator('[data-testid^="rt-show-"]').count()).toBe(0);
      expect(await shownCount(page)).toBe(TOTAL);
      return;
    }
    const toggle = page.getByTestId(`rt-show-${declared[0]!.column}`);
    expect(await toggle.isChecked()).toBe(false);
    await expect.poll(() => shownCount(page)).toBe(DEFAULT_SHOWN);
    await toggle.check();
    await expect.poll(() => shownCount(page)).toBe(TOTAL);
    await toggle.uncheck();
    await expect.poll(() => shownCount(page)).toBe(DEFAULT_SHOWN);
  });
});
