import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shared/table/export';
import { e2eSuite } from './harness';

const suite = e2eSuite();

// Issue 17, items 4 and 5: exports with inputs and units, print sheet, scenario import and undo, the EBS
// options table and bottlenecks, the S3 baseline and steady state.
describe('calculator exports, scenario import and the issue-17 fixes (web mode, Chromium)', () => {
  it('CSV has human labels, units and the inputs; Markdown has the trace and sources; print hides the controls', async () => {
    const { page, dataDir } = suite();
    await page.goto(`${suite().origin}/#/calculators/ebs`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-sizeGiB').fill('2000');
    await page.getByTestId('calc-in-iops').fill('5000');
    await page.getByTestId('calc-in-throughputMiBps').fill('200');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('$173.00');
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calc-export-csv').click()]);
    const csvPath = join(dataDir, 'ebs.csv');
    await csvDl.saveAs(csvPath);
    const rows = parseCsv(readFileSync(csvPath, 'utf8'));
    expect(rows[0]).toEqual(['Section', 'Figure', 'Value', 'Unit']);
    expect(rows).toContainEqual(['Input', 'Size GiB', '2000', 'GiB']);
    expect(rows).toContainEqual(['Result', 'Monthly › Total', '173', 'USD']);
    const [mdDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calc-export-md').click()]);
    const mdPath = join(dataDir, 'ebs.md');
    await mdDl.saveAs(mdPath);
    const md = readFileSync(mdPath, 'utf8');
    expect(md).toMatch(/prices as of \d{4}-\d{2}-\d{2}/);
    expect(md).toContain('| Size GiB | 2,000 GiB |');
    expect(md).toContain('**How it was worked out**');
    expect(md).toContain('**Sources**');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.getByTestId('calc-export-csv').isVisible()).toBe(false);
    expect(await page.getByTestId('calc-print-inputs').isVisible()).toBe(true);
    await suite().shot('calc-ebs-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('imports an exported scenario JSON, refuses a bad file plainly, and undoes a delete', async () => {
    const { page, dataDir } = suite();
    await page.goto(`${suite().origin}/#/calculators/lambda`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-memoryMB').fill('1024');
    await page.getByTestId('calc-scenario-name').fill('api 1 GB');
    await page.getByTestId('calc-scenario-save').click();
    await expect.poll(() => page.getByTestId('calc-scenarios').locator('li').count()).toBe(1);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calc-scenarios').getByRole('button', { name: 'JSON' }).click()]);
    const file = join(dataDir, 'scenario.json');
    await dl.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { calculator: string; name: string; input: Record<string, unknown> };
    expect(exported.calculator).toBe('lambda');
    // Delete, then Undo brings it back with the same name and inputs.
    await page.getByRole('button', { name: 'Delete api 1 GB' }).click();
    await expect.poll(() => page.getByTestId('calc-scenarios').locator('li').count()).toBe(0);
    await suite().shot('calc-scenario-deleted');
    await page.getByTestId('calc-scenario-undo').click();
    await expect.poll(() => page.getByTestId('calc-scenarios').locator('li').count()).toBe(1);
    expect(await page.getByTestId('calc-scenarios').textContent()).toContain('api 1 GB');
    // Import the exported file under another name.
    writeFileSync(file, JSON.stringify({ ...exported, name: 'imported copy', input: { ...exported.input, memoryMB: 2048 } }));
    await page.getByTestId('calc-scenario-import').setInputFiles(file);
    await expect.poll(() => page.getByTestId('calc-scenarios').locator('li').count()).toBe(2);
    await expect.poll(() => page.getByTestId('calc-in-memoryMB').inputValue()).toBe('2048');
    // A bad file: a plain error, nothing saved.
    const bad = join(dataDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ calculator: 'rds', name: 'x', input: {} }));
    await page.getByTestId('calc-scenario-import').setInputFiles(bad);
    await expect.poll(() => page.getByTestId('calc-import-error').textContent()).toMatch(/bad\.json is not a scenario file: calculator "rds" is not one of/);
    expect(await page.getByTestId('calc-scenarios').locator('li').count()).toBe(2);
    await suite().shot('calc-scenario-import-error');
  });

  it('EBS: recommend mode lists options in a table with bars on separate axes; evaluate mode names burst and sustained bottlenecks', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/ebs`);
    await page.getByTestId('calc-result').waitFor();
    await page.getByTestId('calc-in-sizeGiB').fill('2000');
    await page.getByTestId('calc-in-iops').fill('5000');
    await page.getByTestId('calc-in-throughputMiBps').fill('200');
    await page.getByTestId('calc-in-instanceType').fill('m7i.large');
    await expect.poll(() => page.getByTestId('calc-out-sustainedBottleneck').textContent()).toContain('instance');
    expect(await page.getByTestId('calc-out-burstBottleneck').textContent()).toContain('volume');
    expect(await page.getByTestId('calc-out-sustainedIops').textContent()).toContain('3,600');
    expect(await page.getByTestId('calc-out-sustainedThroughputMiBps').textContent()).toContain('77.5');
    expect(await page.getByTestId('calc-out-bottleneck').count()).toBe(0);
    await suite().shot('calc-ebs-bottlenecks');
    await page.getByTestId('calc-in-mode').selectOption('recommend');
    await page.getByTestId('calc-in-requiredIops').fill('10000');
    await page.getByTestId('ebs-options').waitFor();
    const firstRow = page.getByTestId('ebs-options').locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toBe('gp3');
    expect(await page.getByTestId('ebs-options-perf').locator('.recharts-yAxis').count()).toBe(2);
    await suite().shot('calc-ebs-recommend');
  });

  it('S3 lifecycle names its baseline and shows the steady-state monthly cost', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/calculators/s3-lifecycle`);
    await page.getByTestId('calc-result').waitFor();
    await expect.poll(() => page.getByTestId('calc-out-steadyStateMonthlyUSD').count()).toBe(1);
    // The example ingests every month and never expires: no steady state, and it says why.
    expect(await page.getByTestId('calc-out-steadyState').textContent()).toMatch(/None: .* never expired/);
    expect(await page.getByTestId('calc-result').textContent()).toContain('All in Standard, never expired');
    await suite().shot('calc-s3-no-steady');
    await page.getByTestId('calc-in-expireAfterDays').fill('730');
    await expect.poll(() => page.getByTestId('calc-result').textContent()).toContain('All in Standard, expired at day 730 like the lifecycle');
    await expect.poll(() => page.getByTestId('calc-out-steadyState').textContent()).toMatch(/From month 2[56](?!\d)/);
    expect(await page.getByTestId('calc-out-steadyStateMonthlyUSD').textContent()).toMatch(/\$[\d,]+\.\d\d/);
    await suite().shot('calc-s3-steady');
  });
});
