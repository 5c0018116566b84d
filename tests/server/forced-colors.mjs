/**
 * A test-runner command that turns forced colours (Windows High Contrast) on
 * or off for the page under test: `executeServerCommand('forced-colors',
 * {active: true})`. @web/test-runner-commands' emulateMedia cannot, because it
 * only passes prefers-color-scheme and prefers-reduced-motion to Puppeteer.
 *
 * Chromium: emulated through CDP and answers `true`. Firefox (WebDriver BiDi)
 * has no way to emulate it, so the command answers `{supported: false}` and the
 * test skips itself rather than pass without checking anything.
 */
export function forcedColorsPlugin() {
  return {
    name: 'care-forced-colors-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'forced-colors') return undefined;
      const active = payload?.active;
      if (typeof active !== 'boolean') throw new Error('forced-colors: expected a payload {active: boolean}');
      const name = session.browser.name;
      if (session.browser.type !== 'puppeteer' || !['Chrome', 'Chromium'].includes(name)) return {supported: false};
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{name: 'forced-colors', value: active ? 'active' : 'none'}]);
      return true;
    },
  };
}
