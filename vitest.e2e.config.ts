import { defineConfig } from 'vitest/config';

// Real browser tests: web mode on a free port, driven through Debian's Chromium with playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll's default (1 s) is shorter than a loaded CI machine needs for a job-backed answer or a
    // deferred first render; a poll that succeeds returns at once, so a long ceiling costs nothing.
    expect: { poll: { timeout: 20_000 } },
  },
});
