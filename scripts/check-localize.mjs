// Fails when the committed XLIFF or generated locale modules are stale
// (someone added or changed a msg() without running extract/build), or when
// a locale lacks a translation for any message.
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

const watched = ['locales', 'src/generated/locales', 'src/generated'];
const snapshot = () =>
  new Map(
    watched.flatMap((dir) =>
      readdirSync(dir, {withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => [`${dir}/${entry.name}`, readFileSync(`${dir}/${entry.name}`, 'utf8')]),
    ),
  );

const before = snapshot();
execFileSync('npx', ['lit-localize', 'extract'], {stdio: 'ignore'});
execFileSync('npx', ['lit-localize', 'build'], {stdio: 'ignore'});
const after = snapshot();

const stale = [...after.keys()].filter((file) => before.get(file) !== after.get(file));
const problems = stale.map((file) => `${file} was stale (now regenerated: review and commit it)`);

for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  for (const unit of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    // An id lit-localize had to generate means a msg() without {id}; the
    // bundle has no id hashing (rollup.config.mjs), so it would stay English.
    if (/^[sh][0-9a-f]{16}$/.test(unit[1]))
      problems.push(`${file}: a msg() has no id (generated ${unit[1]}); give it {id: 'widget.key'}`);
    if (!/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit[2]))
      problems.push(`${file}: no translation for ${unit[1]}`);
    // Nothing but <source>, <target> and <note> in a unit: stray text there
    // is invisible to lit-localize but misleads a translator.
    const rest = unit[2].replace(/<(source|target|note)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    if (rest.trim())
      problems.push(`${file}: ${unit[1]} has stray text outside its elements: ${rest.trim().slice(0, 60)}`);
    // Each translation says whether a clinician-translator has reviewed it.
    else if (!/<target state="(needs-review-translation|final|signed-off|translated)"/.test(unit[2]))
      problems.push(`${file}: ${unit[1]} has no review state`);
  }
}

if (problems.length) {
  console.error(`check:localize failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:localize: ${after.size} files up to date, every message translated`);
