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

const TOTAL = JSON.parse(readFileSync(new URL('../../data/datasets/ec2-instances.json', import.meta.url), 'utf8')).rows
  .length as number;

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

async function shownCount(page: Page): Promise<number> {
  const t = (await page.getByTestId('rt-count').textContent()) ?? '';
  const m = /(\d+) of (\d+) shown/.exec(t);
  if (!m) throw new Error(`unexpected count text "${t}"`);
  expect(Number(m[2])).toBe(TOTAL);
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
    expect(await shownCount(page)).toBe(TOTAL);
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
    await expect.poll(() => shownCount(page)).toBe(TOTAL);
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

  it('exports CSV that matches the screen exactly (columns, order, values, units)', async () => {
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
    expect(csvRows).toEqual(rows);

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
    await expect.poll(() => shownCount(page)).toBe(TOTAL);
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
});
