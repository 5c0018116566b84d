import {targetLocales} from '../generated/locale-codes.js';
import {loadContentChunks} from '../content/content-controller.js';
import {loadLocale} from '../localization/localization.js';

let ready: Promise<unknown> | undefined;

/** Loads every locale and content chunk once per process, so each render runs synchronously. */
export function serverReady() {
  return (ready ??= Promise.all([loadContentChunks(), ...targetLocales.map((locale) => loadLocale(locale))]));
}
