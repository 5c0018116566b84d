// What happens when a framework renders a widget before its tag is defined (a lazy-loaded
// script, a consent gate, an import in useEffect): React and Vue then pass `content` as an
// attribute, and a property set early lands on the not-yet-upgraded element.
import {expect, waitUntil} from '@open-wc/testing';
import {CareDoctorCard} from '../src/components/doctor-card/doctor-card.js';
import {CareStarRating} from '../src/components/star-rating/star-rating.js';
import type {ContentDocument} from '../src/content/types.js';
import {watchWarnings} from './helpers/warnings.js';

const doc: ContentDocument = {
  procedures: [{id: 'kyphoplasty', name: 'Kyphoplasty', rating: {value: 9.5, max: 42, count: 3}}],
  doctors: [{id: 'dr-fictional-test', name: 'Fictional Test Doctor', fictional: true}],
};

let tags = 0;
/** A tag name nobody has defined yet, and a way to define it later. */
function lateTag<T extends CustomElementConstructor>(base: T) {
  const tag = `care-late-${Date.now()}-${tags++}`;
  return {tag, define: () => customElements.define(tag, class extends base {})};
}

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('framework mistakes', () => {
  afterEach(() => document.querySelectorAll('[data-late]').forEach((el) => el.remove()));

  it('a content property set before the tag is defined is kept and shown', async () => {
    const {tag, define} = lateTag(CareStarRating);
    const el = document.createElement(tag) as CareStarRating;
    el.dataset.late = '';
    el.setAttribute('procedure', 'kyphoplasty');
    el.content = doc; // what React 19 / Vue do when `'content' in el` is false: nothing upgrades it
    document.body.append(el);
    define();
    await waitUntil(() => text(el).includes('42'), `rating did not use the early content: "${text(el)}"`);
    expect(text(el)).to.contain('9.5');
  });

  it('a content attribute gets one warning that says to set content as a property', async () => {
    const {tag, define} = lateTag(CareDoctorCard);
    const watch = watchWarnings();
    try {
      const el = document.createElement(tag) as CareDoctorCard;
      el.dataset.late = '';
      el.setAttribute('doctor', 'dr-fictional-test');
      el.setAttribute('content', '[object Object]'); // what an object becomes as an attribute
      document.body.append(el);
      define();
      await el.updateComplete;
      el.remove(); // reconnecting does not warn again
      document.body.append(el);
      await el.updateComplete;
    } finally {
      watch.restore();
    }
    const about = watch.warnings.filter((line) => line.includes('content attribute'));
    expect(about).to.have.length(1);
    expect(about[0]).to.match(
      /^care-widgets: <care-late-[\d-]+>: the content attribute is ignored; set content as a property/,
    );
  });

  it('no warning about the attribute when content is a property', async () => {
    const {tag, define} = lateTag(CareStarRating);
    const watch = watchWarnings();
    try {
      const el = document.createElement(tag) as CareStarRating;
      el.dataset.late = '';
      el.setAttribute('procedure', 'kyphoplasty');
      el.content = doc;
      document.body.append(el);
      define();
      await el.updateComplete;
    } finally {
      watch.restore();
    }
    expect(watch.warnings.filter((line) => line.includes('content attribute'))).to.deep.equal([]);
  });
});
