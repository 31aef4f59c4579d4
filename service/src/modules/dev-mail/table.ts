import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface DevMailTable {
  /** bigint identity; a string in JavaScript (see database.ts). */
  id: Generated<string>;
  message_id: string;
  from_address: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: ColumnType<Record<string, string>, string, string>;
  created_at: Generated<Date>;
}

export type DevMailRow = Selectable<DevMailTable>;
export type NewDevMail = Insertable<DevMailTable>;
