// Type test: compiled with `tsc --noEmit` against the built package. Every `@ts-expect-error` line must
// be an error, so a typo in a field name, a wrong argument or a missing credential check stays caught.
import {
  Foyer,
  FoyerError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  verifyWebhook,
  type Download,
  type File as FoyerFile,
  type Member,
  type Portal,
  type RequestBody,
  type SessionCreated,
  type UploadProgress,
  type Workspace,
} from '@foyer/sdk';
import { Foyer as NodeFoyer } from '@foyer/sdk/node';
import { createFoyerClient } from '@foyer/sdk/openapi-fetch';

const foyer = new Foyer({ baseUrl: 'https://portal.example.com', apiKey: 'sk_test', maxRetries: 3, timeout: 5_000 });
new Foyer({ baseUrl: 'https://portal.example.com', sessionToken: 'cs_a.b' });
new NodeFoyer({ baseUrl: 'https://portal.example.com' });
// Values read from the environment may be undefined.
const fromEnv: string | undefined = undefined as string | undefined;
new Foyer({ baseUrl: 'https://portal.example.com', apiKey: fromEnv, timeout: undefined });
// @ts-expect-error one credential at a time
new Foyer({ baseUrl: 'https://portal.example.com', apiKey: 'sk_test', sessionToken: 'cs_a.b' });
// @ts-expect-error baseUrl is required
new Foyer({ apiKey: 'sk_test' });
// The console: the session is a cookie; no token may go beside it.
const consoleClient = new Foyer({ baseUrl: 'https://portal.example.com', consoleSession: true });
// @ts-expect-error the console has no token
new Foyer({ baseUrl: 'https://portal.example.com', consoleSession: true, apiKey: 'sk_test' });
export async function consoleSignIn(): Promise<string> {
  const answer = await consoleClient.auth.confirmCode('owner@acme.example', '492817');
  // @ts-expect-error the answer may be a workspace choice: narrow it first
  void answer.user;
  if ('workspace_choice' in answer) return answer.workspace_choice.choice_token;
  const page = await consoleClient.dashboard.get({ filter: 'waiting_on_us' }).page();
  // @ts-expect-error filter is a portal state
  consoleClient.dashboard.get({ filter: 'waiting' });
  return `${answer.user.role} ${page.counts.waiting_on_us} ${page.data[0]?.waiting.new_uploads}`;
}

