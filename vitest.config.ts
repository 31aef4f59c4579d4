import { defineConfig } from 'vitest/config';

// Two groups: everything in-process first (two files at a time), then the tests that start the service
// or the CLI as real processes and time them (`npm start` must be ready within 10 s), one at a time so
// they do not compete for the machine's two cores.
const PROCESS_TESTS = ['service/test/server.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['service/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['service/**/*.test.ts', 'sdk/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', ...PROCESS_TESTS],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: PROCESS_TESTS,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
