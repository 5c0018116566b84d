import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
    --_header: var(--care-comparison-header-surface, var(--_surface-alt));
  }
  .note {
    margin-block: 0 calc(var(--_space) / 2);
    color: var(--_muted);
    font-style: italic;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 1.5rem;
    margin-block-end: calc(var(--_space) / 2);
    cursor: pointer;
  }
  .toggle input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* Narrow screens: the table scrolls sideways here while row headers stay put. */
  .scroll {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  /* Keeps the caption in view while the table scrolls. */
  caption span {
    display: block;
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    padding-block-end: 0.5em;
  }
  th,
  td {
    /* In a table, a cell's width is its minimum width. */
    inline-size: var(--care-comparison-cell-min-width, 10rem);
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    background: var(--_header);
    border-block-end-width: 2px;
  }
  /* Sticky and opaque, so scrolled cells never show through. */
  th[scope='row'],
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: 8rem;
    background: var(--_header);
    border-inline-end: 1px solid var(--_border);
  }
  .corner {
    border-block-end: 2px solid var(--_border);
  }
  .label,
  .same-mark,
  .value,
  .text {
    display: block;
  }
  .same-mark {
    margin-block-start: 0.25em;
    font-size: 0.875em;
    font-weight: normal;
    color: var(--care-comparison-same-color, var(--_muted));
  }
  .same-mark::before {
    content: '= ';
  }
  :host([differences-only]) tr.same {
    display: none;
  }
  .value {
    font-weight: 600;
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  .ref {
    padding-inline: 0.15em;
    color: var(--_accent);
  }
  .sources-title,
  .reviewed {
    margin-block: var(--_space) 0;
    font-size: 0.875em;
  }
  .sources-title {
    font-weight: 600;
  }
  .sources {
    margin-block: 0.25em 0;
    padding-inline-start: 1.5em;
    font-size: 0.875em;
  }
  .sources a {
    color: var(--_accent);
  }
  .reviewed {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .missing,
    .reviewed,
    .same-mark {
      color: GrayText;
    }
    .ref,
    .sources a {
      color: LinkText;
    }
  }
  /* Paper cannot scroll or toggle: every row, full width, sources with their addresses. */
  @media print {
    .scroll {
      overflow: visible;
    }
    caption span,
    th[scope='row'],
    .corner {
      position: static;
    }
    th,
    td {
      inline-size: auto;
    }
    :host([differences-only]) tr.same {
      display: table-row;
    }
    .toggle {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
