import {expect} from '@open-wc/testing';
import '../src/define.js';

/** Opens a fixture page in an iframe and waits until every widget has rendered. */
async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1024px';
  frame.style.blockSize = '800px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.src = path;
  });
  const win = frame.contentWindow as Window & {pageErrors: string[]; cspViolations: string[]};
  const widgets = () => [...win.document.querySelectorAll<HTMLElement>('body > [class], body > :not(script)')];
  const rendered = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').trim().length > 0;
  for (let i = 0; i < 200 && !widgets().every(rendered); i++) await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 200)); // late violations (images, chunks) still count
  return {frame, win, widgets: widgets(), rendered};
}

describe('the built script on a partner page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers every tag, and loading the definitions again throws nothing', async () => {
    for (const tag of [
      'care-star-rating',
      'care-procedure-comparison',
      'care-risk-list',
      'care-doctor-card',
      'care-related-doctors',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const again = new URL('../src/define.ts?again', import.meta.url).href;
    await import(/* @vite-ignore */ again);
  });

  it('renders from the classic script in a page without modules, loaded twice', async () => {
    const {win, widgets, rendered} = await openPage('/tests/fixtures/iife.html');
    // The test server adds its own module script for live reload; the page has none.
    expect(win.document.querySelectorAll('script[type="module"]:not([src^="/__web-dev-server"])')).to.have.length(0);
    expect(widgets.filter((el) => !rendered(el)).map((el) => el.localName)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    // The Thai rating loaded its inlined translations.
    expect(widgets[0].shadowRoot!.textContent).to.match(/[\u0E00-\u0E7F]/);
  });

  it('renders under a strict CSP with Trusted Types, with both builds on the page', async () => {
    const {win, widgets, rendered} = await openPage('/tests/fixtures/csp-strict.html');
    expect(widgets.filter((el) => !rendered(el)).map((el) => el.localName)).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders under a strict CSP when a partner Lit copy was loaded first', async () => {
    const {win, widgets, rendered} = await openPage('/tests/fixtures/csp-second-lit.html');
    expect(widgets.filter((el) => !rendered(el)).map((el) => el.localName)).to.deep.equal([]);
    expect(widgets[0].localName).to.equal('partner-widget');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('ships no comments from the component styles', async () => {
    const script = await (await fetch('/dist/care-widgets.js')).text();
    const styles = await (await fetch('/src/components/doctor-card/doctor-card.styles.ts')).text();
    // A comment written inside the css`` template of the doctor card.
    const comment = 'The same box for photo and initials';
    expect(styles).to.contain(comment);
    expect(script).to.not.contain(comment);
    expect(script).to.contain('grid-template-columns'); // the styles themselves are there
  });

  it('publishes Subresource Integrity hashes that browsers accept', async () => {
    const hashes: Record<string, string> = await (await fetch('/dist/integrity.json')).json();
    expect(Object.keys(hashes)).to.include.members([
      'care-widgets.js',
      'care-widgets.iife.js',
      'care-widgets.css',
      'locales/th.js',
    ]);
    const load = (integrity: string) =>
      new Promise<string>((resolve) => {
        const script = document.createElement('script');
        script.src = '/routes/dist?file=care-widgets.iife.js';
        script.integrity = integrity;
        script.crossOrigin = 'anonymous';
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('blocked');
        document.head.append(script);
      });
    expect(await load(hashes['care-widgets.iife.js'])).to.equal('loaded');
    const wrong = hashes['care-widgets.css'];
    expect(await load(wrong)).to.equal('blocked');
  });
});
