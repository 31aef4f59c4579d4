import { css } from 'lit';

export const styles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem;
  }
  .event {
    flex-wrap: nowrap;
    align-items: baseline;
  }
  time {
    flex: none;
    font-size: 0.8125rem;
  }
  @media (max-width: 30rem) {
    .event {
      flex-wrap: wrap;
    }
  }
`;
