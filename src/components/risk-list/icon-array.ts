import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../localization/format.js';
import type {Locale} from '../../localization/match-locale.js';

/**
 * An icon array of `total` people (100 or 1,000), one square per person:
 * the first `count` filled, the others hollow, so the picture reads without
 * colour (and in forced colours). Squares sit in blocks of 10×10 with a gap,
 * five blocks to a row, so 1,000 read as ten countable hundreds. Each state
 * is one <path> (not 1,000 elements). Its text equivalent is its label,
 * "Icon array: 3 of 100 people marked"; a key under it says what filled means.
 */
export function iconArray(count: number, total: number, locale: Locale) {
  let filled = '';
  let hollow = '';
  for (let i = 0; i < total; i++) {
    const block = Math.floor(i / 100);
    const x = (block % 5) * 11 + (i % 10);
    const y = Math.floor(block / 5) * 11 + Math.floor((i % 100) / 10);
    // A hollow square is an outer square with an inner one cut out (evenodd).
    if (i < count) filled += `M${x} ${y}h.8v.8h-.8z`;
    else hollow += `M${x} ${y}h.8v.8h-.8zm.17 .17v.46h.46v-.46z`;
  }
  const blocks = total / 100;
  const width = Math.min(blocks, 5) * 11 - 1.2;
  const height = Math.ceil(blocks / 5) * 11 - 1.2;
  const label = msg(str`Icon array: ${formatNumber(locale, count)} of ${formatNumber(locale, total)} people marked`, {
    id: 'risk-list.icons.label',
    desc: 'Text equivalent of a picture of 100 or 1,000 squares, one per person; {0} squares are filled.',
  });
  return html`<div class="icon-array">
    <svg class="icons icons-${total}" part="icons" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}>
      <path class="filled" d=${filled}></path>
      <path class="hollow" d=${hollow} fill-rule="evenodd"></path>
    </svg>
    <p class="key" aria-hidden="true">
      <span
        ><svg viewBox="0 0 1 1"><path class="filled" d="M0 0h1v1h-1z"></path></svg>${msg('has this', {
          id: 'risk-list.icons.key-affected',
          desc: 'Key under the picture of people: a filled square is a person who has this risk.',
        })}</span
      >
      <span
        ><svg viewBox="0 0 1 1"><path class="hollow" d="M0 0h1v1h-1zM.2 .2v.6h.6v-.6z" fill-rule="evenodd"></path></svg
        >${msg('does not', {
          id: 'risk-list.icons.key-unaffected',
          desc: 'Key under the picture of people: a hollow square is a person who does not have this risk.',
        })}</span
      >
    </p>
  </div>`;
}
