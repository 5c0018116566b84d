// Fails when the committed XLIFF or generated locale modules are stale
// (someone added or changed a msg() without running extract/build), or when
// a locale lacks a translation for any message. Prints each locale's review
// state (translated / needs review / final) and keeps the same table in
// README.md up to date, so partners see which languages are reviewed.
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';

const watched = ['locales', 'src/generated/locales', 'src/generated'];
const snapshot = () =>
  new Map([
    ...watched.flatMap((dir) =>
      readdirSync(dir, {withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => [`${dir}/${entry.name}`, readFileSync(`${dir}/${entry.name}`, 'utf8')]),
    ),
    ['README.md', readFileSync('README.md', 'utf8')],
  ]);

const before = snapshot();
execFileSync('npx', ['lit-localize', 'extract'], {stdio: 'ignore'});
execFileSync('npx', ['lit-localize', 'build'], {stdio: 'ignore'});
writeReviewTable(reviewCounts());
const after = snapshot();

/** Per locale: how many targets exist, still need review, and are signed off. */
function reviewCounts() {
  return readdirSync('locales')
    .filter((f) => f.endsWith('.xlf'))
    .sort()
    .map((file) => {
      const xml = readFileSync(`locales/${file}`, 'utf8');
      const states = [...xml.matchAll(/<target(?: state="([^"]*)")?>[\s\S]*?\S[\s\S]*?<\/target>/g)].map((m) => m[1]);
      return {
        locale: file.replace(/\.xlf$/, ''),
        translated: states.length,
        needsReview: states.filter((state) => state === 'needs-review-translation').length,
        final: states.filter((state) => state === 'final' || state === 'signed-off').length,
      };
    });
}

// Between these markers README.md holds the table; ASCII only, padded the way prettier pads it.
function writeReviewTable(counts) {
  const rows = [
    ['Locale', 'Translated', 'Needs review', 'Final', 'Status'],
    ...counts.map((c) =>
      [
        c.locale,
        c.translated,
        c.needsReview,
        c.final,
        c.final === 0 ? 'draft' : c.needsReview ? 'partly reviewed' : 'reviewed',
      ].map(String),
    ),
  ];
  const widths = rows[0].map((_, i) => Math.max(3, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const table = [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
  console.log(table);
  const readme = readFileSync('README.md', 'utf8');
  const marked = /(<!-- review-state:start[^>]*-->\n)[\s\S]*?(\n<!-- review-state:end -->)/;
  if (!marked.test(readme))
    throw new Error('README.md has no <!-- review-state:start --> … <!-- review-state:end --> section');
  writeFileSync(
    'README.md',
    readme.replace(marked, (_, start, end) => `${start}\n${table}\n${end}`),
  );
}

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
