import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block-end: 0.5em;
    font-size: 1.25em;
    font-weight: 600;
  }
  /* As many 16rem columns as fit; one column on a 320 px screen. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--care-related-doctors-column-width, 16rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: grid;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
`;
