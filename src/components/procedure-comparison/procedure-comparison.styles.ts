import {css} from 'lit';

// The build strips comments inside css`` too (tests/bundle.test.ts checks), so neither place ships:
// - .scroll scrolls sideways on narrow screens; the row headers and the
//   caption stay put (sticky) and are opaque so cells never show through.
// - Each procedure column is at least --care-comparison-cell-min-width wide:
//   a table too wide for its box scrolls instead of squeezing words.
// - Print: paper cannot scroll or toggle, so every row is shown, full width,
//   and each source link prints its address.
// - Narrow (the widget's own width below 35rem, about 560 px; not on paper):
//   each row is a block, its label a heading across the top and the values
//   side by side under their short procedure names (two columns), or stacked
//   (three or more). Every element keeps its ARIA table role, so a screen
//   reader still hears each value with its row and procedure. The column
//   headers and the row's "Same for all" mark stay in the accessibility tree
//   but leave the screen; a row that is the same for all shows one value.
export const styles = css`
  :host {
    display: block;
    --_header: var(--care-comparison-header-surface, var(--_surface-alt));
  }
  .note,
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  .note {
    margin-block: 0 calc(var(--_space) / 2);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 1.5rem;
    margin-block-end: 0.5em;
    cursor: pointer;
  }
  input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .scroll {
    overflow-x: auto;
    container: comparison / inline-size;
  }
  .cell-name {
    display: none;
  }
  table {
    inline-size: 100%;
    border-spacing: 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  caption span {
    display: block;
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    padding-block-end: 0.5em;
  }
  th,
  td {
    min-inline-size: var(--care-comparison-cell-min-width, 10rem);
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead > tr > * {
    border-block-end-width: 2px;
  }
  thead th,
  th[scope='row'],
  .corner {
    background: var(--_header);
  }
  th[scope='row'],
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: 8rem;
    min-inline-size: 8rem;
    border-inline-end: 1px solid var(--_border);
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
  :host([differences-only]) .same {
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
  a {
    color: var(--_accent);
  }
  @media not print {
    @container comparison (width < 35rem) {
      table,
      caption,
      tbody,
      td,
      th[scope='row'] {
        display: block;
      }
      caption span {
        position: static;
        max-inline-size: none;
      }
      thead,
      .same-mark,
      .same td:not(:nth-child(2)) {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      tr {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        column-gap: 0.75em;
        padding-block: 0.5em;
        border-block-end: 1px solid var(--_border);
      }
      .columns-2 tr {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
      th[scope='row'] {
        grid-column: 1 / -1;
        position: static;
        inline-size: auto;
        min-inline-size: 0;
        padding: 0;
        border: 0;
        background: none;
        font-size: 1.0625em;
      }
      td {
        inline-size: auto;
        min-inline-size: 0;
        padding: 0.25em 0 0;
        border: 0;
        overflow-wrap: anywhere;
      }
      .columns-n td + td {
        padding-block-start: 0.5em;
      }
      .same td {
        grid-column: 1 / -1;
      }
      .cell-name {
        display: block;
        color: var(--_muted);
        font-style: normal;
        font-size: 0.875em;
        font-weight: 600;
      }
    }
  }
  @media (forced-colors: active) {
    .missing,
    .note,
    .same-mark {
      color: GrayText;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    caption span,
    th[scope='row'],
    .corner {
      position: static;
    }
    th[scope],
    td {
      inline-size: auto;
      min-inline-size: 0;
    }
    :host([differences-only]) .same {
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
