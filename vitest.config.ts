import { defineConfig } from 'vitest/config';

// Unit (pure shared code) and main (real SQLite in temp folders) tiers. E2E has its own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/main/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
