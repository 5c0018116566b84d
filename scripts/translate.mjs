// Writes translations into locales/*.xlf and regenerates src/generated/.
//   node scripts/translate.mjs translations.json
// translations.json: {"de": {"rating.of": "{0} von {1}", ...}, "ru": {...}}
// `{0}`, `{1}` … stand for the message's placeholders in source order (the
// `${…}` expressions of str``), copied from the <source> element. Every
// target written is marked state="needs-review-translation" until a
// clinician-translator has reviewed it (see docs/translation.md).
// Runs under a lock so that several people (or helpers) can call it at once.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

const lock = 'locales/.lock';
for (let tries = 0; ; tries++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (tries > 600) throw new Error(`${lock} is held; remove it if no translation is running`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
// lit-localize prints its errors (e.g. one id with two texts) on stdout.
function run(command) {
  try {
    execFileSync('npx', ['lit-localize', command], {encoding: 'utf8', stdio: 'pipe'});
  } catch (error) {
    console.error(`lit-localize ${command} failed:\n${error.stdout}${error.stderr}`);
    throw new Error(`lit-localize ${command} failed; nothing was written`, {cause: error});
  }
}

try {
  const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  run('extract');
  let written = 0;
  for (const [locale, messages] of Object.entries(input)) {
    const file = `locales/${locale}.xlf`;
    let xml = readFileSync(file, 'utf8');
    for (const [id, text] of Object.entries(messages)) {
      const unit = new RegExp(
        `(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">)([\\s\\S]*?)(</trans-unit>)`,
      );
      const match = unit.exec(xml);
      if (!match) {
        console.warn(`${locale}: no message with id ${id} (run after adding the msg() call)`);
        continue;
      }
      const source = /<source>([\s\S]*?)<\/source>/.exec(match[2])[1];
      const placeholders = [...source.matchAll(/<x [^>]*\/>/g)].map((m) => m[0]);
      const escaped = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const target = escaped.replace(/\{(\d+)\}/g, (_, n) => placeholders[Number(n)] ?? `{${n}}`);
      const body = match[2]
        .replace(/\s*(<target[^>]*\/>|<target[^>]*>[\s\S]*?<\/target>)/, '')
        .replace(/(<\/source>)/, (end) => `${end}\n  <target state="needs-review-translation">${target}</target>`);
      // A function, so that `$` in a translation is never read as a replacement pattern.
      xml = xml.replace(unit, () => `${match[1]}${body}${match[3]}`);
      written++;
    }
    writeFileSync(file, xml);
  }
  run('build');
  console.log(`translate: wrote ${written} targets`);
} finally {
  rmSync(lock, {recursive: true, force: true});
}
