import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `@foyer/source` resolves workspace packages (@foyer/sdk) to their TypeScript sources, so tests run
// without a prior build; published consumers get `dist/` (see sdk/package.json "exports").
const sourceCondition = '@foyer/source';

// Two groups: everything in-process first (two files at a time), then the tests that start the service
// or the CLI as real processes and time them (`npm start` must be ready within 10 s), one at a time so
// they do not compete for the machine's two cores. The end-to-end tests (examples run against a started
// service, a browser against the service) run in that second group too.
const PROCESS_TESTS = ['service/test/server.test.ts', 'examples/**/*.test.ts'];

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
