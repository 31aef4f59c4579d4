// What a browser test of the console's portal page (`<foyer-console-portal>`) tells the fake API about a
// portal's contents, beside its workspace (console-scenario.ts): `extra.portalPages[portal_id]`. The portal
// itself is one of the workspace's `portals`, its members are the workspace's `members[portal_id]`. Shared by
// the fake (Node) and the tests (browser): types only.
import type { Schema } from '@foyer/sdk';

export interface PageFile {
  /** Its id, when the test needs to know it beforehand (e.g. for events about it). */
  id?: string;
  name: string;
  size?: number;
  /** Who uploaded it: the signed-in user (default) or the portal's first member. */
  by?: 'owner' | 'member';
  versions?: number;
}

export interface PageApproval {
  /** The file's name. */
  file: string;
  status?: Schema<'ApprovalRequest'>['status'];
  rule?: 'any' | 'all';
  due_at?: string | null;
  message?: string | null;
  /** Decisions by the portal's first member. */
  decisions?: Array<'approve' | 'request_changes'>;
}

export interface PageComment {
  /** The file's name. */
  file: string;
  body: string;
  by?: 'owner' | 'member';
  /** The index (in this list) of the thread's first comment this replies to. */
  reply_to?: number;
  resolved?: boolean;
}

/** A portal's contents, as a test describes them. */
export interface PortalPageScenario {
  files?: PageFile[];
  approvals?: PageApproval[];
  comments?: PageComment[];
  events?: Schema<'Event'>[];
  /** The devices signed in, by member email: one session per user agent. */
  devices?: Record<string, string[]>;
}

/** What the fake holds of a portal's contents (in `extra.pages[portal_id]`, read back with the workspace). */
export interface PortalPageState {
  files: Schema<'File'>[];
  /** By file id, newest first. */
  versions: Record<string, Schema<'FileVersion'>[]>;
  comments: Schema<'Comment'>[];
  /** Oldest first. */
  approvals: Schema<'ApprovalRequest'>[];
  sessions: Schema<'Session'>[];
  events: Schema<'Event'>[];
}
