import {svg} from 'lit';

// One star in a 24-unit cell: five points on radius 11 around (12, 13), inner
// radius 4.8, as relative moves from the top point, so one path holds the row.
const STAR = '2.82 7.12 7.64.48-5.9 4.88 1.9 7.42-6.47-4.1-6.47 4.1 1.9-7.42-5.9-4.88 7.64-.48';
const RADIUS = 11;
const STAR_LEFT = 12 - RADIUS * Math.cos(Math.PI / 10); // where the star's left tip is in its cell
const STAR_WIDTH = 2 * RADIUS * Math.cos(Math.PI / 10);

// Made once per number of stars: every rating on a page draws the same row.
const rows = new Map<number, {box: string; path: string}>();
function row(stars: number) {
  let shape = rows.get(stars);
  if (!shape) {
    const path = Array.from({length: stars}, (_, i) => `M${i * 24 + 12} 2l${STAR}z`).join('');
    rows.set(stars, (shape = {box: `0 0 ${stars * 24} 24`, path}));
  }
  return shape;
}

/**
 * The geometry of a row of `stars` stars, `filled` of them painted: the
 * viewBox, one path for the whole row, and the share of the row the filled
 * copy covers (its `width` attribute: no element per star and no style
 * binding, strict CSP). A rating draws the empty outlines with it, then the
 * same row filled, clipped by its own box.
 */
export function starRow(filled: number, stars: number) {
  const whole = Math.floor(filled);
  const part = filled - whole;
  // The partial star is filled by its own width, not its cell's: 0.5 reaches its middle.
  const units = whole * 24 + (part > 0 ? STAR_LEFT + part * STAR_WIDTH : 0);
  return {...row(stars), width: `${((units / (stars * 24)) * 100).toFixed(3)}%`};
}

/** The star row as a template of its own, for the voting UI (the display template inlines the same two SVGs). */
export function renderStars(filled: number, stars: number) {
  const {box, path, width} = starRow(filled, stars);
  return svg`<svg class="empty" viewBox=${box} aria-hidden="true"><path d=${path}></path></svg><svg class="fill" viewBox=${box} preserveAspectRatio="xMinYMid slice" width=${width} aria-hidden="true"><path d=${path}></path></svg>`;
}
