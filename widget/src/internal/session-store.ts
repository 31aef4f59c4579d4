// The client's session lives in the embedding page's localStorage (third-party cookies are blocked in
// Safari and soon everywhere), under the key the service's verify page uses too.

export interface StoredSession {
  token: string;
  expires_at: string;
}

/** `foyer:session:<api origin>:<portal_id>`, shared with /p/{portal_id}/verify. */
export function sessionKey(api: string, portalId: string): string {
  return `foyer:session:${new URL(api, location.href).origin}:${portalId}`;
}

export function readSession(api: string, portalId: string): StoredSession | undefined {
  try {
    const raw = localStorage.getItem(sessionKey(api, portalId));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.token !== 'string' || typeof value.expires_at !== 'string') return undefined;
    if (Date.parse(value.expires_at) <= Date.now()) {
      clearSession(api, portalId);
      return undefined;
    }
    return { token: value.token, expires_at: value.expires_at };
  } catch {
    return undefined; // storage blocked (privacy mode) or a corrupt value: behave as signed out
  }
}

export function writeSession(api: string, portalId: string, session: StoredSession): void {
  try {
    localStorage.setItem(sessionKey(api, portalId), JSON.stringify(session));
  } catch {
    // Storage blocked: the session still works until the page is closed.
  }
}

export function clearSession(api: string, portalId: string): void {
  try {
    localStorage.removeItem(sessionKey(api, portalId));
  } catch {
    // nothing to forget
  }
}
