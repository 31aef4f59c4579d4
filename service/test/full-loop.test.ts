import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer, verifyWebhook } from '@foyer/sdk';
import { createTestContext, type TestContext } from './support/context.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

// Issue 5's full loop through the public API only, with a real SMTP server and a real webhook receiver:
// owner uploads → client gets one email → client comments → owner gets one email → owner requests approval →
// client approves → the record shows the version, its sha256 and the verified email → the receiver gets
// `approval.approved` with a signature that verifies per Standard Webhooks.
const OWNER_INBOX = 'desk@acme.example';
let smtp: TestSmtp;
let receiver: WebhookReceiver;
let ctx: TestContext;

beforeAll(async () => {
  smtp = await startTestSmtp();
  receiver = await startWebhookReceiver();
  ctx = await createTestContext({ SMTP_URL: smtp.url, NOTIFY_BATCH_SECONDS: '3', WEBHOOKS_ALLOW_PRIVATE: 'true' });
});
afterAll(async () => {
  await ctx.close();
  await receiver.close();
  await smtp.close();
});

const template = (m: ReceivedMail) => /x-foyer-template:\s*([a-z_]+)/i.exec(m.raw)?.[1];

describe('the full collaboration loop', () => {
  it('runs from upload to a verified, signed approval record', async () => {
    const ws = await ctx.newWorkspace('Acme Accounting');
    const owner = new Foyer({ baseUrl: ctx.baseUrl, apiKey: ws.apiKey });
    await owner.workspace.update({ notify_emails: [OWNER_INBOX] });
    const endpoint = await owner.webhookEndpoints.create({ url: receiver.url, events: ['approval.approved'] });
    const portal = await owner.portals.create({ name: '2026 tax return', client_name: 'Dana' });
    const member = await owner.members.add(portal.id, { email: 'dana@client.example', name: 'Dana' });

    // The client signs in with the emailed code.
    const anonymous = new Foyer({ baseUrl: ctx.baseUrl });
    await anonymous.verifications.start(portal.id, 'dana@client.example');
    const codeMail = await smtp.waitForMessage((m) => m.to.includes('dana@client.example') && /sign-in code/.test(m.subject));
    const code = /\b(\d{6})\b/.exec(codeMail.subject)![1]!;
    const { client } = await anonymous.verifications.confirmCode(portal.id, 'dana@client.example', code);

    // Owner uploads → the client hears about it, once.
    const file = await owner.files.upload(portal.id, new TextEncoder().encode('%PDF-1.7\n2026 return\n%%EOF\n'), { name: 'return.pdf' });
    const toClient = await smtp.waitForMessage(
      (m) => m.to.includes('dana@client.example') && template(m) === 'notification_digest',
      30_000,
    );
    expect(toClient.text).toContain('return.pdf');
    expect(toClient.text).toContain(`/p/${portal.id}`);

    // Client comments → the owner hears about it, once.
    await client.comments.create(file.id, { body: 'Line 12 looks off', version: 1 });
    const toOwner = await smtp.waitForMessage(
      (m) => m.to.includes(OWNER_INBOX) && template(m) === 'notification_digest' && m.text.includes('Line 12'),
      30_000,
    );
    expect(toOwner.text).toContain('return.pdf');

    // Owner asks for approval of v1; the client approves it.
    const request = await owner.approvals.request(file.id, { message: 'Please approve' });
    expect(request).toMatchObject({ version: 1, sha256: file.current_version.sha256, status: 'pending' });
    const decided = await client.approvals.decide(request.id, { decision: 'approve', note: 'All good' });
    expect(decided.status).toBe('approved');

    const record = await owner.approvals.record(request.id);
    expect(record.file).toMatchObject({ id: file.id, version: 1, sha256: file.current_version.sha256 });
    expect(record.decisions).toEqual([
      expect.objectContaining({
        member_id: member.id,
        email: 'dana@client.example',
        decision: 'approve',
        version: 1,
        sha256: file.current_version.sha256,
      }),
    ]);

    // The webhook receiver gets approval.approved, signed per the spec.
    const hook = await receiver.waitFor((r) => r.body.includes('approval.approved'), 30_000);
    const payload = await verifyWebhook<{ type: string; data: { target: { id: string } } }>(hook.body, hook.headers, endpoint.secret);
    expect(payload.type).toBe('approval.approved');
    expect(payload.data.target.id).toBe(request.id);

    // One email for the comment, not one per event.
    const aboutComment = smtp.messages.filter(
      (m) => m.to.includes(OWNER_INBOX) && template(m) === 'notification_digest' && m.text.includes('Line 12'),
    );
    expect(aboutComment).toHaveLength(1);
  }, 120_000);
});
