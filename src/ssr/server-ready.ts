import {targetLocales} from '../generated/locale-codes.js';
import {loadContentChunks} from '../content/content-controller.js';
import {loadLocale} from '../localization/localization.js';
import {ratingExtras} from '../components/star-rating/rating-extras-chunk.js';

let ready: Promise<unknown> | undefined;

/** Loads every locale and on-demand chunk once per process, so each render runs synchronously. */
export function serverReady() {
  return (ready ??= Promise.all([
    loadContentChunks(),
    ratingExtras.load(),
    ...targetLocales.map((locale) => loadLocale(locale)),
  ]));
}