export async function tour(): Promise<void> {
  const portal: Portal = await foyer.portals.create({ name: '2026 tax return', client_name: 'Dana', access_mode: 'link' });
  const id: string = portal.id;
  const url: string = portal.url;
  // @ts-expect-error wire fields stay snake_case: there is no clientName
  console.log(portal.clientName, url);

  // @ts-expect-error a wrong field name in a request body
  await foyer.portals.create({ name: 'x', client_nmae: 'Dana' });
  // @ts-expect-error name is required
  await foyer.portals.create({ client_name: 'Dana' });
  // @ts-expect-error access_mode is an enum
  await foyer.portals.update(id, { access_mode: 'public' });
  await foyer.portals.update(id, { status: 'archived' }, { maxRetries: 0, signal: AbortSignal.timeout(1000) });
  await foyer.portals.create({ name: 'x' }, { idempotencyKey: 'crm-client-42', signal: undefined });
  // @ts-expect-error a per-call option that does not exist
  await foyer.portals.get(id, { retries: 3 });

  const deleted: void = await foyer.portals.delete(id);
  console.log(deleted);

  for await (const p of foyer.portals.list({ status: 'active', limit: 50 })) {
    const name: string = p.name;
    console.log(name);
  }
  // @ts-expect-error status is an enum
  foyer.portals.list({ status: 'deleted' });
  const page = await foyer.portals.list().page();
  const cursor: string | null = page.next_cursor;
  const more: boolean = page.has_more;
  const first: Portal[] = await foyer.portals.list().toArray({ limit: 10 });
  console.log(cursor, more, first);

  const { data, response, requestId } = await foyer.portals.create({ name: 'y' }).withResponse();
  console.log(data.id, response.headers.get('idempotent-replayed'), requestId?.length);

  const workspace: Workspace = await foyer.workspace.update({ branding: { accent_color: '#0f766e' } });
  // @ts-expect-error allowed_origins is a list
  await foyer.workspace.update({ allowed_origins: 'https://acme.example' });
  console.log(workspace.allowed_origins, (await foyer.system.health()).status);

  const body: RequestBody<'createPortal'> = { name: 'typed' };
  console.log(body);

  try {
    await foyer.portals.get('prt_missing');
  } catch (error) {
    if (error instanceof NotFoundError) console.log(error.status, error.code, error.requestId);
    if (error instanceof ValidationError) console.log(error.details.map((d) => d.path));
    if (error instanceof RateLimitError) console.log(error.retryAfter);
    if (error instanceof FoyerError && error.code === 'idempotency_key_reused') console.log(error.message);
  }

  const event = await verifyWebhook<{ type: string }>('{}', new Headers(), 'whsec_c2VjcmV0');
  const same: { type: string } = await verifyWebhook('{}', { 'webhook-id': 'msg_1' }, 'whsec_c2VjcmV0');
  console.log(event.type, same.type);

  // Files: uploads take Blobs, bytes and web streams; paths only from the Node entry.
  const portalId = portal.id;
  const uploaded: FoyerFile = await foyer.files.upload(portalId, new Blob(['x']), {
    name: 'x.txt',
    onProgress: (p: UploadProgress) => console.log(p.loaded, p.total),
    signal: undefined,
  });
  await foyer.files.upload(portalId, new Uint8Array(3));
  await foyer.files.upload(portalId, new Blob(['x']).stream(), { size: 1 });
  // @ts-expect-error a file path needs @foyer/sdk/node
  await foyer.files.upload(portalId, './return.pdf');
  // @ts-expect-error onProgress receives { loaded, total }
  await foyer.files.upload(portalId, new Uint8Array(1), { onProgress: (p: number) => p });
  const node = new NodeFoyer({ baseUrl: 'https://portal.example.com', apiKey: 'sk_test' });
  await node.files.upload(portalId, './return.pdf');
  await node.versions.upload(uploaded.id, './v2.pdf', { name: 'v2.pdf' });
  const sha: string = uploaded.current_version.sha256;
  // @ts-expect-error wire fields stay snake_case
  console.log(uploaded.currentVersion, sha);

  const download: Download = await foyer.files.download(uploaded.id, { version: 1, range: { start: 0, end: 99 } });
  const stream: ReadableStream<Uint8Array> = download.stream;
  const filename: string | undefined = download.filename;
  console.log(stream, filename, download.range?.total, (await foyer.files.head(uploaded.id)).sha256);
  // @ts-expect-error version is a number
  await foyer.files.download(uploaded.id, { version: 'latest' });
  for await (const version of foyer.versions.list(uploaded.id)) console.log(version.version, version.size);

  // Client access: confirmations resolve to the session and a client that uses it.
  await foyer.verifications.start(portalId, 'dana@example.com');
  const { session, client } = await foyer.verifications.confirmCode(portalId, 'dana@example.com', '492817');
  const created: SessionCreated = session;
  const member: Member = created.member;
  const signedIn: Foyer = client;
  console.log(member.email, (await signedIn.me.get()).kind);
  const nodeClient: NodeFoyer = (await node.verifications.confirmToken(portalId, 'token')).client;
  await nodeClient.files.upload(portalId, './from-node-client.pdf');
  // @ts-expect-error the visitor of a link-mode portal gives a name and an email
  await foyer.verifications.confirmAccessLink(portalId, 'key', { name: 'Sam' });
  await foyer.members.add(portalId, { email: 'dana@example.com', send_invite: true });
  // @ts-expect-error a sign-in link is for a member_id
  await foyer.signInLinks.create(portalId, { email: 'dana@example.com' });

  const low = createFoyerClient({ baseUrl: 'https://portal.example.com', apiKey: 'sk_test' });
  const raw = await low.GET('/v1/files/{file_id}', { params: { path: { file_id: uploaded.id } } });
  console.log(raw.data?.name);
}
