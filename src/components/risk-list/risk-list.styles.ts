import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='heading'] {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part='heading']:first-child {
    margin-block-start: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='list'] > li {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  /* Text lines up at the start; the chevron of a button hangs in front of it. */
  .toggles > li {
    padding-inline-start: 1.35em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    min-block-size: 24px;
    margin-inline-start: -1.35em;
    padding: 0.125em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  button:hover span {
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
  }
  svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chevron {
    align-self: center;
    transition: rotate 0.2s;
  }
  [aria-expanded='true'] .chevron {
    rotate: 90deg;
  }
  /* The closed chevron points along the reading direction. */
  [aria-expanded='false'] .chevron:dir(rtl),
  .icons:dir(rtl) {
    scale: -1 1;
  }
  .serious {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--care-risk-list-serious-color, light-dark(#b91c1c, #fca5a5));
    font-size: 0.875em;
    font-weight: 600;
  }
  .panel {
    margin-block: 0.25em;
  }
  /* Only a panel the reader opened slides in, not those open from the start. */
  .toggled {
    animation: reveal 0.2s ease-out;
  }
  @keyframes reveal {
    from {
      opacity: 0;
      translate: 0 -0.25em;
    }
  }
  p {
    margin: 0.25em 0 0;
  }
  .source,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    margin-block-start: calc(var(--_space) / 2);
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  /* One column per procedure (procedures="a b"), side by side while each
     gets about 9rem (two at 320 px), else stacked. */
  .numbers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: 0.5em var(--_space);
    margin-block-start: 0.25em;
  }
  .option {
    min-inline-size: 0;
  }
  .option-name {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .not-stated {
    color: var(--_muted);
    font-style: italic;
  }
  .context {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .context span {
    display: block;
  }
  .icons {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-start: 0.375em;
    stroke: none;
  }
  .icons-100 {
    inline-size: 8rem;
  }
  .icons-1000 {
    inline-size: 20rem;
  }
  .filled {
    fill: var(--care-risk-list-icon-color, var(--_accent));
  }
  .hollow {
    fill: var(--care-risk-list-icon-empty-color, light-dark(#71717a, #a1a1aa));
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0.125em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .key svg {
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
    stroke: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .toggled {
      animation: none;
    }
    .chevron {
      transition: none;
    }
  }
  @media print {
    /* On paper every explanation is open; there is nothing to click. */
    .panel[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
    }
  }
  @media (forced-colors: active) {
    .filled {
      fill: CanvasText;
    }
    .hollow {
      fill: CanvasText;
    }
  }
`;
