// Baseline for bench/list.mjs: node:http + pg, no framework, no auth, no validation — one SQL query for the
// same page of files (current version, uploader, latest approval) the service answers.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
const QUERY = `
  select f.id, f.portal_id, f.name, f.current_version, f.uploaded_by_kind, f.uploaded_by_id, f.created_at, f.updated_at,
         v.size, v.content_type, v.sha256, v.created_at as v_created_at, m.name as m_name, m.email as m_email,
         ar.id as ar_id, ar.status as ar_status, ar.version as ar_version, ar.due_at as ar_due_at
  from files f
  join file_versions v on v.file_id = f.id and v.version = f.current_version
  left join members m on m.id = f.uploaded_by_id and f.uploaded_by_kind = 'member'
  left join lateral (select id, status, version, due_at from approval_requests where file_id = f.id order by seq desc limit 1) ar on true
  where f.portal_id = $1
  order by f.seq desc
  limit $2`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const { rows } = await pool.query(QUERY, [url.searchParams.get('portal'), limit + 1]);
  const uploader = (r) => ({ kind: r.uploaded_by_kind, id: r.uploaded_by_id, name: r.m_name, email: r.m_email });
  const data = rows.slice(0, limit).map((r) => ({
    id: r.id,
    portal_id: r.portal_id,
    name: r.name,
    current_version: {
      version: r.current_version,
      size: Number(r.size),
      content_type: r.content_type,
      sha256: r.sha256,
      uploaded_by: uploader(r),
      created_at: r.v_created_at.toISOString(),
    },
    version_count: r.current_version,
    uploaded_by: uploader(r),
    approval: r.ar_id
      ? { request_id: r.ar_id, status: r.ar_status, version: r.ar_version, due_at: r.ar_due_at?.toISOString() ?? null }
      : null,
    created_at: r.created_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
  }));
  const body = JSON.stringify({ data, has_more: rows.length > limit, next_cursor: null });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
