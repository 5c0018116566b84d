// Which browsers and fonts the browser tests need, and where they are looked for. One list for
// web-test-runner.config.mjs (which launches them) and scripts/ensure-browsers.mjs (which
// installs what is missing), so the two can never disagree about a path.

/** The browsers, each at Debian's path unless its variable names another. */
export function testBrowsers(env = process.env) {
  const browsers = [
    {name: 'Chromium', variable: 'CHROME_PATH', debianPath: '/usr/bin/chromium', debianPackage: 'chromium'},
    {name: 'Firefox', variable: 'FIREFOX_PATH', debianPath: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr'},
  ].map((browser) => ({...browser, path: env[browser.variable] || browser.debianPath}));
  // Firefox may be left out on request (a quick local run); CI tests both.
  return env.CARE_BROWSERS === 'chromium' ? browsers.slice(0, 1) : browsers;
}

/** Flags for headless Chromium here: root needs --no-sandbox; the rest keep it off the closed network. */
export const chromiumFlags = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Without these, Thai, Khmer and other scripts render as boxes in the browsers (the shipped
// locales and the ones planned next): tests that measure or screenshot text would be meaningless.
// fonts-noto-cjk: Chinese, Japanese and Korean (Hangul) glyphs; none of the others has them.
export const testFonts = ['fonts-thai-tlwg', 'fonts-noto-core', 'fonts-khmeros', 'fonts-noto-cjk'];
