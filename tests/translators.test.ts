// In-page translators (Chrome's, Google Translate) rewrite a page's text
// nodes: each becomes <font><font>translation</font></font>, or another text
// node. These tests do that to the widgets' shadow DOM, then change the
// widgets' data, and check that nothing throws, nothing is shown twice and
// the widgets keep showing their data.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {ContentDocument} from '../src/content/types.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

async function settled(...elements: Widget[]) {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every non-blank text node in `root` and the shadow roots inside it. */
function textNodes(root: ShadowRoot): Text[] {
  const found: Text[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(...textNodes(node.shadowRoot));
    for (const child of node.childNodes) if (child instanceof Text && child.data.trim()) found.push(child);
  }
  return found;
}

/** What Chrome's translator does to each text node: wrap its translation in two <font>s. */
function translateLikeChrome(el: Element) {
  for (const node of textNodes(el.shadowRoot!)) {
    const outer = document.createElement('font');
    const inner = outer.appendChild(document.createElement('font'));
    outer.style.verticalAlign = inner.style.verticalAlign = 'inherit';
    inner.textContent = `[pt] ${node.data}`;
    node.replaceWith(outer);
  }
}

/** What other translators do: a new text node in place of each. */
function translateByReplacing(el: Element) {
  for (const node of textNodes(el.shadowRoot!)) node.replaceWith(document.createTextNode(`[pt] ${node.data}`));
}

/** All the text a widget shows, nested widgets included, in document order. */
function shownText(el: Element): string {
  return textNodes(el.shadowRoot!)
    .map((node) => node.data.trim())
    .join(' | ');
}

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
beforeEach(() => {
  errors.length = 0;
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
  document.documentElement.setAttribute('lang', 'en');
});

let sample: ContentDocument;
before(async () => {
  sample = await (await fetch('/demo/content/sample.json')).json();
});

// Each widget, a first state and a change of its data (as a page would make it).
const cases: {name: string; make: () => ReturnType<typeof html>; change: (el: Widget) => void}[] = [
  {
    name: 'care-star-rating',
    make: () => html`<care-star-rating lang="pt" value="7.82" count="11"></care-star-rating>`,
    change: (el) => Object.assign(el, {value: 4.5, count: 2}),
  },
  {
    name: 'care-procedure-comparison',
    make: () => html`<care-procedure-comparison lang="pt"></care-procedure-comparison>`,
    change: (el) => el.setAttribute('procedures', 'kyphoplasty non-invasive-care'),
  },
  {
    name: 'care-risk-list',
    make: () => html`<care-risk-list lang="pt" procedure="vertebroplasty"></care-risk-list>`,
    change: (el) => el.setAttribute('procedure', 'kyphoplasty'),
  },
  {
    name: 'care-related-doctors',
    make: () =>
      html`<care-related-doctors lang="pt" procedure="kyphoplasty" .content=${sample}></care-related-doctors>`,
    change: (el) => el.setAttribute('procedure', 'vertebroplasty'),
  },
];

for (const {name, make, change} of cases) {
  for (const [how, translate] of [
    ['wrapped in <font> elements', translateLikeChrome],
    ['replaced by other text nodes', translateByReplacing],
  ] as const) {
    it(`${name}: text nodes ${how}, then new data: no error, no duplicate, the new data shown`, async () => {
      const el = await fixture<Widget>(make());
      await settled(el);
      translate(el);
      expect(shownText(el)).to.contain('[pt]');
      change(el);
      await settled(el);
      // What the same widget shows when it is given the new data untouched.
      const fresh = await fixture<Widget>(make());
      change(fresh);
      await settled(fresh);
      expect(shownText(el)).to.equal(shownText(fresh));
      expect(shownText(el)).to.not.contain('[pt]');
      expect(errors).to.deep.equal([]);
    });
  }
}

it('a change of data that the translator then translates again keeps working', async () => {
  const el = await fixture<Widget & {value: number}>(
    html`<care-star-rating lang="pt" value="7.82" count="11"></care-star-rating>`,
  );
  await settled(el);
  for (const value of [6, 5, 4]) {
    translateLikeChrome(el);
    el.value = value;
    await settled(el);
    expect(shownText(el)).to.contain(`${value} out of 10`);
  }
  expect(errors).to.deep.equal([]);
});

describe('translate="no"', () => {
  const texts = (el: Element) => textNodes(el.shadowRoot!).map((node) => node.parentElement!);

  it('marks a widget in a shipped language, and none in English or an unshipped language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <care-risk-list lang="ko" procedure="vertebroplasty"></care-risk-list>
        <care-risk-list lang="pt" procedure="vertebroplasty"></care-risk-list>
        <care-risk-list lang="en" procedure="vertebroplasty"></care-risk-list>
      </div>`,
    );
    const [ko, pt, en] = [...wrapper.children] as Widget[];
    await settled(ko, pt, en);
    expect(ko.getAttribute('translate')).to.equal('no');
    expect(texts(ko).every((el) => el.translate === false)).to.equal(true);
    for (const el of [pt, en]) {
      expect(el.hasAttribute('translate')).to.equal(false);
      expect(texts(el).every((text) => text.translate === true)).to.equal(true);
    }
  });

  it('follows a translator that switches <html lang> to a shipped language, and back', async () => {
    document.documentElement.setAttribute('lang', 'pt');
    const el = await fixture<Widget>(html`<care-risk-list procedure="vertebroplasty"></care-risk-list>`);
    await settled(el);
    expect(el.hasAttribute('translate')).to.equal(false);
    translateLikeChrome(el);
    document.documentElement.setAttribute('lang', 'ko'); // the reader chose Korean, which we ship
    await settled(el);
    expect(el.getAttribute('translate')).to.equal('no');
    expect(shownText(el)).to.not.contain('[pt]');
    expect(shownText(el)).to.match(/[\uac00-\ud7af]/);
    document.documentElement.setAttribute('lang', 'pt');
    await settled(el);
    expect(el.hasAttribute('translate')).to.equal(false);
    expect(texts(el).every((text) => text.translate === true)).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it("keeps the author's translate attribute", async () => {
    const el = await fixture<Widget>(
      html`<care-risk-list lang="ko" translate="yes" procedure="vertebroplasty"></care-risk-list>`,
    );
    await settled(el);
    expect(el.getAttribute('translate')).to.equal('yes');
    expect(texts(el).every((text) => text.translate === true)).to.equal(true);
  });
});
