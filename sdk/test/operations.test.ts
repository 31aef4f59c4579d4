// Fails when an operation of openapi.yaml has no SDK method, when sdk/src/operations.ts disagrees with
// the contract (its method and path, or which client class's table has it: `x-foyer-credentials`), or when a
// resource method does not call the operation it claims to. Which method calls each
// operation lives here (SDK_METHODS), not in the bundles: a request needs only the method and path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ClientFoyer, Foyer, PublicFoyer } from '../src/index.ts';
import { CLIENT_OPERATIONS, OWNER_OPERATIONS } from '../src/operations.ts';
import { PUBLIC_OPERATIONS } from '../src/public-operations.ts';
import type { OperationId } from '../src/types.ts';
import { fakeFetch, json } from './support/fake-fetch.ts';

interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  hasBody: boolean;
  /** `x-foyer-credentials`: who may call it (`owner`, `user`, `client`; none: no credentials needed). */
  credentials: string[];
}

type Spec = {
  paths: Record<string, Record<string, unknown>>;
};

const HTTP_METHODS = ['get', 'head', 'put', 'post', 'patch', 'delete', 'options'];
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Spec;
const contract: ContractOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => {
    const operation = item[method] as { operationId: string; requestBody?: unknown; 'x-foyer-credentials': string[] };
    return {
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      hasBody: operation.requestBody !== undefined,
      credentials: operation['x-foyer-credentials'],
    };
  }),
);
type Callable<T> = { [M in keyof T]: T[M] extends (...args: never[]) => unknown ? M : never }[keyof T];
/** `group.method` for every method of every resource group on {@link Foyer}, e.g. `portals.create`. */
type SdkMethod = { [G in Extract<keyof Foyer, string>]: `${G}.${Extract<Callable<Foyer[G]>, string>}` }[Extract<keyof Foyer, string>];

/**
 * The SDK method that calls each operation — or methods, when one operation has several front doors
 * (`confirmVerification` is `confirmCode`, `confirmToken` and `confirmAccessLink`). `npm run typecheck` fails
 * here, naming it, when an operation has no line or a line names no method of Foyer.
 */
