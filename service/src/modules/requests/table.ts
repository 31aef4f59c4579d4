import type { ColumnType, Generated, Selectable } from 'kysely';

export type RequestStatus = 'open' | 'complete';
export type RequestItemStatus = 'open' | 'submitted' | 'accepted' | 'changes_requested' | 'not_applicable';

/** An item as a template keeps it (the API's RequestTemplateItem). */
export interface TemplateItem {
  title: string;
  description: string | null;
  required: boolean;
  multiple: boolean;
  allowed_types: string[];
}

export interface RequestTemplateTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  name: string;
  message: string | null;
  /** jsonb; written as JSON text. */
  items: ColumnType<TemplateItem[], string, string>;
  /** The API key or user that created it. */
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RequestTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  portal_id: string;
  template_id: string | null;
  title: string;
  message: string | null;
  due_at: Date | null;
  status: Generated<RequestStatus>;
  created_by: string;
  /** Required items waiting on the client (`open`, `changes_requested`); kept while the request is open. */
  waiting_required_items: Generated<number>;
  reminders_sent: Generated<number>;
  /** When the next reminder email is due; null when none is planned (no due date, complete, or 4 sent). */
  next_reminder_at: Date | null;
  /** When `request.overdue` was recorded for the current due date. */
  overdue_recorded_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  completed_at: Date | null;
}

export interface RequestItemTable {
  id: string;
  request_id: string;
  portal_id: string;
  workspace_id: string;
  /** 0-based order within the request. */
  position: number;
  title: string;
  description: string | null;
  required: boolean;
  multiple: boolean;
  allowed_types: Generated<string[]>;
  status: Generated<RequestItemStatus>;
  /** The owner's reason when sent back. */
  reason: string | null;
  /** The note given with not_applicable. */
  note: string | null;
  submitted_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RequestItemFileTable {
  item_id: string;
  file_id: string;
  attached_at: Generated<Date>;
}

export type RequestTemplateRow = Selectable<RequestTemplateTable>;
export type RequestRow = Selectable<RequestTable>;
export type RequestItemRow = Selectable<RequestItemTable>;
