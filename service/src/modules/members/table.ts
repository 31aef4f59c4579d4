import type { Generated, Selectable } from 'kysely';
import type { EmailLocale } from '../email/locale.ts';

export interface MemberTable {
  id: string;
  seq: Generated<string>;
  portal_id: string;
  workspace_id: string;
  /** Lowercased. */
  email: string;
  name: string | null;
  status: 'active' | 'revoked';
  /** Proved ownership of the address (code or link); false for link-mode visitors. */
  verified: Generated<boolean>;
  /**
   * Who brought the member in: the owner (who vouches for the address), or a link-mode visitor who typed it
   * (`access_link`). A link visitor never takes over a member that is verified or came from the owner.
   */
  origin: Generated<'owner' | 'access_link'>;
  notifications: Generated<'all' | 'none'>;
  /** The language of their emails, chosen by the business or stored at sign-in; null: English. */
  locale: Generated<EmailLocale | null>;
  /** Who chose `locale`: the business (a sign-in keeps it) or the last sign-in; null exactly while `locale` is. */
  locale_source: Generated<LocaleSource | null>;
  last_seen_at: Date | null;
  revoked_at: Date | null;
  created_at: Generated<Date>;
}

export type LocaleSource = 'owner' | 'sign_in';

export type MemberRow = Selectable<MemberTable>;