const SDK_METHODS = {
  getHealth: 'system.health',
  getReadiness: 'system.ready',
  getWorkspace: 'workspace.get',
  updateWorkspace: 'workspace.update',
  listPortals: 'portals.list',
  createPortal: 'portals.create',
  getPortal: 'portals.get',
  updatePortal: 'portals.update',
  deletePortal: 'portals.delete',
  downloadPortalArchive: 'portals.downloadArchive',
  createPortalExport: 'exports.createForPortal',
  createWorkspaceExport: 'exports.createForWorkspace',
  listExports: 'exports.list',
  getExport: 'exports.get',
  downloadExport: 'exports.download',
  getPublicPortal: 'portals.getPublic',
  rotateAccessLink: 'portals.rotateAccessLink',
  startVerification: 'verifications.start',
  confirmVerification: [
    'verifications.confirmCode',
    'verifications.confirmToken',
    'verifications.confirmAccessLink',
    'verifications.confirmEmbedCode',
  ],
  createEmbedSession: 'portals.createEmbedSession',
  createSignInLink: 'signInLinks.create',
  listMembers: 'members.list',
  addMember: 'members.add',
  updateMember: 'members.update',
  revokeMember: 'members.revoke',
  listSessions: 'sessions.list',
  revokeSession: 'sessions.revoke',
  getMe: 'me.get',
  signOut: 'me.signOut',
  listFiles: 'files.list',
  uploadFile: 'files.upload',
  getUploadCapabilities: 'uploads.capabilities',
  createUpload: ['uploads.create', 'files.uploadResumable'],
  getUploadOffset: 'uploads.offset',
  appendToUpload: 'uploads.append',
  deleteUpload: 'uploads.delete',
  getFile: 'files.get',
  updateFile: 'files.update',
  deleteFile: 'files.delete',
  listFileVersions: 'versions.list',
  uploadFileVersion: 'versions.upload',
  headFileContent: 'files.head',
  downloadFile: 'files.download',
  listFilePreviews: 'files.previews',
  getFilePreview: 'files.previewImage',
  listComments: 'comments.list',
  createComment: 'comments.create',
  updateComment: 'comments.update',
  deleteComment: 'comments.delete',
  listApprovalRequests: 'approvals.list',
  createApprovalRequest: 'approvals.request',
  getApprovalRequest: 'approvals.get',
  cancelApprovalRequest: 'approvals.cancel',
  decideApprovalRequest: 'approvals.decide',
  getApprovalRecord: 'approvals.record',
  getApprovalReceipt: ['approvals.receipt', 'approvals.receiptPage'],
  rotateReceiptKey: 'workspace.rotateReceiptKey',
  listReceiptKeys: 'system.receiptKeys',
  listPortalEvents: 'events.listPortal',
  listEvents: 'events.list',
  updateMe: 'me.update',
  listWebhookEndpoints: 'webhookEndpoints.list',
  createWebhookEndpoint: 'webhookEndpoints.create',
  deleteWebhookEndpoint: 'webhookEndpoints.delete',
  listWebhookDeliveries: 'webhookEndpoints.listDeliveries',
  startUserSignIn: 'auth.startSignIn',
  confirmUserSignIn: ['auth.confirmCode', 'auth.confirmToken', 'auth.chooseWorkspace'],
  listUserSessions: 'auth.listSessions',
  revokeUserSession: 'auth.revokeSession',
  signOutUser: 'auth.signOut',
  listUsers: 'users.list',
  inviteUser: 'users.invite',
  updateUser: 'users.update',
  removeUser: 'users.remove',
  listApiKeys: 'apiKeys.list',
  createApiKey: 'apiKeys.create',
  revokeApiKey: 'apiKeys.revoke',
  getDashboard: 'dashboard.get',
  markPortalSeen: 'portals.markSeen',
  resendWebhookDelivery: 'webhookEndpoints.resendDelivery',
  getWidgetBuild: 'widget.build',
  listPortalRequests: 'requests.list',
  createRequest: 'requests.create',
  listRequests: 'requests.listAll',
  getRequest: 'requests.get',
  updateRequest: 'requests.update',
  deleteRequest: 'requests.delete',
  updateRequestItem: 'requestItems.update',
  listRequestTemplates: 'requestTemplates.list',
  createRequestTemplate: 'requestTemplates.create',
  getRequestTemplate: 'requestTemplates.get',
  updateRequestTemplate: 'requestTemplates.update',
  deleteRequestTemplate: 'requestTemplates.delete',
  applyRequestTemplate: 'requestTemplates.apply',
} as const satisfies { [K in OperationId]: SdkMethod | readonly [SdkMethod, ...SdkMethod[]] };

const table: Record<string, { method: string; path: string } | undefined> = Object.fromEntries(
  Object.entries({ ...PUBLIC_OPERATIONS, ...CLIENT_OPERATIONS, ...OWNER_OPERATIONS } as Record<string, string>).map(([id, entry]) => {
    const [method, path] = entry.split(' ') as [string, string];
    return [id, { method, path }];
  }),
);
const sdkMethods = (id: string): readonly string[] => {
  const entry = (SDK_METHODS as Record<string, string | readonly string[] | undefined>)[id] ?? [];
  return typeof entry === 'string' ? [entry] : entry;
};

/**
 * SDK methods whose arguments do not follow the convention (path parameters, then the body or the
 * query, then options) — e.g. file uploads. `group.method` → how to call it with placeholder arguments,
 * and the JSON body it should send (`undefined`: not JSON, as for a multipart upload).
 */
