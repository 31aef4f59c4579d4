import { css } from 'lit';

/** The console's shared controls: modal dialogs (native `<dialog>`, see dialog.ts). Progress bars are base's `.bar`. */
export const controlStyles = css`
  dialog {
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog form,
  dialog .body {
    display: grid;
    gap: 1rem;
  }
  dialog .actions {
    justify-content: flex-end;
  }
`;
