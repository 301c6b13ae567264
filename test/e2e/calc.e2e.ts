import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const suite = e2eSuite();

describe('calculators (web mode, Chromium)', () => {
  it.each(['dynamodb', 'kinesis', 'lambda', 'ebs', 's3-lifecycle'])('%s computes, shows its trace and a chart', async (id) => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/${id}`);
    await page.getByTestId('calc-result').waitFor();
    expect(await page.getByTestId('calc-chart').count()).toBeGreaterThan(0);
    await page.locator('.calc-full-trace summary').click();
    expect(await page.getByTestId('calc-trace').last().locator('li').count()).toBeGreaterThan(2);
    await suite().shot(`calc-${id}`);
  });

  it('Lambda reproduces the AWS pricing page example ($18.73) and reacts to edits', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/lambda`);
    await page.getByTestId('calc-result').waitFor();
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('$18.73');
    await page.getByTestId('calc-in-memoryMB').fill('64');
    // The error stays on the field; the last valid result stays, marked stale.
    const memField = page.locator('label.calc-field', { has: page.getByTestId('calc-in-memoryMB') });
    await expect.poll(() => memField.locator('small.bad').textContent()).toMatch(/128 and 10,240/);
    expect(await page.getByTestId('calc-in-memoryMB').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByTestId('calc-result-wrap').getAttribute('data-stale')).toBe('true');
    expect(await page.getByTestId('calc-result').textContent()).toContain('$18.73');
    await page.getByTestId('calc-in-memoryMB').fill('1024');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('$43.73');
  });

  it('saves a scenario, restores it after a reload, and compares two scenarios', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/dynamodb`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-scenario-name').fill('baseline');
    await page.getByTestId('calc-scenario-save').click();
    await expect.poll(() => page.getByTestId('calc-status').textContent()).toContain('baseline');
    await page.getByTestId('calc-in-readsPerSecond').fill('1000');
    await page.getByTestId('calc-scenario-name').fill('10x reads');
    await page.getByTestId('calc-scenario-save').click();
    await expect.poll(() => page.getByTestId('calc-scenarios').locator('li').count()).toBe(2);
    await page.locator('[data-testid=calc-draft-state][data-saved=true]').waitFor();
    await page.reload();
    await page.getByTestId('calc-result').waitFor();
    // The draft (1,000 reads/s) was autosaved and restored.
    await expect.poll(() => page.getByTestId('calc-in-readsPerSecond').inputValue()).toBe('1000');
    await page.getByTestId('calc-scenarios').getByRole('button', { name: 'baseline', exact: true }).click();
    await expect.poll(() => page.getByTestId('calc-in-readsPerSecond').inputValue()).toBe('100');
    const names = await page.getByTestId('calc-compare-a').locator('option').allTextContents();
    await page.getByTestId('calc-compare-a').selectOption({ label: 'baseline' });
    await page.getByTestId('calc-compare-b').selectOption({ label: '10x reads' });
    await page.getByTestId('calc-compare').waitFor();
    expect(names).toContain('baseline');
    expect(await page.getByTestId('calc-compare').textContent()).toMatch(/\+/);
    await suite().shot('calc-compare');
  });

  it('explains every field with its unit, shows a fraction as %, and hides inputs the mode ignores', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/dynamodb`);
    await page.getByTestId('calc-result').waitFor();
    const item = page.locator('label.calc-field', { has: page.getByTestId('calc-in-itemSizeKB') });
    expect(await item.locator('.calc-unit').textContent()).toBe('KB');
    expect(await item.locator('.calc-help').textContent()).toMatch(/At most 400 KB/);
    const util = page.locator('label.calc-field', { has: page.getByTestId('calc-in-targetUtilization') });
    expect(await util.locator('.calc-unit').textContent()).toBe('%');
    expect(await page.getByTestId('calc-in-targetUtilization').inputValue()).toBe('100');
    await page.goto(`${suite().origin}/#/calculators/ebs`);
    await page.getByTestId('calc-result').waitFor();
    expect(await page.getByTestId('calc-in-iops').count()).toBe(1);
    await page.getByTestId('calc-in-mode').selectOption('recommend');
    await expect.poll(() => page.getByTestId('calc-in-iops').count()).toBe(0);
    expect(await page.getByTestId('calc-in-volumeType').count()).toBe(0);
    await page.getByTestId('calc-in-mode').selectOption('evaluate');
  });

  it('keeps an invalid value on its field, never restores it as the draft, and edits S3 rules as a form', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/dynamodb`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-itemSizeKB').fill('6');
    await page.locator('[data-testid=calc-draft-state][data-saved=true]').waitFor();
    await page.getByTestId('calc-in-itemSizeKB').fill('500');
    const field = page.locator('label.calc-field', { has: page.getByTestId('calc-in-itemSizeKB') });
    await expect.poll(() => field.locator('small.bad').textContent()).toMatch(/a DynamoDB item is at most 400 KB/);
    await page.getByTestId('calc-stale').waitFor();
    await suite().shot('calc-invalid-field');
    await page.reload();
    await page.getByTestId('calc-result').waitFor();
    await expect.poll(() => page.getByTestId('calc-in-itemSizeKB').inputValue()).toBe('6');

    await page.goto(`${suite().origin}/#/calculators/s3-lifecycle`);
    await page.getByTestId('calc-rules').waitFor();
    const rows = page.getByTestId('calc-rule');
    const n = await rows.count();
    // The minimum stay comes from the S3 table (loaded alongside the form).
    await expect.poll(() => rows.first().textContent(), { timeout: 15_000 }).toMatch(/30 d/);
    await page.getByTestId('calc-rule-add').dispatchEvent('click');
    await expect.poll(() => rows.count()).toBe(n + 1);
    await page.getByRole('button', { name: `Remove rule ${n + 1}` }).dispatchEvent('click');
    await expect.poll(() => rows.count()).toBe(n);
    await page.getByRole('button', { name: 'Move rule 2 up' }).dispatchEvent('click');
    await suite().shot('calc-s3-rules-form');
    // JSON stays available; a wrong class is reported on its row, in words.
    await page.getByTestId('calc-rules').getByRole('button', { name: 'Edit as JSON' }).dispatchEvent('click');
    await page.locator('.calc-field-wide textarea').fill('[{"afterDays": 30, "storageClass": "tape"}]');
    await expect.poll(() => page.locator('.calc-field-wide small.bad').first().textContent()).toMatch(/^Rule 1 › Storage Class: /);
  });

  it('types rates per second or per month, and describes a DynamoDB table as rows of access patterns', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/dynamodb`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-readsPerSecond').fill('100');
    await page.getByTestId('calc-unit-readsPerSecond').selectOption('month');
    // 100 reads/s is 262,800,000 reads in a 730-hour month; typing a monthly figure stores it per second.
    await expect.poll(() => page.getByTestId('calc-in-readsPerSecond').inputValue()).toBe('262800000');
    await page.getByTestId('calc-in-readsPerSecond').fill('525600000');
    await page.getByTestId('calc-unit-readsPerSecond').selectOption('second');
    await expect.poll(() => page.getByTestId('calc-in-readsPerSecond').inputValue()).toBe('200');

    // Two patterns of different item sizes, summed into one table: 2,000 eventual reads/s of 6 KB, 500 writes/s of 2 KB.
    await page.getByTestId('calc-list-add').dispatchEvent('click');
    await page.getByTestId('calc-list-add').dispatchEvent('click');
    const rows = page.getByTestId('calc-list-row');
    await expect.poll(() => rows.count()).toBe(2);
    const fill = async (row: number, field: string, value: string): Promise<void> => {
      const el = page.getByRole(field === 'Kind' || field === 'Consistency' ? 'combobox' : 'spinbutton', { name: `Row ${row}: ${field}` });
      if (field === 'Kind' || field === 'Consistency') await el.selectOption(value);
      else await el.fill(value);
    };
    await fill(1, 'Kind', 'read');
    await fill(1, 'Per Second', '2000');
    await fill(1, 'Item Size KB', '6');
    await fill(1, 'Consistency', 'eventual');
    await fill(2, 'Kind', 'write');
    await fill(2, 'Per Second', '500');
    await fill(2, 'Item Size KB', '2');
    await expect.poll(() => page.getByTestId('calc-result').textContent(), { timeout: 15_000 }).toMatch(/Wcu\s*1,000|WCU\s*1,000/i);
    await suite().shot('calc-dynamodb-patterns');
  });
});
