// Checks content documents with the validator the widgets use, then lists
// decision-aid gaps (src/content/audit.ts) as warnings with JSON paths.
//   npm run check:content -- content.json [more.json …]
//   npm run check:content -- --built-in     the built-in catalogue
// Exit code 1 when any document is invalid, 0 otherwise (warnings included).
import {build} from 'esbuild';
import {readFileSync} from 'node:fs';

const entry = `
  export {validateContent} from './src/content/validate.ts';
  export {auditContent} from './src/content/audit.ts';
  export {builtInContent} from './src/content/catalogue.ts';
`;
const out = await build({
  stdin: {contents: entry, resolveDir: process.cwd(), loader: 'ts'},
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const {validateContent, auditContent, builtInContent} = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: npm run check:content -- file.json [more.json …] | --built-in');
  process.exit(2);
}

let failed = false;
for (const arg of args) {
  const builtIn = arg === '--built-in';
  const name = builtIn ? 'built-in catalogue' : arg;
  let value;
  try {
    value = builtIn ? builtInContent() : JSON.parse(readFileSync(arg, 'utf8'));
  } catch (error) {
    console.log(`${name}\n  error    ${error.code === 'ENOENT' ? 'no such file' : `not valid JSON: ${error.message}`}`);
    failed = true;
    continue;
  }
  const {document, problem} = validateContent(value);
  if (problem) {
    console.log(`${name}\n  error    ${problem}`);
    failed = true;
    continue;
  }
  const gaps = auditContent(document, {fromHospitalPage: builtIn});
  console.log(`${name}: valid, ${gaps.length} warning${gaps.length === 1 ? '' : 's'}`);
  for (const {path, message} of gaps) console.log(`  warning  ${path}: ${message}`);
}
process.exit(failed ? 1 : 0);
