import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `@foyer/source` resolves workspace packages (@foyer/sdk) to their TypeScript sources, so tests run
// without a prior build; published consumers get `dist/` (see sdk/package.json "exports").
const sourceCondition = '@foyer/source';

// Two groups: everything in-process first (two files at a time), then the tests that start the service
// or the CLI as real processes and time them (`npm start` must be ready within 10 s), one at a time so
// they do not compete for the machine's two cores; last, the end-to-end tests (a browser against the
// service), alone, so their Chromium does not slow the timed start-up of the group before.
const PROCESS_TESTS = ['service/test/server.test.ts', 'examples/sdk-node/*.test.ts'];
const E2E_TESTS = ['examples/**/*.e2e.test.ts', 'service/test/e2e/*.e2e.test.ts'];

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  // Not vite's 'module' condition: some packages (the AWS SDK's) ship a 'module' build Node itself cannot load.
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions.filter((c) => c !== 'module')] } },
  test: {
    globalSetup: ['service/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['service/**/*.test.ts', 'sdk/**/*.test.ts', 'widget/react/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', ...PROCESS_TESTS, ...E2E_TESTS],
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
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E_TESTS,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
