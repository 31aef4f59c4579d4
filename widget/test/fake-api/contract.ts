// Checks every answer of the fake API against openapi.yaml while the browser tests run, so the fake cannot
// drift from the contract: a field the contract adds, renames or retypes makes the tests fail (with the
// operation and the JSON path), not only the service's own tests. The fake's answers are also typed from
// the generated types (`Answer` in scenario.ts); this catches what types cannot see: patterns, formats,
// bounds, and the data each test describes.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

interface Operation {
  operationId: string;
  'x-foyer-role'?: string;
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}

const doc = parse(readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content?: Record<string, unknown> }> };
};

// `strict: false`: the document holds OpenAPI keywords (`example`, `x-…`) that are not JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
ajv.addSchema(doc, 'openapi');

/** A JSON pointer into openapi.yaml as a URI fragment (path templates hold `{` and `}`). */
const pointer = (...segments: string[]) =>
  `openapi#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

const operations = new Map<string, { path: string; method: string; responses: Operation['responses']; ownerRole: boolean }>();
/** Each operation's path template as a regular expression, its path parameters as named groups. */
const routes: { method: string; pattern: RegExp; operationId: string }[] = [];
for (const [path, item] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!op?.operationId) continue;
    operations.set(op.operationId, { path, method, responses: op.responses, ownerRole: op['x-foyer-role'] === 'owner' });
    const pattern = new RegExp(`^${path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);
    routes.push({ method: method.toUpperCase(), pattern, operationId: op.operationId });
  }
}

/** The operation of openapi.yaml a request is for, with its path parameters; undefined for none. */
export function operationFor(method: string, path: string): { operationId: string; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const m = route.method === method ? route.pattern.exec(path) : null;
    if (m) return { operationId: route.operationId, params: { ...m.groups } };
  }
  return undefined;
}

/** Whether the contract marks the operation `x-foyer-role: owner` (a `staff` user gets 403 `owner_role_required`). */
export function ownerRoleRequired(operationId: string): boolean {
  return operations.get(operationId)?.ownerRole ?? false;
}

const validators = new Map<string, ValidateFunction>();

/** The validator of an operation's answer with this status and content type, or why there is none. */
function validator(operationId: string, status: number, contentType: string): ValidateFunction | string {
  const key = `${operationId} ${status} ${contentType}`;
  const cached = validators.get(key);
  if (cached) return cached;
  const op = operations.get(operationId);
  if (!op) return `${operationId} is not an operation of openapi.yaml`;
  const code = String(status) in op.responses ? String(status) : 'default';
  const response = op.responses[code];
  if (!response) return `${operationId} documents no ${status} answer`;
  let schema: string;
  if (response.$ref) {
    const name = response.$ref.replace('#/components/responses/', '');
    if (!doc.components.responses[name]?.content?.[contentType]) return `${operationId} ${status} has no ${contentType} body`;
    schema = pointer('components', 'responses', name, 'content', contentType, 'schema');
  } else {
    if (!response.content?.[contentType]) return `${operationId} ${status} has no ${contentType} body`;
    schema = pointer('paths', op.path, op.method, 'responses', code, 'content', contentType, 'schema');
  }
  const validate = ajv.compile({ $ref: schema });
  validators.set(key, validate);
  return validate;
}

/** What is wrong with an answer, one line each; empty when it keeps to the contract. */
export function checkAnswer(operationId: string, status: number, contentType: string, body: unknown): string[] {
  const validate = validator(operationId, status, contentType);
  if (typeof validate === 'string') return [validate];
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${operationId} ${status}: ${e.instancePath || '(body)'} ${e.message ?? e.keyword}`);
}

/** Whether the contract documents an answer without a body (e.g. 204) for this operation and status. */
export function checkEmptyAnswer(operationId: string, status: number): string[] {
  const op = operations.get(operationId);
  const response = op?.responses[String(status)];
  if (!op) return [`${operationId} is not an operation of openapi.yaml`];
  if (!response) return [`${operationId} documents no ${status} answer`];
  return response.content && !BODY_MAY_BE_EMPTY.has(`${operationId} ${status}`) ? [`${operationId} ${status} must have a body`] : [];
}

// Answers whose documented body is there only sometimes (OpenAPI cannot say so): a tus creation answers with the
// file only when it carried every byte, and is empty otherwise.
const BODY_MAY_BE_EMPTY = new Set(['createUpload 201']);
