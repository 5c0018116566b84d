// Turns the content format (src/content/schema.ts, the same data the browser
// validator walks) into a JSON Schema document.
//   node scripts/content-schema.mjs          writes schema/content.schema.json
//   node scripts/content-schema.mjs --check  fails if the committed file differs
import {build} from 'esbuild';
import {readFileSync, writeFileSync} from 'node:fs';

const out = await build({entryPoints: ['src/content/schema.ts'], bundle: true, format: 'esm', write: false});
const {contentSchema} = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const localeKey = '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$';

function toJsonSchema(node) {
  switch (node.type) {
    case 'string':
      return {type: 'string', ...(node.maxLength ? {maxLength: node.maxLength} : {})};
    case 'id':
      return {type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$'};
    case 'text':
      return {$ref: '#/$defs/text'};
    case 'url':
      return {$ref: '#/$defs/url'};
    case 'date':
      return {type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$'};
    case 'locale':
      return {type: 'string', pattern: localeKey};
    case 'number':
      return {
        type: node.integer ? 'integer' : 'number',
        ...(node.min !== undefined ? {minimum: node.min} : {}),
        ...(node.max !== undefined ? {maximum: node.max} : {}),
      };
    case 'boolean':
      return {type: 'boolean'};
    case 'enum':
      return {enum: [...node.values]};
    case 'array':
      return {type: 'array', items: toJsonSchema(node.items)};
    case 'map':
      return {type: 'object', additionalProperties: toJsonSchema(node.values)};
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.props).map(([k, v]) => [k, toJsonSchema(v)])),
        ...(node.required.length ? {required: [...node.required]} : {}),
      };
    default:
      throw new Error(`unknown schema node ${node.type}`);
  }
}

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://care-widgets.example/schema/content.schema.json',
  title: 'care-widgets content document',
  description:
    'Procedures, risks, doctors and comparison rows read by the care-* widgets. Text fields are a string or a map of BCP 47 locale to string (en is the fallback). Facts not taken from the hospital page carry a source.',
  ...toJsonSchema(contentSchema),
  properties: {$schema: {type: 'string'}, ...toJsonSchema(contentSchema).properties},
  $defs: {
    text: {
      oneOf: [
        {type: 'string'},
        {type: 'object', minProperties: 1, propertyNames: {pattern: localeKey}, additionalProperties: {type: 'string'}},
      ],
    },
    url: {
      type: 'string',
      pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:',
      description: 'http(s) or relative URL',
    },
  },
};

const text = JSON.stringify(schema, null, 2) + '\n';
const file = 'schema/content.schema.json';
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // No committed file yet: it is stale by definition.
  }
  if (committed !== text) {
    console.error(`${file} is stale: run node scripts/content-schema.mjs and commit it`);
    process.exit(1);
  }
  console.log(`${file} matches src/content/schema.ts`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
