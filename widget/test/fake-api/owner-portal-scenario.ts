// What a browser test of the console's portal page tells the fake API (`PUT /__fake/owner-portals/{id}`):
// the portal as its owner sees it. Shared by the fake (Node) and the tests (browser): types and pure helpers
// only.
import type { OperationId, Schema } from '@foyer/sdk';

export interface OwnerFile {
  name: string;
  size?: number;
  /** Who uploaded it: the owner (default) or the scenario's first member. */
  by?: 'owner' | 'member';
  versions?: number;
}

export interface OwnerMember {
  email: string;
  name?: string | null;
  status?: 'active' | 'revoked';
  verified?: boolean;
  /** Devices signed in: one session per user agent. */
  devices?: string[];
}

export interface OwnerApproval {
  /** The file's name. */
  file: string;
  status?: Schema<'ApprovalRequest'>['status'];
  rule?: 'any' | 'all';
  due_at?: string | null;
  message?: string | null;
  /** Decisions by the scenario's first member. */
  decisions?: Array<'approve' | 'request_changes'>;
}

export interface OwnerComment {
  /** The file's name. */
  file: string;
  body: string;
  by?: 'owner' | 'member';
  /** The index (in this list) of the thread's first comment this replies to. */
  reply_to?: number;
  resolved?: boolean;
}

export interface OwnerPortalScenario {
  portal?: Partial<Omit<Schema<'Portal'>, 'id'>>;
  files?: OwnerFile[];
  members?: OwnerMember[];
  approvals?: OwnerApproval[];
  comments?: OwnerComment[];
  events?: Schema<'Event'>[];
  /** Operations that answer this error status instead (with its problem code). */
  fail?: Partial<Record<OperationId, 403 | 404 | 500>>;
  /** Milliseconds an operation's answer waits. */
  delays?: Partial<Record<OperationId, number>>;
  /** Milliseconds an upload waits before its body is read. */
  uploadDelay?: number;
}

/** What the fake keeps of each call, for the tests to check what was sent. */
export interface OwnerCall {
  operation: OperationId;
  path: string;
  body?: unknown;
}

/** A user session for the portal's owner: `us_` + the portal id's 32 characters + a fixed secret. */
export function ownerToken(portalId: string): string {
  return `us_${portalId.slice(4)}.${'p'.repeat(43)}`;
}

/** The portal an owner token of {@link ownerToken} belongs to. */
export function portalOfOwnerToken(token: string): string | undefined {
  const m = /^us_([0-9a-z]{32})\.p{43}$/.exec(token);
  return m ? `prt_${m[1]}` : undefined;
}
