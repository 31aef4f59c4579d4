import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface DevMailTable {
  /** bigint identity; a string in JavaScript (see database.ts). */
  id: Generated<string>;
  message_id: string;
  from_address: string;
  to_address: string;
  /** The clear parts: set in the `local` dev mailbox, null when the message is sealed. */
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  headers: ColumnType<Record<string, string> | null, string | null, string | null>;
  /** The parts ({@link DevMailParts}) sealed under SECRET_KEY (`kept` dev mailbox), or null. */
  sealed: string | null;
  created_at: Generated<Date>;
}

export type DevMailRow = Selectable<DevMailTable>;
export type NewDevMail = Insertable<DevMailTable>;

/** What a message says; sealed in the `kept` dev mailbox, because subjects and parts carry codes and links. */
export interface DevMailParts {
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
}

/** A kept message, opened. */
export type DevMail = Omit<DevMailRow, keyof DevMailParts | 'sealed'> & DevMailParts;
