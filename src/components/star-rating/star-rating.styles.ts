import {css} from 'lit';

// :host's display, vertical-align and min-block-size must equal the
// care-star-rating rule in src/styles/reserve.css (no shift on upgrade).
// .fill: its width attribute is the filled share and `xMinYMid slice` keeps
// the stars full size; the row is symmetric, so mirrored in RTL it fills from
// the right. touch-action: manipulation leaves scrolling and pinch-zoom to the
// page while a tap is still a click. An empty status takes no room.
export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    min-block-size: 1.5em;
    --_size: var(--care-star-size, 1.25em);
    --_star: var(--care-star-color, light-dark(#b45309, #fbbf24));
  }
  :host([vote]) {
    --_size: var(--care-star-size, 1.5em);
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
  /* The average sits on its own line above "Your rating", in the smaller read-only stars. */
  .average {
    --_size: var(--care-star-size, 1.25em);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    flex-basis: 100%;
  }
  .status {
    flex-basis: 100%;
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
