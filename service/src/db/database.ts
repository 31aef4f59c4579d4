import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { ApiKeyTable } from '../modules/api-keys/table.ts';
import type { FileTable, FileVersionTable } from '../modules/files/table.ts';
import type { BlobDeletionTable } from '../modules/storage/table.ts';
import type { FilePreviewImageTable, FilePreviewTable } from '../modules/previews/table.ts';
import type { EventTable } from '../modules/events/table.ts';
import type { ExportTable } from '../modules/exports/table.ts';
import type { CommentTable } from '../modules/comments/table.ts';
import type { ApprovalApproverTable, ApprovalDecisionTable, ApprovalRequestTable } from '../modules/approvals/table.ts';
import type { MemberTable } from '../modules/members/table.ts';
import type { NotificationBatchTable, NotificationItemTable } from '../modules/notifications/table.ts';
import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookEndpointTable } from '../modules/webhooks/table.ts';
import type { RateLimitHitTable } from '../modules/rate-limits/table.ts';
import type { SessionTable } from '../modules/sessions/table.ts';
import type { SignInTokenTable, VerificationCodeTable } from '../modules/verifications/table.ts';
import type { DevMailTable } from '../modules/dev-mail/table.ts';
import type { IdempotencyKeyTable } from '../modules/idempotency/table.ts';
import type { PortalTable } from '../modules/portals/table.ts';
import type { PortalSeenMarkTable } from '../modules/dashboard/table.ts';
import type { RequestItemFileTable, RequestItemTable, RequestTable, RequestTemplateTable } from '../modules/requests/table.ts';
import type { WorkspaceTable } from '../modules/workspaces/table.ts';
import type { ApprovalReceiptTable, ReceiptKeyTable } from '../modules/receipts/table.ts';
import type { UserTable } from '../modules/users/table.ts';
import type { UserSessionTable } from '../modules/user-sessions/table.ts';
import type { UserSignInCodeTable, UserSignInTokenTable } from '../modules/user-sign-in/table.ts';
import type { UploadTable } from '../modules/uploads/table.ts';

/** Every table, as kysely sees it. Each feature declares its own in `modules/<feature>/table.ts`. */
export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  user_sessions: UserSessionTable;
  user_sign_in_codes: UserSignInCodeTable;
  user_sign_in_tokens: UserSignInTokenTable;
  api_keys: ApiKeyTable;
  portals: PortalTable;
  idempotency_keys: IdempotencyKeyTable;
  files: FileTable;
  file_versions: FileVersionTable;
  blob_deletions: BlobDeletionTable;
  uploads: UploadTable;
  file_previews: FilePreviewTable;
  file_preview_images: FilePreviewImageTable;
  members: MemberTable;
  sessions: SessionTable;
  verification_codes: VerificationCodeTable;
  sign_in_tokens: SignInTokenTable;
  rate_limit_hits: RateLimitHitTable;
  events: EventTable;
  comments: CommentTable;
  approval_requests: ApprovalRequestTable;
  approval_approvers: ApprovalApproverTable;
  approval_decisions: ApprovalDecisionTable;
  notification_batches: NotificationBatchTable;
  notification_items: NotificationItemTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  dev_mail: DevMailTable;
  portal_seen_marks: PortalSeenMarkTable;
  request_templates: RequestTemplateTable;
  requests: RequestTable;
  request_items: RequestItemTable;
  request_item_files: RequestItemFileTable;
  receipt_keys: ReceiptKeyTable;
  approval_receipts: ApprovalReceiptTable;
  exports: ExportTable;
}

/**
 * The database as the app holds it: kysely over a pg pool, with the pool at hand for the prepared reads
 * (`queryPrepared` in prepared.ts). Built by {@link createDatabase} and passed down through `AppDeps`; a
 * transaction (`Transaction<Database>`) has no pool, so passing one where a `Db` is wanted does not type-check.
 */
export class Db extends Kysely<Database> {
  constructor(
    readonly pool: pg.Pool,
    /** DATABASE_PREPARED_STATEMENTS: whether prepared reads run as named server-side statements. */
    readonly preparedStatements = true,
  ) {
    super({ dialect: new PostgresDialect({ pool }) });
  }
}

/** What repositories take: the database or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>;

// bigint columns (sequence numbers) stay strings: JavaScript numbers lose precision past 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export interface DatabaseOptions {
  url: string;
  maxConnections?: number;
  /** DATABASE_PREPARED_STATEMENTS (default true); false for PgBouncer in transaction mode. */
  preparedStatements?: boolean;
  onError?: (err: Error) => void;
}

/** Opens a pool and wraps it in a {@link Db}. `db.destroy()` closes the pool. */
export function createDatabase(options: DatabaseOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'foyer',
    // Timestamps are instants whatever the session's zone; UTC makes their text form the API's (timestamps.ts).
    options: '-c TimeZone=UTC -c DateStyle=ISO',
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', (err) => options.onError?.(err));
  // Nor may a checked-out one: between two statements (inside a transaction, say) it has no query to fail,
  // so node-postgres emits 'error' on the client itself, which pg-pool only listens to while it is idle.
  // The holder's next statement fails ("not queryable", a 503), and pg-pool drops the client on release.
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_err, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      // An idle client's error is reported once, as the pool's, above.
      if (checkedOut.has(client)) options.onError?.(err);
    });
  });
  return new Db(pool, options.preparedStatements ?? true);
}
