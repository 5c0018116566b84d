import {css} from 'lit';

// :host's display, vertical-align and min-block-size must equal the
// care-star-rating rules in src/styles/reserve.css (no shift on upgrade);
// its line height is baseStyles', which reserve.css repeats.
// .fill: its width attribute is the filled share and `xMinYMid slice` keeps
// the stars full size; the row is symmetric, so mirrored in RTL it fills from
// the right. touch-action: manipulation leaves scrolling and pinch-zoom to the
// page while a tap is still a click. An empty status takes no room.
export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    min-block-size: max(1.5em, 1lh);
    --_size: var(--care-star-size, 1.25em);
    --_star: var(--care-star-color, light-dark(#b45309, #fbbf24));
  }
  :host([vote]) {
    --_size: var(--care-star-size, 1.5em);
  }
  /* Voting on a rating: the average's stars, its text, then "Your rating" with
     the stars to pick from, and the gaps between them. Three rows at any width
     (stars and text side by side would wrap on a phone and not on a laptop),
     so care-widgets.css can reserve the box exactly. */
  :host([vote]:is([value], [procedure])) {
    min-block-size: calc(max(1lh, 1.25em) + 1lh + max(1lh, 1.5em) + 0.5em);
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-block-size: 1.5em;
  }
  .stars {
    position: relative;
    flex: none;
  }
  svg {
    display: block;
    block-size: var(--_size);
    fill: var(--_star);
    stroke: var(--_star);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .empty {
    fill: none;
    stroke: var(--care-star-empty-color, var(--_muted));
  }
  .fill {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .fill:dir(rtl) {
    scale: -1 1;
  }
  .preview .fill {
    opacity: 0.6;
  }
  .votes:empty {
    display: none;
  }
  .votes::before {
    content: '·';
    content: '·' / '';
    margin-inline: 0.5em;
  }
  .radios {
    position: absolute;
    inset: 0;
    display: flex;
  }
  .radios > * {
    flex: 1;
    cursor: pointer;
  }
  [role='radiogroup'] {
    touch-action: manipulation;
  }
  [aria-readonly='true'] > .radios > *,
  [aria-disabled='true'] > .radios > * {
    cursor: default;
  }
  .prompt {
    font-weight: 600;
  }
  /* Voting: a grid, not wrapping flex rows, so the widget is as wide as its
     widest row in every browser (Firefox sized wrapping rows as one line).
     The average (smaller read-only stars above its text) sits above "Your
     rating"; the status line below both. */
  :host([vote]) .rating {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: start;
  }
  .average {
    --_size: var(--care-star-size, 1.25em);
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.25em;
  }
  .average,
  .status {
    grid-column: 1 / -1;
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status:empty {
    position: absolute;
  }
  .distribution {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    font-size: 0.875em;
  }
  .distribution li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .bar {
    flex: none;
    inline-size: 6em;
    block-size: 0.5em;
    background: var(--care-star-empty-color, var(--_muted));
    border-radius: 0.25em;
    overflow: hidden;
  }
  .bar svg {
    display: block;
    fill: var(--_star);
  }
  @media (forced-colors: active) {
    .bar {
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    svg {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .empty {
      fill: none;
      stroke: CanvasText;
    }
    [aria-disabled='true'] svg {
      stroke: GrayText;
    }
  }
`;
