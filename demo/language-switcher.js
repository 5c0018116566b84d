// The demo's language switcher: sets <html lang> (and dir for Arabic), the
// way a partner's CMS would. Widgets follow without a reload. The choice is
// kept in the URL (?lang=th) so a page can be shared in a language.
const select = document.querySelector('#language');
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
