import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { newPortalWithMembers } from './support/clients.ts';
import { parseCodeMail } from './support/sign-in.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';

// Issue 16 §4: a client's emails in their language. The widget sends the language it shows with the sign-in
// (`locale`); the code email is written in it, the member keeps it from the confirmation on, and every email
// they get after — new-device notices, notifications, invitations — is written in it. Real SMTP in-process.
let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let owner: Foyer;

const BATCH_SECONDS = 2;
const json = { 'content-type': 'application/json' };
let ip = 0;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, TRUST_PROXY: '1', NOTIFY_BATCH_SECONDS: String(BATCH_SECONDS) });
  acme = await ctx.newWorkspace('Acme Accounting');
  owner = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

function post(path: string, body: Record<string, unknown>): Promise<Response> {
  ip++;
  return ctx.fetch(path, {
    method: 'POST',
    headers: { ...json, 'X-Forwarded-For': `10.77.${ip >> 8}.${ip & 255}` },
    body: JSON.stringify(body),
  });
}

/** Asks for a code as the widget does (with its `locale`, when given) and reads it from the mail that comes. */
async function askForCode(portalId: string, email: string, locale?: string): Promise<{ mail: ReceivedMail; code: string }> {
  await ctx.db.deleteFrom('rate_limit_hits').execute();
  const mark = smtp.messages.length;
  const res = await post(`/v1/portals/${portalId}/verifications`, { email, ...(locale ? { locale } : {}) });
  expect(res.status).toBe(202);
  const mail = await smtp.waitForMessage(
    (m) => m.to.includes(email) && smtp.messages.indexOf(m) >= mark && m.headers.get('x-foyer-template') === 'verification_code',
    25_000,
  );
  return { mail, code: parseCodeMail(mail).code };
}

async function confirm(portalId: string, body: Record<string, unknown>): Promise<Response> {
  await ctx.db.deleteFrom('rate_limit_hits').execute();
  return post(`/v1/portals/${portalId}/verifications/confirm`, body);
}

async function storedLocale(memberId: string): Promise<string | null> {
  return (await ctx.db.selectFrom('members').select('locale').where('id', '=', memberId).executeTakeFirstOrThrow()).locale;
}

function nextMail(to: string, template: string, after: number): Promise<ReceivedMail> {
  return smtp.waitForMessage(
    (m) => m.to.includes(to) && m.headers.get('x-foyer-template') === template && smtp.messages.indexOf(m) >= after,
    25_000,
  );
}

describe("a client's emails in their language", () => {
  it('writes a German member their code, new-device notice, notifications and invitation in German', async () => {
    const { portal, members } = await newPortalWithMembers(owner, 'Steuererklärung 2026', [{ email: 'dana@kunde.test', name: 'Dana' }]);
    const dana = members[0]!;
    expect(await storedLocale(dana.id)).toBeNull();

    // The widget shows German (its `lang` was de-AT): the code email follows it before anything is stored.
    const first = await askForCode(portal.id, dana.email, 'de-AT');
    expect(first.mail.subject).toBe(`${first.code} ist Ihr Anmeldecode für Steuererklärung 2026`);
    expect(first.mail.text).toContain('ein Kundenportal von Acme Accounting');
    expect(first.mail.text).toContain('innerhalb von 10 Minuten');
    expect(first.mail.html).toContain('<html lang="de">');
    expect(first.mail.html).toContain('Oder kopieren Sie diesen Link in Ihren Browser:');
    expect(await storedLocale(dana.id)).toBeNull(); // asking for a code stores nothing: anyone may ask
    const signedIn = await confirm(portal.id, { email: dana.email, code: first.code, locale: 'de-AT' });
    expect(signedIn.status).toBe(201);
    expect(await storedLocale(dana.id)).toBe('de');

    // A second device, whose request says nothing of a language: the stored one writes both emails.
    const second = await askForCode(portal.id, dana.email);
    expect(second.mail.subject).toBe(`${second.code} ist Ihr Anmeldecode für Steuererklärung 2026`);
    const mark = smtp.messages.length;
    expect((await confirm(portal.id, { email: dana.email, code: second.code })).status).toBe(201);
    const notice = await nextMail(dana.email, 'new_device_sign_in', mark);
    expect(notice.subject).toBe('Neue Anmeldung bei Steuererklärung 2026');
    expect(notice.text).toContain(
      'Ein neues Gerät hat sich bei Steuererklärung 2026 (Acme Accounting) mit Ihrer E-Mail-Adresse angemeldet.',
    );
    expect(notice.text).toMatch(/Wann: \S+ \d+\. \S+ 20\d\d, \d\d:\d\d UTC/);
    expect(await storedLocale(dana.id)).toBe('de');

    // A notification: the business shares a file.
    const beforeShare = smtp.messages.length;
    await owner.files.upload(portal.id, new Blob(['%PDF-1.7 Bescheid']), { name: 'bescheid.pdf' });
    const digest = await nextMail(dana.email, 'notification_digest', beforeShare);
    expect(digest.subject).toBe('Neue Datei in Steuererklärung 2026: bescheid.pdf');
    expect(digest.text).toContain('Guten Tag Dana,');
    expect(digest.text).toContain('Acme Accounting hat bescheid.pdf freigegeben.');
    expect(digest.text).toContain('Gesendet von Acme Accounting, weil Sie Mitglied von Steuererklärung 2026 sind.');
    expect(digest.html).toContain('Keine E-Mails mehr zu diesem Portal');

    // Invited again by the owner (an existing member): in German too.
    const beforeInvite = smtp.messages.length;
    await owner.members.add(portal.id, { email: dana.email, send_invite: true });
    const invite = await nextMail(dana.email, 'invitation', beforeInvite);
    expect(invite.subject).toBe('Acme Accounting hat Sie zu Steuererklärung 2026 eingeladen');
    expect(invite.text).toContain('Guten Tag Dana,');
  }, 90_000);

  it('stores each sign-in method’s language, takes an unknown one as English, and refuses a malformed one', async () => {
    const { portal, members } = await newPortalWithMembers(owner, 'Dossier', [{ email: 'eva@client.test' }]);
    const eva = members[0]!;

    // A magic link (the token of the code email) carries the language as well.
    const { mail } = await askForCode(portal.id, eva.email, 'fr-CA');
    expect(mail.subject).toMatch(/^\d{6} est votre code de connexion à Dossier$/);
    const token = parseCodeMail(mail).token;
    expect((await confirm(portal.id, { token, locale: 'fr-CA' })).status).toBe(201);
    expect(await storedLocale(eva.id)).toBe('fr');

    // A language the emails are not written in is stored as none (English) at the next sign-in.
    const next = await askForCode(portal.id, eva.email, 'pt-BR');
    expect(next.mail.subject).toBe(`${next.code} is your sign-in code for Dossier`);
    expect((await confirm(portal.id, { email: eva.email, code: next.code, locale: 'pt-BR' })).status).toBe(201);
    expect(await storedLocale(eva.id)).toBeNull();

    // Bounded and shaped: not a language tag, or too long, is a 400 before anything happens.
    for (const locale of ['english please', 'de-'.padEnd(40, 'x'), '<script>']) {
      const res = await post(`/v1/portals/${portal.id}/verifications`, { email: eva.email, locale });
      expect(res.status, locale).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('validation_failed');
    }
    // `locale` goes with every shape of confirmation, and alone is still not one.
    const alone = await confirm(portal.id, { locale: 'de' });
    expect(alone.status).toBe(400);
  }, 60_000);
});
