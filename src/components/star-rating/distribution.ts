import {html, nothing, svg} from 'lit';
import type {Locale} from '../../localization/match-locale.js';
import {isWhole} from './resolve-rating.js';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../../localization/format.js';
import {outOf} from './rating-text.js';

/** A distribution is votes per star, from 1 star up: whole numbers, one per star, 1..20 stars. */
export const isDistribution = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length >= 1 && value.length <= 20 && value.every((n) => isWhole(n, 0));

/** One row of the distribution: "5 out of 5: 60 %". */
export function distributionRow(locale: Locale, star: number, stars: number, share: number) {
  const percent = formatNumber(locale, share, {style: 'percent', maximumFractionDigits: 0});
  return msg(str`${outOf(locale, star, stars)}: ${percent}`, {
    id: 'star-rating.distribution.row',
    desc: 'One row of the votes-per-star list; {0} is e.g. "5 out of 5", {1} the share of votes, e.g. "60%".',
  });
}

export const votesPerStar = () =>
  msg('Votes per star', {id: 'star-rating.distribution.label', desc: 'Name of the list of votes per star.'});

/**
 * The votes per star as a list, most stars first: "5 out of 5: 60 %" and a bar
 * of that share. The bar is an SVG `width` attribute (no style binding, strict
 * CSP) and hidden from screen readers, which read the text.
 */
export function renderDistribution(locale: Locale, distribution: readonly number[]) {
  const total = distribution.reduce((sum, n) => sum + n, 0);
  // No vote has a star yet (a starting aggregate imported without one): rows of
  // "0 %" beside "based on 11 votes" would say those votes had no stars.
  if (!total) return nothing;
  const stars = distribution.length;
  const rows = distribution.map((votes, i) => ({star: i + 1, share: total ? votes / total : 0})).reverse();
  return html`<ul part="distribution" class="distribution" aria-label=${votesPerStar()}>
    ${rows.map(
      ({star, share}) =>
        html`<li>
          <span class="bar" aria-hidden="true"
            >${svg`<svg width=${`${(share * 100).toFixed(2)}%`} height="100%"><rect width="100%" height="100%"></rect></svg>`}</span
          ><span>${distributionRow(locale, star, stars, share)}</span>
        </li>`,
    )}
  </ul>`;
}
