import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OPENAPI_PATH } from '../../src/lib/paths.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document is free-form JSON
type Json = any;

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  secured: boolean;
  parameters: Json[];
  requestSchema: Json | undefined;
  /** Takes a streamed `multipart/form-data` upload. */
  multipart: boolean;
  /** `x-foyer-credentials`: which kinds of caller may use it (empty: no credentials needed). */
  credentials: string[];
  /** The JSON request body's example in the contract, when it has one. */
  requestExample: unknown;
}

export const spec: Json = parse(readFileSync(OPENAPI_PATH, 'utf8'));

/** Follows `$ref`s inside openapi.yaml. */
export function resolve(node: Json): Json {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce((acc: Json, key) => acc?.[key], spec);
  }
  return current;
}

/** Every operation in the contract, so tests cover a new operation without being edited. */
export function operations(): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const security = op.security ?? spec.security ?? [];
      result.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        secured: security.length > 0 && !security.some((s: Json) => Object.keys(s).length === 0),
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve),
        requestSchema: resolve(op.requestBody?.content?.['application/json']?.schema),
        multipart: op.requestBody?.content?.['multipart/form-data'] !== undefined,
        credentials: op['x-foyer-credentials'] ?? [],
        requestExample: (() => {
          const media = op.requestBody?.content?.['application/json'];
          if (!media) return undefined;
          if (media.example !== undefined) return media.example;
          const first = Object.values<Json>(media.examples ?? {})[0];
          return first?.value;
        })(),
      });
    }
  }
  return result;
}

/** A syntactically valid example for a path parameter, built from its schema's pattern prefix. */
export function exampleId(parameter: Json): string {
  const schema = resolve(parameter.schema);
  const prefix = /^\^([a-z]+_)/.exec(schema?.pattern ?? '')?.[1] ?? '';
  return `${prefix}${'0'.repeat(32)}`;
}

/** A value of the wrong JSON type for `schema`. */
export function wrongValue(schema: Json): unknown {
  const s = resolve(schema);
  const types: string[] = Array.isArray(s?.type) ? s.type : s?.type ? [s.type] : [];
  if (s?.enum) return '__not_in_enum__';
  if (types.includes('string')) return 12345;
  if (types.includes('integer') || types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'yes';
  if (types.includes('array')) return 'not-an-array';
  if (types.includes('object')) return 42;
  return { unexpected: true };
}

/** A minimal valid value for `schema` (for bodies that need their required fields). */
export function validValue(schema: Json): unknown {
  const s = resolve(schema);
  if (s?.enum) return s.enum[0];
  const type = Array.isArray(s?.type) ? s.type.find((t: string) => t !== 'null') : s?.type;
  switch (type) {
    case 'string':
      if (s.format === 'email') return 'someone@example.com';
      if (s.format === 'uri') return 'https://example.com/';
      if (s.pattern) return exampleForPattern(s.pattern);
      return 'value';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      // With `oneOf` branches, satisfy the first one.
      const required: string[] = [...(s.required ?? []), ...(s.oneOf?.[0]?.required ?? [])];
      for (const key of required) out[key] = validValue(s.properties[key]);
      // Fill optional properties until minProperties holds (e.g. a PATCH needs one field).
      for (const key of Object.keys(s.properties ?? {})) {
        if (Object.keys(out).length >= (s.minProperties ?? 0)) break;
        if (!(key in out)) out[key] = validValue(s.properties[key]);
      }
      return out;
    }
    default:
      return null;
  }
}

/** A value matching one of the contract's id or code patterns. */
function exampleForPattern(pattern: string): string {
  const id = /^\^([a-z]+_)\[0-9a-z\]\{32\}\$$/.exec(pattern);
  if (id) return `${id[1]}${'0'.repeat(32)}`;
  if (pattern === '^[0-9]{6}$') return '123456';
  const b64 = /^\^\[A-Za-z0-9_-\]\{(\d+)(,\d+)?\}\$$/.exec(pattern);
  if (b64) return 'A'.repeat(Number(b64[1]));
  return 'value';
}
