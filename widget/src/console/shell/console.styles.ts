import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_bg);
    container-type: inline-size;
  }
  .frame {
    min-height: inherit;
    display: flex;
    flex-direction: column;
  }
  .center {
    align-items: center;
    justify-content: center;
    padding: clamp(1rem, 5vw, 3rem) clamp(0.75rem, 4vw, 2rem);
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    top: -3rem;
    z-index: 1;
  }
  .skip:focus {
    top: 0.5rem;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    padding: 0.625rem clamp(0.75rem, 3vw, 1.5rem);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-width: 0;
    color: inherit;
    text-decoration: none;
    font-weight: 650;
  }
  .brand span:last-child {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .logo {
    max-height: 32px;
    max-width: 120px;
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    flex: none;
    border-radius: 9px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .nav {
    display: flex;
    gap: 0.25rem;
    flex: 1;
  }
  .nav a {
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) - 4px);
    color: var(--_muted);
    font-weight: 600;
    text-decoration: none;
  }
  .nav a:hover {
    color: var(--_fg);
    background: color-mix(in srgb, var(--_fg) 5%, transparent);
  }
  .nav a[aria-current='page'] {
    color: var(--_link);
    background: var(--_tint);
  }
  .account {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 0;
    margin-inline-start: auto;
  }
  .who {
    font-size: 0.875rem;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 16rem;
  }
  .main {
    width: 100%;
    max-width: var(--foyer-max-width, 72rem);
    margin-inline: auto;
    padding: clamp(1rem, 3vw, 2rem) clamp(0.75rem, 3vw, 1.5rem) 3rem;
    min-width: 0;
  }
  .main:focus {
    outline: none;
  }
  .problem {
    width: min(28rem, 100%);
    padding: 1.75rem;
    display: grid;
    justify-items: center;
    gap: 0.875rem;
    text-align: center;
  }
  .problem-icon {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: var(--_danger);
  }
  .loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  @container (max-width: 640px) {
    .who {
      display: none;
    }
    .nav {
      order: 3;
      flex-basis: 100%;
    }
    .sign-out .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .sign-out {
      padding: 0.5rem;
    }
  }
`;
