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
    await expect.poll(() => page.locator('[role=alert]').first().textContent()).toMatch(/128 and 10,240/);
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
});
