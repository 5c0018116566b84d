import {msg, str} from '@lit/localize';
import {formatNumber, plural} from '../../localization/format.js';
import type {Locale} from '../../localization/match-locale.js';

/** The count of people out of `per` for a rate, as shown (never rounded to a false zero). */
export const peopleOf = (rate: number, per: number) => Math.round(rate * per);

/**
 * A natural frequency on the list's denominator: "About 3 in 100 people
 * have this", with "(between 1 and 5)" when the content gives a range. Call
 * it during render, with the widget's locale current.
 */
export function frequencyText(locale: Locale, rate: number, per: number, range?: {low: number; high: number}) {
  const count = peopleOf(rate, per);
  const n = formatNumber(locale, count);
  const d = formatNumber(locale, per);
  const sentence =
    count < 1
      ? msg(str`Fewer than ${formatNumber(locale, 1)} in ${d} people has this`, {
          id: 'risk-list.frequency.rare',
          desc: 'Natural frequency of a rare risk; {0} is the number 1, {1} is 100 or 1,000.',
        })
      : plural(locale, count, {
          zero: () =>
            msg(str`About ${n} in ${d} people have this`, {
              id: 'risk-list.frequency.zero',
              desc: 'Natural frequency, plural form "zero"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
          one: () =>
            msg(str`About ${n} in ${d} people has this`, {
              id: 'risk-list.frequency.one',
              desc: 'Natural frequency, plural form "one"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
          two: () =>
            msg(str`About ${n} in ${d} people have this`, {
              id: 'risk-list.frequency.two',
              desc: 'Natural frequency, plural form "two"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
          few: () =>
            msg(str`About ${n} in ${d} people have this`, {
              id: 'risk-list.frequency.few',
              desc: 'Natural frequency, plural form "few"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
          many: () =>
            msg(str`About ${n} in ${d} people have this`, {
              id: 'risk-list.frequency.many',
              desc: 'Natural frequency, plural form "many"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
          other: () =>
            msg(str`About ${n} in ${d} people have this`, {
              id: 'risk-list.frequency.other',
              desc: 'Natural frequency, plural form "other"; {0} is a count of people, {1} is 100 or 1,000.',
            }),
        });
  if (!range) return sentence;
  const low = formatNumber(locale, peopleOf(range.low, per));
  const high = formatNumber(locale, peopleOf(range.high, per));
  return `${sentence} ${msg(str`(between ${low} and ${high})`, {
    id: 'risk-list.frequency.range',
    desc: 'After a natural frequency: how sure the number is. {0} and {1} are counts of people out of the same 100 or 1,000.',
  })}`;
}
