import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--_bg);
    font-size: 1rem;
    line-height: 1.5;
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
  .signin-main {
    width: 100%;
    display: grid;
    gap: 1rem;
    justify-items: center;
  }
  .powered {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    font-size: 0.8125rem;
  }
  .powered .icon {
    width: 14px;
    height: 14px;
  }
  .loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .problem {
    width: min(26rem, 100%);
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
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem clamp(0.75rem, 3vw, 1.5rem);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 0;
  }
  .logo {
    max-height: 36px;
    max-width: 120px;
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    flex: none;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .brand-text {
    display: grid;
    min-width: 0;
    line-height: 1.25;
  }
  .business {
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .portal-name {
    font-size: 1.0625rem;
    font-weight: 650;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .account {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 0;
  }
  .who {
    font-size: 0.875rem;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 16rem;
  }
  .content {
    width: 100%;
    max-width: var(--foyer-max-width, 64rem);
    margin-inline: auto;
    padding: clamp(1rem, 3vw, 2rem) clamp(0.75rem, 3vw, 1.5rem) 3rem;
    display: grid;
    gap: 1.25rem;
  }
  .nav {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    border: 0;
    background: none;
    padding: 0.5rem 0.875rem;
    margin-bottom: -1px;
    border-bottom: 2px solid transparent;
    font-weight: 600;
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  .tab[aria-current='page'] {
    color: var(--_fg);
    border-bottom-color: var(--_accent);
  }
  .main:focus {
    outline: none;
  }
  @container (max-width: 560px) {
    .who {
      display: none;
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
