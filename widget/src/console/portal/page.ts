import { PermissionError, type Foyer, type Me, type Portal, type Schema } from '@foyer/sdk';
import { save } from '../../internal/download.ts';
import { failureSentence } from '../shared/sentence.ts';
import type { ConsolePortalStrings } from './strings.ts';

export { closeDialogs, modal } from '../shared/dialog.ts';

type Actor = Schema<'Actor'> | Schema<'Event'>['actor'];

/**
 * What `<foyer-console-portal>` hands each of its tabs: the SDK client, the portal, who is looking, the
 * strings. A new object on every refresh (every ~15 s while visible, on focus, after a change: once the
 * portal itself was read again), so a tab's load keyed on it runs again — keeping what it showed until the
 * new answer arrives.
 */
export interface PortalPage {
  client: Foyer;
  portal: Portal;
  me: Me | undefined;
  /** The workspace's name, once the console read it (an `embed` sign-in names it). */
  business: string;
  strings: ConsolePortalStrings;
  locale: string | undefined;
  /** Counts the refreshes. */
  revision: number;
  /** The portal changed here (settings): show the new one everywhere (every tab loads again). */
  changed(portal: Portal): void;
  /** Something changed that other tabs show (a file, a member): read the portal and every tab again. */
  refresh(): void;
  /** In-app navigation to a console path (`foyer-console-navigate`). */
  navigate(path: string): void;
}

/**
 * The sentence for a failed call: the service's own words for what the person can fix, else a generic
 * one. A string is already the sentence (the page's own checks).
 */
export function errorText(s: ConsolePortalStrings, error: unknown): string {
  if (typeof error === 'string') return error;
  return error instanceof PermissionError ? s.forbidden : failureSentence(error, s);
}

/** Who did something, as a person reads it: "You", a member's name, a user's email, "An API key". */
export function actorName(page: PortalPage, actor: Actor, names?: Map<string, string>): string {
  const s = page.strings;
  const me = page.me?.user?.id;
  if (actor.id && actor.id === me) return s.you;
  const named = actor.id ? names?.get(actor.id) : undefined;
  const person = ('name' in actor && actor.name) || named || ('email' in actor && actor.email) || undefined;
  if (person) return person;
  if (actor.kind === 'owner') return actor.id?.startsWith('usr_') ? s.someone : s.apiKey;
  return actor.kind === 'system' ? s.system : s.someone;
}

/** A list read from its first page until it holds at least `count` items (what "Load more" had shown). */
export async function firstItems<T>(
  pages: AsyncIterable<{ data: T[]; has_more: boolean }>,
  count: number,
): Promise<{ items: T[]; more: boolean }> {
  const items: T[] = [];
  let more = false;
  for await (const page of pages) {
    items.push(...page.data);
    more = page.has_more;
    if (items.length >= count) break;
  }
  return { items, more };
}

/**
 * Downloads a version through the SDK (the console's cookie needs the CSRF header, which a plain link
 * cannot send) and saves it under its name.
 */
export function saveFile(page: PortalPage, fileId: string, name: string, version?: number): Promise<void> {
  return save(page.client.files.download(fileId, { version }), name);
}
