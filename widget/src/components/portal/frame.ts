import { html, type TemplateResult } from 'lit';
import { icons } from '../../internal/icons.ts';
import type { PortalSession } from '../../internal/portal-session.ts';

/** The sections of a signed-in portal. */
export type View = 'files' | 'activity';

/** What the frame reads of `<foyer-portal>`, and what it asks of it. */
export interface FrameHost {
  readonly session: PortalSession;
  readonly view: () => View;
  /** The file whose view is open, if one is. */
  readonly fileId: () => string | undefined;
  /** Shows a section (closing an open file). */
  readonly show: (view: View) => void;
  readonly signOut: () => void;
}

/**
 * `<foyer-portal>` once someone is signed in — the header (branding, who, Sign out), the tabs and the section or
 * file shown — rendered into the portal's own shadow root (its parts `header`, `nav`, `main` and its styles).
 * In the views' chunk with the elements it shows: the sign-in screen does not carry it.
 */
export function signedInFrame(host: FrameHost): TemplateResult {
  return html`<div part="base" class="frame" lang=${host.session.language.locale} dir=${host.session.language.dir}>
    ${header(host)}
    <div class="content">
      ${nav(host)}
      <main part="main" id="main" class="main" tabindex="-1">${main(host)}</main>
    </div>
  </div>`;
}

function header({ session, signOut }: FrameHost) {
  const s = session.strings;
  const branding = session.info?.workspace.branding;
  const business = session.business;
  const email = session.member?.email ?? '';
  return html`<header part="header" class="header">
      <div class="brand">
        ${
          branding?.logo_url
            ? html`<img class="logo" src=${branding.logo_url} alt=${business} />`
            : html`<span class="monogram" aria-hidden="true">${business.slice(0, 1).toUpperCase()}</span>`
        }
        <div class="brand-text">
          <span class="business" dir="auto">${business}</span>
          <h1 class="portal-name" dir="auto">${session.portal?.name ?? session.info?.name}</h1>
        </div>
      </div>
      <div class="account">
        <span class="who" title=${s.signedInAs(email)}>
          <span class="sr-only">${s.signedInAs(email)}</span>
          <span aria-hidden="true" dir="auto">${email}</span>
        </span>
        <button class="btn secondary sign-out" type="button" @click=${signOut}>${icons.signOut()}<span class="label">${s.signOut}</span></button>
      </div>
    </header>`;
}

function nav({ session, view, show }: FrameHost) {
  const s = session.strings;
  const tab = (section: View, label: string) =>
    html`<button
        class="tab"
        type="button"
        aria-current=${view() === section ? 'page' : 'false'}
        @click=${() => show(section)}
      >
        ${label}
      </button>`;
  return html`<nav part="nav" class="nav" aria-label=${s.navLabel}>${tab('files', s.files)}${tab('activity', s.activity)}</nav>`;
}

function main({ view, fileId }: FrameHost) {
  const file = fileId();
  if (file) return html`<foyer-file-view part="file-view" file-id=${file}></foyer-file-view>`;
  if (view() === 'activity') return html`<foyer-activity></foyer-activity>`;
  return html`<foyer-requests part="requests"></foyer-requests>
      <foyer-file-list
      part="file-list"
      exportparts="base:file-list-base,toolbar:file-list-toolbar,file:file-list-file,empty:file-list-empty,upload:file-list-upload"
    ></foyer-file-list>`;
}
