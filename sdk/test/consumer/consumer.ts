// Type test: compiled with `tsc --noEmit` against the built package. Every `@ts-expect-error` line must
// be an error, so a typo in a field name, a wrong argument or a missing credential check stays caught.
import {
  Foyer,
  FoyerError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  verifyWebhook,
  type Portal,
  type RequestBody,
  type Workspace,
} from '@foyer/sdk';
import { Foyer as NodeFoyer } from '@foyer/sdk/node';

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

  const event = await Foyer.webhooks.verify<{ type: string }>('{}', new Headers(), 'whsec_c2VjcmV0');
  const same: { type: string } = await verifyWebhook('{}', { 'webhook-id': 'msg_1' }, 'whsec_c2VjcmV0');
  console.log(event.type, same.type);
}
