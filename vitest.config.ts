import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `@foyer/source` resolves workspace packages (@foyer/sdk) to their TypeScript sources, so tests run
// without a prior build; published consumers get `dist/` (see sdk/package.json "exports").
const sourceCondition = '@foyer/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    include: ['service/**/*.test.ts', 'sdk/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['service/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: more workers only add contention.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
