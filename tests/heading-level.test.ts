import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {ContentDocument} from '../src/content/types.js';
import type {CareElement} from '../src/internal/care-element.js';
import {warnings} from './helpers/warnings.js';

// One rule for every widget that takes `heading-level`: a whole number 1–6 is
// used as given; anything else gives 3 and one warning naming the attribute.

let sample: ContentDocument;
before(async () => {
  sample = await (await fetch('/demo/content/sample.json')).json();
});

const widgets = {
  'care-risk-list': (level: string) =>
    html`<care-risk-list procedure="vertebroplasty" heading-level=${level} .content=${sample}></care-risk-list>`,
  'care-doctor-card': (level: string) =>
    html`<care-doctor-card doctor="dr-fictional-anan" heading-level=${level} .content=${sample}></care-doctor-card>`,
  'care-related-doctors': (level: string) =>
    html`<care-related-doctors
      procedure="vertebroplasty"
      heading-level=${level}
      .content=${sample}
    ></care-related-doctors>`,
};

/** The level of the widget's first heading, as assistive technology reads it. */
function levelOf(el: CareElement) {
  const heading = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')!;
  return Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));
}

for (const [tag, render] of Object.entries(widgets)) {
  describe(`<${tag} heading-level>`, () => {
    for (const level of ['1', '4', '6']) {
      it(`uses ${level} as given, silently`, async () => {
        let el!: CareElement;
        const seen = await warnings(async () => {
          el = await fixture<CareElement>(render(level));
          await el.updateComplete;
        });
        expect(levelOf(el)).to.equal(Number(level));
        expect(seen.filter((line) => line.includes('heading-level'))).to.deep.equal([]);
      });
    }

    for (const level of ['0', '7', '2.5', '1.6', 'h2']) {
      it(`gives 3 for "${level}", with one warning naming the attribute`, async () => {
        let el!: CareElement;
        const seen = await warnings(async () => {
          el = await fixture<CareElement>(render(level));
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(levelOf(el)).to.equal(3);
        expect(seen.filter((line) => line.includes('heading-level'))).to.deep.equal([
          `care-widgets: <${tag}>: heading-level: expected a whole number from 1 to 6`,
        ]);
      });
    }
  });
}
