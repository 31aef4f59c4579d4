// Seeds a workspace the size the console's dashboard must stay fast at (issue 13): `count` portals, each with
// 1–2 members, 4 files (two from the client, one of them with a second version), 4–6 comments in 3 threads
// (some answered, some resolved), 2 approval requests (pending, overdue, settled), about a dozen events, and
// a seen mark of `viewerId` on every other portal; every 20th portal archived. Plain SQL, deterministic (each
// portal's mix follows its number), in one transaction: a few seconds for 1,000 portals.

/** Seeds `count` portals into `workspaceId`; returns their ids. */
export async function seedConsolePortals(db, { workspaceId, viewerId, count = 1000 }) {
  const params = [workspaceId, count, viewerId];
  const portal = `'prt_' || lpad(to_hex(g), 32, '0')`;
  await db.query('begin');
  try {
    await db.query(
      `insert into portals (id, workspace_id, name, client_name, access_mode, status, client_uploads, created_at, updated_at)
       select ${portal}, $1,
              (array['Tax return', 'Bookkeeping', 'Payroll', 'Annual accounts'])[g % 4 + 1] || ' ' || (2020 + g % 7) || ' · ' || g,
              'Client ' || g || ' Ltd', 'verified', case when g % 20 = 0 then 'archived' else 'active' end, true,
              now() - interval '90 days' + g * interval '2 hours', now() - interval '90 days' + g * interval '2 hours'
       from generate_series(1, $2::int) g`,
      params.slice(0, 2),
    );
    // 1–2 members: every portal has its client; every other one a second contact.
    await db.query(
      `insert into members (id, portal_id, workspace_id, email, name, status, verified, created_at)
       select 'mem_' || lpad(to_hex(g * 10 + m), 32, '0'), ${portal}, $1,
              case m when 1 then 'client' || g || '@example.com' else 'partner' || g || '@example.org' end,
              'Contact ' || g || '-' || m, 'active', true, now() - interval '90 days' + g * interval '2 hours' + m * interval '1 minute'
       from generate_series(1, $2::int) g, generate_series(1, 2) m
       where m = 1 or g % 2 = 0`,
      params.slice(0, 2),
    );
    // 4 files: 1 and 2 from the client, 3 and 4 from the owner; file 1 of every third portal has a second
    // version from the client. Uploads spread over the portal's first days.
    await db.query(
      `insert into files (id, portal_id, workspace_id, name, current_version, uploaded_by_kind, uploaded_by_id, created_at, updated_at)
       select 'fil_' || lpad(to_hex(g * 10 + f), 32, '0'), ${portal}, $1, 'Document ' || f || '.pdf',
              case when f = 1 and g % 3 = 0 then 2 else 1 end,
              case when f <= 2 then 'member' else 'owner' end,
              case when f <= 2 then 'mem_' || lpad(to_hex(g * 10 + 1), 32, '0') else 'key_bench' end,
              now() - interval '90 days' + g * interval '2 hours' + f * interval '6 hours',
              now() - interval '90 days' + g * interval '2 hours' + f * interval '6 hours'
       from generate_series(1, $2::int) g, generate_series(1, 4) f`,
      params.slice(0, 2),
    );
    await db.query(
      `insert into file_versions (file_id, version, size, content_type, sha256, storage_key, uploaded_by_kind, uploaded_by_id, created_at)
       select f.id, v, 48213, 'application/pdf', repeat('a', 64), 'portals/' || f.portal_id || '/' || f.id || '/' || v,
              f.uploaded_by_kind, f.uploaded_by_id, f.created_at + (v - 1) * interval '1 day'
       from files f, generate_series(1, 2) v
       where f.workspace_id = $1 and v <= f.current_version and f.id like 'fil_00000000%'`,
      params.slice(0, 1),
    );
    // Threads: on file 1 the client asks, and the owner answers in every other portal; on file 3 the owner
    // asks and the client answers in every third; on file 2 a client thread, resolved in every fourth.
    await db.query(
      `insert into comments (id, file_id, portal_id, workspace_id, parent_id, author_kind, author_id, body, resolved_at, created_at)
       select 'cmt_' || lpad(to_hex(g * 100 + c.n), 32, '0'), 'fil_' || lpad(to_hex(g * 10 + c.f), 32, '0'), ${portal}, $1,
              case when c.reply then 'cmt_' || lpad(to_hex(g * 100 + c.n - 1), 32, '0') end,
              c.kind, case c.kind when 'member' then 'mem_' || lpad(to_hex(g * 10 + 1), 32, '0') else 'key_bench' end,
              'Comment ' || c.n, case when c.n = 5 and g % 4 = 0 then now() - interval '1 day' end,
              now() - interval '89 days' + g * interval '2 hours' + c.n * interval '3 hours'
       from generate_series(1, $2::int) g,
            (values (1, 1, false, 'member'), (2, 1, true, 'owner'), (3, 3, false, 'owner'), (4, 3, true, 'member'), (5, 2, false, 'member'))
              as c(n, f, reply, kind)
       where (c.n <> 2 or g % 2 = 0) and (c.n <> 4 or g % 3 = 0)`,
      params.slice(0, 2),
    );
    // Approval requests on file 3 (pending in two portals of three; overdue in one of five) and on file 4 (approved).
    await db.query(
      `insert into approval_requests (id, file_id, portal_id, workspace_id, version, sha256, status, rule, due_at, requested_by, created_at, updated_at)
       select 'apr_' || lpad(to_hex(g * 10 + f), 32, '0'), 'fil_' || lpad(to_hex(g * 10 + f), 32, '0'), ${portal}, $1, 1, repeat('a', 64),
              case when f = 3 and g % 3 <> 0 then 'pending' else 'approved' end, 'any',
              case g % 5 when 0 then now() - interval '2 days' when 1 then now() + interval '5 days' end, 'key_bench',
              now() - interval '88 days' + g * interval '2 hours', now() - interval '88 days' + g * interval '2 hours'
       from generate_series(1, $2::int) g, generate_series(3, 4) f`,
      params.slice(0, 2),
    );
    // About a dozen events per portal (the audit trail; its hashes are not a real chain here).
    await db.query(
      `insert into events (id, workspace_id, portal_id, type, actor_kind, actor_id, target_type, target_id, created_at, prev_hash, hash, hash_version)
       select 'evt_' || lpad(to_hex(g * 100 + e), 32, '0'), $1, ${portal},
              (array['file.uploaded', 'portal.viewed', 'comment.created', 'file.downloaded', 'approval.requested'])[e % 5 + 1],
              case when e % 2 = 0 then 'member' else 'owner' end, 'bench', 'portal', ${portal},
              now() - interval '90 days' + g * interval '2 hours' + e * interval '7 hours', repeat('0', 64), repeat('1', 64), 2
       from generate_series(1, $2::int) g, generate_series(1, 12) e`,
      params.slice(0, 2),
    );
    // The viewer looked at every other portal a day after it opened: later client uploads are new to it.
    await db.query(
      `insert into portal_seen_marks (portal_id, viewer_id, workspace_id, seen_at)
       select ${portal}, $3, $1, now() - interval '89 days' + g * interval '2 hours'
       from generate_series(1, $2::int) g where g % 2 = 0`,
      params,
    );
    await db.query('commit');
  } catch (err) {
    await db.query('rollback');
    throw err;
  }
  await db.query('analyze');
  const { rows } = await db.query(`select id from portals where workspace_id = $1 and id like 'prt_00000000%' order by id`, [workspaceId]);
  return rows.map((r) => r.id);
}
