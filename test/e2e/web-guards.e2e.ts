import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2e, type E2eApp } from './harness';

let e: E2eApp;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(async () => e.close());

it('loads with no failed static request (favicon included) and shows a refused scenario name clearly', async () => {
  const { page } = e;
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !new URL(r.url()).pathname.startsWith('/api/'))
      failed.push(`${r.status()} ${r.url()}`);
  });
  await page.reload();
  await page.getByTestId('app-ready').waitFor();
  await page.goto(`${e.origin}/#/calculators`);
  // fill() would turn a lone surrogate into U+FFFD; set the DOM value as a script or a paste can.
  await page.getByTestId('calc-scenario-name').fill('x');
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid=calc-scenario-name]') as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, 'Peak \uD800');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByTestId('calc-scenario-save').click();
  await page.getByText(/name: must be valid text \(it contains a broken Unicode character\)/).waitFor();
  await e.shot('scenario-name-refused');
  expect(failed).toEqual([]);
});
