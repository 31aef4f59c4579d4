// The state the owner-portal fake (owner-portal.ts) keeps of one portal: built from a test's scenario, changed
// by the calls, always in the contract's shapes.
import type { OperationId, Schema } from '@foyer/sdk';
import { nextNumber } from './respond.ts';
import { fakeId } from './scenario.ts';
import type { OwnerCall, OwnerPortalScenario } from './owner-portal-scenario.ts';

type Portal = Schema<'Portal'>;
type File = Schema<'File'>;
type Version = Schema<'FileVersion'>;
type Member = Schema<'Member'>;
type Session = Schema<'Session'>;
type Comment = Schema<'Comment'>;
type ApprovalRequest = Schema<'ApprovalRequest'>;
type Decision = Schema<'Decision'>;

export interface State {
  scenario: OwnerPortalScenario;
  portal: Portal;
  deleted: boolean;
  files: File[];
  versions: Map<string, Version[]>;
  members: Member[];
  sessions: Session[];
  comments: Comment[];
  approvals: ApprovalRequest[];
  events: Schema<'Event'>[];
  seen: number;
  /** What was sent: the calls that change something (with their bodies). */
  calls: OwnerCall[];
  /** How many times each operation was called. */
  counts: Partial<Record<OperationId, number>>;
}

export const OWNER: Schema<'Actor'> = { kind: 'owner', id: fakeId('usr', 1), name: 'Olivia Owner', email: 'olivia@acme.test' };
export const now = () => new Date().toISOString();
const sha = (n: number) => n.toString(16).padStart(64, 'a').slice(-64);

export function memberActor(m: Member): Schema<'Actor'> {
  return { kind: 'member', id: m.id, name: m.name, email: m.email };
}

export function version(n: number, size: number, by: Schema<'Actor'>): Version {
  return { version: n, size, content_type: 'application/pdf', sha256: sha(n * 7919 + size), uploaded_by: by, created_at: now() };
}

export function addFile(state: State, name: string, size: number, by: Schema<'Actor'>, versions = 1): File {
  const id = fakeId('fil', nextNumber());
  const list = Array.from({ length: versions }, (_, i) => version(versions - i, size, by));
  state.versions.set(id, list);
  const file: File = {
    id,
    approval: null,
    portal_id: state.portal.id,
    name,
    current_version: list[0]!,
    version_count: versions,
    uploaded_by: by,
    created_at: now(),
    updated_at: now(),
  };
  state.files.unshift(file);
  return file;
}

export function decision(state: State, request: ApprovalRequest, kind: Decision['decision'], member = state.members[0]!): Decision {
  return {
    id: fakeId('dec', nextNumber()),
    member_id: member.id,
    email: member.email,
    decision: kind,
    note: kind === 'approve' ? null : 'Page 2 is missing.',
    version: request.version,
    sha256: request.sha256,
    sign_in_method: 'code',
    ip: '203.0.113.9',
    user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15',
    created_at: now(),
  };
}

/** Keeps the file's `approval` summary on its latest request, as the service does. */
export function summarize(state: State, fileId: string): void {
  const file = state.files.find((f) => f.id === fileId);
  const latest = state.approvals.filter((r) => r.file_id === fileId).at(-1);
  if (file)
    file.approval = latest ? { request_id: latest.id, status: latest.status, version: latest.version, due_at: latest.due_at } : null;
}

export function addRequest(state: State, file: File, input: Schema<'ApprovalRequestCreate'>): ApprovalRequest {
  const approvers = input.approvers
    ? state.members.filter((m) => input.approvers!.includes(m.id))
    : state.members.filter((m) => m.status === 'active');
  const request: ApprovalRequest = {
    id: fakeId('apr', nextNumber()),
    file_id: file.id,
    portal_id: state.portal.id,
    version: file.current_version.version,
    sha256: file.current_version.sha256,
    status: 'pending',
    rule: input.rule ?? 'any',
    message: input.message ?? null,
    due_at: input.due_at ?? null,
    approvers,
    decisions: [],
    created_at: now(),
    updated_at: now(),
  };
  state.approvals.push(request);
  summarize(state, file.id);
  return request;
}

/** The portal a scenario describes, with its ids given out. */
export function build(id: string, scenario: OwnerPortalScenario): State {
  const state: State = {
    scenario,
    deleted: false,
    portal: {
      id,
      name: '2026 tax return',
      client_name: 'Dana Whitfield',
      access_mode: 'verified',
      status: 'active',
      client_uploads: true,
      url: `http://portal.test/p/${id}`,
      created_at: now(),
      updated_at: now(),
      ...scenario.portal,
    },
    files: [],
    versions: new Map(),
    members: [],
    sessions: [],
    comments: [],
    approvals: [],
    events: scenario.events ?? [],
    seen: 0,
    calls: [],
    counts: {},
  };
  for (const m of scenario.members ?? []) {
    const member: Member = {
      id: fakeId('mem', nextNumber()),
      portal_id: id,
      email: m.email,
      name: m.name ?? null,
      status: m.status ?? 'active',
      verified: m.verified ?? true,
      notifications: 'all',
      last_seen_at: m.devices?.length ? now() : null,
      created_at: now(),
    };
    state.members.push(member);
    for (const agent of m.devices ?? [])
      state.sessions.push({
        id: fakeId('ses', nextNumber()),
        portal_id: id,
        member,
        method: 'code',
        user_agent: agent,
        ip: '198.51.100.7',
        created_at: now(),
        last_used_at: now(),
        expires_at: new Date(Date.now() + 90 * 86400e3).toISOString(),
      });
  }
  for (const f of scenario.files ?? []) {
    const by = f.by === 'member' && state.members[0] ? memberActor(state.members[0]) : OWNER;
    addFile(state, f.name, f.size ?? 1234, by, f.versions);
  }
  for (const a of scenario.approvals ?? []) {
    const file = state.files.find((f) => f.name === a.file)!;
    const request = addRequest(state, file, { rule: a.rule, due_at: a.due_at, message: a.message });
    request.decisions = (a.decisions ?? []).map((kind) => decision(state, request, kind));
    request.status = a.status ?? (a.decisions?.includes('approve') ? 'approved' : a.decisions?.length ? 'changes_requested' : 'pending');
    summarize(state, file.id);
  }
  for (const c of scenario.comments ?? []) {
    const file = state.files.find((f) => f.name === c.file)!;
    const parent = c.reply_to === undefined ? null : (state.comments[c.reply_to]?.id ?? null);
    state.comments.push({
      id: fakeId('cmt', nextNumber()),
      file_id: file.id,
      parent_id: parent,
      version: null,
      author: c.by === 'member' && state.members[0] ? memberActor(state.members[0]) : OWNER,
      body: c.body,
      deleted: false,
      resolved: c.resolved ?? false,
      resolved_at: c.resolved ? now() : null,
      edited_at: null,
      created_at: now(),
    });
  }
  return state;
}
