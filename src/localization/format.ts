import {sourceLocale} from '../generated/locale-codes.js';
import type {Locale} from './match-locale.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

// English writes a number under 1,000 with at most three decimals as JavaScript
// does: "7.82", "11". Such numbers skip Intl.NumberFormat, whose first use on a
// page loads ICU's number data (about 12 ms in headless Chromium on the 2-core
// test machines), so an English page of ratings needs none of it. Anything else, e.g.
// 1234 ("1,234"), 0.1 + 0.2 ("0.3") or -0 ("-0"), goes to Intl.
const plainInEnglish = /^\d{1,3}(\.\d{1,3})?$/;

/** A number in the locale's digits and separators (de "7,82", ar "٧٫٨٢"). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  if (locale === sourceLocale && !options && !Object.is(value, -0) && plainInEnglish.test(String(value)))
    return String(value);
  const key = options ? locale + JSON.stringify(options) : locale;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format.format(value);
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {other: () => string};

/**
 * Picks the message for `count` by the locale's plural rules: English needs
 * one/other, Russian one/few/many, Arabic all six. Each form is a function
 * so that only the chosen msg() runs; forms a message omits fall back to
 * `other`.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return (forms[rules.select(count)] ?? forms.other)();
}

// Chromium's ICU data has no Burmese or Khmer: its Intl.ListFormat, DateTimeFormat and
// DisplayNames would write English there ("A, B, and C", "November 1, 2026", "Thai").
// Without the data, these helpers write what has no English words in it.
const intlHasData = (locale: Locale) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;

/** "A, B and C" in the locale's words; a plain "A, B, C" where Intl has no data for it. */
export function formatList(locale: Locale, items: string[]): string {
  return intlHasData(locale)
    ? new Intl.ListFormat(locale, {type: 'conjunction'}).format(items)
    : new Intl.ListFormat('en', {type: 'unit', style: 'short'}).format(items);
}

/**
 * A content date (YYYY-MM-DD) written out in the locale (de "1. November 2026"), formatted in
 * UTC, as which it parses, so it never shifts a day; as written where Intl has no data for it.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  return intlHasData(locale)
    ? new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(isoDate))
    : isoDate;
}

/** A language's name in the locale ("ไทย" in Thai); its own name where Intl has no data for the locale. */
export function languageName(locale: Locale, tag: string): string {
  try {
    return new Intl.DisplayNames([intlHasData(locale) ? locale : tag], {type: 'language'}).of(tag) ?? tag;
  } catch {
    return tag; // a well-formed tag Intl still rejects: show it as written
  }
}
