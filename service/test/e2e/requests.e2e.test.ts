// End to end: tax season with document requests. The real service (a started app on a real PostgreSQL, mail
// through a real SMTP server, webhooks to a real HTTP receiver) serves /console and the portals' direct links;
// Debian's Chromium, driven by playwright-core, plays the accountant and three of her fifteen clients.
// The owner makes the template "2026 tax documents" in the console and applies it to 15 portals in one
// action; each client gets exactly one email. Three clients upload through <foyer-portal> (one first tries a
// wrong type and is told why); the owner sends one item back with a reason, the client re-sends, the owner
// accepts everything, and each finished request reaches the webhook receiver as `request.completed`, verified
// with the SDK's verifyWebhook. The console's "who is missing what" view then lists the 12 portals still
// waiting, earliest due first. Screenshots at 1280 px and 360 px go to .test-output/requests-e2e/.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { verifyWebhook } from '@foyer/sdk';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { codeFor, DESKTOP, freePort, PHONE, screenshots, seedPortal, seedWorkspace, watch } from '../support/e2e.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../support/context.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { PDF_BYTES, PNG_1X1 } from '../support/uploads.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = `${ROOT}.test-output/requests-e2e`;
const shots = screenshots(SHOTS);
const json = { 'content-type': 'application/json' };
const OWNER_EMAIL = 'maria@acme-accounting.test';
const TEMPLATE = '2026 tax documents';
/** A ZIP archive's magic bytes: what "last year's return" (PDF only) must refuse. */
const ZIP_BYTES = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)]);

interface Client {
  portalId: string;
  name: string;
  email: string;
}

let smtp: TestSmtp;
let ctx: TestContext;
let workspace: TestWorkspace;
let browser: Browser;
let receiver: WebhookReceiver;
let webhookSecret: string;
const clients: Client[] = [];

