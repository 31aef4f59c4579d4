import type { Generated, Selectable } from 'kysely';
import type { SignInMethod } from '../sessions/table.ts';

export type ApprovalStatus = 'pending' | 'approved' | 'changes_requested' | 'canceled' | 'superseded';

export interface ApprovalRequestTable {
  id: string;
  seq: Generated<string>;
  file_id: string;
  portal_id: string;
  workspace_id: string;
  /** The exact version asked about, and the sha256 of its bytes. */
  version: number;
  sha256: string;
  status: Generated<ApprovalStatus>;
  rule: 'any' | 'all';
  message: string | null;
  due_at: Date | null;
  requested_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ApprovalApproverTable {
  request_id: string;
  member_id: string;
}

/** Immutable (a trigger refuses updates). */
export interface ApprovalDecisionTable {
  id: string;
  request_id: string;
  member_id: string;
  email: string;
  decision: 'approve' | 'request_changes';
  note: string | null;
  version: number;
  sha256: string;
  ip: string | null;
  user_agent: string | null;
  /** How the deciding member signed in; null for decisions recorded before methods were. */
  sign_in_method: SignInMethod | null;
  created_at: Generated<Date>;
}

export type ApprovalRequestRow = Selectable<ApprovalRequestTable>;
export type ApprovalDecisionRow = Selectable<ApprovalDecisionTable>;
