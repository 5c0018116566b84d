import {msg, str} from '@lit/localize';
import {formatNumber, plural} from '../../localization/format.js';
import {isLocaleReady} from '../../localization/localization.js';
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

/** What a shown rating says: its spoken label, "7.82 out of 10" and "based on 11 votes" ('' without a count). */
export interface RatingWords {
  label: string;
  score: string;
  votes: string;
}

// Formatting and looking up the words is the largest script cost of a rating,
// and a page of ratings asks for the same few again and again. Bounded, so an
// endless scroll of distinct ratings cannot grow it.
const remembered = new Map<string, RatingWords>();

/**
 * The words of a rating with a value, remembered once the locale's messages
 * are there (until then msg() falls back to English).
 */
export function ratingWords(locale: Locale, rating: Rating): RatingWords {
  const key = `${locale} ${rating.value} ${rating.max} ${rating.count}`;
  let words = remembered.get(key);
  if (!words) {
    words = {
      label: ratingLabel(locale, rating),
      score: outOf(locale, rating.value!, rating.max),
      votes: rating.count === undefined ? '' : basedOn(locale, rating.count),
    };
    if (isLocaleReady(locale)) {
      if (remembered.size >= 1000) remembered.clear();
      remembered.set(key, words);
    }
  }
  return words;
}

export const tooFewVotes = () =>
  msg('Not enough ratings yet', {id: 'star-rating.too-few', desc: 'Instead of a score based on too few votes.'});
