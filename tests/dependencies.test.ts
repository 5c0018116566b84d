import {expect, fixture, html, waitUntil} from '@open-wc/testing';
// Only the related-doctors module, not define.js: this page registers one tag itself.
import {CareRelatedDoctors} from '../src/components/related-doctors/related-doctors.js';
import type {ContentDocument} from '../src/content/types.js';
import {defineOnce} from '../src/internal/define-once.js';

describe('a widget defines the widgets it renders', () => {
  it('importing a module registers nothing', () => {
    for (const tag of ['care-related-doctors', 'care-doctor-card', 'care-star-rating'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defining only <care-related-doctors> brings its doctor cards and their star ratings to life', async () => {
    const sample: ContentDocument = await (await fetch('/demo/content/sample.json')).json();
    customElements.define('care-related-doctors', CareRelatedDoctors);
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors procedure="vertebroplasty" .content=${sample}></care-related-doctors>`,
    );
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('care-doctor-card')!;
    expect(customElements.get('care-doctor-card'), 'care-doctor-card').to.be.a('function');
    expect(customElements.get('care-star-rating'), 'care-star-rating').to.be.a('function');
    await waitUntil(() =>
      card.shadowRoot?.querySelector('care-star-rating')?.shadowRoot?.querySelector('[role="img"]'),
    );
    const rating = card.shadowRoot!.querySelector('care-star-rating')!;
    expect(rating.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.match(/^Rated /);
  });

  it('never redefines: a taken tag, or a class the page registered under another name, is left alone', () => {
    class PageOwn extends HTMLElement {}
    customElements.define('page-own-element', PageOwn);
    expect(() => defineOnce('page-own-element', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('page-own-element')).to.equal(PageOwn);
    expect(() => defineOnce('care-own-copy', PageOwn)).not.to.throw();
    expect(customElements.get('care-own-copy')).to.equal(undefined);
  });
});
