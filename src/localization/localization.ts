import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import type {Locale} from './match-locale.js';

type TargetLocale = (typeof targetLocales)[number];

// Literal import paths, one per locale: rollup turns each into a lazy chunk,
// and the dev server can only rewrite literal paths (a template string 404s).
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  bn: () => import('../generated/locales/bn.js'),
  de: () => import('../generated/locales/de.js'),
  ja: () => import('../generated/locales/ja.js'),
  km: () => import('../generated/locales/km.js'),
  ko: () => import('../generated/locales/ko.js'),
  my: () => import('../generated/locales/my.js'),
  ru: () => import('../generated/locales/ru.js'),
  th: () => import('../generated/locales/th.js'),
  vi: () => import('../generated/locales/vi.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();

// msg() asks for the locale on every call, so each widget can render in its
// own language: the widget makes its locale current for the length of its
// update (see CareElement) and puts the previous one back afterwards.
let current: Locale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
});

/** Runs `work` with `locale` as the language of every msg() call inside it. */
export function inLocale<T>(locale: Locale, work: () => T): T {
  const previous = current;
  current = locale;
  try {
    return work();
  } finally {
    current = previous;
  }
}

/** The locale msg() is using right now (the updating widget's). */
export function currentLocale(): Locale {
  return current;
}

export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads a locale's messages once per page; resolves when msg() can use them. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((module) => void loaded.set(locale, module))
      .catch((error: unknown) => {
        // A missing chunk (bad CDN path) must not break the widget: it
        // renders in English and says why once.
        loading.delete(locale);
        console.warn(`care-widgets: could not load the "${locale}" translations; showing English.`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}
