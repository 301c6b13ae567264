import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness';

const suite = e2eSuite();

describe('search → entry → make a card (web mode, Chromium)', () => {
  it('finds DynamoDB capacity first for "RCU" and opens it with the keyboard', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-input').fill('RCU');
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    await expect.poll(() => first.textContent()).toMatch(/capacity/i);
    // The first hit is the capacity entry or, since session 8, its per-table RCU quota fact (level with it;
    // its snippet marks the abbreviation's full name, "read capacity units"); either opens the entry.
    expect(await first.locator('mark').first().textContent()).toMatch(/rcu|read/i);
    await suite().shot('search-rcu');
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('entry').waitFor();
    expect(page.url()).toContain('#/entry/dynamodb-capacity');
    const facts = page.getByTestId('entry-facts');
    await facts.waitFor();
    expect(await facts.locator('tr').count()).toBeGreaterThan(2);
    expect(await facts.textContent()).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    await suite().shot('entry-dynamodb-capacity');
  });

  it('marks each quota figure adjustable or a hard limit, linking the quotas page', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/entry/lambda`);
    await page.getByTestId('entry-facts').waitFor();
    const tags = page.getByTestId('fact-adjustable');
    await tags.first().waitFor();
    const texts = await tags.allTextContents();
    expect(texts).toContain('adjustable');
    expect(texts).toContain('hard limit');
    expect(await tags.first().getAttribute('href')).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    // The concurrency quota is raised on request; the timeout is not.
    const row = (label: RegExp) =>
      page.getByTestId('entry-facts').locator('tr', { has: page.locator('th', { hasText: label }) });
    expect(
      await row(/concurrent executions/i)
        .first()
        .getByTestId('fact-adjustable')
        .textContent(),
    ).toBe('adjustable');
    expect(
      await row(/Maximum function timeout/i)
        .first()
        .getByTestId('fact-adjustable')
        .textContent(),
    ).toBe('hard limit');
    await suite().shot('entry-lambda-quota-tags');
  });

  it('tolerates typos and bad syntax', async () => {
    const { page } = suite();
    await page.getByTestId('nav-search').click();
    const input = page.getByTestId('search-input');
    await input.fill('dynamdb ');
    await page.getByTestId('corrected-query').waitFor();
    expect(await page.getByTestId('corrected-query').textContent()).toBe('dynamodb');
    await input.fill('AND(');
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toMatch(/plain text|result/);
    await input.fill('"');
    await page.getByTestId('search-summary').waitFor();
    expect(await page.getByTestId('error-boundary').count()).toBe(0);
  });

  it('makes a flashcard from a fact and finds it in the review queue', async () => {
    const { page } = suite();
    await page.goto(`${suite().origin}/#/entry/dynamodb-capacity`);
    await page.getByTestId('entry-facts').waitFor();
    const row = page.getByTestId('entry-facts').locator('tr').first();
    const label = (await row.locator('th').textContent())!.trim();
    await row.getByTestId('qz-make-card-open').click();
    await page.getByTestId('qz-card-save').click();
    await page.getByTestId('qz-card-form').waitFor({ state: 'detached' });
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('qz-front').waitFor();
    expect(await page.getByTestId('qz-front').textContent()).toContain(label);
    await suite().shot('review-card-from-fact');
  });
});
