import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests, medium tests (real app through inject() on a real database)
// and browser journeys. `npm test` runs unit + medium on SQLite; `npm run test:pg` runs the
// medium project again on PostgreSQL; `npm run test:e2e` drives Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/contracts/**/*.test.ts',
            'src/web/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'medium',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/medium/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
