import {css} from 'lit';

/**
 * Shared look of every widget. Public tokens (`--care-*`) are only *read*
 * here, with fallbacks, never declared on :host, so a partner can set them on
 * `:root` or any ancestor. The private `--_*` copies keep the fallbacks in
 * one place. Colours follow the page's `color-scheme` (light or dark).
 * Burmese, Khmer and Thai put no spaces between words: the browser breaks
 * them by dictionary, and `overflow-wrap: break-word` breaks any word that
 * still does not fit its line. (Not `anywhere`: that also lowers a table
 * column's minimum width, and the comparison would squeeze English words at
 * 320 px instead of scrolling.) Korean breaks between words (`keep-all`), as
 * Korean typesetting does, with the same fallback.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--care-accent, light-dark(#0f5e9c, #7cc4fa));
    --_on-accent: var(--care-on-accent, light-dark(#ffffff, #0b1b2b));
    --_muted: var(--care-muted-color, light-dark(#52525b, #a1a1aa));
    --_border: var(--care-border-color, light-dark(#d4d4d8, #52525b));
    --_surface: var(--care-surface, light-dark(#ffffff, #18181b));
    --_surface-alt: var(--care-surface-alt, light-dark(#f4f4f5, #27272a));
    --_radius: var(--care-radius, 0.5rem);
    --_space: var(--care-space, 1rem);
    --_focus: var(--care-focus-color, light-dark(#1d4ed8, #93c5fd));
    font-family: var(--care-font-family, inherit);
    color: var(--care-text-color, inherit);
    line-height: var(--care-line-height, 1.5);
    box-sizing: border-box;
    overflow-wrap: break-word;
  }
  :host(:lang(ko)) {
    word-break: keep-all;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .unavailable {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
