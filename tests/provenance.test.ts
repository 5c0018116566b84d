import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {ContentDocument} from '../src/content/types.js';

// The provenance block both content widgets show under their content:
// numbered sources, review dates in the widget's locale, reviewer role,
// funding and conflicts.

type Widget = HTMLElement & {updateComplete: Promise<boolean>};
const all = (el: Widget, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const one = (el: Widget, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let sampleDoc: ContentDocument;
before(async () => {
  sampleDoc = await (await fetch('/demo/content/sample.json')).json();
});

const widgets = {
  'care-procedure-comparison': (lang: string, doc: ContentDocument) =>
    html`<care-procedure-comparison lang=${lang} .content=${doc}></care-procedure-comparison>`,
  'care-risk-list': (lang: string, doc: ContentDocument) =>
    html`<care-risk-list lang=${lang} procedure="vertebroplasty" .content=${doc}></care-risk-list>`,
};

async function show(tag: keyof typeof widgets, lang: string, doc = structuredClone(sampleDoc)) {
  const el = await fixture<Widget>(widgets[tag](lang, doc));
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

/** What Intl says in this browser, the oracle for the widget's dates. */
const long = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(iso));

for (const tag of Object.keys(widgets) as (keyof typeof widgets)[]) {
  describe(`${tag}: provenance`, () => {
    it('shows the sources as numbered notes, the review dates, the reviewer role, funding and conflicts', async () => {
      const el = await show(tag, 'en');
      const block = one(el, '[part="provenance"]')!;
      expect(block.getBoundingClientRect().height).to.be.greaterThan(0);
      const notes = all(el, '[part="sources"] li');
      expect(notes.length).to.be.greaterThan(0);
      expect(notes.map((li) => li.id)).to.deep.equal(notes.map((_, i) => `note-${i + 1}`));
      // The document's own source is listed once, however many facts cite it.
      const hospital = notes.filter((li) => text(li).startsWith('Vertebroplasty and Kyphoplasty, the hospital'));
      expect(hospital).to.have.length(1);
      expect(text(one(el, '[part="reviewed"]'))).to.equal(
        'Last reviewed: November 1, 2026 · Next review: November 1, 2027',
      );
      expect(text(one(el, '[part="reviewer"]'))).to.equal(
        'Reviewed by: Consultant spine surgeon (sample reviewer role)',
      );
      expect(text(one(el, '[part="funding"]'))).to.equal(
        'Funding: Sample document: no funding, written to show the format.',
      );
      expect(text(one(el, '[part="conflicts"]'))).to.equal('Conflicts of interest: None declared (sample).');
    });

    it('leaves out what the content does not give', async () => {
      const doc = structuredClone(sampleDoc);
      delete doc.nextReview;
      delete doc.reviewer;
      delete doc.funding;
      delete doc.conflicts;
      const el = await show(tag, 'en', doc);
      expect(text(one(el, '[part="reviewed"]'))).to.equal('Last reviewed: November 1, 2026');
      expect(all(el, '[part="reviewer"], [part="funding"], [part="conflicts"]')).to.have.length(0);
    });

    it('writes the dates in German', async () => {
      const el = await show(tag, 'de');
      expect(long('de', '2026-11-01')).to.equal('1. November 2026');
      expect(text(one(el, '[part="reviewed"]'))).to.equal(
        'Zuletzt geprüft: 1. November 2026 · Nächste Prüfung: 1. November 2027',
      );
    });

    it('writes the dates in Thai, in the Buddhist era', async () => {
      const el = await show(tag, 'th');
      const line = text(one(el, '[part="reviewed"]'));
      expect(line).to.contain(long('th', '2026-11-01'));
      expect(line).to.contain(long('th', '2027-11-01'));
      expect(line).to.contain('พฤศจิกายน 2569'); // 2026 CE is 2569 BE
      expect(line.startsWith('ตรวจทานล่าสุด:')).to.equal(true);
    });

    it('writes the dates in Arabic, right to left', async () => {
      const el = await show(tag, 'ar');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const line = text(one(el, '[part="reviewed"]'));
      expect(line).to.contain(long('ar', '2026-11-01'));
      expect(line).to.contain('نوفمبر');
      expect(line.startsWith('آخر مراجعة:')).to.equal(true);
    });

    it('is axe-clean in LTR and RTL', async () => {
      await expect(await show(tag, 'en')).to.be.accessible();
      await expect(await show(tag, 'ar')).to.be.accessible();
    });
  });
}
