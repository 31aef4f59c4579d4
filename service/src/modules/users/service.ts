import type { components } from '@foyer/contract';
import type { Queue } from '../../adapters/queue/queue.ts';
import { actorOf, ownerRoleRequired, requireOwner, requireOwnerRole, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { countLiveUserSessions } from '../user-sessions/repository.ts';
import { sendInvitation } from '../user-sign-in/invitations.ts';
import { toUserDto, type UserDto } from './dto.ts';
import { deleteUser, findUser, insertUser, listUsers, lockOwners, portalsOfWorkspace, updateUser } from './repository.ts';
import type { UserRow, UserTable } from './table.ts';
import type { Updateable } from 'kysely';

export type UserCreateDto = components['schemas']['UserCreate'];
export type UserUpdateDto = components['schemas']['UserUpdate'];

export interface UserServiceDeps {
  db: Db;
  events: EventRecorder;
  queue: Queue;
  secretKey: string;
  publicUrl: string;
}

/** The people of a workspace: owners invite, change and remove them; each user sets their own name and notifications. */
export class UserService {
  constructor(private readonly deps: UserServiceDeps) {}

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string }): Promise<Page<UserDto>> {
    const owner = requireOwnerRole(auth);
    const limit = query.limit ?? 20;
    const rows = await listUsers(this.deps.db, owner.workspaceId, { limit, afterSeq: decodeCursor(query.cursor) });
    return toPage(rows, limit, toUserDto);
  }

  /** Adds a user (`staff` unless said otherwise) and emails them a 7-day sign-in link, unless `send_invite` is false. */
  async invite(auth: Auth | undefined, input: UserCreateDto, meta: RequestMeta): Promise<UserDto> {
    const owner = requireOwnerRole(auth);
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, {
        id: newId('user'),
        workspace_id: owner.workspaceId,
        email: input.email.trim().toLowerCase(),
        name: input.name?.trim() || null,
        role: input.role ?? 'staff',
      });
      if (!user) throw createError('user_exists', 'This address is already a user of this workspace.');
      const invite = input.send_invite ?? true;
      if (invite) await sendInvitation(trx, this.deps, user);
      await this.record(trx, owner, user, 'user.invited', { email: user.email, role: user.role, invitation_sent: invite }, meta);
      return user;
    });
    return toUserDto(row);
  }

  /**
   * Owners (and API keys) change anyone; a `staff` user only their own name and notifications. A change that
   * would leave the workspace without an owner is 409 `last_owner`.
   */
  async update(auth: Auth | undefined, userId: string, input: UserUpdateDto, meta: RequestMeta): Promise<UserDto> {
    const caller = requireOwner(auth);
    if (caller.user?.role === 'staff' && (caller.user.id !== userId || input.role !== undefined)) throw ownerRoleRequired();
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const demoting = input.role === 'staff';
      // Lock the owners first (the same order as removal), so two owners demoting each other cannot both win.
      const owners = demoting ? await lockOwners(trx, caller.workspaceId) : [];
      const user = await findUser(trx, caller.workspaceId, userId);
      if (!user) throw notFound('user');
      const changes: Updateable<UserTable> = {};
      if (input.name !== undefined) changes.name = input.name?.trim() || null;
      if (input.role !== undefined && input.role !== user.role) {
        if (demoting && owners.length <= 1) throw lastOwner('demoted');
        changes.role = input.role;
      }
      if (input.notifications !== undefined) {
        changes.notifications_muted = input.notifications.muted;
        changes.muted_portal_ids = await this.checkPortals(trx, caller.workspaceId, input.notifications.muted_portal_ids);
      }
      if (Object.keys(changes).length === 0) return user;
      const updated = (await updateUser(trx, user.id, changes)) ?? user;
      const changed = Object.keys(changes).map((k) => (k === 'muted_portal_ids' || k === 'notifications_muted' ? 'notifications' : k));
      await this.record(trx, caller, updated, 'user.updated', { changed: [...new Set(changed)], role: updated.role }, meta);
      return updated;
    });
    return toUserDto(row);
  }

  /** Removes a user; their sessions end in the same transaction, so their next request is 401. */
  async remove(auth: Auth | undefined, userId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwnerRole(auth);
    await this.deps.db.transaction().execute(async (trx) => {
      const owners = await lockOwners(trx, owner.workspaceId);
      const user = await findUser(trx, owner.workspaceId, userId);
      if (!user) throw notFound('user');
      if (user.role === 'owner' && owners.length <= 1) throw lastOwner('removed');
      const sessions = await countLiveUserSessions(trx, user.id);
      await deleteUser(trx, user.id);
      await this.record(trx, owner, user, 'user.removed', { email: user.email, role: user.role, sessions_ended: sessions }, meta);
    });
  }

  /** Muted portals must be portals of this workspace. */
  private async checkPortals(trx: Executor, workspaceId: string, portalIds: string[]): Promise<string[]> {
    const known = await portalsOfWorkspace(trx, workspaceId, portalIds);
    const errors = portalIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `/body/notifications/muted_portal_ids/${i}`, message: 'is not a portal of this workspace' }],
    );
    if (errors.length > 0) throw createError('validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), errors);
    return portalIds;
  }

  private record(trx: Executor, caller: OwnerAuth, user: UserRow, type: string, data: Record<string, unknown>, meta: RequestMeta) {
    return this.deps.events.record(
      trx,
      { workspaceId: user.workspace_id, portalId: null, type, actor: actorOf(caller), target: { type: 'user', id: user.id }, data },
      meta,
    );
  }
}

function lastOwner(what: 'removed' | 'demoted') {
  return createError('last_owner', `This is the workspace's last owner: make someone else an owner before it is ${what}.`);
}
