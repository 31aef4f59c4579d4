// The operations a sign-in screen calls (`PublicFoyer`: a portal's public face, the client sign-in, the caller
// itself), in a module of their own: a client that only signs in carries these lines, not the whole table
// (operations.ts has every other operation; a spread of this one there would count as a side effect and keep
// that table in the bundle of any importer).
import type { operations, paths } from './contract.ts';
import type { OperationId } from './types.ts';

type HttpMethod = 'get' | 'head' | 'put' | 'post' | 'patch' | 'delete' | 'options';

/** `METHOD /path`, e.g. `GET /v1/portals/{portal_id}`, under which the contract declares operation `K`. */
export type OperationEntry<K extends OperationId> = {
  [P in keyof paths]: {
    [M in HttpMethod]: [paths[P][M]] extends [operations[K]]
      ? [operations[K]] extends [paths[P][M]]
        ? `${Uppercase<M>} ${P & string}`
        : never
      : never;
  }[HttpMethod];
}[keyof paths];

export const PUBLIC_OPERATIONS = {
  getPublicPortal: 'GET /v1/portals/{portal_id}/public',
  startVerification: 'POST /v1/portals/{portal_id}/verifications',
  confirmVerification: 'POST /v1/portals/{portal_id}/verifications/confirm',
  getMe: 'GET /v1/me',
  updateMe: 'PATCH /v1/me',
  signOut: 'DELETE /v1/me',
} as const satisfies { [K in OperationId]?: OperationEntry<K> };

/** The operations every client calls. */
export type PublicOperationId = keyof typeof PUBLIC_OPERATIONS;

/** @internal `METHOD /path` by operationId, for some of the operations. */
export type OperationTable = Readonly<Partial<Record<OperationId, string>>>;