interface CustomCall {
  call: (method: (...args: unknown[]) => unknown, pathArgs: string[]) => unknown;
  body: unknown;
}
const customCalls: Record<string, CustomCall> = {
  'files.upload': { call: (m, [portalId]) => m(portalId, new Uint8Array([1, 2, 3]), {}), body: undefined },
  'versions.upload': { call: (m, [fileId]) => m(fileId, new Blob(['abc']), {}), body: undefined },
  // Creates the upload (the fake's answer has no Location, so it stops there: no PATCH follows).
  'files.uploadResumable': {
    call: (m) => (m('prt_1', new Uint8Array([1, 2, 3]), { retryDelays: [] }) as Promise<unknown>).catch(() => {}),
    body: undefined,
  },
  'uploads.create': { call: (m) => m(3, 'portal_id cHJ0', {}), body: undefined },
  'uploads.append': { call: (m, [uploadId]) => m(uploadId, 0, new Blob(['abc']), {}), body: undefined },
  'verifications.start': { call: (m, [portalId]) => m(portalId, 'dana@example.com', {}), body: { email: 'dana@example.com' } },
  'verifications.confirmCode': {
    call: (m, [portalId]) => m(portalId, 'dana@example.com', '492817', {}),
    body: { email: 'dana@example.com', code: '492817' },
  },
  'verifications.confirmToken': { call: (m, [portalId]) => m(portalId, 'tok', {}), body: { token: 'tok' } },
  'verifications.confirmAccessLink': {
    call: (m, [portalId]) => m(portalId, 'key', { name: 'Dana', email: 'dana@example.com' }, {}),
    body: { link_key: 'key', name: 'Dana', email: 'dana@example.com' },
  },
  'verifications.confirmEmbedCode': { call: (m, [portalId]) => m(portalId, 'embed', {}), body: { embed_code: 'embed' } },
  'auth.startSignIn': { call: (m) => m('owner@acme.example', {}), body: { email: 'owner@acme.example' } },
  'auth.confirmCode': {
    call: (m) => m('owner@acme.example', '492817', undefined, {}),
    body: { email: 'owner@acme.example', code: '492817' },
  },
  'auth.confirmToken': { call: (m) => m('tok', undefined, {}), body: { token: 'tok' } },
  'auth.chooseWorkspace': { call: (m) => m('choice', 'wsp_1', undefined, {}), body: { choice_token: 'choice', workspace_id: 'wsp_1' } },
};
const sdkCalls = contract.flatMap((op) => {
  const methods = sdkMethods(op.operationId);
  return (methods.length ? methods : ['(none)']).map((sdk) => ({ ...op, sdk }));
});

const custom = (op: { sdk: string }): CustomCall | undefined => customCalls[op.sdk];
const answer = () => json(200, { data: [], has_more: false, next_cursor: null, session_token: 'cs_a.b', expires_at: '', member: {} });
const hasMethod = (foyer: object, sdk: string): boolean => {
  const [group, name] = sdk.split('.') as [string, string];
  return typeof (foyer as Record<string, Record<string, unknown> | undefined>)[group]?.[name] === 'function';
};

