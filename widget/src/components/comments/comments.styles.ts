import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .panel {
    padding: 1.125rem 1.25rem;
    display: grid;
    gap: 1rem;
  }
  h2 {
    font-size: 1.0625rem;
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .count {
    font-size: 0.875rem;
    font-weight: 500;
  }
  .threads {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .thread {
    display: grid;
    gap: 0.625rem;
  }
  .thread.resolved .comment {
    opacity: 0.7;
  }
  .comment {
    display: flex;
    gap: 0.75rem;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    flex: none;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_muted) 16%, var(--_surface));
    font-weight: 600;
    font-size: 0.875rem;
  }
  .comment.owner .avatar {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* As wide as the thread: a comment written right to left starts at the right edge, whatever the page's direction. */
  .comment-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.125rem;
  }
  .by {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
    font-size: 0.875rem;
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.9375rem;
  }
  .deleted {
    font-style: italic;
  }
  .reply {
    margin-inline-start: 2.75rem;
  }
  .thread-actions {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin-inline-start: 2.25rem;
  }
  .btn.small {
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    font-size: 0.8125rem;
  }
  .reply-form,
  .new {
    display: grid;
    gap: 0.5rem;
  }
  .reply-form {
    margin-inline-start: 2.75rem;
  }
  .new .btn {
    justify-self: end;
  }
  .row {
    display: flex;
    gap: 0.5rem;
  }
`;
