// The configurator's form (docs/site/configurator.js builds the snippet and the preview).
// Every control is a native, labelled form control, so it works with the keyboard alone.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from '../package/manifest.mjs';
import {escape} from './layout.mjs';

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});
// Procedure ids of the built-in catalogue (src/content/catalogue.ts).
const procedures = ['vertebroplasty', 'kyphoplasty', 'non-invasive-care'];

export function configuratorPage(widgets, locales) {
  const sample = JSON.parse(readFileSync(join(root, 'demo/content/sample.json'), 'utf8'));
  const doctorName = (doctor) => (typeof doctor.name === 'string' ? doctor.name : doctor.name.en);
  return `<h1>Snippet configurator</h1>
<p>Choose a widget and how it should look; copy the snippet into your page. The preview below runs exactly that snippet.</p>
<form id="configurator" class="configurator">
  <p><label for="widget">Widget</label>
  <select id="widget" name="widget">
${widgets.map((w) => `    <option value="${w.tag}">&lt;${w.tag}&gt;</option>`).join('\n')}
  </select></p>
  <fieldset id="procedures"><legend>Procedures</legend>
${procedures.map((id, i) => `    <label><input type="checkbox" name="procedure" value="${id}"${i < 2 ? ' checked' : ''} /> ${id}</label>`).join('\n')}
  </fieldset>
  <p id="doctor-field"><label for="doctor">Doctor (sample content; fictional)</label>
  <select id="doctor" name="doctor">
${sample.doctors.map((d) => `    <option value="${escape(d.id)}">${escape(doctorName(d))}</option>`).join('\n')}
  </select></p>
  <p><label for="src">Content URL (optional; the doctor widgets need one)</label>
  <input id="src" name="src" type="url" /></p>
  <p><label for="lang">Language</label>
  <select id="lang" name="lang">
    <option value="">Follow the page</option>
${locales.map((l) => `    <option value="${l}">${escape(languageNames.of(l))} (${l})</option>`).join('\n')}
  </select></p>
  <fieldset><legend>Theme</legend>
    <p><label for="accent">Accent colour (CSS colour, empty for the default)</label>
    <input id="accent" name="accent" type="text" placeholder="#0b6e4f" spellcheck="false" /></p>
    <p><label for="radius">Corner radius (CSS length, empty for the default)</label>
    <input id="radius" name="radius" type="text" placeholder="0.5rem" spellcheck="false" /></p>
    <p><label for="font">Font</label>
    <select id="font" name="font">
      <option value="">The page's font</option>
      <option value="system-ui, sans-serif">system-ui, sans-serif</option>
      <option value="Georgia, serif">Georgia, serif</option>
      <option value="ui-monospace, monospace">ui-monospace, monospace</option>
    </select></p>
    <p class="problem" id="theme-problem" role="status"></p>
  </fieldset>
  <fieldset><legend>Embed as</legend>
    <label><input type="radio" name="embed" value="module" checked /> Module script (recommended: languages and parts load on demand)</label>
    <label><input type="radio" name="embed" value="classic" /> Classic script (one file, every language inside)</label>
    <label><input type="radio" name="embed" value="classic-sri" /> Classic script with Subresource Integrity (<code>integrity</code> + <code>crossorigin</code>)</label>
    <label><input type="radio" name="embed" value="pre-rendered" /> Pre-rendered (the widget's markup is in the page, readable before any script runs)</label>
  </fieldset>
  <p><label for="base">Where the files are hosted (your CDN folder)</label>
  <input id="base" name="base" type="url" /></p>
</form>
<section aria-labelledby="snippet-heading">
  <h2 id="snippet-heading">Snippet</h2>
  <p id="snippet-note" role="status"></p>
  <p><label for="snippet">HTML to paste into your page</label></p>
  <textarea id="snippet" readonly rows="14" spellcheck="false"></textarea>
  <p><button type="button" id="copy">Copy snippet</button> <output id="copy-status"></output></p>
</section>
<section aria-labelledby="preview-heading">
  <h2 id="preview-heading">Preview</h2>
  <iframe id="preview" title="Preview of the snippet"></iframe>
</section>`;
}