/** The methods of a resource group, its base classes' included (`PortalsResource` extends `ClientPortalsResource`, …). */
function methodsOf(group: object): string[] {
  const names: string[] = [];
  for (
    let proto: object = Object.getPrototypeOf(group) as object;
    proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object
  ) {
    names.push(...Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor'));
  }
  return names;
}

/** Calls `op` through its SDK method `op.sdk` of `foyer`, with placeholder arguments; settles with the call. */
async function callThrough(foyer: object, op: ContractOperation & { sdk: string }): Promise<void> {
  expect(hasMethod(foyer, op.sdk), `foyer.${op.sdk} is not a method`).toBe(true);
  const [group, name] = op.sdk.split('.') as [string, string];
  const resource = (foyer as Record<string, Record<string, (...args: unknown[]) => unknown>>)[group]!;
  const bound = resource[name]!.bind(resource);
  const pathArgs = op.pathParams.map((param) => `${param}_value`);
  const result = custom(op) ? custom(op)!.call(bound, pathArgs) : bound(...pathArgs, {});
  // List methods return a lazy Paginator: ask it for one page.
  const page = (result as { page?: () => Promise<unknown> }).page;
  await (page ? page.call(result) : result);
}

describe('SDK coverage of openapi.yaml', () => {
  it('reads some operations from the contract', () => {
    expect(contract.length).toBeGreaterThan(0);
  });

  it('has an entry in sdk/src/operations.ts for every operation', () => {
    const missing = contract.map((op) => op.operationId).filter((id) => table[id] === undefined);
    expect(missing, `operations without an entry: ${missing.join(', ')}`).toEqual([]);
    const unnamed = contract.map((op) => op.operationId).filter((id) => !sdkMethods(id).length);
    expect(unnamed, `operations without an SDK method in SDK_METHODS: ${unnamed.join(', ')}`).toEqual([]);
  });

  it('lists no operation the contract does not have', () => {
    const ids = new Set(contract.map((op) => op.operationId));
    expect(Object.keys(table).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(SDK_METHODS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(sdkCalls)('calls $operationId ($method $path) through $sdk', async (op) => {
    const entry = table[op.operationId];
    expect(entry, `${op.operationId} has no entry in sdk/src/operations.ts`).toBeDefined();
    expect({ method: entry!.method, path: entry!.path }).toEqual({ method: op.method, path: op.path });

    const { fetch, calls } = fakeFetch(answer);
    await callThrough(new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch }), op);

    expect(calls).toHaveLength(1);
    const expectedPath = op.path.replace(/\{(\w+)\}/g, (_, param: string) => `${param}_value`);
    expect({ method: calls[0]!.method, path: calls[0]!.url.pathname }).toEqual({ method: op.method, path: expectedPath });
    if (op.hasBody) expect(calls[0]!.body).toEqual(custom(op) ? custom(op)!.body : {});
  });

  it('puts each operation in the table of the smallest client class with a method for it that its callers may use', () => {
    // A sign-in screen's PublicFoyer and a client's ClientFoyer carry only what a client session (or no
    // credential) may call through their groups; Foyer adds the rest. x-foyer-credentials says who may call.
    const clientMay = (op: ContractOperation) => op.credentials.length === 0 || op.credentials.includes('client');
    const classes = [new PublicFoyer({ baseUrl: 'https://api.test' }), new ClientFoyer({ baseUrl: 'https://api.test' })];
    const expected: [string[], string[], string[]] = [[], [], []];
    for (const op of contract) {
      const tier = clientMay(op) ? classes.findIndex((foyer) => sdkMethods(op.operationId).some((sdk) => hasMethod(foyer, sdk))) : -1;
      expected.at(tier)!.push(op.operationId);
    }
    expect(Object.keys(PUBLIC_OPERATIONS).sort(), 'PUBLIC_OPERATIONS').toEqual(expected[0].sort());
    expect(Object.keys(CLIENT_OPERATIONS).sort(), 'CLIENT_OPERATIONS').toEqual(expected[1].sort());
    expect(Object.keys(OWNER_OPERATIONS).sort(), 'OWNER_OPERATIONS').toEqual(expected[2].sort());
  });

  // ClientFoyer's groups have a client's methods only (the owner's are Foyer's): each calls what a client may.
  const clientCalls = sdkCalls.filter((op) => hasMethod(new ClientFoyer({ baseUrl: 'https://api.test' }), op.sdk));
  it.each(clientCalls)('on a ClientFoyer, calls $operationId through $sdk, which a client session may call', async (op) => {
    expect(op.credentials.length === 0 || op.credentials.includes('client'), `x-foyer-credentials: ${op.credentials.join(', ')}`).toBe(
      true,
    );
    const { fetch, calls } = fakeFetch(answer);
    await callThrough(new ClientFoyer({ baseUrl: 'https://api.test', sessionToken: 'cs_a.b', fetch }), op);
    expect(calls.map((c) => `${c.method} ${c.headers.get('authorization')}`)).toEqual([`${op.method} Bearer cs_a.b`]);
  });

  it('maps every public method of every resource group to an operation', () => {
    const foyer = new Foyer({ baseUrl: 'https://api.test' }) as unknown as Record<string, object>;
    const declared = new Set<string>(Object.keys(SDK_METHODS).flatMap(sdkMethods));
    const methods = Object.keys(foyer).flatMap((group) => methodsOf(foyer[group]!).map((name) => `${group}.${name}`));
    expect(methods.length).toBeGreaterThan(0);
    expect(methods.filter((m) => !declared.has(m))).toEqual([]);
  });
});
