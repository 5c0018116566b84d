import type {Locale} from '../localization/match-locale.js';
import type {Text} from './types.js';

/** The text of a field in `locale`, falling back to `en`, then to any entry. */
export function localizedText(value: Text | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.en ?? Object.values(value)[0] ?? '';
}
