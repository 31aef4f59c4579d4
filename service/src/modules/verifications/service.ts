import type { components } from '@foyer/contract';
import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import { actorOf, requireOwner, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound, type FieldError } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { hashesEqual, keyedHash, randomCode, randomSecret } from '../../lib/secrets.ts';
import { enqueueEmail } from '../email/enqueue.ts';
import { emailLocale, type EmailLocale } from '../email/locale.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { findMember, findMemberByEmail, insertMember, markVerified, setSignInLocale } from '../members/repository.ts';
import type { MemberRow } from '../members/table.ts';
import { findPortalFace } from '../portals/repository.ts';
import type { PortalRow } from '../portals/table.ts';
import { countSessionsOfMember, revokeAccessLinkSessions } from '../sessions/repository.ts';
import { createSession, sessionCreatedDto, type SessionCreatedDto } from '../sessions/service.ts';
import type { SignInMethod } from '../sessions/table.ts';
import type { RateLimitSink } from '../rate-limits/headers.ts';
import { embedCodeHash } from './embed-sessions.ts';
import { accessLinkRules, confirmCodeRules, confirmRules, enforceLimits, sendRules } from './limits.ts';
import * as repo from './repository.ts';
import type { VerificationCodeRow } from './table.ts';

export type VerificationConfirmDto = components['schemas']['VerificationConfirm'];
export type PublicPortalDto = components['schemas']['PublicPortal'];

/** The security numbers (DESIGN.md); each has a test. */
export const CODE_TTL_SECONDS = 10 * 60;
export const MAGIC_LINK_TTL_SECONDS = 15 * 60;
export const SIGN_IN_LINK_TTL_SECONDS = 7 * 24 * 3600;
export const MAX_CODE_ATTEMPTS = 5;
export const RESEND_AFTER_SECONDS = 60;

export const VERIFICATION_SEND_JOB = 'verification.send';

export interface VerificationSendJob {
  portalId: string;
  email: string;
  meta: RequestMeta;
  /** The language the widget asked in (normalised); the code email is written in it, else in the member's. */
  locale?: EmailLocale | undefined;
}

const failed = (detail: string) => createError('verification_failed', detail);

/** What a confirmation carries besides its credentials: the request, and the language to store (if sent). */
interface SignInContext {
  meta: RequestMeta;
  locale: EmailLocale | null | undefined;
}

/** The one answer to every failed code confirmation. */
const CODE_FAILED = 'The code is wrong or has expired. Ask for a new one.';
// Ids no row has: without a member (or a code) the same statements run and find nothing.
const NO_MEMBER_ID = 'mem_none';
const NO_CODE_ID = '0';

/** Why a code confirmation fails (recorded in `verification.failed`, never told to the caller), or undefined. */
function codeFailure(found: MemberRow | undefined, live: VerificationCodeRow | undefined, matches: boolean): string | undefined {
  if (!found) return 'unknown_email';
  if (found.status !== 'active') return 'member_revoked';
  if (!live) return 'no_code';
  if (live.expires_at.getTime() <= Date.now()) return 'expired';
  if (live.attempts >= MAX_CODE_ATTEMPTS) return 'too_many_attempts';
  return matches ? undefined : 'wrong_code';
}

const CONFIRM_SHAPES: Array<Array<keyof VerificationConfirmDto>> = [
  ['email', 'code'],
  ['token'],
  ['link_key', 'name', 'email'],
  ['embed_code'],
];

/** Exactly one of `{email, code}`, `{token}`, `{link_key, name, email}`, `{embed_code}`; anything else names the fields. */
function checkConfirmShape(input: VerificationConfirmDto): void {
  // `locale` goes with every shape.
  const given = (Object.keys(input) as Array<keyof VerificationConfirmDto>).filter((k) => input[k] !== undefined && k !== 'locale').sort();
  if (CONFIRM_SHAPES.some((shape) => [...shape].sort().join() === given.join())) return;
  const shape = CONFIRM_SHAPES.find((s) => s.some((k) => given.includes(k) && k !== 'email')) ?? CONFIRM_SHAPES[0]!;
  const errors: FieldError[] = [
    ...shape.filter((k) => !given.includes(k)).map((k) => ({ path: `/body/${k}`, message: `is required with ${shape.join(', ')}` })),
    ...given.filter((k) => !shape.includes(k)).map((k) => ({ path: `/body/${k}`, message: `does not go with ${shape.join(', ')}` })),
  ];
  throw createError('validation_failed', 'Send {email, code}, {token}, {link_key, name, email} or {embed_code}.', errors);
}

