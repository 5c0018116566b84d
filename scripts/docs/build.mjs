// `npm run docs`: the docs site, plain static HTML in dist-docs/ (no framework runtime):
// one page per widget from dist/custom-elements.json, the frameworks page (docs/frameworks.md),
// embedding, CSP, theming, content format (README sections), the vote API (docs/vote-api.md),
// and the snippet configurator. The pages load the real widgets from dist-docs/dist/.
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {marked} from 'marked';
import {dist, readWidgets, root} from '../package/manifest.mjs';
import {configuratorPage} from './configurator-page.mjs';
import {escape, page} from './layout.mjs';
import {widgetPage} from './widget-page.mjs';

if (!existsSync(join(dist, 'custom-elements.json'))) {
  console.error('docs: dist/custom-elements.json is missing; run npm run build first');
  process.exit(1);
}
const out = join(root, 'dist-docs');
rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

// The CDN files (not the npm modules, not source maps), the sample content, the site's own assets.
cpSync(dist, join(out, 'dist'), {
  recursive: true,
  filter: (src) => !src.endsWith('.map') && !src.includes('/dist/npm'),
});
cpSync(join(root, 'demo/content/sample.json'), join(out, 'content/sample.json'));
// The sample's photos are root-relative (/demo/content/photos/…), so the site serves them there too.
cpSync(join(root, 'demo/content/photos'), join(out, 'demo/content/photos'), {recursive: true});
cpSync(join(root, 'schema'), join(out, 'schema'), {recursive: true});
cpSync(join(root, 'docs/site'), out, {recursive: true});

const widgets = readWidgets();
const {sourceLocale, targetLocales} = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const locales = [sourceLocale, ...targetLocales];

const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** One `## Heading` section of the README, heading included. */
function readmeSection(heading) {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs: README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end).replace(/^\n## /, '# ');
}
// Links between docs keep working on the site.
const links = [
  [/\]\(docs\/vote-api\.md\)/g, '](vote-api.html)'],
  [/\]\(docs\/frameworks\.md\)/g, '](frameworks.html)'],
  [/\]\(demo\/content\/sample\.json\)/g, '](content/sample.json)'],
  [/\]\(docs\/translation\.md\)/g, '](translation.html)'],
];
const markdown = (text) =>
  marked.parse(links.reduce((result, [pattern, target]) => result.replace(pattern, target), text));

const guides = [
  {
    file: 'frameworks.html',
    label: 'Frameworks',
    html: () => markdown(readFileSync(join(root, 'docs/frameworks.md'), 'utf8')),
  },
  {
    file: 'embedding.html',
    label: 'Embedding',
    html: () => markdown(readmeSection('Embedding') + readmeSection('Languages')),
  },
  {file: 'csp.html', label: 'CSP', html: () => markdown(readmeSection('Content-Security-Policy and Trusted Types'))},
  {file: 'theming.html', label: 'Theming', html: () => markdown(readmeSection('Theming'))},
  {file: 'content.html', label: 'Content format', html: () => markdown(readmeSection('Content'))},
  {
    file: 'vote-api.html',
    label: 'Vote API',
    html: () => markdown(readFileSync(join(root, 'docs/vote-api.md'), 'utf8')),
  },
  {
    file: 'translation.html',
    label: 'Translations',
    html: () => markdown(readFileSync(join(root, 'docs/translation.md'), 'utf8')),
  },
];
const nav = [
  ...widgets.map((w) => ({href: `${w.name}.html`, label: `<${w.tag}>`})),
  ...guides.map(({file, label}) => ({href: file, label})),
  {href: 'configurator.html', label: 'Configurator'},
];
const write = (file, title, body, scripts) =>
  writeFileSync(join(out, file), page({title, file, body, widgets, nav, scripts}));

write(
  'index.html',
  'Docs',
  `<h1>care-widgets</h1>
<p>Embeddable, localized web components for hospital procedure information.</p>
<pre><code>npm install @care-widgets/widgets</code></pre>
<ul class="cards">
${widgets.map((w) => `<li><a href="${w.name}.html">&lt;${w.tag}&gt;</a> ${escape(w.summary)}</li>`).join('\n')}
</ul>
<p>Build an embed snippet without reading further: the <a href="configurator.html">configurator</a>.</p>`,
);
for (const widget of widgets) write(`${widget.name}.html`, `<${widget.tag}>`, widgetPage(widget, locales));
for (const guide of guides) write(guide.file, guide.label, guide.html());
write('configurator.html', 'Configurator', configuratorPage(widgets, locales), ['configurator.js']);
console.log(`docs: dist-docs/ (${widgets.length} widget pages, ${guides.length} guides, configurator)`);
