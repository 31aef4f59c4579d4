// ESLint flat config: typescript-eslint's type-checked rules everywhere, plus Lit and web-component rules for
// the widget. `npm run lint:code`; part of `npm run lint`, which `npm test` runs first.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'coverage/',
      '.test-output/',
      'sdk/src/generated/',
      'widget/custom-elements.json',
      'sdk/test/consumer/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bench/*.mjs', 'bench/lib/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // A leading underscore marks a binding kept on purpose: Express tells an error handler by its four
      // parameters, and `const { [field]: _omitted, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Like `only-throw-error`'s defaults: a rejection may pass on a value it did not create as it is — an abort
      // signal's `reason` (typed any; fetch rejects with it too) or a caught error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    files: ['widget/**/*.ts', 'widget/**/*.js'],
    ...lit.configs['flat/recommended'],
    ...wc.configs['flat/recommended'],
    plugins: { lit, wc },
    rules: { ...lit.configs['flat/recommended'].rules, ...wc.configs['flat/recommended'].rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The widget's fake API runs in Node: its own tsconfig (widget/tsconfig.json, the nearest one, leaves it out).
    files: ['widget/test/fake-api/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './widget/tsconfig.node.json' },
      globals: { ...globals.node },
    },
  },
  {
    // Lit calls an `@event=${this.method}` listener with the element as `this`: the one way components pass
    // methods unbound, so the rule would only report that pattern there.
    files: ['widget/src/**/*.component.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Scripts served to browsers by the service and the examples; the gallery script's page.evaluate callbacks.
    files: ['service/src/modules/pages/assets/**/*.js', 'examples/*/public/**/*.js', 'widget/scripts/gallery.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JavaScript (scripts, benches, configs) has no types to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
