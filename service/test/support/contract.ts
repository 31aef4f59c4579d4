import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OPENAPI_PATH } from '../../src/lib/paths.ts';

// The parts of openapi.yaml the tests read, typed. Any node may be a `$ref` to another one: `resolve` follows it.

/** A node that may be a `$ref` to another node of the document instead. */
interface Node {
  $ref?: string;
}

/** A JSON Schema (the keywords the tests read). */
export interface SchemaNode extends Node {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  oneOf?: SchemaNode[];
  examples?: unknown[];
}

export interface ParameterNode extends Node {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaNode;
}

interface MediaTypeNode {
  schema?: SchemaNode;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** A security requirement: scheme name → scopes; `{}` means "no credentials". */
type SecurityRequirement = Record<string, string[]>;

export interface OperationNode {
  operationId: string;
  security?: SecurityRequirement[];
  parameters?: ParameterNode[];
  requestBody?: { content?: Record<string, MediaTypeNode> };
  'x-foyer-credentials'?: string[];
}

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const;

type PathItemNode = { parameters?: ParameterNode[] } & { [method in (typeof METHODS)[number]]?: OperationNode };

export interface OpenApiDocument {
  paths: Record<string, PathItemNode>;
  security?: SecurityRequirement[];
  components: { schemas: Record<string, SchemaNode> };
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  secured: boolean;
  /** Path-item and operation parameters, `$ref`s resolved. */
  parameters: ParameterNode[];
  requestSchema: SchemaNode | undefined;
  /** Takes a streamed `multipart/form-data` upload. */
  multipart: boolean;
  /** `x-foyer-credentials`: which kinds of caller may use it (empty: no credentials needed). */
  credentials: string[];
  /** The JSON request body's example in the contract, when it has one. */
  requestExample: unknown;
}

export const spec = parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;

function isReference(node: unknown): node is { $ref: string } {
  return typeof node === 'object' && node !== null && typeof (node as Node).$ref === 'string';
}

/** Follows `$ref`s inside openapi.yaml. */
export function resolve<T extends Node>(node: T): T;
export function resolve<T extends Node>(node: T | undefined): T | undefined;
export function resolve<T extends Node>(node: T | undefined): T | undefined {
  let current: unknown = node;
  while (isReference(current)) {
    const ref = current.$ref;
    current = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], spec);
    if (current === undefined) throw new Error(`openapi.yaml: $ref ${ref} points at nothing`);
  }
  return current as T | undefined;
}

/** The schema's `type` as a list (`type: [string, 'null']` or `type: string`; none: empty). */
export function schemaTypes(schema: SchemaNode | undefined): string[] {
  const type = schema?.type;
  return Array.isArray(type) ? type : type ? [type] : [];
}

/** Every operation in the contract, so tests cover a new operation without being edited. */
export function operations(): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const security = op.security ?? spec.security ?? [];
      result.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        secured: security.length > 0 && !security.some((s) => Object.keys(s).length === 0),
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(p)),
        requestSchema: resolve(op.requestBody?.content?.['application/json']?.schema),
        multipart: op.requestBody?.content?.['multipart/form-data'] !== undefined,
        credentials: op['x-foyer-credentials'] ?? [],
        requestExample: (() => {
          const media = op.requestBody?.content?.['application/json'];
          if (!media) return undefined;
          if (media.example !== undefined) return media.example;
          const first = Object.values(media.examples ?? {})[0];
          return first?.value;
        })(),
      });
    }
  }
  return result;
}

/** A syntactically valid example for a path parameter, built from its schema's pattern prefix. */
export function exampleId(parameter: ParameterNode | undefined): string {
  const schema = resolve(parameter?.schema);
  const prefix = /^\^([a-z]+_)/.exec(schema?.pattern ?? '')?.[1] ?? '';
  return `${prefix}${'0'.repeat(32)}`;
}

/** A value of the wrong JSON type for `schema`. */
export function wrongValue(schema: SchemaNode | undefined): unknown {
  const s = resolve(schema);
  const types = schemaTypes(s);
  if (s?.enum) return '__not_in_enum__';
  if (types.includes('string')) return 12345;
  if (types.includes('integer') || types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'yes';
  if (types.includes('array')) return 'not-an-array';
  if (types.includes('object')) return 42;
  return { unexpected: true };
}

/** A minimal valid value for `schema` (for bodies that need their required fields). */
export function validValue(schema: SchemaNode | undefined): unknown {
  const s = resolve(schema);
  if (!s) return null;
  if (s.enum) return s.enum[0];
  const type = schemaTypes(s).find((t) => t !== 'null');
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
      // As few items as the schema takes (e.g. a request's one item).
      return Array.from({ length: s.minItems ?? 0 }, () => validValue(s.items));
    case 'object': {
      const out: Record<string, unknown> = {};
      // With `oneOf` branches, satisfy the first one.
      const required: string[] = [...(s.required ?? []), ...(s.oneOf?.[0]?.required ?? [])];
      for (const key of required) out[key] = validValue(s.properties?.[key]);
      // Fill optional properties until minProperties holds (e.g. a PATCH needs one field).
      for (const key of Object.keys(s.properties ?? {})) {
        if (Object.keys(out).length >= (s.minProperties ?? 0)) break;
        if (!(key in out)) out[key] = validValue(s.properties?.[key]);
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
