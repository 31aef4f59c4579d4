import type { components } from '@foyer/contract';
import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, type FieldError } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { hashesEqual, keyedHash, randomCode, randomSecret } from '../../lib/secrets.ts';
import { enqueueEmail } from '../email/enqueue.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RateLimitSink } from '../rate-limits/headers.ts';
import { hasLiveSessionFrom } from '../user-sessions/repository.ts';
import { createUserSession } from '../user-sessions/service.ts';
import type { UserSessionRow, UserSignInMethod } from '../user-sessions/table.ts';
import { toUserDto } from '../users/dto.ts';
import { markSignedIn, usersByEmail, type UserWithWorkspace } from '../users/repository.ts';
import type { UserRow } from '../users/table.ts';
import { enforceLimits } from '../verifications/limits.ts';
import { CODE_TTL_SECONDS, MAGIC_LINK_TTL_SECONDS, MAX_CODE_ATTEMPTS } from '../verifications/service.ts';
import { consoleVerifyUrl, userTokenHash } from './invitations.ts';
import { userConfirmCodeRules, userConfirmRules, userSendRules } from './limits.ts';
import * as repo from './repository.ts';
import type { UserSignInCodeRow } from './table.ts';

export type UserSignInConfirmDto = components['schemas']['UserSignInConfirm'];
export type WorkspaceChoiceDto = components['schemas']['WorkspaceChoice']['workspace_choice'];
export type WorkspaceOptionDto = components['schemas']['WorkspaceOption'];
export type UserSessionCreatedDto = components['schemas']['UserSessionCreated'];

/** A workspace choice stays open 10 minutes, once. */
export const CHOICE_TTL_SECONDS = 10 * 60;

export const USER_SIGN_IN_SEND_JOB = 'user_verification.send';

export interface UserSignInSendJob {
  email: string;
  meta: RequestMeta;
}

/** A confirmation's result: a session on this device, or the workspaces to choose from first. */
export type UserSignInOutcome =
  { kind: 'session'; token: string; session: UserSessionRow; body: UserSessionCreatedDto } | { kind: 'choice'; choice: WorkspaceChoiceDto };

const failed = (detail: string) => createError('verification_failed', detail);
/** The one answer to every failed code confirmation (the same words as a portal's). */
const CODE_FAILED = 'The code is wrong or has expired. Ask for a new one.';
// An id no row has: without a live code the same update runs and finds nothing.
const NO_CODE_ID = '0';

const CONFIRM_SHAPES: Array<Array<keyof UserSignInConfirmDto>> = [['email', 'code'], ['token'], ['choice_token', 'workspace_id']];
/** Fields that may go with a shape: the workspace (with a code or a token) and how to hand the session over. */
const OPTIONAL: Array<keyof UserSignInConfirmDto> = ['workspace_id', 'transport'];

/** Exactly one of `{email, code}`, `{token}`, `{choice_token, workspace_id}`; anything else names the fields. */
function checkConfirmShape(input: UserSignInConfirmDto): void {
  const given = (Object.keys(input) as Array<keyof UserSignInConfirmDto>).filter((k) => input[k] !== undefined);
  const core = given.filter((k) => !OPTIONAL.includes(k) || (k === 'workspace_id' && input.choice_token !== undefined));
  if (CONFIRM_SHAPES.some((shape) => [...shape].sort().join() === [...core].sort().join())) return;
  const shape = CONFIRM_SHAPES.find((s) => s.some((k) => given.includes(k) && k !== 'email' && k !== 'workspace_id')) ?? CONFIRM_SHAPES[0]!;
  const errors: FieldError[] = [
    ...shape.filter((k) => !given.includes(k)).map((k) => ({ path: `/body/${k}`, message: `is required with ${shape.join(', ')}` })),
    ...core.filter((k) => !shape.includes(k)).map((k) => ({ path: `/body/${k}`, message: `does not go with ${shape.join(', ')}` })),
  ];
  throw createError('validation_failed', 'Send {email, code}, {token} or {choice_token, workspace_id}.', errors);
}

/** Why a code confirmation fails (never told to the caller), or undefined when it succeeds. */
function codeFailure(users: readonly unknown[], live: UserSignInCodeRow | undefined, matches: boolean): string | undefined {
  if (users.length === 0) return 'unknown_email';
  if (!live) return 'no_code';
  if (live.expires_at.getTime() <= Date.now()) return 'expired';
  if (live.attempts >= MAX_CODE_ATTEMPTS) return 'too_many_attempts';
  return matches ? undefined : 'wrong_code';
}

export function workspaceOption(user: UserWithWorkspace): WorkspaceOptionDto {
  return {
    id: user.workspace_id,
    name: user.display_name ?? user.workspace_name,
    branding: { display_name: user.display_name, logo_url: user.logo_url, accent_color: user.accent_color },
    role: user.role,
  };
}

