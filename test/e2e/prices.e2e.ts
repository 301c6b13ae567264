import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ec2Frankfurt, lambdaTwoRegions, offerCsv, offerJson, writeText } from '../main/prices/fixtures';
import { tempDir } from '../helpers/tmp';
import { e2eSuite } from './harness';

const suite = e2eSuite();

/** The EBS calculator for 1,000 GiB of sc1 in Frankfurt (the issue 13 reproduction). */
async function ebsSc1Frankfurt(monthlyUSD: string): Promise<void> {
  const { page, origin } = suite();
  await page.goto(`${origin}/#/calculators/ebs`);
  await page.getByTestId('calc-form').waitFor();
  await page.getByTestId('calc-in-region').selectOption('eu-central-1');
  await page.getByTestId('calc-in-volumeType').selectOption('sc1');
  await page.getByTestId('calc-in-sizeGiB').fill('1000');
  // sc1 takes no provisioned IOPS or throughput (the example input has both).
  await page.getByTestId('calc-in-iops').fill('');
  await page.getByTestId('calc-in-throughputMiBps').fill('');
  // Wait for the result of these inputs (each edit re-runs and re-renders it).
  await expect.poll(() => page.getByTestId('calc-result').textContent(), { timeout: 15_000 }).toContain(monthlyUSD);
  await page.locator('.calc-full-trace summary').click();
}

