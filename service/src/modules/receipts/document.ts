import canonicalize from 'canonicalize';
import type { components } from '@foyer/contract';
import type { ApprovalDecisionRow, ApprovalRequestRow } from '../approvals/table.ts';

export type ApprovalReceiptDto = components['schemas']['ApprovalReceipt'];
export type SignedApprovalReceiptDto = components['schemas']['SignedApprovalReceipt'];

/** Where the service publishes its receipt keys, under PUBLIC_URL. */
export const KEYS_PATH = '/.well-known/foyer-receipt-keys.json';

/** Everything a receipt says, gathered from the request, its decisions and what they are about. */
export interface ReceiptFacts {
  issuer: string;
  keyId: string;
  issuedAt: Date;
  request: ApprovalRequestRow & { status: 'approved' | 'changes_requested' };
  decisions: ApprovalDecisionRow[];
  subject: {
    file_id: string;
    file_name: string;
    size: string;
    content_type: string;
    portal_id: string;
    portal_name: string;
    workspace_id: string;
    workspace_name: string;
    display_name: string | null;
  };
}

/** The receipt document: what gets signed. */
export function receiptDocument({ issuer, keyId, issuedAt, request, decisions, subject }: ReceiptFacts): ApprovalReceiptDto {
  const last = decisions.at(-1);
  if (!last) throw new Error(`approval request ${request.id} is ${request.status} without a decision`);
  return {
    type: 'foyer.approval_receipt',
    receipt_version: 1,
    issuer,
    keys_url: `${issuer}${KEYS_PATH}`,
    key_id: keyId,
    issued_at: issuedAt.toISOString(),
    workspace: { id: subject.workspace_id, name: subject.display_name ?? subject.workspace_name },
    portal: { id: subject.portal_id, name: subject.portal_name },
    file: {
      id: subject.file_id,
      name: subject.file_name,
      version: request.version,
      sha256: request.sha256,
      size: Number(subject.size),
      content_type: subject.content_type,
    },
    approval_request: {
      id: request.id,
      status: request.status,
      rule: request.rule,
      message: request.message,
      due_at: request.due_at?.toISOString() ?? null,
      requested_at: request.created_at.toISOString(),
      // Decisions are immutable and the last one settled the request: the receipt depends on nothing that moves.
      settled_at: last.created_at.toISOString(),
    },
    decisions: decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      note: d.note,
      member_id: d.member_id,
      email: d.email,
      sign_in_method: d.sign_in_method,
      ip: d.ip,
      user_agent: d.user_agent,
      decided_at: d.created_at.toISOString(),
    })),
  };
}

/** RFC 8785 (JCS) canonical JSON: the one byte sequence any implementation derives from the same document. */
export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('nothing to canonicalize');
  return Buffer.from(text, 'utf8');
}

/** The signed receipt as the API answers it, from the stored payload and signature. */
export function signedReceipt(payload: string, signature: string, keyId: string): SignedApprovalReceiptDto {
  return {
    receipt: JSON.parse(payload) as ApprovalReceiptDto,
    payload: Buffer.from(payload, 'utf8').toString('base64'),
    signature,
    key_id: keyId,
    alg: 'Ed25519',
  };
}
