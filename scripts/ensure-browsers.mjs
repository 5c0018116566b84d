// Runs before `wtr` (npm run test:browser): makes sure the browsers and fonts the tests need are
// installed, so a new machine needs nothing but `npm ci && npm test`.
// - As root with apt-get (a fresh Debian machine, CI): installs what is missing itself, saying what.
// - Otherwise: prints the one command that installs it, and stops if a browser is missing.
// The list and the paths are in tests/browsers.mjs. CARE_APT_GET names another apt-get (used by
// tests/scripts/ensure-browsers.test.mjs to record what would be installed).
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {testBrowsers, testFonts} from '../tests/browsers.mjs';

const log = (line) => console.log(`ensure-browsers: ${line}`);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `command` on PATH, or undefined. */
const onPath = (command) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, command))
    .find(isExecutable);

/** Debian packages (of `names`) that are not installed; none known without dpkg-query. */
function uninstalledPackages(names) {
  const dpkgQuery = onPath('dpkg-query');
  if (!dpkgQuery) return [];
  return names.filter((name) => {
    const {stdout} = spawnSync(dpkgQuery, ['-W', '-f=${db:Status-Status}', name], {encoding: 'utf8'});
    return stdout.trim() !== 'installed';
  });
}

const browsers = testBrowsers();
if (browsers.length === 1) log('CARE_BROWSERS=chromium, skipping Firefox');
const missingBrowsers = () => browsers.filter((browser) => !isExecutable(browser.path));

const packages = [...missingBrowsers().map((browser) => browser.debianPackage), ...uninstalledPackages(testFonts)];
if (packages.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const aptGet = process.env.CARE_APT_GET || onPath('apt-get');
if (isRoot && aptGet) {
  log(`installing ${packages.join(' ')} with ${aptGet} (running as root)`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const {status} = spawnSync(aptGet, args, {stdio: 'inherit', env});
    if (status !== 0) {
      // What matters is whether the browsers are there now: checked below.
      console.error(`ensure-browsers: apt-get ${args[0]} failed (exit ${status})`);
      break;
    }
  }
}

const sudo = isRoot ? '' : 'sudo ';
const installCommand = `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
const stillMissing = missingBrowsers();
if (stillMissing.length === 0) {
  // Only fonts were missing and they could not be installed here: the tests still run.
  const fonts = uninstalledPackages(testFonts);
  if (fonts.length > 0) log(`${fonts.join(' ')} not installed (Thai and Khmer text shows as boxes): ${installCommand}`);
  process.exit(0);
}

for (const browser of stillMissing) {
  const where =
    browser.path === browser.debianPath
      ? `not found at ${browser.path}`
      : `${browser.variable}=${browser.path} is not an executable (Debian's ${browser.debianPackage} is ${browser.debianPath})`;
  console.error(`ensure-browsers: ${browser.name} ${where}`);
}
console.error(`
The browser tests need Chromium and Firefox ESR. Install them with
  ${installCommand}
or point to installed ones with CHROME_PATH and FIREFOX_PATH (CARE_BROWSERS=chromium runs Chromium only).`);
process.exit(1);