export interface UserSignInDeps {
  db: Db;
  events: EventRecorder;
  queue: Queue;
  logger: Logger;
  secretKey: string;
  publicUrl: string;
}

/**
 * The console's sign-in: the people of a business prove their address like clients do (codes, magic links,
 * the same numbers and limits) and get a user session in the workspace they choose.
 */
export class UserSignInService {
  /** What a presented code is compared with when there is no live code. */
  private readonly standInCodeHash: string;

  constructor(private readonly deps: UserSignInDeps) {
    this.standInCodeHash = keyedHash(deps.secretKey, 'user-code:stand-in');
  }

  /**
   * Asks for a code. The same 202 for every address: the limits count every request, and whether the address
   * belongs to a user is decided later, by a queued job — so status, body and timing reveal nothing.
   */
  async start(email: string, meta: RequestMeta, rateLimits?: RateLimitSink): Promise<void> {
    const address = email.trim().toLowerCase();
    await enforceLimits(
      this.deps.db,
      userSendRules(address, meta.ip),
      (s) => `Wait ${s} seconds before asking for another code.`,
      rateLimits,
    );
    await this.deps.queue.send(USER_SIGN_IN_SEND_JOB, { email: address, meta } satisfies UserSignInSendJob, {
      retry: { limit: 5, delaySeconds: 5, backoff: true },
    });
  }

  /** The queued half of {@link start}: an address that is a user of some workspace gets a code and a magic link. */
  async send(job: UserSignInSendJob): Promise<void> {
    const users = await usersByEmail(this.deps.db, job.email);
    if (users.length === 0) {
      this.deps.logger.info('console sign-in asked for an address that is no user: nothing sent');
      return;
    }
    const code = randomCode();
    const token = randomSecret(32);
    await this.deps.db.transaction().execute(async (trx) => {
      await repo.voidPendingUserSignIns(trx, job.email);
      await repo.insertUserCode(trx, {
        email: job.email,
        code_hash: this.codeHash(job.email, code),
        expires_at: new Date(Date.now() + CODE_TTL_SECONDS * 1000),
      });
      await repo.insertUserToken(trx, {
        token_hash: userTokenHash(this.deps.secretKey, token),
        email: job.email,
        user_id: null,
        kind: 'magic_link',
        method: null,
        expires_at: new Date(Date.now() + MAGIC_LINK_TTL_SECONDS * 1000),
      });
      await enqueueEmail(
        this.deps.queue,
        {
          // In the branding of the address's first workspace; the message names them all when there are several.
          workspaceId: users[0]!.workspace_id,
          to: job.email,
          template: 'console_sign_in_code',
          data: {
            code,
            link: consoleVerifyUrl(this.deps.publicUrl, token),
            codeExpiresInMinutes: CODE_TTL_SECONDS / 60,
            linkExpiresInMinutes: MAGIC_LINK_TTL_SECONDS / 60,
            workspaceNames: users.map((u) => workspaceOption(u).name),
          },
        },
        { transaction: trx },
      );
    });
  }

  /** Exchanges a code, a magic link, an invitation or a workspace choice for a session (or a choice to make). */
  async confirm(input: UserSignInConfirmDto, meta: RequestMeta, rateLimits?: RateLimitSink): Promise<UserSignInOutcome> {
    checkConfirmShape(input);
    const address = input.email?.trim().toLowerCase();
    // One count per request, before any work: every kind counts per IP, codes (guessable) per address too.
    const rules = input.code !== undefined && address !== undefined ? userConfirmCodeRules(address, meta.ip) : userConfirmRules(meta.ip);
    await enforceLimits(this.deps.db, rules, (s) => `Too many sign-in attempts: wait ${s} seconds.`, rateLimits);
    if (input.choice_token !== undefined) return this.confirmChoice(input.choice_token, input.workspace_id!, meta);
    if (input.token !== undefined) return this.confirmToken(input.token, input.workspace_id, meta);
    return this.confirmCode(address ?? '', input.code ?? '', input.workspace_id, meta);
  }

  /**
   * Every failure — an address that is no user (of that workspace), no code, an expired or dead code, a wrong
   * code — answers the same body after the same work: one user lookup, one locked code lookup, one hash
   * comparison (against a stand-in without a code) and one attempts update.
   */
  private async confirmCode(email: string, code: string, workspaceId: string | undefined, meta: RequestMeta): Promise<UserSignInOutcome> {
    const outcome = await this.deps.db.transaction().execute(async (trx) => {
      const users = await usersByEmail(trx, email, workspaceId);
      const live = await repo.lockLiveUserCode(trx, email);
      const matches = hashesEqual(this.codeHash(email, code), live?.code_hash ?? this.standInCodeHash);
      const reason = codeFailure(users, live, matches);
      if (!reason && live) {
        await repo.consumeUserCode(trx, live.id);
        await repo.voidPendingUserSignIns(trx, email);
        return this.finish(trx, email, users, 'code', meta);
      }
      await repo.countFailedUserAttempt(trx, live?.id ?? NO_CODE_ID);
      this.deps.logger.info({ reason }, 'console sign-in: code refused');
      return undefined;
    });
    if (!outcome) throw failed(CODE_FAILED);
    return outcome;
  }

