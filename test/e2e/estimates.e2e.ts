/**
 * A whole design priced as one estimate, through the browser: four services (one line in another region),
 * a second variant with deltas, a share link opened in a fresh app and profile with the same totals, CSV
 * export, delete with Undo. Expected totals are computed here from the price packs, not read from the UI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../src/shared/calc';
import { cents, headlineMonthlyUSD, type CalculatorId } from '../../src/shared/estimate/model';
import type { PricePack } from '../../src/shared/kb/schemas';
import { e2eSuite, REPO, startE2e } from './harness';

const suite = e2eSuite();
/** Polls for up to 20 s: on a loaded 2-core machine a fresh app can take seconds to compute. */
const poll = <T>(fn: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> => expect.poll(fn, { timeout: 20_000 });

const pack = (region: string): PricePack => JSON.parse(readFileSync(join(REPO, 'data', 'prices', `${region}.json`), 'utf8')) as PricePack;

/** The monthly figure the estimate must show for a line, computed without the app. */
function expected(calculator: CalculatorId, input: Record<string, unknown>): number {
  const region = typeof input.region === 'string' ? input.region : 'us-east-1';
  const r = runCalculator(calculator, { ...input, region }, pack(region), {});
  if (!r.ok) throw new Error(r.error.message);
  const h = headlineMonthlyUSD(calculator, r.value as Record<string, unknown>, input);
  if (!h.ok) throw new Error(h.message);
  return cents(h.monthlyUSD);
}

const money = (s: string | null): number => Number((s ?? '').replace(/[^0-9.-]/g, ''));

describe('estimates (web mode, Chromium)', () => {
  it('prices a four-service design, compares a variant, and shares it to a fresh profile with the same totals', async () => {
    const { page, shot } = suite();
    await page.getByTestId('nav-estimates').click();
    await page.getByTestId('est-new').click();
    await page.getByTestId('est-name').waitFor();
    await page.getByTestId('est-name').fill('Clickstream design');
    const calcs = (await page.evaluate(() => null), ['kinesis', 'lambda', 'dynamodb', 's3-lifecycle'] as CalculatorId[]);
    for (const c of calcs) {
      await page.getByTestId('est-add-calculator').first().selectOption(c);
      await page.getByTestId('est-add-line').first().click();
    }
    const lines = page.getByTestId('est-variant').first().getByTestId('est-line');
    await poll(() => lines.count()).toBe(4);
    // The Lambda consumers run in Ireland.
    await lines.nth(1).getByTestId('est-line-region').selectOption('eu-west-1');
    await lines.nth(1).getByRole('textbox', { name: 'Note' }).fill('consumers in eu-west-1');
    await poll(async () => (await page.getByTestId('est-line-cost').allTextContents()).every((t) => t.startsWith('$'))).toBe(true);

    const calcList = await (await fetch(`${suite().origin}/api/calc.list`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-study-desk-token': suite().token }, body: '{}' })).json() as {
      value: { id: CalculatorId; defaults: Record<string, unknown> }[];
    };
    const defaults = Object.fromEntries(calcList.value.map((c) => [c.id, c.defaults])) as Record<CalculatorId, Record<string, unknown>>;
    const want = [
      expected('kinesis', defaults.kinesis),
      expected('lambda', { ...defaults.lambda, region: 'eu-west-1' }),
      expected('dynamodb', defaults.dynamodb),
      expected('s3-lifecycle', defaults['s3-lifecycle']),
    ];
    const total = cents(want.reduce((a, b) => a + b, 0));
    const shown = (await page.getByTestId('est-line-cost').allTextContents()).map(money);
    expect(shown).toEqual(want);
    await poll(async () => money(await page.getByTestId('est-variant-monthly').first().textContent())).toBe(total);
    expect(money(await page.getByTestId('est-variant-yearly').first().textContent())).toBe(cents(total * 12));
    await page.getByTestId('est-chart').waitFor();

    // Variant B: twice the stream's traffic.
    await page.getByTestId('est-add-variant').click();
    const b = page.getByTestId('est-variant').nth(1);
    await b.getByTestId('est-line').first().getByRole('button', { name: 'Inputs' }).click();
    const kinesisB = { ...defaults.kinesis, recordsPerSecond: Number(defaults.kinesis.recordsPerSecond) * 2 };
    await b.getByRole('textbox', { name: 'Inputs (JSON)' }).fill(JSON.stringify(kinesisB));
    await b.getByRole('button', { name: 'Apply' }).click();
    const totalB = cents(total - want[0]! + expected('kinesis', kinesisB));
    await poll(async () => money(await b.getByTestId('est-variant-monthly').textContent())).toBe(totalB);
    expect(money(await b.getByTestId('est-variant-delta').textContent())).toBe(cents(totalB - total));
    expect(money(await b.getByTestId('est-line-delta').first().textContent())).toBe(cents(expected('kinesis', kinesisB) - want[0]!));
    await poll(() => page.getByTestId('est-saved').getAttribute('data-state')).toBe('saved');
    await shot('estimates-editor');

    // CSV: human headers, numbers as numbers, the totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('est-csv').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Monthly cost (USD)');
    expect(csv).toContain(`Variant A,Total,,,${total},${cents(total * 12)}`);

    // Share: the link carries the estimate; a fresh app with its own data and browser profile opens it.
    await page.getByTestId('est-share').click();
    const link = await page.getByTestId('est-share-url').inputValue();
    const payload = link.slice(link.indexOf('#/estimates/share/') + '#/estimates/share/'.length);
    const other = await startE2e();
    try {
      await other.page.evaluate((p) => (location.hash = `#/estimates/share/${p}`), payload);
      const monthly = other.page.getByTestId('est-variant-monthly');
      await poll(async () => (await monthly.allTextContents()).map(money)).toEqual([total, totalB]);
      await other.shot('estimates-shared');
      await other.page.getByTestId('est-save-shared').click();
      await other.page.getByTestId('est-name').waitFor();
      expect(await other.page.getByTestId('est-name').inputValue()).toBe('Clickstream design');
      await poll(async () => (await other.page.getByTestId('est-variant-monthly').allTextContents()).map(money)).toEqual([total, totalB]);
    } finally {
      await other.close();
    }

    // Delete, then Undo.
    await page.getByTestId('est-delete').click();
    await page.getByTestId('est-undo-bar').waitFor();
    await shot('estimates-list-undo');
    await page.getByTestId('est-undo').click();
    await poll(() => page.getByTestId('est-list').textContent()).toContain('Clickstream design');
  }, 120_000);

  it('a calculator link restores its inputs, and "Add to estimate" starts an estimate from them', async () => {
    const { page } = suite();
    await page.getByTestId('nav-calculators').click();
    await page.getByTestId('calc-tab-kinesis').click();
    await page.getByTestId('calc-share').waitFor();
    await page.getByTestId('calc-add-to-estimate').click();
    await poll(() => page.url()).toMatch(/#\/estimates\/[\w-]+$/);
    await poll(() => page.getByTestId('est-line').count()).toBe(1);
  });
});
