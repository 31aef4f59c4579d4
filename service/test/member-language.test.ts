import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { newPortalWithMembers } from './support/clients.ts';
import { newId } from '../src/lib/ids.ts';
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

// The business chooses a member's language (addMember's or updateMember's `locale`), so the first emails — the
// invitation, a document request — are in it before the client ever signs in. Its choice is kept: a sign-in in
// another language (a shared office computer, a browser left in English) does not undo it. Forgetting it (null)
// lets the next sign-in store the language the client uses again.
describe("the business chooses a member's language", () => {
  async function events(memberId: string) {
    return ctx.db.selectFrom('events').select(['type', 'data']).where('target_id', '=', memberId).orderBy('seq').execute();
  }

  function patch(portalId: string, memberId: string, body: unknown, auth: { apiKey?: string; token?: string } = { apiKey: acme.apiKey }) {
    return ctx.fetch(`/v1/portals/${portalId}/members/${memberId}`, {
      method: 'PATCH',
      headers: { ...json, ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}) },
      body: JSON.stringify(body),
      ...(auth.apiKey ? { apiKey: auth.apiKey } : {}),
    });
  }

  it('writes the invitation and the first document request in the language given when adding, then in the one set by PATCH', async () => {
    const portal = await owner.portals.create({ name: 'Jahresabschluss' });
    const before = smtp.messages.length;
    const added = await owner.members.add(portal.id, { email: 'jonas@kunde.test', name: 'Jonas', send_invite: true, locale: 'de' });
    expect(added).toMatchObject({ locale: 'de', locale_source: 'owner' });
    const invite = await nextMail(added.email, 'invitation', before);
    expect(invite.subject).toBe('Acme Accounting hat Sie zu Jahresabschluss eingeladen');
    expect(invite.text).toContain('Guten Tag Jonas,');
    expect(invite.html).toContain('<html lang="de">');

    const beforeRequest = smtp.messages.length;
    await owner.requests.create(portal.id, { title: 'Belege 2026', items: [{ title: 'Kontoauszüge' }, { title: 'Rechnungen' }] });
    const request = await nextMail(added.email, 'notification_digest', beforeRequest);
    expect(request.subject).toBe('Acme Accounting bittet um 2 Dokumente');
    expect(request.text).toContain('Acme Accounting bittet Sie um 2 Dokumente (Belege 2026).');

    // The owner learns Jonas reads French: the next email is French.
    const res = await patch(portal.id, added.id, { locale: 'fr' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: added.id, locale: 'fr', locale_source: 'owner' });
    expect((await owner.members.list(portal.id).toArray({ limit: 10 }))[0]).toMatchObject({ locale: 'fr', locale_source: 'owner' });
    const beforeAgain = smtp.messages.length;
    await owner.members.add(portal.id, { email: added.email, send_invite: true });
    const again = await nextMail(added.email, 'invitation', beforeAgain);
    expect(again.subject).toBe('Acme Accounting vous invite sur Jahresabschluss');
    expect(again.html).toContain('<html lang="fr">');

    // Audited: the addition names the language; the change records before and after, once (a repeat changes nothing).
    expect((await owner.members.update(portal.id, added.id, { locale: 'fr' })).locale).toBe('fr');
    const recorded = (await events(added.id)).filter((e) => e.type.startsWith('member.'));
    expect(recorded.map((e) => e.type)).toEqual(['member.added', 'member.invited', 'member.updated', 'member.invited']);
    expect(recorded[0]!.data).toEqual({ email: added.email, locale: 'de' });
    expect(recorded[2]!.data).toEqual({ changed: ['locale'], locale: 'fr', previous: { locale: 'de', locale_source: 'owner' } });
  }, 90_000);

  it("keeps the business's choice over the client's sign-ins, and lets the sign-in store one again once it is forgotten", async () => {
    const { portal, members } = await newPortalWithMembers(owner, 'Dossier Mertens', [{ email: 'lotte@klant.test', name: 'Lotte' }]);
    const lotte = members[0]!;
    expect(lotte).toMatchObject({ locale: null, locale_source: null });
    await owner.members.update(portal.id, lotte.id, { locale: 'nl' });

    // Lotte signs in from a browser in English: the business's Dutch stays, and her new-device notice is Dutch.
    const first = await askForCode(portal.id, lotte.email, 'en-US');
    expect(first.mail.subject).toBe(`${first.code} is your sign-in code for Dossier Mertens`); // the screen she reads
    const signedIn = await confirm(portal.id, { email: lotte.email, code: first.code, locale: 'en-US' });
    expect(signedIn.status).toBe(201);
    expect(((await signedIn.json()) as { member: { locale: string } }).member).toMatchObject({ locale: 'nl', locale_source: 'owner' });
    const second = await askForCode(portal.id, lotte.email, 'en-US');
    const mark = smtp.messages.length;
    expect((await confirm(portal.id, { email: lotte.email, code: second.code, locale: 'en-US' })).status).toBe(201);
    expect((await nextMail(lotte.email, 'new_device_sign_in', mark)).subject).toBe('Nieuwe aanmelding bij Dossier Mertens');
    expect(await storedLocale(lotte.id)).toBe('nl');

    // Adding her again without a language leaves it; with one, it replaces it.
    expect((await owner.members.add(portal.id, { email: lotte.email })).locale).toBe('nl');
    expect(await owner.members.add(portal.id, { email: lotte.email, locale: 'es' })).toMatchObject({
      locale: 'es',
      locale_source: 'owner',
    });

    // Forgotten: English until her next sign-in, which stores the language she uses.
    expect(await owner.members.update(portal.id, lotte.id, { locale: null })).toMatchObject({ locale: null, locale_source: null });
    const third = await askForCode(portal.id, lotte.email, 'de-CH');
    expect((await confirm(portal.id, { email: lotte.email, code: third.code, locale: 'de-CH' })).status).toBe(201);
    const [row] = await owner.members.list(portal.id).toArray({ limit: 1 });
    expect(row).toMatchObject({ locale: 'de', locale_source: 'sign_in' });

    // Choosing the very language a sign-in stored makes it the business's: the next sign-in keeps it.
    expect(await owner.members.update(portal.id, lotte.id, { locale: 'de' })).toMatchObject({ locale: 'de', locale_source: 'owner' });
    const fourth = await askForCode(portal.id, lotte.email, 'fr');
    expect((await confirm(portal.id, { email: lotte.email, code: fourth.code, locale: 'fr' })).status).toBe(201);
    expect(await storedLocale(lotte.id)).toBe('de');
    const updates = (await events(lotte.id)).filter((e) => e.type === 'member.updated').map((e) => e.data);
    expect(updates).toEqual([
      { changed: ['locale'], locale: 'nl', previous: { locale: null, locale_source: null } },
      { changed: ['locale'], locale: 'es', previous: { locale: 'nl', locale_source: 'owner' } },
      { changed: ['locale'], locale: null, previous: { locale: 'es', locale_source: 'owner' } },
      { changed: ['locale'], locale: 'de', previous: { locale: 'de', locale_source: 'sign_in' } },
    ]);
  }, 90_000);

  it('refuses a language the emails are not written in, and any other body, with 400 from the contract', async () => {
    const { portal, members } = await newPortalWithMembers(owner, 'Strict', [{ email: 'strict@client.test' }]);
    const id = members[0]!.id;
    for (const body of [{ locale: 'pt' }, { locale: 'de-AT' }, { locale: 'DE' }, {}, { locale: 'de', name: 'X' }, { locale: 7 }]) {
      const res = await patch(portal.id, id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('validation_failed');
    }
    const add = await ctx.fetch(`/v1/portals/${portal.id}/members`, {
      apiKey: acme.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'new@client.test', locale: 'ja' }),
    });
    expect(add.status).toBe(400);
    expect(((await add.json()) as { code: string }).code).toBe('validation_failed');
    expect(await ctx.db.selectFrom('members').select('id').where('email', '=', 'new@client.test').executeTakeFirst()).toBeUndefined();
    expect(await storedLocale(id)).toBeNull();
  });

  it('lets owners and staff change it; a client, another workspace and an unknown member find nothing', async () => {
    const { portal, members } = await newPortalWithMembers(owner, 'Permissions', [{ email: 'pat@client.test' }]);
    const pat = members[0]!;
    const staff = await ctx.newUser(acme.workspaceId, { role: 'staff' });
    const byStaff = await patch(portal.id, pat.id, { locale: 'es' }, { token: staff.token });
    expect(byStaff.status).toBe(200);
    const actor = await ctx.db
      .selectFrom('events')
      .select(['actor_kind', 'actor_id'])
      .where('target_id', '=', pat.id)
      .where('type', '=', 'member.updated')
      .executeTakeFirstOrThrow();
    expect(actor).toEqual({ actor_kind: 'user', actor_id: staff.id });

    const link = await owner.signInLinks.create(portal.id, { member_id: pat.id });
    const { session } = await owner.verifications.confirmToken(portal.id, new URL(link.url).hash.replace('#token=', ''));
    const token = session.session_token;
    const byClient = await patch(portal.id, pat.id, { locale: 'de' }, { token });
    expect(byClient.status).toBe(404);
    expect(((await byClient.json()) as { code: string }).code).toBe('not_found');
    const other = await ctx.newWorkspace('Other Firm');
    const byOther = await patch(portal.id, pat.id, { locale: 'de' }, { apiKey: other.apiKey });
    expect(byOther.status).toBe(404);
    const unknown = await patch(portal.id, newId('member'), { locale: 'de' });
    expect(unknown.status).toBe(404);
    const anonymous = await ctx.fetch(`/v1/portals/${portal.id}/members/${pat.id}`, {
      method: 'PATCH',
      headers: json,
      body: '{"locale":"de"}',
    });
    expect(anonymous.status).toBe(401);
    expect(await storedLocale(pat.id)).toBe('es');
  }, 60_000);
});
