import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// eslint.config.js (run on the whole tree by `npm run lint:code` in `npm test`) on deliberate violations: each
// snippet is linted as if it were the content of a real file of the tree, so the file's own tsconfig types
// it, and must be reported by exactly the rules named — and its clean twin by none.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** `rule line` for every problem ESLint reports in `code`, read as the file at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => `${m.ruleId ?? m.message} ${m.line}`);
}

describe('the lint rules', () => {
  it('refuse a floating promise and an unsafe any in the service, and pass the same code written safely', async () => {
    const file = 'service/test/support/arrivals.ts';
    const broken = ['async function later(): Promise<void> {}', 'later();', `export const parsed: string = JSON.parse('"a"');`, ''].join(
      '\n',
    );
    expect(await problems(file, broken)).toEqual([
      '@typescript-eslint/no-floating-promises 2',
      '@typescript-eslint/no-unsafe-assignment 3',
    ]);
    const fixed = [
      'async function later(): Promise<void> {}',
      'await later();',
      `export const parsed = JSON.parse('"a"') as string;`,
      '',
    ].join('\n');
    expect(await problems(file, fixed)).toEqual([]);
  }, 120_000);

  it('apply Lit’s template rules to the widget', async () => {
    const file = 'widget/src/components/code-input/code-input.component.ts';
    const component = (attributes: string) =>
      [
        `import { html, LitElement } from 'lit';`,
        'export class FoyerExample extends LitElement {',
        '  override render() {',
        `    return html\`<div ${attributes}></div>\`;`,
        '  }',
        '}',
        '',
      ].join('\n');
    expect(await problems(file, component("title=${'a'} title=${'b'}"))).toEqual(['lit/no-duplicate-template-bindings 4']);
    expect(await problems(file, component("title=${'a'}"))).toEqual([]);
  }, 120_000);

  it('type the widget tests’ expect: a chai property assertion is refused, `.equal` is no floating promise', async () => {
    // `.equal` is synchronous; @open-wc/semantic-dom-diff's types said it returned a promise until its patch
    // (patches/@open-wc+semantic-dom-diff+*.patch), which would make every `expect(…).to.equal(…)` one.
    const file = 'widget/src/components/code-input/code-input.test.ts';
    const test = (assertion: string) =>
      [`import { expect } from '../../../test/expect.ts';`, '', `it('checks', () => {`, `  ${assertion};`, '});', ''].join('\n');
    expect(await problems(file, test('expect(1 + 1).to.be.true'))).toEqual(['@typescript-eslint/no-unused-expressions 4']);
    expect(await problems(file, test('expect(1 + 1).to.equal(2)'))).toEqual([]);
    expect(await problems(file, test('expect(1 + 1).to.be.greaterThan(1)'))).toEqual([]);
  }, 120_000);
});
