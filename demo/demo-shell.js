// What every demo page shares, in one place: the list of demo pages and,
// where the page's <header> asks for it (data-language-switcher), the
// language switcher. Built with DOM calls, so it also runs on the strict-CSP
// page (no inline script, no HTML parsing under Trusted Types).
const pages = [
  ['/demo/', 'All widgets'],
  ['/demo/side-by-side.html', 'Languages side by side'],
  ['/demo/rtl.html', 'Arabic (RTL)'],
  ['/demo/classic-script.html', 'Classic script (IIFE)'],
  ['/demo/csp.html', 'Strict CSP'],
  ['/demo/theming.html', 'Theming'],
  ['/demo/star-rating.html', 'Rating'],
  ['/demo/comparison.html', 'Comparison'],
  ['/demo/risks.html', 'Risks'],
  ['/demo/doctors.html', 'Doctors'],
  ['/demo/phone.html', 'On a phone'],
];
const languages = [
  ['en', 'English'],
  ['th', 'ไทย'],
  ['ar', 'العربية'],
  ['zh-Hans', '简体中文'],
  ['ja', '日本語'],
  ['ru', 'Русский'],
  ['de', 'Deutsch'],
  ['vi', 'Tiếng Việt'],
];

const element = (tag, properties = {}, children = []) => {
  const el = Object.assign(document.createElement(tag), properties);
  el.append(...children);
  return el;
};

const nav = element('nav', {ariaLabel: 'Demo pages'}, [
  element(
    'ul',
    {},
    pages.map(([href, text]) => element('li', {}, [element('a', {href, textContent: text})])),
  ),
]);
const header = document.querySelector('body > header');
if (header) header.after(nav);
else document.body.prepend(nav);

// The switcher sets <html lang> (and dir for Arabic), as a partner's CMS
// would; widgets follow without a reload. ?lang=th keeps the choice in the URL.
if (header?.hasAttribute('data-language-switcher')) {
  const select = element(
    'select',
    {id: 'language'},
    languages.map(([value, text]) => element('option', {value, textContent: text})),
  );
  header.append(element('label', {}, ['Language ', select]));
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
