// Every operation of openapi.yaml, by operationId: where it lives on the wire and which SDK method calls
// it. The SDK's resource methods name an operationId; the method and path come from here.
//
// Adding an operation to openapi.yaml? Run `npm run generate`, then add its line here (the type below
// makes `npm run typecheck` fail until you do, and checks the method and path against the contract) and
// its method in `resources/` (sdk/test/operations.test.ts fails until that method exists and calls it).
// Convention the test relies on: an SDK method takes the path parameters first, in path order, then the
// JSON body (or, without a body, the query), then the per-call options.
import type { Foyer } from './client.ts';
import type { operations, paths } from './generated/openapi.ts';
import type { OperationId } from './types.ts';

type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The `{ method, path }` pairs under which the contract declares operation `K`. */
type Location<K extends OperationId> = {
  [P in keyof paths]: {
    [M in HttpMethod]: [paths[P][M]] extends [operations[K]]
      ? [operations[K]] extends [paths[P][M]]
        ? { method: Uppercase<M>; path: P }
        : never
      : never;
  }[HttpMethod];
}[keyof paths];

type Callable<T> = { [M in keyof T]: T[M] extends (...args: never[]) => unknown ? M : never }[keyof T];
/** `group.method` for every method of every resource group on {@link Foyer}, e.g. `portals.create`. */
type SdkMethod = { [G in keyof Foyer & string]: `${G}.${Callable<Foyer[G]> & string}` }[keyof Foyer & string];

/** Where operation `K` lives and which SDK method calls it. */
export type OperationEntry<K extends OperationId> = Location<K> & { sdk: SdkMethod };

export const OPERATIONS = {
  getHealth: { method: 'GET', path: '/healthz', sdk: 'system.health' },
  getReadiness: { method: 'GET', path: '/readyz', sdk: 'system.ready' },
  getWorkspace: { method: 'GET', path: '/v1/workspace', sdk: 'workspace.get' },
  updateWorkspace: { method: 'PATCH', path: '/v1/workspace', sdk: 'workspace.update' },
  listPortals: { method: 'GET', path: '/v1/portals', sdk: 'portals.list' },
  createPortal: { method: 'POST', path: '/v1/portals', sdk: 'portals.create' },
  getPortal: { method: 'GET', path: '/v1/portals/{portal_id}', sdk: 'portals.get' },
  updatePortal: { method: 'PATCH', path: '/v1/portals/{portal_id}', sdk: 'portals.update' },
  deletePortal: { method: 'DELETE', path: '/v1/portals/{portal_id}', sdk: 'portals.delete' },
} as const satisfies { [K in OperationId]: OperationEntry<K> };
