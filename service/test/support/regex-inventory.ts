import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './process.ts';

/** One regular expression the code or the contract applies, and where it is written. */
export interface RegexSite {
  /** `path:line` (or `openapi.yaml#/json/pointer`, or `format <name>`). */
  where: string;
  source: string;
  flags: string;
}

/** A RegExp built at run time: its text cannot be checked, so it must not exist unless listed with a reason. */
export interface DynamicRegexSite {
  where: string;
  /** The constructor call as written. */
  code: string;
}

/** The source trees whose code handles request bodies, headers, stored data or what the service sends. */
const SOURCE_ROOTS = ['service/src', 'sdk/src', 'widget/src'];

/** Source files (not tests, not generated types) under the roots. */
function sourceFiles(): string[] {
  const files: string[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const entry of readdirSync(join(REPO_ROOT, root), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|js|mjs)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      const path = join(entry.parentPath, entry.name);
      const rel = relative(REPO_ROOT, path);
      if (/\.test\.ts$/.test(rel) || rel.split('/').includes('generated')) continue;
      files.push(path);
    }
  }
  return files.sort();
}

/**
 * Every regular expression literal and every `RegExp` construction in the source trees, read from the
 * TypeScript syntax tree (so a regex in a string, a comment or a template is never mistaken for one, and
 * none is missed for its formatting).
 */
export function sourceRegexes(): { literals: RegexSite[]; dynamic: DynamicRegexSite[] } {
  const literals: RegexSite[] = [];
  const dynamic: DynamicRegexSite[] = [];
  for (const path of sourceFiles()) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(REPO_ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        literals.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        dynamic.push({ where: where(node), code: node.getText(file) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, dynamic };
}

/** Every `pattern` in openapi.yaml (which the request validator applies to what clients send) and every `format`. */
export function contractRegexes(): { patterns: RegexSite[]; formats: string[] } {
  const spec: unknown = parseYaml(readFileSync(join(REPO_ROOT, 'openapi.yaml'), 'utf8'));
  const patterns: RegexSite[] = [];
  const formats = new Set<string>();
  const walk = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (value && typeof value === 'object') {
      // Under `properties`, a key named "pattern" or "format" is a property's schema, not a keyword.
      const keywords = !pointer.endsWith('/properties');
      for (const [key, child] of Object.entries(value)) {
        const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (keywords && key === 'pattern' && typeof child === 'string')
          patterns.push({ where: `openapi.yaml#${at}`, source: child, flags: 'u' });
        else if (keywords && key === 'format' && typeof child === 'string') formats.add(child);
        else walk(child, at);
      }
    }
  };
  walk(spec, '');
  return { patterns, formats: [...formats].sort() };
}

/**
 * How the request validator checks a format: express-openapi-validator installs its own formats, then
 * ajv-formats in "fast" mode (its default when `validateFormats` is on). A RegExp is returned as such; a
 * function (which runs code we cannot check here) is reported as `function`; numbers' formats as `number`.
 */
export function validatorFormat(name: string): RegExp | 'function' | 'number' | undefined {
  const requireFromValidator = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
  const own = (requireFromValidator('./framework/ajv/formats') as { formats: Record<string, unknown> }).formats;
  const fast = (requireFromValidator('ajv-formats/dist/formats') as { fastFormats: Record<string, unknown> }).fastFormats;
  const definition = fast[name] ?? own[name];
  if (definition === undefined) return undefined;
  const validate =
    definition instanceof RegExp || typeof definition === 'function'
      ? definition
      : (definition as { validate: unknown; type?: string }).validate;
  if (typeof definition === 'object' && (definition as { type?: string }).type === 'number') return 'number';
  if (validate instanceof RegExp) return validate;
  return 'function';
}
