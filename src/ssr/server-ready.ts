import {targetLocales} from '../generated/locale-codes.js';
import {loadContentChunks} from '../content/content-controller.js';
import {loadLocale} from '../localization/localization.js';
import {votingChunk} from '../components/star-rating/voting.js';

let ready: Promise<unknown> | undefined;

/** Loads every locale, content and voting chunk once per process, so each render runs synchronously. */
export function serverReady() {
  return (ready ??= Promise.all([
    loadContentChunks(),
    votingChunk.load(),
    ...targetLocales.map((locale) => loadLocale(locale)),
  ]));
}
