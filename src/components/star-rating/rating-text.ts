import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {formatNumber, plural} from '../../localization/format.js';
import type {Locale} from '../../localization/match-locale.js';
import type {Rating} from './resolve-rating.js';

// What a star rating says, in the element's locale (these run during its update).

/** "7.82 out of 10"; also names each star when voting ("3 out of 5"). */
export function outOf(locale: Locale, value: number, max: number) {
  return msg(str`${formatNumber(locale, value)} out of ${formatNumber(locale, max)}`, {
    id: 'star-rating.score',
    desc: 'A score, e.g. "7.82 out of 10"; also names each star when voting ("3 out of 5").',
  });
}

/** "based on 11 votes", in the locale's plural form. */
export function basedOn(locale: Locale, count: number) {
  const votes = formatNumber(locale, count);
  return plural(locale, count, {
    zero: () =>
      msg(str`based on ${votes} votes`, {id: 'star-rating.votes.zero', desc: 'Votes behind a rating (zero form).'}),
    one: () =>
      msg(str`based on ${votes} vote`, {id: 'star-rating.votes.one', desc: 'Votes behind a rating (one form).'}),
    two: () =>
      msg(str`based on ${votes} votes`, {id: 'star-rating.votes.two', desc: 'Votes behind a rating (two form).'}),
    few: () =>
      msg(str`based on ${votes} votes`, {id: 'star-rating.votes.few', desc: 'Votes behind a rating (few form).'}),
    many: () =>
      msg(str`based on ${votes} votes`, {id: 'star-rating.votes.many', desc: 'Votes behind a rating (many form).'}),
    other: () =>
      msg(str`based on ${votes} votes`, {id: 'star-rating.votes.other', desc: 'Votes behind a rating (other form).'}),
  });
}

/** "· based on 11 votes" after the score, when the count is known. */
export const renderVotes = (locale: Locale, count: number | undefined) =>
  count === undefined ? nothing : html`<span class="votes">${basedOn(locale, count)}</span>`;

/** The spoken label: "Rated 7.82 out of 10, based on 11 votes", rounded as shown. */
export function ratingLabel(locale: Locale, rating: Rating) {
  const rated = outOf(locale, rating.value!, rating.max);
  if (rating.count === undefined)
    return msg(str`Rated ${rated}`, {
      id: 'star-rating.rated',
      desc: 'Spoken label of a rating; {0} is e.g. "7.82 out of 10".',
    });
  return msg(str`Rated ${rated}, ${basedOn(locale, rating.count)}`, {
    id: 'star-rating.label',
    desc: 'Spoken label of a rating; {0} is e.g. "7.82 out of 10", {1} "based on 11 votes".',
  });
}

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

export const tooFewVotes = () =>
  msg('Not enough ratings yet', {id: 'star-rating.too-few', desc: 'Instead of a score based on too few votes.'});