describe('prices: stand-ins visible, offer files imported (web mode, Chromium)', () => {
  it('issue 13: a stand-in price is named in the warnings, the trace and the CSV/Markdown exports', async () => {
    const { page } = suite();
    await ebsSc1Frankfurt('$15.00');
    await expect.poll(() => page.getByTestId('calc-warnings').textContent()).toMatch(/ebs\.sc1\.gbMonth is the us-east-1 price/);
    await expect
      .poll(() => page.getByTestId('calc-trace').last().getByTestId('trace-standin').first().textContent())
      .toBe('stand-in: us-east-1 price, no verified eu-central-1 price');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toMatch(/^Warning,,.*Stand-in prices: no verified eu-central-1 price/m);
    expect(text).toMatch(/^Price,ebs\.sc1\.gbMonth,"?stand-in: us-east-1 price, no verified eu-central-1 price"?,\r?$/m);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toMatch(/\*\*Warnings\*\*\n\n- Stand-in prices/);
    expect(mdText).toMatch(/\| ebs\.sc1\.gbMonth: stand-in: us-east-1 price, no verified eu-central-1 price \|/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calc-export-json').click()]);
    const out = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { warnings: string[]; trace: { fact?: { status?: string } }[] };
    expect(out.warnings.join(' ')).toMatch(/stand-in/i);
    expect(out.trace.some((s) => s.fact?.status === 'stand-in')).toBe(true);
    await suite().shot('calc-ebs-standin');
  });

  it('imports an offer file on the Prices screen with progress, shows statuses, feeds the calculator, reverts', async () => {
    const { page, origin } = suite();
    const t = tempDir('sd-e2e-offer-');
    try {
      await page.goto(`${origin}/#/prices/eu-central-1`);
      await page.getByTestId('prices-table').waitFor();
      const standIns = Number(/(\d+) stand-ins/.exec((await page.getByTestId('prices-counts').textContent()) ?? '')?.[1]);
      expect(standIns).toBeGreaterThan(40);
      await expect.poll(() => page.locator('[data-key="ebs.sc1.gbMonth"]').getAttribute('data-status')).toBe('stand-in');
      await suite().shot('prices-bundled');

      // A truncated download: a clear error, nothing changes.
      const full = offerJson(ec2Frankfurt());
      await page.getByTestId('prices-file-input').setInputFiles(writeText(join(t.dir, 'cut.json'), full.slice(0, full.length - 300)));
      await expect.poll(() => page.getByTestId('prices-import-result').first().getAttribute('data-state')).toBe('failed');
      expect(await page.getByTestId('prices-import-result').textContent()).toMatch(/cut\.json rejected, nothing changed: the file ends early/);
      await suite().shot('prices-import-failed');
      expect(await page.locator('[data-key="ebs.sc1.gbMonth"]').getAttribute('data-status')).toBe('stand-in');

      await page.getByTestId('prices-file-input').setInputFiles(writeText(join(t.dir, 'AmazonEC2-eu-central-1.csv'), offerCsv(ec2Frankfurt())));
      await expect.poll(() => page.getByTestId('prices-import-result').first().getAttribute('data-state')).toBe('done');
      expect(await page.getByTestId('prices-import-result').textContent()).toMatch(/AmazonEC2 20261101000000, published 2026-11-01 .* 4 unit prices and 5 EC2 instance prices in eu-central-1/);
      await expect.poll(() => page.locator('[data-key="ebs.sc1.gbMonth"]').getAttribute('data-status')).toBe('imported');
      expect(await page.locator('[data-key="ebs.sc1.gbMonth"]').textContent()).toMatch(/0\.0162.*imported from AmazonEC2-eu-central-1\.csv/);
      await page.getByTestId('prices-ec2').locator('summary').click();
      await suite().shot('prices-imported');

      await ebsSc1Frankfurt('$16.20');
      await expect.poll(() => page.getByTestId('calc-trace').last().getByTestId('trace-imported').first().textContent()).toMatch(/imported from AmazonEC2-eu-central-1\.csv/);
      expect((await page.getByTestId('calc-result').textContent()) ?? '').not.toMatch(/Stand-in prices: .*ebs\.sc1/);
      await suite().shot('calc-ebs-imported');

      await page.goto(`${origin}/#/prices/eu-central-1`);
      await page.getByTestId('prices-table').waitFor();
      await page.getByTestId('prices-revert-all').click();
      await expect.poll(() => page.locator('[data-key="ebs.sc1.gbMonth"]').getAttribute('data-status')).toBe('stand-in');
      expect(await page.getByTestId('prices-status').textContent()).toMatch(/9 imported prices removed/);
    } finally {
      t.cleanup();
    }
  });

  it('a region without a bundled pack can be priced once its offer file is imported', async () => {
    const { page, origin } = suite();
    const t = tempDir('sd-e2e-offer-');
    try {
      await page.goto(`${origin}/#/calculators/lambda`);
      await page.getByTestId('calc-form').waitFor();
      const before = await page.getByTestId('calc-in-region').locator('option').allTextContents();
      expect(before).not.toContain('sa-east-1');
      // The Lambda file's second region, moved to São Paulo (no bundled pack).
      const offer = lambdaTwoRegions();
      for (const p of offer.products)
        if (p.attributes.regionCode === 'ap-northeast-1')
          Object.assign(p.attributes, { regionCode: 'sa-east-1', usagetype: p.attributes.usagetype!.replace('APN1-', 'SAE1-') });
      await page.goto(`${origin}/#/prices/us-east-1`);
      await page.getByTestId('prices-table').waitFor();
      await page.getByTestId('prices-file-input').setInputFiles(writeText(join(t.dir, 'AWSLambda.json'), offerJson(offer)));
      await expect.poll(() => page.getByTestId('prices-import-result').first().getAttribute('data-state'), { timeout: 20_000 }).toBe('done');

      await page.goto(`${origin}/#/calculators/lambda`);
      await page.getByTestId('calc-form').waitFor();
      await expect.poll(() => page.getByTestId('calc-in-region').locator('option').allTextContents(), { timeout: 20_000 }).toContain('sa-east-1');
      await page.getByTestId('calc-in-region').selectOption('sa-east-1');
      // Priced from the import; what the file lacks is a us-east-1 stand-in, and the warning says so.
      await expect.poll(() => page.getByTestId('calc-result').textContent(), { timeout: 20_000 }).toMatch(/Stand-in prices: no verified sa-east-1 price/);
      await page.locator('.calc-full-trace summary').click();
      await expect.poll(() => page.getByTestId('calc-trace').last().getByTestId('trace-imported').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await suite().shot('calc-lambda-imported-region');
    } finally {
      t.cleanup();
    }
  });
});
