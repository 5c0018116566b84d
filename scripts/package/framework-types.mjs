// Framework and editor typings, generated from dist/custom-elements.json:
//  - dist/npm/react-jsx.d.ts   React 19 JSX.IntrinsicElements
//  - dist/npm/vue.d.ts         Vue GlobalComponents
//  - dist/npm/svelte.d.ts      Svelte 5 svelte/elements
//  - dist/html-custom-data.json (VS Code) and dist/web-types.json (JetBrains)
//
// The editor files come from the cem-tools generators (custom-element-vs-code-integration,
// custom-element-jet-brains-integration). The framework typings are this small script because
// the cem-tools framework generators get exactly the hard parts wrong: they type every event
// as `CustomEvent<manifest type>` (here `CustomEvent<CustomEvent>`, and they import a
// `CustomEvent` from the package), use Svelte 4's `on:` names and `svelteHTML`, and keep
// React's own `content?: string`. Here each attribute's type is the class's property type and
// each event's type is the one the source declares in HTMLElementEventMap, read through the
// bundled api.d.ts, so the typings cannot disagree with the code.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {dist, jsDoc, packageName, readFileSyncJson, readWidgets} from './manifest.mjs';

const widgets = readWidgets();
const header = `// Generated from custom-elements.json by scripts/package/framework-types.mjs.\n`;
const classImports = `import type {${widgets.map((w) => w.className).join(', ')}} from './api.js';\n`;
const eventType = `/** The event a listener receives: the type the widget declares, else a plain CustomEvent. */
type CareEvent<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent;
`;
const quote = (name) => (/^[a-z][a-zA-Z0-9]*$/.test(name) ? name : `'${name}'`);

const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** Members shared by every framework: attributes by name, properties without one, and events. */
function members(widget, eventName, attributeName = (name) => name) {
  return [
    ...widget.attributes.map(
      (a) => `${jsDoc(a.description)}  ${quote(attributeName(a.name))}?: ${widget.className}['${a.fieldName}'];`,
    ),
    ...widget.properties.map((p) => `${jsDoc(p.description)}  ${quote(p.name)}?: ${widget.className}['${p.name}'];`),
    ...widget.events.map(
      (e) => `${jsDoc(e.description)}  ${quote(eventName(e.name))}?: (event: CareEvent<'${e.name}'>) => void;`,
    ),
  ].join('\n');
}

const propsInterfaces = (suffix, eventName, attributeName) =>
  widgets
    .map(
      (widget) =>
        `${jsDoc(`Attributes, properties and events of \`<${widget.tag}>\`.`, '')}export interface ${widget.className}${suffix} {\n${members(widget, eventName, attributeName)}\n}\n`,
    )
    .join('\n');

const elementDocs = (widget) => jsDoc(`${widget.summary}\n\nDocs: ${packageName} docs, ${widget.name}.html`, '    ');

// React 19 sets a custom element's property when the element has one (`content`, `vote`) and
// an attribute otherwise; it listens for `oncare-vote` (exact case). React's own HTML
// attributes are kept except those a widget redefines (React types `content` as a string).
writeFileSync(
  join(dist, 'npm/react-jsx.d.ts'),
  `${header}// Usage, in any .tsx file or a .d.ts your tsconfig includes:
//   import type {} from '${packageName}/react-jsx';
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${classImports}
${eventType}
type ReactProps<Element, Own> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own> & Own;

${propsInterfaces('JsxProps', (name) => `on${name}`)}
/** Every care-* tag, as React 19 JSX sees it. */
export interface CareIntrinsicElements {
${widgets.map((w) => `${elementDocs(w)}    '${w.tag}': ReactProps<${w.className}, ${w.className}JsxProps>;`).join('\n')}
}

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CareIntrinsicElements {}
  }
}
`,
);

// Vue camelizes names in templates: \`:heading-level\` is the prop \`headingLevel\` (and Vue sets the
// element property of that name) and \`@care-vote\` the prop \`onCareVote\`, which is how vue-tsc checks it.
writeFileSync(
  join(dist, 'npm/vue.d.ts'),
  `${header}// Usage: import type {} from '${packageName}/vue' (and isCustomElement: (tag) => tag.startsWith('care-')
// in the Vue compiler options). Checked by vue-tsc, strictly with vueCompilerOptions.strictTemplates.
import type {DefineComponent, HTMLAttributes} from 'vue';
${classImports}
${eventType}
${propsInterfaces('VueProps', (name) => camelize(`on-${name}`), camelize)}
declare module 'vue' {
  interface GlobalComponents {
${widgets.map((w) => `${elementDocs(w)}    '${w.tag}': DefineComponent<Omit<HTMLAttributes, keyof ${w.className}VueProps> & ${w.className}VueProps>;`).join('\n')}
  }
}
`,
);

// Svelte 5 sets properties on custom elements and takes \`oncare-vote={handler}\`.
writeFileSync(
  join(dist, 'npm/svelte.d.ts'),
  `${header}// Usage: import type {} from '${packageName}/svelte' (checked by svelte-check).
import type {HTMLAttributes} from 'svelte/elements';
${classImports}
${eventType}
${propsInterfaces('SvelteProps', (name) => `on${name}`)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${widgets.map((w) => `${elementDocs(w)}    '${w.tag}': Omit<HTMLAttributes<${w.className}>, keyof ${w.className}SvelteProps> & ${w.className}SvelteProps;`).join('\n')}
  }
}
`,
);

const manifest = readFileSyncJson(join(dist, 'custom-elements.json'));
const quiet = {outdir: dist, hideLogs: true};
generateVsCodeCustomElementData(manifest, {...quiet, htmlFileName: 'html-custom-data.json', cssFileName: null});
generateJetBrainsWebTypes(manifest, {...quiet, webTypesFileName: 'web-types.json', packageJson: false});
console.log('package: dist/npm/{react-jsx,vue,svelte}.d.ts, dist/html-custom-data.json, dist/web-types.json');
