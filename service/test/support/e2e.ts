// What the end-to-end tests in service/test/e2e share: screenshots at both widths, a watch for page errors and
// failed requests, a free port for a service that must listen where PUBLIC_URL says, the emailed code, and the
// data they start from (a workspace with its brand and user, a portal with members and a file), made through the SDK.
import { createServer, type AddressInfo } from 'node:net';
import { Foyer } from '@foyer/sdk';
import type { Page } from 'playwright-core';
import type { TestContext, TestWorkspace } from './context.ts';
import type { TestSmtp } from './smtp.ts';
import { PDF_BYTES } from './uploads.ts';

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 360, height: 780 };

/** `shots(page, name, ready)` saves the same screen at both widths in `dir`: `<name>-1280.png` and `<name>-360.png`. */
export function screenshots(dir: string) {
  const shot = (page: Page, name: string) => page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  return async (page: Page, name: string, ready: () => Promise<unknown>): Promise<void> => {
    await page.setViewportSize(DESKTOP);
    await ready();
    await shot(page, `${name}-1280`);
    await page.setViewportSize(PHONE);
    await ready();
    await shot(page, `${name}-360`);
    await page.setViewportSize(DESKTOP);
  };
}

/** Collects an uncaught error, a console error or an unexpected failed request of `page`: expect it empty. */
export function watch(page: Page, allowed: (status: number, path: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400 && !allowed(response.status(), pathname)) {
      problems.push(`${response.status()} ${response.request().method()} ${pathname}`);
    }
  });
  return problems;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The code in the first message to `email` received after the first `seen` messages. */
export async function codeFor(smtp: TestSmtp, email: string, seen: number): Promise<string> {
  const mail = await smtp.waitForMessage((m) => smtp.messages.indexOf(m) >= seen && m.to.includes(email) && /\b\d{6}\b/.test(m.subject));
  return /\b(\d{6})\b/.exec(mail.subject)![1]!;
}

type Branding = NonNullable<Parameters<Foyer['workspace']['update']>[0]['branding']>;
type NewUser = Parameters<Foyer['users']['invite']>[0];
type NewPortal = Parameters<Foyer['portals']['create']>[0];
type NewMember = Parameters<Foyer['members']['add']>[1];
type NewApprovalRequest = NonNullable<Parameters<Foyer['approvals']['request']>[1]>;

/** A workspace as the e2e tests set one up: its name, its brand (name shown, colour, logo) and a user who signs in to the console. */
export interface WorkspaceSeed {
  /** The workspace's name. */
  name: string;
  /** The brand its portals show (`PATCH /v1/workspace`); none set unless given. */
  branding?: Branding;
  /** A user of the workspace, added without an invitation (the test signs them in with an emailed code). */
  user?: Omit<NewUser, 'send_invite'>;
}

/** A portal with its members (invited unless `send_invite: false`) and maybe a PDF the owner put there. */
export interface PortalSeed extends NewPortal {
  members?: NewMember[];
  /** A PDF (support/uploads.ts's `PDF_BYTES`) uploaded by the workspace under this name, and an approval asked of it if `approval` is given. */
  file?: { name: string; approval?: NewApprovalRequest };
}

export interface SeededWorkspace {
  workspace: TestWorkspace;
  /** The SDK with the workspace's API key. */
  foyer: Foyer;
}

export interface SeededPortal {
  id: string;
  /** The members added, in the order given. */
  members: Array<Awaited<ReturnType<Foyer['members']['add']>>>;
  fileId?: string;
  approvalRequestId?: string;
}

/** A new workspace with its brand and user, through the SDK. */
export async function seedWorkspace(ctx: TestContext, seed: WorkspaceSeed): Promise<SeededWorkspace> {
  const workspace = await ctx.newWorkspace(seed.name);
  const foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: workspace.apiKey });
  if (seed.branding) await foyer.workspace.update({ branding: seed.branding });
  if (seed.user) await foyer.users.invite({ ...seed.user, send_invite: false });
  return { workspace, foyer };
}

/** A portal in the SDK's workspace, with its members and file, through the SDK. */
export async function seedPortal(foyer: Foyer, { members = [], file, ...portal }: PortalSeed): Promise<SeededPortal> {
  const { id } = await foyer.portals.create(portal);
  const seeded: SeededPortal = { id, members: [] };
  for (const member of members) seeded.members.push(await foyer.members.add(id, member));
  if (file) {
    seeded.fileId = (await foyer.files.upload(id, new Blob([PDF_BYTES], { type: 'application/pdf' }), { name: file.name })).id;
    if (file.approval) seeded.approvalRequestId = (await foyer.approvals.request(seeded.fileId, file.approval)).id;
  }
  return seeded;
}

/** The usual start of an e2e test: a workspace (branded, with a user, if said) and one portal of it. */
export async function seedBrandedPortal(
  ctx: TestContext,
  { portal, ...workspace }: WorkspaceSeed & { portal: PortalSeed },
): Promise<SeededWorkspace & { portal: SeededPortal }> {
  const seeded = await seedWorkspace(ctx, workspace);
  return { ...seeded, portal: await seedPortal(seeded.foyer, portal) };
}
