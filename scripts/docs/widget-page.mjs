// One page per widget, generated from the manifest: attributes, properties, events (with the
// detail type), parts, CSS properties, and live examples in every shipped language and in RTL.
import {describe, escape} from './layout.mjs';

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});

/** Attributes that make each widget show something real (ids of the built-in catalogue and the sample). */
export const examples = {
  'care-star-rating': 'procedure="kyphoplasty"',
  'care-procedure-comparison': 'procedures="vertebroplasty kyphoplasty"',
  'care-risk-list': 'procedure="vertebroplasty"',
  'care-doctor-card': 'doctor="dr-fictional-anan" src="content/sample.json"',
  'care-related-doctors': 'procedure="vertebroplasty" src="content/sample.json"',
};

/** The detail types the source declares, for the events table (see src/events/ and HTMLElementEventMap). */
const eventDetail = {'care-vote': '<code>CareVoteDetail</code>: <code>{procedure, score, max}</code>'};

const table = (caption, headings, rows) =>
  rows.length
    ? `<table><caption>${caption}</caption><thead><tr>${headings.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table>`
    : `<p>${caption}: none.</p>`;

export function widgetPage(widget, locales) {
  const example = examples[widget.tag] ?? '';
  const markup = `<${widget.tag} ${example}></${widget.tag}>`;
  const live = locales
    .map((locale) => {
      const rtl = locale === 'ar';
      const name = languageNames.of(locale);
      return `<figure lang="${locale}"${rtl ? ' dir="rtl"' : ''}><figcaption lang="en" dir="ltr">${escape(name)} (<code>lang="${locale}"</code>${rtl ? ', right to left' : ''})</figcaption>
<${widget.tag} ${example}></${widget.tag}></figure>`;
    })
    .join('\n');
  return `<h1>&lt;${widget.tag}&gt;</h1>
<p class="summary">${describe(widget.summary)}</p>
<pre><code>import '@care-widgets/widgets/${widget.name}.js';

${escape(markup)}</code></pre>
<section><h2>Description</h2><p>${describe(widget.description)}</p></section>
<section><h2>Attributes</h2>
${table(
  'Attributes (each sets the property named beside it)',
  ['Attribute', 'Property', 'Type', 'Description'],
  widget.attributes.map((a) => [
    `<code>${a.name}</code>`,
    `<code>${a.fieldName}</code>`,
    `<code>${escape(a.type)}</code>`,
    describe(a.description),
  ]),
)}</section>
<section><h2>Properties</h2>
${table(
  'Properties without an attribute (set them from JavaScript or your framework)',
  ['Property', 'Type', 'Description'],
  widget.properties.map((p) => [`<code>${p.name}</code>`, `<code>${escape(p.type)}</code>`, describe(p.description)]),
)}</section>
<section><h2>Events</h2>
${table(
  'Events (bubbling and composed)',
  ['Event', 'Detail', 'Description'],
  widget.events.map((e) => [
    `<code>${e.name}</code>`,
    eventDetail[e.name] ?? `<code>${escape(e.type)}</code>`,
    describe(e.description),
  ]),
)}</section>
<section><h2>Parts</h2>
${table(
  'CSS parts (<code>::part(name)</code>)',
  ['Part', 'Description'],
  widget.cssParts.map((p) => [`<code>${p.name}</code>`, describe(p.description)]),
)}</section>
<section><h2>CSS custom properties</h2>
${table(
  'Component tokens (set on the widget or any ancestor)',
  ['Property', 'Description'],
  widget.cssProperties.map((p) => [`<code>${p.name}</code>`, describe(p.description)]),
)}</section>
<section><h2>Live, in every shipped language</h2>
<p>The same markup with a <code>lang</code> on a container; Arabic lays out right to left.</p>
<div class="examples">
${live}
</div></section>`;
}
