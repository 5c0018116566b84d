import type {Locale} from './match-locale.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A number in the locale's digits and separators (de "7,82", ar "٧٫٨٢"). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = locale + JSON.stringify(options);
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A content date (YYYY-MM-DD) written out in the locale: de "1. November
 * 2026", th "1 พฤศจิกายน 2569" (Buddhist era), ar with Arabic digits. It parses
 * as UTC midnight, so it is formatted in UTC and never shifts a day.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})));
  return format.format(new Date(isoDate));
}
