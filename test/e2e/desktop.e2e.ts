/**
 * What the desktop shell adds to the renderer, checked in Chromium: files and folders dropped onto the
 * window are imported; the System theme follows the OS live; About lists the runtime versions.
 */
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const suite = e2eSuite();
/** Polls for up to 20 s: on a loaded 2-core machine a fresh app can take seconds to compute. */
const poll = <T>(fn: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> => expect.poll(fn, { timeout: 20_000 });

describe('desktop integration (web mode, Chromium)', () => {
  it('imports note files dropped anywhere on the window, with the usual summary', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    // A drop as the OS delivers it: a DataTransfer carrying files.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['# Lambda\n\n- Q: Max timeout? A: 15 minutes\n'], 'lambda.md', { type: 'text/markdown' }));
      dt.items.add(new File(['# SQS\n\nQ: Max message size?\nA: 1 MiB\n'], 'sqs.txt', { type: 'text/plain' }));
      dt.items.add(new File(['binary'], 'photo.png', { type: 'image/png' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByTestId('drop-overlay').waitFor();
    await suite().shot('desktop-drop-overlay');
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['# Lambda\n\n- Q: Max timeout? A: 15 minutes\n'], 'lambda.md', { type: 'text/markdown' }));
      dt.items.add(new File(['# SQS\n\nQ: Max message size?\nA: 1 MiB\n'], 'sqs.txt', { type: 'text/plain' }));
      dt.items.add(new File(['binary'], 'photo.png', { type: 'image/png' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await poll(() => page.url()).toContain('#/notes');
    const summary = page.getByTestId('notes-import-summary');
    await summary.waitFor();
    await poll(async () => (await summary.locator('tbody tr').allTextContents()).length).toBe(2);
    const rows = await summary.locator('tbody tr td:first-child').allTextContents();
    expect(rows.sort()).toEqual(['lambda.md', 'sqs.txt']);
    expect(await page.getByTestId('drop-overlay').count()).toBe(0);
    await suite().shot('desktop-drop-imported');
  });

  it('the System theme follows the OS setting live', async () => {
    const { page } = suite();
    await page.getByTestId('theme-select').selectOption('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('About lists the runtime and SQLite versions next to the knowledge base', async () => {
    const { page } = suite();
    await page.getByTestId('nav-about').click();
    const v = page.getByTestId('about-versions');
    await v.waitFor();
    expect(await v.textContent()).toMatch(/Node \d+\.\d+\.\d+ · SQLite 3\.\d+\.\d+/);
    await suite().shot('desktop-about');
  });
});
