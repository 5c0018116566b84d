import {matchLocale, type Locale} from './match-locale.js';

/**
 * The language that applies to an element: its own `lang`, else the nearest
 * ancestor's (crossing shadow-root boundaries), else `<html lang>`. Empty
 * `lang=""` means "unknown" in HTML, so the search goes on past it.
 */
export function findLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (node instanceof ShadowRoot) node = node.host;
  }
  return undefined;
}

export function resolveLocale(element: Element): Locale {
  return matchLocale(findLang(element));
}
