import { join } from 'node:path';
import { startE2e } from './harness.ts';
import { ec2Frankfurt, offerCsv, writeText } from '../main/prices/fixtures.ts';
const app = await startE2e();
const { page, origin } = app;
const out = '/work/wt/h13prices-shots';
try {
  await page.goto(`${origin}/#/prices/eu-central-1`);
  await page.getByTestId('prices-table').waitFor();
  await page.screenshot({ path: join(out, 'prices-top-bundled.png') });
  await page.getByTestId('prices-file-input').setInputFiles(writeText(join(app.dataDir, '..', 'AmazonEC2-eu-central-1.csv'), offerCsv(ec2Frankfurt())));
  await page.locator('[data-testid=prices-import-result][data-state=done]').waitFor();
  await page.screenshot({ path: join(out, 'prices-top-imported.png') });
  await page.getByTestId('prices-filter').selectOption('imported');
  await page.screenshot({ path: join(out, 'prices-filter-imported.png') });
  await page.getByTestId('prices-filter').selectOption('stand-in');
  await page.screenshot({ path: join(out, 'prices-filter-standin.png') });
  await page.getByTestId('prices-imports').scrollIntoViewIfNeeded();
  await page.getByTestId('prices-ec2').locator('summary').click();
  await page.getByTestId('prices-imports').screenshot({ path: join(out, 'prices-imports-section.png') });
  await page.getByTestId('prices-ec2').screenshot({ path: join(out, 'prices-ec2-section.png') });
} finally {
  await app.close();
}
