// What every demo page shares, in one place: the list of demo pages and,
// where the page's <header> asks for it (data-language-switcher), the
// language switcher. Built with DOM calls, so it also runs on the strict-CSP
// page (no inline script, no HTML parsing under Trusted Types). Pre-rendered
// pages (dist/demo/) already have both, so nothing moves after first paint:
// then this only wires the switcher.
import {languages, pages} from './site.js';

const element = (tag, properties = {}, children = []) => {
  const el = Object.assign(document.createElement(tag), properties);
  el.append(...children);
  return el;
};

const header = document.querySelector('body > header');
const nav = element('nav', {ariaLabel: 'Demo pages'}, [
  element(
    'ul',
    {},
    pages.map(([href, text]) => element('li', {}, [element('a', {href, textContent: text})])),
  ),
]);
if (!document.querySelector('body > nav')) {
  if (header) header.after(nav);
  else document.body.prepend(nav);
}

// The switcher sets <html lang> (and dir for Arabic), as a partner's CMS
// would; widgets follow without a reload. ?lang=th keeps the choice in the URL.
if (header?.hasAttribute('data-language-switcher')) {
  let select = document.getElementById('language');
  if (!select) {
    select = element(
      'select',
      {id: 'language'},
      languages.map(([value, text]) => element('option', {value, textContent: text})),
    );
    header.append(element('label', {}, ['Language ', select]));
  }
  labelDrafts(select);
  const apply = (lang) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    select.value = lang;
  };
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl) apply(fromUrl);
  select.addEventListener('change', () => {
    apply(select.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}

// A translation nobody has signed off yet (no state="final" target in its
// XLIFF, see docs/translation.md) is labelled "draft" in the switcher.
async function labelDrafts(select) {
  for (const option of select.options) {
    if (option.value === 'en') continue;
    try {
      const response = await fetch(`/locales/${option.value}.xlf`);
      if (!response.ok) continue;
      const reviewed = (await response.text()).match(/<target state="(final|signed-off)"/g)?.length ?? 0;
      if (reviewed === 0) option.textContent += ' (draft)';
    } catch {
      // The switcher still works without the label.
    }
  }
}
