import { Router } from 'express';
import type { components } from '@foyer/contract';
import type { AppDeps } from '../../app-deps.ts';
import { requireAuth, requireOwner, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Config } from '../../config.ts';
import { notFound } from '../../errors/http-error.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { toMemberDto } from '../members/dto.ts';
import { findMember } from '../members/repository.ts';
import { setMemberNotifications } from '../notifications/preferences.ts';
import { PortalService } from '../portals/service.ts';
import { listLiveSessions, revokeSessionRow } from './repository.ts';
import { toSessionDto } from './service.ts';

type MeDto = components['schemas']['Me'];
type MeUpdateDto = components['schemas']['MeUpdate'];

/** Owners see and end a portal's sessions; a client reads itself, sets its preferences and signs its device out. */
export function sessionRoutes(config: Config, { db, events, storage, logger }: AppDeps): Router {
  const portals = new PortalService(db, events, config.publicUrl, storage, logger);
  const router = Router();

  router.get('/v1/portals/:portal_id/sessions', async (req, res) => {
    const portal = await requirePortalAccess(db, req.auth, req.params.portal_id, 'manage');
    const query = req.query as { limit?: number; cursor?: string };
    const limit = query.limit ?? 20;
    const rows = await listLiveSessions(db, portal.id, { limit, beforeSeq: decodeCursor(query.cursor) });
    res.json(toPage(rows, limit, toSessionDto));
  });

  router.delete('/v1/sessions/:session_id', async (req, res) => {
    const owner = requireOwner(req.auth);
    await db.transaction().execute(async (trx) => {
      const session = await revokeSessionRow(trx, owner.workspaceId, req.params.session_id);
      if (!session) throw notFound('session');
      await events.record(
        trx,
        {
          workspaceId: session.workspace_id,
          portalId: session.portal_id,
          type: 'session.revoked',
          actor: { kind: 'owner', id: owner.credentialId },
          target: { type: 'session', id: session.id },
          data: { member_id: session.member_id },
        },
        requestMeta(req),
      );
    });
    res.status(204).end();
  });

  const me = async (auth: Auth): Promise<MeDto> => {
    if (auth.kind === 'owner') return { kind: 'owner', workspace_id: auth.workspaceId };
    const [portal, member, session] = await Promise.all([
      portals.get(auth, auth.portalId),
      findMember(db, auth.portalId, auth.memberId),
      // The portal may be deleted meanwhile (the delete cascades to its sessions).
      db
        .selectFrom('sessions')
        .select(['id', 'expires_at'])
        .where('id', '=', auth.sessionId)
        .executeTakeFirstOrThrow(() => notFound('session')),
    ]);
    if (!member) throw notFound('member');
    return {
      kind: 'client',
      workspace_id: auth.workspaceId,
      portal,
      member: toMemberDto(member),
      session: { id: session.id, expires_at: session.expires_at.toISOString() },
    };
  };

  router.get('/v1/me', async (req, res) => {
    res.json(await me(requireAuth(req.auth)));
  });

  // A member's own preferences for this portal: `notifications: "none"` mutes its notification emails.
  router.patch('/v1/me', async (req, res) => {
    const auth = requireAuth(req.auth);
    if (auth.kind !== 'client') throw notFound('member');
    const { notifications } = req.body as MeUpdateDto;
    await db
      .transaction()
      .execute((trx) => setMemberNotifications(trx, events, auth.memberId, notifications, 'api', requestMeta(req), auth.method));
    res.json(await me(auth));
  });

  router.delete('/v1/me', async (req, res) => {
    const auth = requireAuth(req.auth);
    if (auth.kind !== 'client') throw notFound('session');
    await db.transaction().execute(async (trx) => {
      await revokeSessionRow(trx, auth.workspaceId, auth.sessionId);
      await events.record(
        trx,
        {
          workspaceId: auth.workspaceId,
          portalId: auth.portalId,
          type: 'session.revoked',
          actor: { kind: 'member', id: auth.memberId, method: auth.method },
          target: { type: 'session', id: auth.sessionId },
          data: { member_id: auth.memberId, signed_out: true },
        },
        requestMeta(req),
      );
    });
    res.status(204).end();
  });

  return router;
}
