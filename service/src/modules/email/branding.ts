import type { WorkspaceRow } from '../workspaces/table.ts';
import { safeUrl } from '../../lib/html.ts';

/** What a message shows of the workspace that sends it. */
export interface Branding {
  /** The display name, else the workspace name. */
  name: string;
  /** `#rrggbb`, used for the top rule and buttons. */
  accentColor: string;
  /** Text colour readable on the accent colour. */
  onAccentColor: string;
  /** The workspace's logo (http/https), the only image a message may carry. */
  logoUrl: string | undefined;
}

const DEFAULT_ACCENT = '#1d4ed8';

export function brandingOf(workspace: Pick<WorkspaceRow, 'name' | 'display_name' | 'accent_color' | 'logo_url'>): Branding {
  const accent =
    workspace.accent_color && /^#[0-9a-f]{6}$/i.test(workspace.accent_color) ? workspace.accent_color.toLowerCase() : DEFAULT_ACCENT;
  return {
    name: oneLine(workspace.display_name?.trim() || workspace.name),
    accentColor: accent,
    onAccentColor: luminance(accent) > 0.45 ? '#111827' : '#ffffff',
    logoUrl: safeUrl(workspace.logo_url),
  };
}

/** User input in a subject or a name must stay on one line and reasonably short. */
export function oneLine(value: string, max = 150): string {
  // Controls (C0, DEL and C1, which has NEL U+0085) and the Unicode line and paragraph separators.
  const flat = value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

// Relative luminance (WCAG) of `#rrggbb`.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
