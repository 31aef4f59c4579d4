import { createContext } from '@lit/context';
import type { Foyer, Me, User, Workspace } from '@foyer/sdk';
import type { ConsoleStrings } from './strings.ts';

/**
 * What `<foyer-console>` gives the screens inside it through @lit/context: the SDK client (console mode: the
 * session cookie and the CSRF header), who is signed in, the workspace, the strings, and what only the shell
 * decides (signing out, reporting a failure). A new object whenever any of it changes.
 */
export interface ConsoleContext {
  client: Foyer;
  /** `GET /v1/me`: `{ kind: 'user', user, workspace_id }` in the console. */
  me: Me;
  /** The signed-in user; undefined for an API key (never in the console itself). */
  user: User | undefined;
  /** The workspace, once read (its branding shows in the header). */
  workspace: Workspace | undefined;
  /** Whether the caller may manage users, keys, webhooks, branding and origins (an owner, or an API key). */
  isOwner: boolean;
  strings: ConsoleStrings;
  locale: string | undefined;
  /**
   * Reports a failure: an ended session signs the console out; emits `foyer-error`; returns the sentence to
   * show.
   */
  report(error: unknown): string;
  /** The workspace changed (e.g. its branding was saved): the header and every screen see it. */
  workspaceChanged(workspace: Workspace): void;
  /** The signed-in user changed (e.g. their notifications). */
  userChanged(user: User): void;
  /** Signs this device out. */
  signOut(): Promise<void>;
}

/** Whether `me` may do what only an owner may (`x-foyer-role: owner`): an owner user, or an API key. */
export const isOwnerOf = (me: Me | undefined): boolean => me?.kind === 'owner' || me?.user?.role === 'owner';

export const consoleContext = createContext<ConsoleContext>(Symbol('foyer-console'));
