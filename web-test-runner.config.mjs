import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import summaryReporter from './tests/summary-reporter.mjs';
import {chromiumFlags, testBrowsers} from './tests/browsers.mjs';
import {testRoutes} from './tests/server/routes.mjs';
import {forcedColorsPlugin} from './tests/server/forced-colors.mjs';
import {a11yTreePlugin} from './tests/server/a11y-tree.mjs';
import {realServerPlugin, realServerRoutes} from './tests/server/real-server.mjs';

// Debian's browsers (tests/browsers.mjs); ensure-browsers.mjs installs them before this runs.
const [chromium, firefox] = testBrowsers();
const browsers = [
  chromeLauncher({launchOptions: {executablePath: chromium.path, headless: true, args: chromiumFlags}}),
];
if (firefox) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: firefox.path, headless: true},
    }),
  );
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // One page at a time per browser: a page in a background tab gets its timers
  // and module loading throttled, which made locale tests time out.
  concurrency: 1,
  // One browser at a time as well: Chromium and Firefox side by side on two
  // cores stalled whole test files (10 min instead of under one).
  concurrentBrowsers: 1,
  testFramework: {config: {timeout: 20000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: './tsconfig.json'}),
    forcedColorsPlugin(),
    a11yTreePlugin(),
    realServerPlugin(),
  ],
  middleware: [testRoutes(), realServerRoutes()],
  // Lit's dev-mode notice is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
