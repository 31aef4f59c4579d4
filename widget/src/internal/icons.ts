import { html, type TemplateResult } from 'lit';

// A few 24×24 stroke icons (decorative: every use sits next to a text label or has one via aria-label).
// `flip`: an icon that points along the line (back, out) is mirrored in right-to-left text (base.styles.ts).
const icon = (d: string, kind = 'icon'): TemplateResult =>
  html`<svg class=${kind} viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;

export const icons = {
  file: () => icon('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5'),
  image: () =>
    icon(
      'M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM8.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM21 15l-5-5L5 21',
    ),
  upload: () => icon('M12 16V4M7 9l5-5 5 5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2'),
  download: () => icon('M12 4v12M7 11l5 5 5-5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2'),
  check: () => icon('M5 12.5l4.5 4.5L19 7.5'),
  close: () => icon('M6 6l12 12M18 6L6 18'),
  back: () => icon('M15 5l-7 7 7 7', 'icon flip'),
  mail: () => icon('M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM3.5 6l8.5 7 8.5-7'),
  lock: () => icon('M6 11h12v10H6zM8 11V8a4 4 0 0 1 8 0v3'),
  alert: () => icon('M12 8v5M12 16.5v.5M10.3 3.9L2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'),
  clock: () => icon('M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2'),
  chat: () => icon('M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z'),
  signOut: () => icon('M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 8l-4 4 4 4M6 12h10', 'icon flip'),
};
