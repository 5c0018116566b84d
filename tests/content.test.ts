import {expect, fixture, html} from '@open-wc/testing';
import {clearContentCache, fetchSettings} from '../src/content/fetch-content.js';
import {validateContent} from '../src/content/validate.js';
import './helpers/probe.js';
import type {TestProbe} from './helpers/probe.js';
import {textIn} from './helpers/text.js';
import {watchWarnings} from './helpers/warnings.js';

/** The text of `selector` in the probe's shadow root. */
const shown = (el: Element, selector: string) => textIn(el.shadowRoot!, selector);
const unique = () => Math.random().toString(36).slice(2);
const hits = async (key: string) => (await (await fetch(`/routes/hits?key=${key}`)).json()).hits as number;

async function until(el: TestProbe, status: string) {
  for (let i = 0; i < 200 && shown(el, '.status') !== status; i++) {
    await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }
  expect(shown(el, '.status')).to.equal(status);
}

describe('content sources', () => {
  let watch: ReturnType<typeof watchWarnings>;
  beforeEach(() => {
    clearContentCache();
    watch = watchWarnings();
  });
  afterEach(() => watch.restore());

  it('uses the built-in catalogue when nothing else is given', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    expect(shown(el, '.procedures')).to.equal('vertebroplasty kyphoplasty non-invasive-care');
    expect(watch.warnings).to.deep.equal([]);
  });

  it('prefers .content over inline JSON over src', async () => {
    const key = unique();
    const el = await fixture<TestProbe>(
      html`<test-probe src="/routes/content?key=${key}">
        <script type="application/json">
          {"procedures": [{"id": "inline", "name": "Inline"}]}
        </script>
      </test-probe>`,
    );
    expect(shown(el, '.procedures')).to.equal('inline');
    el.content = {procedures: [{id: 'from-property', name: 'P'}]};
    await el.updateComplete;
    expect(shown(el, '.procedures')).to.equal('from-property');
    el.content = undefined;
    el.querySelector('script')!.remove();
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el, '.status')).to.equal('loading');
    await until(el, 'ready');
    expect(shown(el, '.procedures')).to.equal('vertebroplasty kyphoplasty');
    expect(await hits(key)).to.equal(1);
  });

  it('fetches a URL once for every widget that names it', async () => {
    const key = unique();
    const wrapper = await fixture(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<test-probe src="/routes/content?key=${key}"></test-probe>`)}</div>`,
    );
    const probes = [...wrapper.querySelectorAll('test-probe')];
    for (const el of probes) await until(el, 'ready');
    expect(await hits(key)).to.equal(1);
    expect(probes.map((el) => shown(el, '.procedures'))).to.deep.equal(Array(5).fill('vertebroplasty kyphoplasty'));
  });

  it('accepts the shipped sample document', async () => {
    const sample = await (await fetch('/demo/content/sample.json')).json();
    expect(validateContent(sample).problem).to.equal(undefined);
  });
});

describe('bad content', () => {
  let watch: ReturnType<typeof watchWarnings>;
  const saved = {...fetchSettings};
  beforeEach(() => {
    clearContentCache();
    watch = watchWarnings();
    Object.assign(fetchSettings, {timeoutMs: 400, retryDelayMs: 50});
  });
  afterEach(() => {
    watch.restore();
    Object.assign(fetchSettings, saved);
  });

  async function expectCalmFailure(el: TestProbe, problem: RegExp) {
    const loading = () => !el.shadowRoot!.querySelector('.unavailable') || shown(el, '.status') === 'loading';
    for (let i = 0; i < 200 && loading(); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(shown(el, '.status')).to.be.oneOf(['', 'unavailable']);
    expect(shown(el, '.unavailable')).to.equal('This information is not available right now.');
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.match(/^care-widgets: <test-probe> content from /);
    expect(watch.warnings[0]).to.match(problem);
  }

  const cases: [string, string, RegExp][] = [
    ['invalid JSON', 'fixture=broken-json', /routes\/content\?.*: not valid JSON$/],
    ['an HTTP 500', 'status=500', /: HTTP 500$/],
    ['a wrong content type', 'type=text/html', /: expected Content-Type application\/json, got "text\/html.*"$/],
    ['a timeout', 'delay=1500', /: no answer within 400 ms$/],
    ['an invalid document', 'fixture=invalid', /: doctors\[2\]\.photo: expected an http\(s\) or relative URL$/],
    [
      'a javascript: URL',
      'fixture=javascript-url',
      /: procedures\[0\]\.source\.url: expected an http\(s\) or relative URL$/,
    ],
  ];
  for (const [name, query, problem] of cases) {
    it(`shows the message and one warning for ${name}`, async () => {
      const el = await fixture<TestProbe>(
        html`<test-probe src="/routes/content?key=${unique()}&${query}"></test-probe>`,
      );
      await expectCalmFailure(el, problem);
    });
  }

  it('retries a failed request once, then succeeds', async () => {
    const key = unique();
    const el = await fixture<TestProbe>(html`<test-probe src="/routes/content?key=${key}&fail=1"></test-probe>`);
    await until(el, 'ready');
    expect(await hits(key)).to.equal(2);
    expect(watch.warnings).to.deep.equal([]);
  });

  it('names the JSON path of a bad inline document and of a bad .content', async () => {
    const inline = await fixture<TestProbe>(
      html`<test-probe
        ><script type="application/json">
          {"procedures": [{"id": "Bad Id", "name": "x"}]}
        </script></test-probe
      >`,
    );
    await expectCalmFailure(
      inline,
      /the inline <script type="application\/json">: procedures\[0\]\.id: expected an id/,
    );
    watch.warnings.length = 0;
    const el = await fixture<TestProbe>(
      html`<test-probe
        .content=${{procedures: [{id: 'a', name: {en: 'A'}, rating: {value: 'high', count: 1}}]}}
      ></test-probe>`,
    );
    await expectCalmFailure(
      el,
      /the \.content property: procedures\[0\]\.rating\.value: expected a number of at least 0$/,
    );
  });

  it('reports an unknown id and keeps the other widgets working', async () => {
    const wrapper = await fixture(
      html`<div>
        <test-probe procedure="no-such-thing"></test-probe>
        <test-probe procedure="kyphoplasty"></test-probe>
      </div>`,
    );
    const [broken, working] = [...wrapper.querySelectorAll('test-probe')];
    await expectCalmFailure(broken, /the built-in catalogue: procedures: no procedure with id "no-such-thing"$/);
    expect(shown(working, '.procedures')).to.contain('kyphoplasty');
  });

  it('rejects a duplicate id', () => {
    const result = validateContent({
      procedures: [
        {id: 'a', name: 'A'},
        {id: 'a', name: 'B'},
      ],
    });
    expect(result.problem).to.equal('procedures[1].id: duplicate id "a"');
  });
});
