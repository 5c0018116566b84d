// scripts/ensure-browsers.mjs on a machine that lacks the browsers, without touching the real
// ones: CHROME_PATH/FIREFOX_PATH point into an empty folder, a fake apt-get (CARE_APT_GET)
// records what it is asked and "installs" by creating those files, and a fake dpkg-query on
// PATH says which fonts are installed. Run with `node --test tests/scripts/`.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {testFonts as fonts} from '../browsers.mjs';

const repoFile = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const isRoot = process.getuid?.() === 0;
const machines = [];
after(() => machines.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function writeExecutable(path, body) {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A machine without browsers: returns how to run the script on it. */
function bareMachine({fontsInstalled = false, aptInstalls = true} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-browsers-'));
  machines.push(dir);
  chmodSync(dir, 0o755); // readable by the unprivileged user of the non-root cases
  // A copy of the script and the list it imports: the clone itself may sit in a folder that
  // user cannot read (mktemp -d is 0700).
  for (const folder of ['scripts', 'tests']) mkdirSync(join(dir, folder));
  for (const file of ['scripts/ensure-browsers.mjs', 'tests/browsers.mjs'])
    copyFileSync(repoFile(file), join(dir, file));
  const script = join(dir, 'scripts/ensure-browsers.mjs');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const chromium = join(dir, 'chromium');
  const firefox = join(dir, 'firefox-esr');
  const aptLog = join(dir, 'apt-get.log');
  // Records each call on one line; `install` puts the two browsers where the variables point.
  writeExecutable(
    join(dir, 'apt-get'),
    `echo "$*" >> '${aptLog}'\n` +
      (aptInstalls
        ? `if [ "$1" = install ]; then for f in '${chromium}' '${firefox}'; do printf '#!/bin/sh\\n' > "$f"; chmod +x "$f"; done; fi`
        : ''),
  );
  writeExecutable(join(bin, 'dpkg-query'), `printf '${fontsInstalled ? 'installed' : 'not-installed'}'`);
  const env = {
    PATH: `${bin}:/usr/bin:/bin`,
    CHROME_PATH: chromium,
    FIREFOX_PATH: firefox,
    CARE_APT_GET: join(dir, 'apt-get'),
  };
  const run = ({uid, extraEnv = {}} = {}) => {
    const result = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: {...env, ...extraEnv},
      ...(uid === undefined ? {} : {uid, gid: uid}),
    });
    const aptCalls = existsSync(aptLog) ? readFileSync(aptLog, 'utf8').trim().split('\n') : [];
    return {...result, aptCalls};
  };
  return {dir, chromium, firefox, run};
}

test('as root with apt-get: installs the missing browsers and fonts itself, saying so', {skip: !isRoot}, () => {
  const machine = bareMachine();
  const {status, stdout, aptCalls} = machine.run();
  assert.equal(status, 0);
  const packages = ['chromium', 'firefox-esr', ...fonts];
  assert.deepEqual(aptCalls, ['update', `install -y ${packages.join(' ')}`]);
  assert.match(stdout, new RegExp(`installing ${packages.join(' ')}`));
  assert.ok(existsSync(machine.chromium) && existsSync(machine.firefox));
});

test('as root: installs only what is missing (here the fonts are there)', {skip: !isRoot}, () => {
  const machine = bareMachine({fontsInstalled: true});
  writeExecutable(machine.chromium, 'true');
  const {status, aptCalls} = machine.run();
  assert.equal(status, 0);
  assert.deepEqual(aptCalls, ['update', 'install -y firefox-esr']);
});

test('with everything installed: does nothing and says nothing', {skip: !isRoot}, () => {
  const machine = bareMachine({fontsInstalled: true});
  writeExecutable(machine.chromium, 'true');
  writeExecutable(machine.firefox, 'true');
  const {status, stdout, stderr, aptCalls} = machine.run();
  assert.equal(status, 0);
  assert.deepEqual(aptCalls, []);
  assert.equal(stdout + stderr, '');
});

test('CARE_BROWSERS=chromium: Firefox is neither needed nor installed', {skip: !isRoot}, () => {
  const machine = bareMachine({fontsInstalled: true});
  writeExecutable(machine.chromium, 'true');
  const {status, aptCalls} = machine.run({extraEnv: {CARE_BROWSERS: 'chromium'}});
  assert.equal(status, 0);
  assert.deepEqual(aptCalls, []);
});

test('as root, when the install does not bring the browser: stops and names the path', {skip: !isRoot}, () => {
  const machine = bareMachine({fontsInstalled: true, aptInstalls: false});
  const {status, stderr, aptCalls} = machine.run();
  assert.equal(status, 1);
  assert.deepEqual(aptCalls, ['update', 'install -y chromium firefox-esr']);
  assert.match(stderr, /Chromium CHROME_PATH=.*chromium is not an executable/);
});

test('as root, when apt-get fails but the browsers are there: the tests still run', {skip: !isRoot}, () => {
  const machine = bareMachine();
  writeExecutable(machine.chromium, 'true');
  writeExecutable(machine.firefox, 'true');
  writeExecutable(join(machine.dir, 'apt-get'), 'exit 100'); // e.g. a font package this release lacks
  const {status, stderr} = machine.run();
  assert.equal(status, 0);
  assert.match(stderr, /apt-get update failed \(exit 100\)/);
});

test('as root without apt-get: prints the one command and stops', {skip: !isRoot}, () => {
  const machine = bareMachine({fontsInstalled: true});
  const {status, stderr, aptCalls} = machine.run({extraEnv: {CARE_APT_GET: '', PATH: join(machine.dir, 'bin')}});
  assert.equal(status, 1);
  assert.deepEqual(aptCalls, []);
  assert.match(stderr, /\n {2}apt-get update && apt-get install -y chromium firefox-esr\n/);
});

test('not root: installs nothing, prints the one sudo command and stops', {skip: !isRoot}, () => {
  const machine = bareMachine();
  const {status, stderr, aptCalls} = machine.run({uid: 65534});
  assert.equal(status, 1);
  assert.deepEqual(aptCalls, []);
  const packages = ['chromium', 'firefox-esr', ...fonts].join(' ');
  assert.match(stderr, new RegExp(`\\n {2}sudo apt-get update && sudo apt-get install -y ${packages}\\n`));
});

test('not root, only fonts missing: the tests still run, with the command to add them', {skip: !isRoot}, () => {
  const machine = bareMachine();
  writeExecutable(machine.chromium, 'true');
  writeExecutable(machine.firefox, 'true');
  const {status, stdout, aptCalls} = machine.run({uid: 65534});
  assert.equal(status, 0);
  assert.deepEqual(aptCalls, []);
  assert.match(stdout, new RegExp(`sudo apt-get install -y ${fonts.join(' ')}`));
});

test('`npm start` never runs the browser check or a browser', () => {
  const {scripts} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  // Follows `npm run x` through the scripts `start` calls.
  const expand = (name, seen = new Set()) => {
    if (seen.has(name)) return '';
    seen.add(name);
    const body = scripts[name] ?? '';
    return [body, ...[...body.matchAll(/npm run ([\w:-]+)/g)].map((match) => expand(match[1], seen))].join('\n');
  };
  const start = expand('start');
  assert.match(start, /rollup/); // it did follow into `build`
  assert.doesNotMatch(start, /ensure-browsers|wtr|web-test-runner|puppeteer|bench/);
});
