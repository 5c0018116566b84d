import {html} from 'lit';

/**
 * A small icon array: `total` square marks (100 or 1,000), the first `count`
 * filled. Marks sit in blocks of 10×10 with a one-mark gap, five blocks to a
 * row, so 1,000 marks read as ten countable hundreds. Each state is a single
 * <path> (not 1,000 elements), and the whole picture is aria-hidden: the
 * frequency text next to it carries the meaning.
 */
export function iconArray(count: number, total: number) {
  let filled = '';
  let empty = '';
  for (let i = 0; i < total; i++) {
    const block = Math.floor(i / 100);
    const x = (block % 5) * 11 + (i % 10);
    const y = Math.floor(block / 5) * 11 + Math.floor((i % 100) / 10);
    const mark = `M${x} ${y}h.8v.8h-.8z`;
    if (i < count) filled += mark;
    else empty += mark;
  }
  const blocks = total / 100;
  const width = Math.min(blocks, 5) * 11 - 1.2;
  const height = Math.ceil(blocks / 5) * 11 - 1.2;
  return html`<svg
    class="icons icons-${total}"
    part="icons"
    viewBox="0 0 ${width} ${height}"
    aria-hidden="true"
    focusable="false"
  >
    <path class="filled" d=${filled}></path>
    <path class="empty" d=${empty}></path>
  </svg>`;
}