async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await ctx.fetch(path, {
    apiKey: workspace.apiKey,
    method,
    ...(body === undefined ? {} : { headers: json, body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Messages about the request to `email` (not sign-in codes). */
function requestMails(email: string) {
  return smtp.messages.filter((m) => m.to.includes(email) && !/\b\d{6}\b/.test(m.subject));
}

beforeAll(async () => {
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  await mkdir(SHOTS, { recursive: true });
  smtp = await startTestSmtp();
  receiver = await startWebhookReceiver();
  const port = await freePort();
  ctx = await createTestContext(
    {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Acme Accounting <no-reply@acme-accounting.test>',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NOTIFY_BATCH_SECONDS: '2',
      WEBHOOKS_ALLOW_PRIVATE: 'true',
    },
    { port },
  );
  const seeded = await seedWorkspace(ctx, {
    name: 'Acme Accounting',
    branding: { display_name: 'Acme Accounting', accent_color: '#1d4ed8' },
    user: { email: OWNER_EMAIL, name: 'Maria Lopez', role: 'owner' },
  });
  workspace = seeded.workspace;
  const endpoint = await api<{ secret: string }>('POST', '/v1/webhook-endpoints', {
    url: `${receiver.url}/foyer`,
    events: ['request.completed'],
  });
  webhookSecret = endpoint.secret;
  // Fifteen clients, each with a portal and one member (added without an invitation, so the only mail a
  // client gets before signing in is the request's).
  for (let i = 1; i <= 15; i++) {
    const n = String(i).padStart(2, '0');
    const name = `Client ${n}`;
    const email = `client${n}@clients.test`;
    const portal = await seedPortal(seeded.foyer, { name: `${name} — 2026`, client_name: name, members: [{ email, send_invite: false }] });
    clients.push({ portalId: portal.id, name, email });
  }
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await receiver?.close();
  await smtp?.close();
});

/** Signs a client in through the portal's direct link with the emailed code; the checklist comes first. */
async function signIn(client: Client): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // The one refusal expected: the wrong type, which the widget refuses before sending — so none at all.
  const problems = watch(page);
  const before = smtp.messages.length;
  await page.goto(`${ctx.baseUrl}/p/${client.portalId}`);
  await page.getByLabel('Email address').fill(client.email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, client.email, before));
  await page.getByRole('heading', { name: 'What Acme Accounting needs from you' }).waitFor();
  return { context, page, problems };
}

/** Upload rows and zones that stick out of their request item's card (at the page's current width). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (const item of all(document).filter((el) => el.localName === 'foyer-request-item')) {
      const card = item.getBoundingClientRect();
      for (const el of all(item.shadowRoot!)) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > card.right + 0.5 || box.left < card.left - 0.5)) {
          found.push(
            `${el.localName}.${el.getAttribute('class') ?? ''} ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(card.left)}–${Math.round(card.right)}`,
          );
        }
      }
    }
    return found;
  });
}

/** The item's row in the client's checklist. */
function itemRow(page: Page, title: string) {
  return page.locator('foyer-request-item', { has: page.getByRole('heading', { name: title, exact: true }) });
}

async function sendToItem(page: Page, title: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  const row = itemRow(page, title);
  await row.locator('input[type=file]').setInputFiles(files);
  for (const file of files) await row.getByRole('button', { name: `Open ${file.name}` }).waitFor();
  await row.getByText('Sent', { exact: true }).waitFor();
}

describe('tax season with document requests, end to end', () => {
  let owner: BrowserContext;
  let console_: Page;
  let ownerProblems: string[];
  const requestOf = new Map<string, string>(); // portal id → request id
  let firstClient: { context: BrowserContext; page: Page; problems: string[] } | undefined;

  it('the owner signs in, makes the template "2026 tax documents" and applies it to the 15 portals in one action', async () => {
    owner = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    console_ = await owner.newPage();
    ownerProblems = watch(console_, (status, path) => status === 401 && path === '/v1/me');
    await console_.goto(`${ctx.baseUrl}/console`);
    const before = smtp.messages.length;
    await console_.getByLabel('Email address').fill(OWNER_EMAIL);
    await console_.getByRole('button', { name: 'Send code' }).click();
    await console_.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, OWNER_EMAIL, before));
    await console_.getByRole('heading', { name: 'Portals', exact: true }).waitFor();

    await console_.getByRole('link', { name: 'Requests', exact: true }).first().click();
    await console_.getByRole('link', { name: 'Templates', exact: true }).click();
    await console_.getByRole('button', { name: 'New template' }).first().click();
    const dialog = console_.getByRole('dialog');
    await dialog.getByLabel('Name (also the requests’ title)').fill(TEMPLATE);
    await dialog.getByLabel('Message to the client (optional)').fill('Please send these by the due date so we can file on time.');
    const items: Array<{ title: string; multiple?: boolean; pdf?: boolean; images?: boolean; optional?: boolean }> = [
      { title: 'Bank statements', multiple: true },
      { title: 'Receipts', multiple: true },
      { title: "Last year's return", pdf: true },
      { title: 'ID', optional: true, pdf: true, images: true },
    ];
    for (const [index, item] of items.entries()) {
      if (index > 0) await dialog.getByRole('button', { name: 'Add a document' }).click();
      const fields = dialog.getByRole('group', { name: `Document ${index + 1}` });
      await fields.getByLabel('What to send').fill(item.title);
      if (item.multiple) await fields.getByLabel('Several files allowed').check();
      if (item.optional) await fields.getByLabel('Required').uncheck();
      if (item.pdf) await fields.getByLabel('PDF', { exact: true }).check();
      if (item.images) await fields.getByLabel('Images', { exact: true }).check();
    }
    await shots(console_, '04-console-template-editor', () => dialog.waitFor());
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Apply it to every portal at once, due in 30 days.
    await console_.getByRole('button', { name: `Apply to portals: ${TEMPLATE}` }).click();
    const apply = console_.getByRole('dialog');
    await apply.getByLabel('Select all (15)').check();
    const due = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
    await apply.getByLabel('Due date (optional)').fill(due);
    await apply.getByRole('button', { name: 'Apply to 15 portals' }).click();
    await apply.getByText('15 created · 0 already had it · 0 failed').waitFor();
    await shots(console_, '05-console-apply-results', () => apply.getByText('15 created').waitFor());
    await apply.getByRole('button', { name: 'Close' }).click();

    // One request per portal, each with the template's four items.
    for (const client of clients) {
      const list = await api<{
        data: Array<{
          id: string;
          title: string;
          items: Array<{ title: string; required: boolean; multiple: boolean; allowed_types: string[] }>;
        }>;
      }>('GET', `/v1/portals/${client.portalId}/requests`);
      expect(list.data).toHaveLength(1);
      expect(list.data[0]!.title).toBe(TEMPLATE);
      expect(list.data[0]!.items.map((i) => [i.title, i.required, i.multiple, i.allowed_types])).toEqual([
        ['Bank statements', true, true, []],
        ['Receipts', true, true, []],
        ["Last year's return", true, false, ['application/pdf']],
        ['ID', false, false, ['application/pdf', 'image/*']],
      ]);
      requestOf.set(client.portalId, list.data[0]!.id);
    }
  }, 180_000);

  it('emails each of the 15 clients exactly once about the request', async () => {
    for (const client of clients) {
      const mail = await smtp.waitForMessage((m) => m.to.includes(client.email) && /asks for 4 documents/.test(m.subject), 30_000);
      expect(mail.subject).toMatch(/^Acme Accounting asks for 4 documents by /);
      expect(mail.text).toContain(`${ctx.baseUrl}/p/${client.portalId}`);
      for (const item of ['Bank statements', 'Receipts', "Last year's return", 'ID']) expect(mail.text).toContain(item);
    }
    // Two batch windows later, still one each.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    for (const client of clients) expect(requestMails(client.email), client.email).toHaveLength(1);
  }, 90_000);

  it('three clients send everything through the widget; a wrong type is refused with a clear message', async () => {
    const statement = { name: 'Statement December.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES };
    for (const [index, client] of clients.slice(0, 3).entries()) {
      const { context, page, problems } = await signIn(client);
      if (index === 0) {
        await shots(page, '01-client-checklist', () => page.getByText('0 of 4 done').waitFor());
        // A ZIP archive to the item that takes one PDF: refused, with the reason in words.
        const row = itemRow(page, "Last year's return");
        await row.locator('input[type=file]').setInputFiles([{ name: 'return.zip', mimeType: 'application/zip', buffer: ZIP_BYTES }]);
        await row.getByText(/Last year's return accepts PDF documents.*return\.zip is a ZIP archive/).waitFor();
        await shots(page, '02-client-wrong-type', () => row.getByText(/return\.zip is a ZIP archive/).waitFor());
      }
      await sendToItem(page, 'Bank statements', [
        { ...statement, name: 'Statement November.pdf' },
        { ...statement, name: 'Statement December.pdf' },
      ]);
      await sendToItem(page, 'Receipts', [{ name: 'Receipt pharmacy.png', mimeType: 'image/png', buffer: PNG_1X1 }]);
      await sendToItem(page, "Last year's return", [{ name: '2025 return.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
      if (index === 2) {
        // The optional ID does not apply to this client.
        const row = itemRow(page, 'ID');
        await row.getByRole('button', { name: 'Not applicable: ID' }).click();
        await row.getByRole('button', { name: /Mark as not applicable/ }).click();
        await row.getByText('Not applicable', { exact: true }).waitFor();
      } else {
        await sendToItem(page, 'ID', [{ name: 'Passport.png', mimeType: 'image/png', buffer: PNG_1X1 }]);
      }
      await page.getByText('4 of 4 done').waitFor();
      if (index === 0) {
        await shots(page, '03-client-all-sent', () => page.getByText('4 of 4 done').waitFor());
        await page.setViewportSize(PHONE);
        expect(await overflowing(page)).toEqual([]);
        await page.setViewportSize(DESKTOP);
      }
      expect(problems).toEqual([]);
      // The first client stays signed in on this device for what follows; the others are done.
      if (index === 0) firstClient = { context, page, problems };
      else await context.close();
    }
  }, 240_000);

  it('the owner sends one item back with a reason, the client re-sends it, the owner accepts everything: request.completed, signed', async () => {
    const [first] = clients;
    await console_.goto(`${ctx.baseUrl}/console/portals/${first!.portalId}?tab=requests`);
    await console_.getByRole('button', { name: 'Accept: Receipts' }).waitFor();
    await shots(console_, '06-console-review', () => console_.getByRole('button', { name: 'Accept: Receipts' }).waitFor());
    await console_.getByRole('button', { name: 'Send back: Bank statements' }).click();
    const back = console_.getByRole('dialog');
    await back.getByLabel('What should the client change? They see this.').fill('The October statement is missing.');
    await shots(console_, '07-console-send-back', () => back.waitFor());
    await back.getByRole('button', { name: 'Send back' }).click();
    await back.waitFor({ state: 'hidden' });
    await console_.getByText('Sent back: The October statement is missing.').waitFor();

    // The client, back on the same device, sees the reason on the item and sends the missing statement.
    const { context, page, problems } = firstClient!;
    await page.reload();
    const row = itemRow(page, 'Bank statements');
    await row.getByText('The October statement is missing.').waitFor();
    await row.getByText('Please re-send', { exact: true }).waitFor();
    await shots(page, '08-client-sent-back', () => row.getByText('The October statement is missing.').waitFor());
    await sendToItem(page, 'Bank statements', [{ name: 'Statement October.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
    expect(problems).toEqual([]);

    // The owner accepts every item of the three clients who sent everything.
    for (const client of clients.slice(0, 3)) {
      await console_.goto(`${ctx.baseUrl}/console/portals/${client.portalId}?tab=requests`);
      for (const item of ['Bank statements', 'Receipts', "Last year's return", 'ID']) {
        const accept = console_.getByRole('button', { name: `Accept: ${item}` });
        if (client === clients[2] && item === 'ID') continue; // set aside by the client
        await accept.click();
        await console_.getByRole('button', { name: `Reopen: ${item}` }).waitFor();
      }
      await console_.getByText('Complete', { exact: true }).first().waitFor();
    }
    await shots(console_, '09-console-request-complete', () => console_.getByText('Complete', { exact: true }).first().waitFor());

    // Each finished request reaches the webhook receiver, signed with the endpoint's secret.
    for (const client of clients.slice(0, 3)) {
      const requestId = requestOf.get(client.portalId)!;
      const delivery = await receiver.waitFor((r) => r.body.includes(requestId) && r.body.includes('"request.completed"'), 30_000);
      const payload = await verifyWebhook<{ type: string; data: { portal_id: string; target: { type: string; id: string } } }>(
        delivery.body,
        delivery.headers,
        webhookSecret,
      );
      expect(payload.type).toBe('request.completed');
      expect(payload.data.portal_id).toBe(client.portalId);
      expect(payload.data.target).toEqual({ type: 'request', id: requestId });
    }
    await context.close();
  }, 240_000);

  it('the workspace view lists the 12 portals still waiting, earliest due first, overdue leading', async () => {
    // Spread the waiting portals' due dates (one already overdue), so the order means something.
    const waiting = clients.slice(3);
    const day = 24 * 3600_000;
    const dueOf = new Map<string, number>();
    for (const [index, client] of waiting.entries()) {
      const due = Date.now() + ((index * 7) % 12) * day - (index === 4 ? 20 * day : 0) + day;
      dueOf.set(client.name, due);
      await api('PATCH', `/v1/requests/${requestOf.get(client.portalId)}`, { due_at: new Date(due).toISOString() });
    }
    await console_.goto(`${ctx.baseUrl}/console/requests`);
    await console_.getByText('12 portals still waiting').waitFor();
    const rows = console_.locator('foyer-console-requests a.title');
    await expect.poll(() => rows.count()).toBe(12);
    const names = (await rows.allInnerTexts()).map((text) => text.replace(' — 2026', ''));
    const expected = [...dueOf.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    expect(names).toEqual(expected);
    await console_
      .getByText(/days? overdue/)
      .first()
      .waitFor();
    await shots(console_, '10-console-who-is-missing-what', () => console_.getByText('12 portals still waiting').waitFor());
    await console_.goto(`${ctx.baseUrl}/console`);
    await console_.getByText('Client 04 — 2026').waitFor();
    await shots(console_, '11-console-dashboard', () => console_.getByText('Client 04 — 2026').waitFor());
    expect(ownerProblems).toEqual([]);
    await owner.close();
  }, 120_000);
});
