import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .sign-in {
    width: min(26rem, 100%);
    margin-inline: auto;
    padding: clamp(1.25rem, 5vw, 2.25rem);
    display: grid;
    gap: 1.25rem;
    text-align: center;
    box-shadow: 0 1px 2px rgb(0 0 0 / 4%), 0 12px 32px rgb(0 0 0 / 6%);
  }
  .header {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
  }
  .logo {
    max-height: 48px;
    max-width: 180px;
    margin-bottom: 0.75rem;
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    margin-bottom: 0.75rem;
    border-radius: 14px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 1.375rem;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 500;
  }
  h1 {
    font-size: 1.5rem;
    line-height: 1.25;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.125rem;
  }
  .form {
    display: grid;
    gap: 1rem;
  }
  .intro {
    font-size: 0.9375rem;
  }
  .sent {
    display: grid;
    justify-items: center;
    gap: 0.375rem;
  }
  .sent p {
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .sent-icon {
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_accent);
    margin-bottom: 0.25rem;
  }
  .status,
  .completing {
    min-height: 1.5rem;
    display: flex;
    gap: 0.5rem;
    justify-content: center;
    align-items: center;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .row .btn {
    flex: 1 1 auto;
  }
  .fine {
    display: flex;
    gap: 0.375rem;
    justify-content: center;
    align-items: center;
    font-size: 0.8125rem;
  }
  .fine .icon {
    width: 14px;
    height: 14px;
  }
`;