/** Email verification, magic links, one-time sign-in links and link-mode access. */
export class VerificationService {
  /** What a presented code is compared with when there is no live code. */
  private readonly standInCodeHash: string;

  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly queue: Queue,
    private readonly logger: Logger,
    private readonly secretKey: string,
    private readonly publicUrl: string,
  ) {
    this.standInCodeHash = keyedHash(secretKey, 'code:stand-in');
  }

  /** What the sign-in screen shows. Unknown and archived portals are 404. */
  async publicPortal(portalId: string): Promise<PublicPortalDto> {
    const row = await findPortalFace(this.db, portalId);
    if (!row || row.status !== 'active') throw notFound('portal');
    return {
      id: row.id,
      name: row.name,
      access_mode: row.access_mode,
      workspace: {
        name: row.display_name ?? row.workspace_name,
        branding: { display_name: row.display_name, logo_url: row.logo_url, accent_color: row.accent_color },
      },
    };
  }

  /**
   * Asks for a code. The same 202 for every address: the rate limits count every request, and whether the
   * address belongs to a member is decided later, by a queued job — so status, body and timing reveal nothing.
   */
  async start(portalId: string, email: string, meta: RequestMeta, rateLimits?: RateLimitSink, locale?: string): Promise<void> {
    const portal = await this.activePortal(portalId);
    const address = email.trim().toLowerCase();
    await enforceLimits(
      this.db,
      sendRules(portal.id, address, meta.ip),
      (s) => `Wait ${s} seconds before asking for another code.`,
      rateLimits,
    );
    // A language the widget shows but the emails are not written in (it shows English then too) is English.
    const job: VerificationSendJob = {
      portalId: portal.id,
      email: address,
      meta,
      locale: locale === undefined ? undefined : (emailLocale(locale) ?? 'en'),
    };
    await this.queue.send(VERIFICATION_SEND_JOB, job, {
      retry: { limit: 5, delaySeconds: 5, backoff: true },
    });
  }

  /** The queued half of {@link start}: only an active member gets a code and a magic link. */
  async send(job: VerificationSendJob): Promise<void> {
    const portal = await this.db.selectFrom('portals').selectAll().where('id', '=', job.portalId).executeTakeFirst();
    if (!portal || portal.status !== 'active') return;
    const member = await findMemberByEmail(this.db, portal.id, job.email);
    if (!member || member.status !== 'active') {
      this.logger.info({ portal: portal.id }, 'verification asked for an address that is not an active member: nothing sent');
      return;
    }
    const code = randomCode();
    const token = randomSecret(32);
    await this.db.transaction().execute(async (trx) => {
      await repo.voidPendingSignIns(trx, portal.id, member.id, ['magic_link']);
      await repo.insertCode(trx, {
        portal_id: portal.id,
        member_id: member.id,
        code_hash: this.codeHash(portal.id, member.id, code),
        expires_at: new Date(Date.now() + CODE_TTL_SECONDS * 1000),
      });
      await repo.insertToken(trx, {
        token_hash: this.tokenHash(token),
        portal_id: portal.id,
        member_id: member.id,
        kind: 'magic_link',
        expires_at: new Date(Date.now() + MAGIC_LINK_TTL_SECONDS * 1000),
      });
      await enqueueEmail(
        this.queue,
        {
          workspaceId: portal.workspace_id,
          to: member.email,
          template: 'verification_code',
          data: {
            portalName: portal.name,
            code,
            link: `${this.publicUrl}/p/${portal.id}/verify#token=${token}`,
            codeExpiresInMinutes: CODE_TTL_SECONDS / 60,
            linkExpiresInMinutes: MAGIC_LINK_TTL_SECONDS / 60,
          },
          // Not stored here: anyone may ask for a code for an address, only its owner signs in with it.
          locale: job.locale ?? member.locale,
        },
        { transaction: trx },
      );
    });
  }

  /** Exchanges a code, a token or the portal's access link for a session on this device. */
  async confirm(
    portalId: string,
    input: VerificationConfirmDto,
    meta: RequestMeta,
    rateLimits?: RateLimitSink,
  ): Promise<SessionCreatedDto> {
    checkConfirmShape(input);
    const portal = await this.activePortal(portalId);
    // One count per request, before any work: every kind counts per IP, codes (guessable) per portal too.
    const rules =
      input.token !== undefined || input.embed_code !== undefined
        ? confirmRules(meta.ip)
        : input.link_key !== undefined
          ? accessLinkRules(meta.ip)
          : confirmCodeRules(portal.id, meta.ip);
    await enforceLimits(this.db, rules, (s) => `Too many sign-in attempts: wait ${s} seconds.`, rateLimits);
    // The language the widget shows, stored on the member when the sign-in succeeds (undefined: left as it is).
    const signIn: SignInContext = { meta, locale: input.locale === undefined ? undefined : emailLocale(input.locale) };
    if (input.token !== undefined) return this.confirmToken(portal, input.token, signIn);
    if (input.embed_code !== undefined) return this.confirmEmbedCode(portal, input.embed_code, signIn);
    if (input.link_key !== undefined) return this.confirmAccessLink(portal, input.link_key, input.name ?? '', input.email ?? '', signIn);
    return this.confirmCode(portal, (input.email ?? '').trim().toLowerCase(), input.code ?? '', signIn);
  }

  /**
   * Every failure — no such member, a revoked one, no code, an expired or dead code, a wrong code — answers
   * the same body after the same work: one member lookup, one locked code lookup, one hash comparison
   * (against a stand-in without a code), one attempts update and one `verification.failed` event whose
   * `data.reason` tells the owner which it was. So neither the answer nor its timing says who is a member.
   */
  private async confirmCode(portal: PortalRow, email: string, code: string, signIn: SignInContext): Promise<SessionCreatedDto> {
    const { meta } = signIn;
    const outcome = await this.db.transaction().execute(async (trx) => {
      const found = await findMemberByEmail(trx, portal.id, email);
      const member = found?.status === 'active' ? found : undefined;
      const memberId = member?.id ?? NO_MEMBER_ID;
      const live = await repo.lockLiveCode(trx, portal.id, memberId);
      const matches = hashesEqual(this.codeHash(portal.id, memberId, code), live?.code_hash ?? this.standInCodeHash);
      const reason = codeFailure(found, live, matches);
      if (!reason && member && live) {
        await repo.consumeCode(trx, live.id);
        await repo.voidPendingSignIns(trx, portal.id, member.id, ['magic_link']);
        return await this.startSession(trx, portal, member, 'code', signIn);
      }
      await repo.countFailedAttempt(trx, live?.id ?? NO_CODE_ID);
      await this.events.record(
        trx,
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          type: 'verification.failed',
          actor: { kind: 'anonymous', id: null },
          ...(found ? { target: { type: 'member', id: found.id } } : {}),
          data: { method: 'code', reason },
        },
        meta,
      );
      return undefined;
    });
    if (!outcome) throw failed(CODE_FAILED);
    return outcome;
  }

  private async confirmToken(portal: PortalRow, token: string, signIn: SignInContext): Promise<SessionCreatedDto> {
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await repo.consumeToken(trx, portal.id, this.tokenHash(token), ['magic_link', 'sign_in_link']);
      if (!row) return undefined;
      const member = await findMember(trx, portal.id, row.member_id);
      if (!member || member.status !== 'active') return undefined;
      if (row.kind === 'magic_link') await repo.voidPendingSignIns(trx, portal.id, member.id, []);
      return this.startSession(trx, portal, member, row.kind, signIn);
    });
    if (!outcome) throw failed('This sign-in link has expired or was already used. Ask for a new one.');
    return outcome;
  }

  /** A code from createEmbedSession: unknown, used, expired or of a revoked member, the same 401. */
  private async confirmEmbedCode(portal: PortalRow, code: string, signIn: SignInContext): Promise<SessionCreatedDto> {
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await repo.consumeToken(trx, portal.id, embedCodeHash(this.secretKey, code), ['embed']);
      if (!row) return undefined;
      const member = await findMember(trx, portal.id, row.member_id);
      if (!member || member.status !== 'active') return undefined;
      return this.startSession(trx, portal, member, 'embed', signIn);
    });
    if (!outcome) throw failed('This sign-in has expired or was already used. Sign in with your email address instead.');
    return outcome;
  }

  private async confirmAccessLink(
    portal: PortalRow,
    linkKey: string,
    name: string,
    email: string,
    signIn: SignInContext,
  ): Promise<SessionCreatedDto> {
    const presented = this.accessKeyHash(portal.id, linkKey);
    if (portal.access_mode !== 'link' || !portal.access_key_hash || !hashesEqual(presented, portal.access_key_hash)) {
      throw failed('This portal link is not valid any more. Ask the business for a new one.');
    }
    const address = email.trim().toLowerCase();
    const outcome = await this.db.transaction().execute(async (trx) => {
      let member = await findMemberByEmail(trx, portal.id, address);
      if (member?.status === 'revoked') return 'revoked' as const;
      // The link admits newcomers, never an existing member who proved the address or whom the owner added:
      // typing their email must not hand out their identity. They sign in with a code instead.
      if (member && (member.verified || member.origin === 'owner')) return 'verify' as const;
      member ??= await insertMember(trx, {
        id: newId('member'),
        portal_id: portal.id,
        workspace_id: portal.workspace_id,
        email: address,
        name: name.trim(),
        verified: false,
        origin: 'access_link',
      });
      return this.startSession(trx, portal, member, 'access_link', signIn);
    });
    if (outcome === 'revoked') throw failed('This address may not use this portal.');
    if (outcome === 'verify')
      throw createError(
        'verification_required',
        'This address already belongs to a member of this portal: sign in with a code sent to it.',
      );
    return outcome;
  }

  /** Owner: a one-time link for a member, valid 7 days, in any access mode. */
  async createSignInLink(
    auth: Auth | undefined,
    portalId: string,
    memberId: string,
    meta: RequestMeta,
  ): Promise<{ url: string; expires_at: string }> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const member = await findMember(this.db, portal.id, memberId);
    if (!member || member.status !== 'active') throw notFound('member');
    const token = randomSecret(32);
    const expiresAt = new Date(Date.now() + SIGN_IN_LINK_TTL_SECONDS * 1000);
    await this.db.transaction().execute(async (trx) => {
      await repo.insertToken(trx, {
        token_hash: this.tokenHash(token),
        portal_id: portal.id,
        member_id: member.id,
        kind: 'sign_in_link',
        expires_at: expiresAt,
      });
      await this.events.record(trx, { ...this.event(portal, member, 'member.sign_in_link_created', {}), actor: actorOf(owner) }, meta);
    });
    return { url: `${this.publicUrl}/p/${portal.id}/verify#token=${token}`, expires_at: expiresAt.toISOString() };
  }

  /** Owner: a new secret link for a link-mode portal; the previous one stops working. */
  async rotateAccessLink(auth: Auth | undefined, portalId: string, meta: RequestMeta): Promise<{ url: string }> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const key = randomSecret(16);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('portals')
        .set({ access_key_hash: this.accessKeyHash(portal.id, key), updated_at: new Date() })
        .where('id', '=', portal.id)
        .execute();
      // Whoever came in through the old link is out with it.
      const ended = await revokeAccessLinkSessions(trx, portal.id);
      await this.events.record(
        trx,
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          type: 'portal.access_link_rotated',
          actor: actorOf(owner),
          target: { type: 'portal', id: portal.id },
          data: { sessions_revoked: ended },
        },
        meta,
      );
    });
    return { url: `${this.publicUrl}/p/${portal.id}#k=${key}` };
  }

  private async startSession(
    trx: Executor,
    portal: PortalRow,
    member: MemberRow,
    method: SignInMethod,
    { meta, locale }: SignInContext,
  ): Promise<SessionCreatedDto> {
    const earlierDevices = await countSessionsOfMember(trx, member.id);
    if (method !== 'access_link') await markVerified(trx, member.id);
    // The language the client uses is stored, unless the business chose theirs (Member.locale_source `owner`).
    const stores = locale !== undefined && member.locale_source !== 'owner';
    const language = stores ? locale : member.locale;
    if (stores && locale !== member.locale) await setSignInLocale(trx, member.id, locale);
    const { token, row } = await createSession(trx, this.secretKey, member, method, meta);
    await this.events.record(
      trx,
      {
        ...this.event(portal, member, 'session.created', { method, session_id: row.id }),
        actor: { kind: 'member', id: member.id, method },
      },
      meta,
    );
    // Someone signed in on another device: tell the member, in case it was not them. Not after a link-mode
    // sign-in: whoever has the link could otherwise make the service mail any address they type. Nor after an
    // embed: the business's website signed its own user in (and does at each visit, so it would mail each time).
    if (earlierDevices > 0 && method !== 'access_link' && method !== 'embed') {
      await enqueueEmail(
        this.queue,
        {
          workspaceId: portal.workspace_id,
          to: member.email,
          template: 'new_device_sign_in',
          data: {
            portalName: portal.name,
            portalUrl: `${this.publicUrl}/p/${portal.id}`,
            signedInAt: row.created_at.toISOString(),
            userAgent: meta.userAgent,
            ip: meta.ip,
          },
          locale: language,
        },
        { transaction: trx },
      );
    }
    const stored = stores ? { ...member, locale: language, locale_source: language === null ? null : ('sign_in' as const) } : member;
    const fresh = method === 'access_link' ? stored : { ...stored, verified: true };
    return sessionCreatedDto(token, row, fresh);
  }

  private event(portal: PortalRow, member: MemberRow, type: string, data: Record<string, unknown>) {
    return {
      workspaceId: portal.workspace_id,
      portalId: portal.id,
      type,
      actor: { kind: 'anonymous' as const, id: null },
      target: { type: 'member', id: member.id },
      data,
    };
  }

  private async activePortal(portalId: string): Promise<PortalRow> {
    const portal = await this.db.selectFrom('portals').selectAll().where('id', '=', portalId).executeTakeFirst();
    if (!portal || portal.status !== 'active') throw notFound('portal');
    return portal;
  }

  private codeHash(portalId: string, memberId: string, code: string): string {
    return keyedHash(this.secretKey, `code:${portalId}:${memberId}:${code}`);
  }

  private tokenHash(token: string): string {
    return keyedHash(this.secretKey, `token:${token}`);
  }

  private accessKeyHash(portalId: string, key: string): string {
    return keyedHash(this.secretKey, `access:${portalId}:${key}`);
  }
}
