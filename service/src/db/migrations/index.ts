import type { Migration } from 'kysely';
import * as createCoreTables from './2026_11_28_000000_create_core_tables.ts';
import * as createFiles from './2026_11_28_010000_create_files.ts';
import * as createClientAccess from './2026_11_28_030000_create_client_access.ts';
import * as createCollaboration from './2026_11_28_040000_create_collaboration.ts';
import * as createDevMail from './2026_11_28_100000_create_dev_mail.ts';
import * as createEventConsumers from './2026_11_28_200000_create_event_consumers.ts';
import * as recordSignInMethods from './2026_12_05_120000_record_sign_in_methods.ts';
import * as sealIdempotentResponses from './2026_12_05_191000_seal_idempotent_responses.ts';
import * as sealDevMail from './2026_12_05_192000_seal_dev_mail.ts';
import * as notifyOwnersByDefault from './2026_12_05_193000_notify_owners_by_default.ts';
import * as createDashboard from './2026_12_06_210000_create_dashboard.ts';
import * as restartWebhookRetries from './2026_12_06_211000_restart_webhook_retries.ts';
import * as createWorkspaceUsers from './2026_12_06_220000_create_workspace_users.ts';
import * as createDocumentRequests from './2026_12_07_100000_create_document_requests.ts';
import * as countWaitingRequiredItems from './2026_12_07_110000_count_waiting_required_items.ts';
import * as createUploads from './2026_12_08_100000_create_uploads.ts';
import * as createFilePreviews from './2026_12_08_110000_create_file_previews.ts';
import * as createExports from './2026_12_08_120000_create_exports.ts';
import * as createReceiptKeys from './2026_12_08_130000_create_receipt_keys.ts';
import * as allowEmbedSignIn from './2026_12_09_100000_allow_embed_sign_in.ts';
import * as addMemberLocale from './2026_12_09_110000_add_member_locale.ts';
import * as recordMemberLocaleSource from './2026_12_09_120000_record_member_locale_source.ts';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_28_000000_create_core_tables': createCoreTables,
  '2026_11_28_010000_create_files': createFiles,
  '2026_11_28_030000_create_client_access': createClientAccess,
  '2026_11_28_040000_create_collaboration': createCollaboration,
  '2026_11_28_100000_create_dev_mail': createDevMail,
  '2026_11_28_200000_create_event_consumers': createEventConsumers,
  '2026_12_05_120000_record_sign_in_methods': recordSignInMethods,
  '2026_12_05_191000_seal_idempotent_responses': sealIdempotentResponses,
  '2026_12_05_192000_seal_dev_mail': sealDevMail,
  '2026_12_05_193000_notify_owners_by_default': notifyOwnersByDefault,
  '2026_12_06_210000_create_dashboard': createDashboard,
  '2026_12_06_211000_restart_webhook_retries': restartWebhookRetries,
  '2026_12_06_220000_create_workspace_users': createWorkspaceUsers,
  '2026_12_07_100000_create_document_requests': createDocumentRequests,
  '2026_12_07_110000_count_waiting_required_items': countWaitingRequiredItems,
  '2026_12_08_100000_create_uploads': createUploads,
  '2026_12_08_110000_create_file_previews': createFilePreviews,
  '2026_12_08_120000_create_exports': createExports,
  '2026_12_08_130000_create_receipt_keys': createReceiptKeys,
  '2026_12_09_100000_allow_embed_sign_in': allowEmbedSignIn,
  '2026_12_09_110000_add_member_locale': addMemberLocale,
  '2026_12_09_120000_record_member_locale_source': recordMemberLocaleSource,
};
