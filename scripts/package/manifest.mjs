// Reads dist/custom-elements.json into the plain list of widgets that the package's typings,
// React wrappers and docs pages are generated from: so none of them is written by hand, and
// none can drift from the component classes' JSDoc.
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = join(root, 'dist');
export const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const packageName = packageJson.name;

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/**
 * One entry per custom element: its tag, class, file name (`star-rating`), docs, and its
 * attributes (with the property each sets), properties without an attribute, events, parts,
 * CSS properties and slots. Inherited members (`src`, `content`) are included.
 */
export function readWidgets(manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'))) {
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && isPublic(member) && !member.static,
      );
      widgets.push({
        tag: declaration.tagName,
        className: declaration.name,
        name: declaration.tagName.replace(/^care-/, ''),
        summary: declaration.summary ?? firstSentence(declaration.description ?? ''),
        description: declaration.description ?? '',
        modulePath: module.path,
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          fieldName: attribute.fieldName,
          type: attribute.type?.text ?? fields.find((f) => f.name === attribute.fieldName)?.type?.text ?? 'string',
          description: attribute.description ?? '',
          default: attribute.default,
        })),
        properties: fields
          .filter((field) => !field.attribute && !field.readonly)
          .map((field) => ({
            name: field.name,
            type: field.type?.text ?? 'unknown',
            description: field.description ?? '',
          })),
        events: (declaration.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({
            name: event.name,
            type: event.type?.text ?? 'Event',
            description: event.description ?? '',
          })),
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
        slots: declaration.slots ?? [],
      });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

function firstSentence(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** `care-vote` → `onCareVote`: the React prop name of an event, as the wrappers expose it. */
export const reactEventProp = (event) => 'on' + event.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/** JSDoc block for generated declarations (`*\/` in a description cannot end the comment). */
export function jsDoc(text, indent = '  ') {
  const lines = text.trim().replace(/\*\//g, '*\\/').split('\n');
  if (!text.trim()) return '';
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

export const readFileSyncJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
