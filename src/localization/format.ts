import type {Locale} from './match-locale.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

// ICU formatting is the largest script cost of a rating (three numbers and a
// plural each): a page of 1,000 ratings asks for the same few answers again
// and again. Bounded, so an endless scroll of distinct numbers cannot grow it.
const answers = new Map<string, string>();
function remembered(key: string, answer: () => string): string {
  let value = answers.get(key);
  if (value === undefined) {
    if (answers.size >= 2000) answers.clear();
    answers.set(key, (value = answer()));
  }
  return value;
}

/** A number in the locale's digits and separators (de "7,82", ar "٧٫٨٢"). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? locale + JSON.stringify(options) : locale;
  return remembered(`n ${key} ${value}`, () => {
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format.format(value);
  });
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {other: () => string};

/**
 * Picks the message for `count` by the locale's plural rules: English needs
 * one/other, Russian one/few/many, Arabic all six. Each form is a function
 * so that only the chosen msg() runs; forms a message omits fall back to
 * `other`.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const form = remembered(`p ${locale} ${count}`, () => {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    return rules.select(count);
  }) as Intl.LDMLPluralRule;
  return (forms[form] ?? forms.other)();
}
