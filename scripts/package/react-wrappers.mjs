// dist/npm/react.js + react.d.ts: one React component per widget, made with @lit/react's
// createComponent from the manifest (tags, classes, events → `onCareVote`-style props).
// The wrappers set properties and listeners in a layout effect, so `content` and `onCareVote`
// also arrive after server rendering + hydrateRoot, where plain React 19 drops them
// (facebook/react#35446). @lit/react is bundled; react and the package's own ./api stay
// imports, so the classes are the very ones the page registers.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';
import {dist, jsDoc, packageName, reactEventProp, readWidgets, root} from './manifest.mjs';

const widgets = readWidgets();
const api = `${packageName}/api`;
const source = join(root, 'node_modules/.cache/care-widgets/react.js');
mkdirSync(join(root, 'node_modules/.cache/care-widgets'), {recursive: true});

writeFileSync(
  source,
  `import * as React from 'react';
import {createComponent} from '@lit/react';
import {define, ${widgets.map((w) => `${w.className} as ${w.className}Element`).join(', ')}} from '${api}';

// The wrappers render the tags; registering them here means one import is enough.
define();

${widgets
  .map(
    (w) => `export const ${w.className} = createComponent({
  react: React,
  tagName: '${w.tag}',
  elementClass: ${w.className}Element,
  events: {${w.events.map((e) => `${reactEventProp(e.name)}: '${e.name}'`).join(', ')}},
  displayName: '${w.className}',
});`,
  )
  .join('\n')}
`,
);

const bundle = await rollup({
  input: source,
  external: ['react', api],
  plugins: [nodeResolve(), terser({ecma: 2021, module: true, format: {comments: false}})],
});
await bundle.write({file: join(dist, 'npm/react.js'), format: 'es'});
await bundle.close();

// Wrapper props are element *properties* (camelCase: submitUrl, minVotes), as @lit/react sets them.
const props = (w) =>
  [
    ...w.attributes.map((a) => `${jsDoc(a.description)}  ${a.fieldName}?: ${w.className}Element['${a.fieldName}'];`),
    ...w.properties.map((p) => `${jsDoc(p.description)}  ${p.name}?: ${w.className}Element['${p.name}'];`),
    ...w.events.map(
      (e) => `${jsDoc(e.description)}  ${reactEventProp(e.name)}?: (event: CareEvent<'${e.name}'>) => void;`,
    ),
  ].join('\n');

writeFileSync(
  join(dist, 'npm/react.d.ts'),
  `// Generated from custom-elements.json by scripts/package/react-wrappers.mjs.
// Usage: import {CareStarRating} from '${packageName}/react'; <CareStarRating procedure="…" vote onCareVote={…} />
import type {ForwardRefExoticComponent, HTMLAttributes, RefAttributes} from 'react';
import type {${widgets.map((w) => `${w.className} as ${w.className}Element`).join(', ')}} from './api.js';

type CareEvent<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent;
type WrapperProps<Element, Own> = Omit<HTMLAttributes<Element>, keyof Own> & Own & RefAttributes<Element>;

${widgets
  .map(
    (w) => `export interface ${w.className}Props {
${props(w)}
}
${jsDoc(`${w.summary}`, '')}export declare const ${w.className}: ForwardRefExoticComponent<WrapperProps<${w.className}Element, ${w.className}Props>>;
`,
  )
  .join('\n')}`,
);
console.log('package: dist/npm/react.js + react.d.ts');
