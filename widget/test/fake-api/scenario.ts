// What a browser test tells the fake API about its portal (`PUT /__fake/portals/{id}`), and the contract's
// types the fake answers with. Shared by the fake (Node) and test/support.ts (browser): types and pure
// helpers only.
import type { Member, OperationId, PublicPortal, Schema, operations } from '@foyer/sdk';
import type { PreviewSetting } from './previews.ts';

export type { OperationId };

type Responses<K extends OperationId> = operations[K]['responses'];

/** The statuses an operation documents. */
export type Status<K extends OperationId> = Extract<keyof Responses<K>, number>;

/** The body of an operation's answer with that status, typed from the generated contract (`undefined`: none). */
export type Answer<K extends OperationId, S extends Status<K>> = Responses<K>[S] extends { content: infer C } ? C[keyof C] : undefined;

export interface FakeFile {
  name: string;
  size?: number;
  content_type?: string;
  kind?: 'owner' | 'member';
  versions?: number;
  extra?: Partial<Schema<'File'>>;
  /** The preview's status and pages when not what its type gives (see previews.ts). */
  preview?: PreviewSetting;
}

export interface Collaboration {
  /** By file name. */
  approvals?: Record<string, Schema<'ApprovalRequest'>[]>;
  /** By file name; the fake sets each comment's `file_id`. */
  comments?: Record<string, Schema<'Comment'>[]>;
  events?: Schema<'Event'>[];
}

/** A document request as a test describes it; the fake adds ids, counts and status (requests.ts). */
export interface FakeRequest {
  title: string;
  message?: string;
  due_at?: string | null;
  items: FakeRequestItem[];
}

export interface FakeRequestItem {
  title: string;
  description?: string;
  required?: boolean;
  multiple?: boolean;
  allowed_types?: string[];
  /** Default: `submitted` with files, `open` without. */
  status?: Schema<'RequestItemStatus'>;
  reason?: string;
  note?: string;
  /** Names of files already attached: the portal's file of that name, or a new one uploaded by the member. */
  files?: string[];
}

export interface Scenario {
  name?: string;
  access_mode?: 'verified' | 'link';
  public?: null;
  publicStatus?: 500;
  filesStatus?: 500;
  uploadStatus?: 403 | 413;
  /** "Download all": the service is unavailable (503), the zip's size in bytes, the ms between its four pieces. */
  archiveStatus?: 503;
  archiveSize?: number;
  archivePace?: number;
  rateLimit?: number;
  /** The remembered session came in through the portal's link: deciding needs a code sign-in first. */
  linkSession?: boolean;
  /** Addresses of members a link visitor may not take over. */
  members?: string[];
  resendAfter?: number;
  revoked?: boolean;
  client_uploads?: boolean;
  /** Milliseconds every answer of this portal waits. */
  delay?: number;
  /** Milliseconds the answers of one operation wait (on top of `delay`). */
  delays?: Partial<Record<OperationId, number>>;
  uploadDelay?: number;
  /** Resumable uploads: the first PATCH to reach this many bytes hangs there until the client goes away. */
  tusStallAt?: number;
  /** Resumable uploads: the next PATCHes are answered with these statuses instead. */
  tusFail?: 503[];
  files?: FakeFile[];
  /** The portal's document requests, newest first. */
  requests?: FakeRequest[];
  requestsStatus?: 500;
  collaboration?: Collaboration;
  workspace?: PublicPortal['workspace'];
  member?: Member;
}

const ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** An id of the contract's shape: `prefix_` and 32 characters from `0-9a-z`, counting up from `n`. */
export function fakeId(prefix: string, n: number): string {
  let rest = '';
  for (let i = 0, x = n; i < 32; i++, x = Math.floor(x / 36)) rest = ID_CHARS[x % 36] + rest;
  return `${prefix}_${rest}`;
}

/** The session token the fake gives a portal's member: `verified` after a code sign-in of a link session. */
export function sessionToken(portalId: string, verified = false): string {
  return `cs_${portalId.slice(4)}.${(verified ? 'v' : 's').repeat(43)}`;
}

/** The portal a fake session token belongs to, and whether it came from a code sign-in. */
export function sessionOf(token: string): { portalId: string; verified: boolean } | undefined {
  const m = /^cs_([0-9a-z]{32})\.([sv])\2{42}$/.exec(token);
  return m ? { portalId: `prt_${m[1]}`, verified: m[2] === 'v' } : undefined;
}