  private async confirmToken(token: string, workspaceId: string | undefined, meta: RequestMeta): Promise<UserSignInOutcome> {
    const outcome = await this.deps.db.transaction().execute(async (trx) => {
      const row = await repo.consumeUserToken(trx, userTokenHash(this.deps.secretKey, token), ['magic_link', 'invitation'], workspaceId);
      if (!row) return undefined;
      if (row.kind === 'invitation') {
        const [invited] = (await usersByEmail(trx, row.email)).filter((u) => u.id === row.user_id);
        return invited ? this.startSession(trx, invited, 'invitation', meta) : undefined;
      }
      const users = await usersByEmail(trx, row.email, workspaceId);
      if (users.length === 0) return undefined;
      // The link proved the address: the code sent with it is void.
      await repo.voidPendingUserSignIns(trx, row.email, []);
      return this.finish(trx, row.email, users, 'magic_link', meta);
    });
    if (!outcome) throw failed('This sign-in link has expired or was already used. Ask for a new one.');
    return outcome;
  }

  private async confirmChoice(choiceToken: string, workspaceId: string, meta: RequestMeta): Promise<UserSignInOutcome> {
    const outcome = await this.deps.db.transaction().execute(async (trx) => {
      const row = await repo.consumeUserToken(trx, userTokenHash(this.deps.secretKey, choiceToken), ['choice'], workspaceId);
      if (!row) return undefined;
      const [user] = await usersByEmail(trx, row.email, workspaceId);
      return user ? this.startSession(trx, user, row.method ?? 'code', meta) : undefined;
    });
    if (!outcome) throw failed('This choice has expired or was already used. Sign in again.');
    return outcome;
  }

  /** One workspace: its session. Several: a choice token (10 minutes, once) and the workspaces to pick from. */
  private async finish(
    trx: Executor,
    email: string,
    users: UserWithWorkspace[],
    method: 'code' | 'magic_link',
    meta: RequestMeta,
  ): Promise<UserSignInOutcome> {
    if (users.length === 1) return this.startSession(trx, users[0]!, method, meta);
    const choiceToken = randomSecret(32);
    const expiresAt = new Date(Date.now() + CHOICE_TTL_SECONDS * 1000);
    await repo.insertUserToken(trx, {
      token_hash: userTokenHash(this.deps.secretKey, choiceToken),
      email,
      user_id: null,
      kind: 'choice',
      method,
      expires_at: expiresAt,
    });
    return {
      kind: 'choice',
      choice: { choice_token: choiceToken, expires_at: expiresAt.toISOString(), workspaces: users.map(workspaceOption) },
    };
  }

  private async startSession(
    trx: Executor,
    user: UserWithWorkspace,
    method: UserSignInMethod,
    meta: RequestMeta,
  ): Promise<UserSignInOutcome> {
    const userAgent = meta.userAgent?.slice(0, 512) ?? null;
    // A device the user holds no live session from, after an earlier sign-in: tell them, in case it was not them.
    const newDevice = user.last_sign_in_at !== null && !(await hasLiveSessionFrom(trx, user.id, userAgent));
    const signedIn: UserRow = await markSignedIn(trx, user.id);
    const { token, row } = await createUserSession(trx, this.deps.secretKey, signedIn, method, meta);
    await this.deps.events.record(
      trx,
      {
        workspaceId: user.workspace_id,
        portalId: null,
        type: 'user_session.created',
        actor: { kind: 'user', id: user.id, email: user.email },
        target: { type: 'user_session', id: row.id },
        data: { method, user_id: user.id },
      },
      meta,
    );
    const option = workspaceOption(user);
    if (newDevice) {
      await enqueueEmail(
        this.deps.queue,
        {
          workspaceId: user.workspace_id,
          to: user.email,
          template: 'new_device_sign_in',
          data: {
            portalName: `${option.name} console`,
            portalUrl: `${this.deps.publicUrl}/console`,
            signedInAt: row.created_at.toISOString(),
            userAgent,
            ip: meta.ip,
            audience: 'user',
          },
        },
        { transaction: trx },
      );
    }
    return {
      kind: 'session',
      token,
      session: row,
      body: { session_token: token, expires_at: row.expires_at.toISOString(), user: toUserDto(signedIn), workspace: option },
    };
  }

  private codeHash(email: string, code: string): string {
    return keyedHash(this.deps.secretKey, `user-code:${email}:${code}`);
  }
}
