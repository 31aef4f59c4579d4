// Fails when an operation of openapi.yaml has no SDK method, when sdk/src/operations.ts disagrees with
// the contract, or when a resource method does not call the operation it claims to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Foyer } from '../src/index.ts';
import { OPERATIONS } from '../src/operations.ts';
import { fakeFetch, json } from './support/fake-fetch.ts';

interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  hasBody: boolean;
}

type Spec = {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown } | unknown>>;
};

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Spec;
const contract: ContractOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => {
    const operation = item[method] as { operationId: string; requestBody?: unknown };
    return {
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      hasBody: operation.requestBody !== undefined,
    };
  }),
);
const table = OPERATIONS as Record<string, { method: string; path: string; sdk: string } | undefined>;

/**
 * SDK methods whose arguments do not follow the convention (path parameters, then the body or the
 * query, then options) — e.g. file uploads. operationId → how to call it with placeholder arguments.
 */
const customCalls: Record<string, (method: (...args: unknown[]) => unknown, pathArgs: string[]) => unknown> = {};

describe('SDK coverage of openapi.yaml', () => {
  it('reads some operations from the contract', () => {
    expect(contract.length).toBeGreaterThan(0);
  });

  it('has an entry in sdk/src/operations.ts for every operation', () => {
    const missing = contract.map((op) => op.operationId).filter((id) => table[id] === undefined);
    expect(missing, `operations without an SDK method: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists no operation the contract does not have', () => {
    const ids = new Set(contract.map((op) => op.operationId));
    expect(Object.keys(OPERATIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(contract)('calls $operationId ($method $path) through its SDK method', async (op) => {
    const entry = table[op.operationId];
    expect(entry, `${op.operationId} has no entry in sdk/src/operations.ts`).toBeDefined();
    expect({ method: entry!.method, path: entry!.path }).toEqual({ method: op.method, path: op.path });

    const { fetch, calls } = fakeFetch(() => json(200, { data: [], has_more: false, next_cursor: null }));
    const foyer = new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch });
    const [group, name] = entry!.sdk.split('.') as [string, string];
    const resource = (foyer as unknown as Record<string, Record<string, unknown>>)[group];
    const method = resource?.[name];
    expect(typeof method, `foyer.${entry!.sdk} is not a method`).toBe('function');

    const bound = (method as (...args: unknown[]) => unknown).bind(resource);
    const pathArgs = op.pathParams.map((param) => `${param}_value`);
    const custom = customCalls[op.operationId];
    const result = custom ? custom(bound, pathArgs) : bound(...pathArgs, {});
    // List methods return a lazy Paginator: ask it for one page.
    const page = (result as { page?: () => Promise<unknown> }).page;
    await (page ? page.call(result) : result);

    expect(calls).toHaveLength(1);
    const expectedPath = op.path.replace(/\{(\w+)\}/g, (_, param: string) => `${param}_value`);
    expect({ method: calls[0]!.method, path: calls[0]!.url.pathname }).toEqual({ method: op.method, path: expectedPath });
    if (op.hasBody) expect(calls[0]!.body).toEqual({});
  });

  it('maps every public method of every resource group to an operation', () => {
    const foyer = new Foyer({ baseUrl: 'https://api.test' }) as unknown as Record<string, object>;
    const declared = new Set<string>(Object.values(OPERATIONS).map((entry) => entry.sdk));
    const methods = Object.keys(foyer).flatMap((group) =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(foyer[group]))
        .filter((name) => name !== 'constructor')
        .map((name) => `${group}.${name}`),
    );
    expect(methods.length).toBeGreaterThan(0);
    expect(methods.filter((m) => !declared.has(m))).toEqual([]);
  });
});
