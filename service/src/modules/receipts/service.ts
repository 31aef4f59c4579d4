import { actorOf, requireOwnerRole, type Auth } from '../../authz/auth.ts';
import type { Db } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { findReadableApprovalRequest } from '../approvals/access.ts';
import type { ApprovalRequestRow } from '../approvals/table.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { canonicalBytes, receiptDocument, signedReceipt, type SignedApprovalReceiptDto } from './document.ts';
import {
  findCurrentKey,
  findReceipt,
  findReceiptSubject,
  insertFirstKey,
  insertKey,
  insertReceipt,
  listDecisions,
  listKeys,
  retireCurrentKey,
} from './repository.ts';
import { newSigningKey, signWith, toReceiptKeyDto, type ReceiptKeyDto } from './signing-key.ts';
import type { ApprovalReceiptRow, ReceiptKeyRow } from './table.ts';
import type { components } from '@foyer/contract';

export type ReceiptKeySetDto = components['schemas']['ReceiptKeySet'];

/**
 * Signed receipts of decided approval requests, and the workspaces' signing keys. A receipt is issued the
 * first time it is asked for — signed by the workspace's current key (made then if the workspace has none)
 * — and kept: later reads answer the same bytes, whatever happens to the keys or the names since.
 */
export class ReceiptService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly settings: { secretKey: string; publicUrl: string },
  ) {}

  /** Owner or client of the request's portal: its receipt, once it is decided (else 409 `approval_undecided`). */
  async receipt(auth: Auth | undefined, requestId: string): Promise<SignedApprovalReceiptDto> {
    const request = await findReadableApprovalRequest(this.db, auth, requestId);
    const stored = (await findReceipt(this.db, request.id)) ?? (await this.issue(request));
    return signedReceipt(stored.payload, stored.signature, stored.key_id);
  }

  /** Owner (role owner): a new current key; the previous one is retired and stays published. */
  async rotateKey(auth: Auth | undefined, meta: RequestMeta): Promise<ReceiptKeyDto> {
    const owner = requireOwnerRole(auth);
    return this.db.transaction().execute(async (trx) => {
      // Rotations of one workspace queue behind each other: each retires exactly the key the previous made.
      await trx.selectFrom('workspaces').select('id').where('id', '=', owner.workspaceId).forUpdate().executeTakeFirstOrThrow();
      const retired = await retireCurrentKey(trx, owner.workspaceId);
      const key = await insertKey(trx, newSigningKey(this.settings.secretKey, owner.workspaceId));
      await this.events.record(
        trx,
        {
          workspaceId: owner.workspaceId,
          portalId: null,
          type: 'receipt_key.rotated',
          actor: actorOf(owner),
          target: { type: 'receipt_key', id: key.id },
          data: { retired_key_id: retired ?? null },
        },
        meta,
      );
      return toReceiptKeyDto(key);
    });
  }

  /** Every workspace's public keys, current and retired (the well-known key set). */
  async keySet(): Promise<ReceiptKeySetDto> {
    return { issuer: this.settings.publicUrl, keys: (await listKeys(this.db)).map(toReceiptKeyDto) };
  }

  private async issue(request: ApprovalRequestRow): Promise<ApprovalReceiptRow> {
    const { status } = request;
    if (status !== 'approved' && status !== 'changes_requested') throw undecided(status);
    const [decisions, subject, key] = await Promise.all([
      listDecisions(this.db, request.id),
      findReceiptSubject(this.db, request),
      this.currentKey(request.workspace_id),
    ]);
    // The file (and with it the request) was deleted since it was read.
    if (!subject) throw notFound('approval request');
    const issuedAt = new Date();
    const payload = canonicalBytes(
      receiptDocument({ issuer: this.settings.publicUrl, keyId: key.id, issuedAt, request: { ...request, status }, decisions, subject }),
    );
    try {
      await insertReceipt(this.db, {
        request_id: request.id,
        workspace_id: request.workspace_id,
        key_id: key.id,
        payload: payload.toString('utf8'),
        signature: signWith(this.settings.secretKey, key, payload).toString('base64'),
        issued_at: issuedAt,
      });
    } catch (err) {
      // The request went (its file or portal was deleted) between reading it and keeping its receipt.
      if ((err as { code?: string }).code === '23503') throw notFound('approval request');
      throw err;
    }
    // Another instance may have issued it a moment earlier: the first receipt is the one kept and answered.
    const stored = await findReceipt(this.db, request.id);
    if (!stored) throw notFound('approval request');
    return stored;
  }

  /** The workspace's current key, made on first use (one, even when several instances race to make it). */
  private async currentKey(workspaceId: string): Promise<ReceiptKeyRow> {
    const current = await findCurrentKey(this.db, workspaceId);
    if (current) return current;
    await insertFirstKey(this.db, newSigningKey(this.settings.secretKey, workspaceId));
    const made = await findCurrentKey(this.db, workspaceId);
    if (!made) throw new Error(`workspace ${workspaceId} has no current receipt key`);
    return made;
  }
}

function undecided(status: string) {
  return createError(
    'approval_undecided',
    status === 'pending'
      ? 'This request is still waiting for decisions: its receipt exists once it is approved or changes are requested.'
      : `This request was ${status} before it was decided: it has no receipt.`,
  );
}
