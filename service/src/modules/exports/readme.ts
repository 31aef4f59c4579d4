/** What the README of an export says: its layout and how to check it without Foyer. */
export function exportReadme(info: { exportId: string; scope: 'portal' | 'workspace'; workspaceName: string; createdAt: Date }): string {
  return `# Foyer export ${info.exportId}

${info.scope === 'portal' ? 'One portal' : 'Every portal'} of the workspace "${info.workspaceName}", exported ${info.createdAt.toISOString()}.

## What is in it

- \`manifest.json\` — what was exported, with counts and the last hash of every event chain.
- \`portals/<portal_id>/portal.json\` — the portal (name, client, access mode, status).
- \`portals/<portal_id>/members.json\` — its client contacts (email, name, status, verified, last seen).
- \`portals/<portal_id>/files.json\` — every file and every version: size, type, sha256, who uploaded it, and the
  \`path\` of its bytes in this zip, \`portals/<portal_id>/files/<file_id>/v<version>-<name>\`.
- \`portals/<portal_id>/comments.json\` — every comment and reply (deleted ones keep their place, without text).
- \`portals/<portal_id>/approvals.json\` — approval requests with their approvers and decisions: the member, the
  verified email, the version and the sha256 of the approved bytes, when, from which IP and user agent, and how
  the person signed in.
- \`portals/<portal_id>/requests.json\` — document requests, their items and the files attached to each.
- \`portals/<portal_id>/events.json\` — the portal's audit trail, oldest first, with its hash chain.
${info.scope === 'workspace' ? '- `workspace/workspace.json`, `workspace/users.json`, `workspace/events.json` — the workspace, its users, and its own\n  audit trail (events outside any portal).\n' : ''}
## Checking it

With Node.js 18 or newer, in the folder you extracted this zip to:

    node verify-export.mjs

It recomputes every event chain and the sha256 of every file version, prints one line each, and exits 1 when
something does not match. It needs nothing but this folder: no Foyer, no database, no network.

Checking a file by hand: \`sha256sum portals/<portal_id>/files/<file_id>/v1-<name>\` must print the \`sha256\` of
that version in \`files.json\` (and of the approval decisions on it).

Checking an event by hand: each event carries \`prev_hash\` (the \`hash\` of the event before it in its chain, 64
zeros for the first), \`hash\` and \`hash_version\`. Make a JSON object of these members of the event: \`id\`,
\`workspace_id\`, \`portal_id\`, \`type\`, \`actor_kind\`, \`actor_id\`, \`target_type\`, \`target_id\`, \`data\`, \`ip\`,
\`user_agent\`, \`request_id\`, \`created_at\` — plus \`actor_method\` and \`hash_version\` from version 2 on, plus
\`actor_email\` from version 4 on. Serialise it as RFC 8785 canonical JSON (keys sorted, no whitespace) in UTF-8.
\`hash\` is the lowercase hex SHA-256 of the 64 ASCII characters of \`prev_hash\` followed by those bytes. A
changed, removed or reordered event breaks the chain from there on; \`manifest.json\` names each chain's last
hash, so a trail cut short shows too.
`;
}
