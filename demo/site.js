// The demo's page list and languages: used by demo-shell.js in the browser
// and by scripts/prerender-demo.mjs, which writes the same navigation into
// the pre-rendered pages so it is there at first paint.
export const pages = [
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

export const languages = [
  ['en', 'English'],
  ['th', 'ไทย'],
  ['ar', 'العربية'],
  ['zh-Hans', '简体中文'],
  ['ja', '日本語'],
  ['ru', 'Русский'],
  ['de', 'Deutsch'],
  ['vi', 'Tiếng Việt'],
  ['my', 'မြန်မာ'],
  ['bn', 'বাংলা'],
  ['km', 'ខ្មែរ'],
  ['ko', '한국어'],
];
