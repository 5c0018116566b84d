// Makes sure the browsers the tests run in are installed before `wtr` starts, so a missing
// browser is one clear message instead of a puppeteer stack trace.
// Installs them only where that is clearly wanted (root on Debian, in CI or when asked with
// CARE_INSTALL_BROWSERS=1); on a developer machine it says what to install and stops.
import {accessSync, constants, existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

const browsers = [
  {
    name: 'Chromium',
    env: 'CHROME_PATH',
    apt: 'chromium',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  {name: 'Firefox', env: 'FIREFOX_PATH', apt: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox']},
];

// Firefox may be left out only on request (e.g. a quick local run); CI tests both.
const wanted = process.env.CARE_BROWSERS === 'chromium' ? browsers.filter((b) => b.apt === 'chromium') : browsers;
if (wanted.length < browsers.length) {
  console.log('ensure-browsers: CARE_BROWSERS=chromium, skipping Firefox');
}

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

// An explicit env path wins and is the only candidate: a typo there should not be
// silently replaced by some other browser on the machine.
const find = (b) => (process.env[b.env] ? [process.env[b.env]] : b.paths).find(isExecutable);

let missing = wanted.filter((b) => !find(b));
if (missing.length === 0) process.exit(0);

const mayInstall =
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get') &&
  (Boolean(process.env.CI) || process.env.CARE_INSTALL_BROWSERS === '1');

// A browser named by its env variable is the user's choice; installing another would not help.
const installable = missing.filter((b) => !process.env[b.env]);
if (mayInstall && installable.length > 0) {
  // fonts-thai-tlwg: without it Thai renders as boxes and Thai screenshots are meaningless.
  const packages = [...installable.map((b) => b.apt), 'fonts-thai-tlwg'];
  console.log(`ensure-browsers: installing ${packages.join(' ')}`);
  const {status} = spawnSync('sh', ['-c', `apt-get update && apt-get install -y ${packages.join(' ')}`], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
  if (status !== 0) {
    console.error(`ensure-browsers: apt-get failed (exit ${status})`);
    process.exit(1);
  }
  missing = wanted.filter((b) => !find(b));
  if (missing.length === 0) process.exit(0);
}

for (const b of missing) {
  const where = process.env[b.env]
    ? `${b.env}=${process.env[b.env]} is not an executable`
    : `not found at ${b.paths.join(', ')}`;
  console.error(`ensure-browsers: ${b.name} ${where}`);
}
console.error(`
The browser tests need Chromium and Firefox. Either
  sudo apt-get install -y chromium firefox-esr fonts-thai-tlwg
or point to installed browsers:
  CHROME_PATH=/path/to/chrome FIREFOX_PATH=/path/to/firefox npm run test:browser
(As root on Debian, CI=1 or CARE_INSTALL_BROWSERS=1 lets this script install them;
CARE_BROWSERS=chromium runs the tests in Chromium only.)`);
process.exit(1);
