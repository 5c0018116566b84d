/**
 * Pushes public XSS payload lists (tests/fixtures/corpora, provenance in its
 * SOURCE.md) through every content text field of every widget, and asserts
 * that nothing executes and no dangerous node or attribute appears in any
 * widget's shadow root: content is always rendered as text.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {ContentDocument} from '../src/content/types.js';
import '../src/define.js';

const executed: string[] = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
    void executed.push(`${name}(${args.join(',')})`);
}

async function loadPayloads(): Promise<string[]> {
  const lines = (await (await fetch('/tests/fixtures/corpora/xss-payloads.txt')).text()).split('\n').filter(Boolean);
  const purify = (await (await fetch('/tests/fixtures/corpora/dompurify-payloads.json')).json()) as string[];
  return [...lines, ...purify];
}

/** A content document whose every text field holds the next payload. */
function documentWith(next: () => string): ContentDocument {
  const fact = () => ({text: next(), source: {title: next(), url: 'https://example.org/source'}});
  const rows = ['treats', 'how', 'balloon', 'height', 'bracing'];
  const procedure = (id: string) => ({
    id,
    name: {en: next(), de: next()},
    summary: next(),
    facts: Object.fromEntries(rows.map((row) => [row, fact()])),
    risks: ['r1', 'r2', 'r3'],
    doctors: ['d1'],
    rating: {value: 7.82, max: 10, count: 11},
    source: {title: next(), url: '/relative/source'},
  });
  const doctor = (id: string) => ({
    id,
    name: next(),
    honorific: next(),
    specialty: next(),
    subSpecialties: [next(), next()],
    centre: next(),
    languages: ['en', 'th'],
    acceptingNewPatients: true,
    rating: {value: 9, max: 10, count: 3},
    profileUrl: 'https://example.org/profile',
    bookingUrl: '/book',
    procedures: ['vertebroplasty'],
  });
  return {
    version: 1,
    lastReviewed: '2026-11-01',
    procedures: [procedure('vertebroplasty'), procedure('kyphoplasty')],
    risks: [
      {
        id: 'r1',
        kind: 'specific',
        name: next(),
        explanation: next(),
        serious: true,
        frequency: {rate: 0.03, per: '100', source: {title: next(), url: 'https://example.org/f'}},
      },
      {id: 'r2', kind: 'specific', name: next(), explanation: next()},
      {id: 'r3', kind: 'general', name: next(), explanation: next()},
    ],
    doctors: [doctor('d1'), doctor('d2')],
    comparisonRows: rows.map((id) => ({id, label: next()})),
  };
}

const dangerousTags = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'math',
]);
const dangerousUrl = /^\s*(javascript|vbscript|data):/i;

/** Every problem found in a widget's shadow tree, including nested widgets. */
function problemsIn(root: ShadowRoot | null, where: string, problems: string[]) {
  if (!root) return;
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (dangerousTags.has(tag)) problems.push(`${where}: <${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) problems.push(`${where}: <${tag} ${attr.name}>`);
      if (/^(href|src|xlink:href|action|formaction|srcset)$/.test(attr.name) && dangerousUrl.test(attr.value)) {
        problems.push(`${where}: <${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
    }
    problemsIn(el.shadowRoot, `${where} > ${tag}`, problems);
  }
}

describe('XSS payloads in content', function () {
  this.timeout(180_000);

  it('render as text in every widget, execute nothing and add no dangerous nodes', async () => {
    const payloads = await loadPayloads();
    expect(payloads.length).to.be.greaterThan(2000);
    let index = 0;
    const next = () => payloads[index++ % payloads.length];
    const problems: string[] = [];
    let documents = 0;
    let shownAsText = 0;
    while (index < payloads.length) {
      const doc = documentWith(next);
      documents++;
      const wrapper = await fixture(
        html`<div>
          <care-procedure-comparison
            procedures="vertebroplasty kyphoplasty"
            .content=${doc}
          ></care-procedure-comparison>
          <care-risk-list procedure="vertebroplasty" expanded .content=${doc}></care-risk-list>
          <care-star-rating procedure="kyphoplasty" .content=${doc}></care-star-rating>
          <care-doctor-card doctor="d1" .content=${doc}></care-doctor-card>
          <care-related-doctors procedure="vertebroplasty" .content=${doc}></care-related-doctors>
        </div>`,
      );
      const widgets = [...wrapper.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
      await Promise.all(widgets.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 0));
      for (const el of widgets) problemsIn(el.shadowRoot, el.localName, problems);
      // The first procedure's name is the comparison's first column header, as plain text.
      const name = (doc.procedures[0].name as Record<string, string>).en;
      if (widgets[0].shadowRoot!.textContent!.includes(name.trim())) shownAsText++;
    }
    await new Promise((r) => setTimeout(r, 100)); // let any injected handler fire
    expect(executed, 'executed').to.deep.equal([]);
    expect(problems.slice(0, 20), 'dangerous nodes').to.deep.equal([]);
    expect(shownAsText, 'payloads shown as text').to.equal(documents);
  });

  it('never lets a payload through a URL field', async () => {
    const payloads = (await loadPayloads()).filter((p) => /(javascript|data|vbscript)\s*:/i.test(p));
    expect(payloads.length).to.be.greaterThan(100);
    const problems: string[] = [];
    const doc = documentWith(() => 'Name');
    let schemesDropped = 0;
    for (const payload of payloads.slice(0, 300)) {
      const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
        html`<care-doctor-card
          doctor="d1"
          .content=${doc}
          profile-url=${payload}
          booking-url=${payload}
        ></care-doctor-card>`,
      );
      await el.updateComplete;
      problemsIn(el.shadowRoot, 'doctor-card', problems);
      // A payload that starts with a script scheme never becomes a link.
      if (/^[\s\u0000-\u001f]*(javascript|data|vbscript)\s*:/i.test(payload)) {
        expect(el.shadowRoot!.querySelectorAll('a[href]').length, payload).to.equal(0);
        schemesDropped++;
      }
    }
    expect(problems.slice(0, 20)).to.deep.equal([]);
    expect(schemesDropped).to.be.greaterThan(10);
  });
});
