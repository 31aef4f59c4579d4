// The contents of a portal as the console's portal-page handlers (console-portal.ts) keep them: built from a
// test's scenario the first time the portal is asked for, then changed by the calls, always in the
// contract's shapes.
import type { Schema } from '@foyer/sdk';
import type { ConsoleWorkspace } from './console.ts';
import type { PortalPageScenario, PortalPageState } from './console-portal-scenario.ts';
import { nextNumber } from './respond.ts';
import { fakeId } from './scenario.ts';

type File = Schema<'File'>;
type Member = Schema<'Member'>;
type ApprovalRequest = Schema<'ApprovalRequest'>;
type Decision = Schema<'Decision'>;

export const now = () => new Date().toISOString();
const sha = (n: number) => n.toString(16).padStart(64, 'a').slice(-64);

/** The signed-in user as the author of what the console does. */
export function userActor(ws: ConsoleWorkspace): Schema<'Actor'> {
  const user = ws.users.find((u) => u.id === ws.me)!;
  return { kind: 'owner', id: user.id, name: user.name, email: user.email };
}

export function memberActor(m: Member): Schema<'Actor'> {
  return { kind: 'member', id: m.id, name: m.name, email: m.email };
}

export function version(n: number, size: number, by: Schema<'Actor'>): Schema<'FileVersion'> {
  return { version: n, size, content_type: 'application/pdf', sha256: sha(n * 7919 + size), uploaded_by: by, created_at: now() };
}

export function addFile(
  state: PortalPageState,
  portalId: string,
  name: string,
  size: number,
  by: Schema<'Actor'>,
  versions = 1,
  id = fakeId('fil', nextNumber()),
): File {
  const list = Array.from({ length: versions }, (_, i) => version(versions - i, size, by));
  state.versions[id] = list;
  const file: File = {
    id,
    approval: null,
    portal_id: portalId,
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

export function decision(request: ApprovalRequest, kind: Decision['decision'], member: Member): Decision {
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
export function summarize(state: PortalPageState, fileId: string): void {
  const file = state.files.find((f) => f.id === fileId);
  const latest = state.approvals.filter((r) => r.file_id === fileId).at(-1);
  if (file)
    file.approval = latest ? { request_id: latest.id, status: latest.status, version: latest.version, due_at: latest.due_at } : null;
}

export function addRequest(state: PortalPageState, members: Member[], file: File, input: Schema<'ApprovalRequestCreate'>): ApprovalRequest {
  const approvers = input.approvers ? members.filter((m) => input.approvers!.includes(m.id)) : members.filter((m) => m.status === 'active');
  const request: ApprovalRequest = {
    id: fakeId('apr', nextNumber()),
    file_id: file.id,
    portal_id: file.portal_id,
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

/** A portal's contents from its scenario, with ids given out; its members are the workspace's. */
export function build(ws: ConsoleWorkspace, portalId: string, scenario: PortalPageScenario = {}): PortalPageState {
  const state: PortalPageState = { files: [], versions: {}, comments: [], approvals: [], sessions: [], events: scenario.events ?? [] };
  const members = ws.members[portalId] ?? [];
  const first = members[0];
  const owner = userActor(ws);
  for (const member of members)
    for (const agent of scenario.devices?.[member.email] ?? [])
      state.sessions.push({
        id: fakeId('ses', nextNumber()),
        portal_id: portalId,
        member,
        method: 'code',
        user_agent: agent,
        ip: '198.51.100.7',
        created_at: now(),
        last_used_at: now(),
        expires_at: new Date(Date.now() + 90 * 86400e3).toISOString(),
      });
  for (const f of scenario.files ?? [])
    addFile(state, portalId, f.name, f.size ?? 1234, f.by === 'member' && first ? memberActor(first) : owner, f.versions, f.id);
  for (const a of scenario.approvals ?? []) {
    const file = state.files.find((f) => f.name === a.file)!;
    const request = addRequest(state, members, file, { rule: a.rule, due_at: a.due_at, message: a.message });
    request.decisions = first ? (a.decisions ?? []).map((kind) => decision(request, kind, first)) : [];
    request.status = a.status ?? (a.decisions?.includes('approve') ? 'approved' : a.decisions?.length ? 'changes_requested' : 'pending');
    summarize(state, file.id);
  }
  for (const c of scenario.comments ?? []) {
    const file = state.files.find((f) => f.name === c.file)!;
    state.comments.push({
      id: fakeId('cmt', nextNumber()),
      file_id: file.id,
      parent_id: c.reply_to === undefined ? null : (state.comments[c.reply_to]?.id ?? null),
      version: null,
      author: c.by === 'member' && first ? memberActor(first) : owner,
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
