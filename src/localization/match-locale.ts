import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

/** A locale the suite ships translations for. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['ar']);

export function isRtl(locale: Locale): boolean {
  return rtlLocales.has(locale);
}

/**
 * Best-fit match of any BCP 47 tag to a shipped locale: `th-TH` → `th`,
 * `zh`, `zh-CN`, `zh-SG` → `zh-Hans` (but `zh-TW` is Traditional script, so
 * it falls back), anything unknown → the source locale `en`.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return sourceLocale;
  // Every widget resolves its locale when it connects: 1,000 widgets, one tag.
  let match = matches.get(tag);
  // A shipped tag as written needs no Intl.Locale (whose first use loads ICU data).
  if (!match) matches.set(tag, (match = supportedLocales.includes(tag as Locale) ? (tag as Locale) : bestFit(tag)));
  return match;
}

const matches = new Map<string, Locale>();

function bestFit(tag: string): Locale {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
  } catch {
    return sourceLocale;
  }
  const {language, script} = parsed;
  for (const locale of supportedLocales) {
    const candidate = new Intl.Locale(locale).maximize();
    if (candidate.language === language && candidate.script === script) {
      return locale;
    }
  }
  return sourceLocale;
}
