import type { components } from '@foyer/contract';
import { actorOf, requireApiKey, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { createError, notFound, type FieldError } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { keyedHash, randomSecret } from '../../lib/secrets.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { findMember, findMemberByEmail, insertMember } from '../members/repository.ts';
import { holdPortal } from '../portals/repository.ts';
import { insertToken } from './repository.ts';

export type EmbedSessionCreateDto = components['schemas']['EmbedSessionCreate'];
export type EmbedSessionDto = components['schemas']['EmbedSession'];

/** The security numbers of embed codes (issue 16 §1); each has a test. */
export const EMBED_CODE_BYTES = 32;
export const EMBED_TTL_DEFAULT_SECONDS = 120;
export const EMBED_TTL_MAX_SECONDS = 600;

/** What is kept of an embed code: its keyed hash, in a space of its own (a magic-link token never matches it). */
export function embedCodeHash(secretKey: string, code: string): string {
  return keyedHash(secretKey, `embed:${code}`);
}

/** Exactly one of `member_id` and `email`. */
function checkShape(input: EmbedSessionCreateDto): void {
  if ((input.member_id === undefined) !== (input.email === undefined)) return;
  const errors: FieldError[] = ['member_id', 'email'].map((k) => ({ path: `/body/${k}`, message: 'send exactly one of member_id, email' }));
  throw createError('validation_failed', 'Name the client by member_id or by email (one of them).', errors);
}

/**
 * Sessions handed over by the business's backend: the business has signed its user in and vouches for the
 * address, so it may ask for a one-time code that `<foyer-portal embed-code=…>` exchanges for a client session
 * (VerificationService.confirm, `{embed_code}`). Only an API key may: a code is a sign-in, not a console act.
 */
export class EmbedSessionService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly secretKey: string,
  ) {}

  async create(auth: Auth | undefined, portalId: string, input: EmbedSessionCreateDto, meta: RequestMeta): Promise<EmbedSessionDto> {
    const key = requireApiKey(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    checkShape(input);
    if (portal.status !== 'active') throw createError('portal_archived', 'The portal is archived: nobody can sign in to it.');
    const code = randomSecret(EMBED_CODE_BYTES);
    const expiresAt = new Date(Date.now() + (input.ttl_seconds ?? EMBED_TTL_DEFAULT_SECONDS) * 1000);
    const actor = actorOf(key);
    const memberId = await this.db.transaction().execute(async (trx) => {
      if (!(await holdPortal(trx, portal.id))) throw notFound('portal');
      const email = input.email?.trim().toLowerCase();
      let member =
        email === undefined ? await findMember(trx, portal.id, input.member_id ?? '') : await findMemberByEmail(trx, portal.id, email);
      // The business revoked this person in Foyer; its website signing them in again does not undo that.
      if (member?.status === 'revoked') {
        throw createError('member_revoked', 'This member was revoked: add them to the portal again before signing them in.');
      }
      if (!member) {
        if (email === undefined) throw notFound('member');
        member = await insertMember(trx, {
          id: newId('member'),
          portal_id: portal.id,
          workspace_id: portal.workspace_id,
          email,
          name: input.name?.trim() || null,
        });
        await this.events.record(
          trx,
          {
            workspaceId: portal.workspace_id,
            portalId: portal.id,
            type: 'member.added',
            actor,
            target: { type: 'member', id: member.id },
            data: { email, via: 'embed' },
          },
          meta,
        );
      }
      await insertToken(trx, {
        token_hash: embedCodeHash(this.secretKey, code),
        portal_id: portal.id,
        member_id: member.id,
        kind: 'embed',
        expires_at: expiresAt,
      });
      await this.events.record(
        trx,
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          type: 'member.embed_session_created',
          actor,
          target: { type: 'member', id: member.id },
          data: { expires_at: expiresAt.toISOString() },
        },
        meta,
      );
      return member.id;
    });
    return { embed_code: code, expires_at: expiresAt.toISOString(), member_id: memberId };
  }
}
