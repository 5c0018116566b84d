import {expect, fixture} from '@open-wc/testing';
import type {ReactiveElement} from 'lit';
import {setViewport} from '@web/test-runner-commands';
import {templates as ar} from '../../src/generated/locales/ar.js';
import {templates as de} from '../../src/generated/locales/de.js';
import {recordCareEvents} from './events.js';
import {rendered, settled} from './settled.js';
import {text} from './text.js';
import {watchWarnings} from './warnings.js';

/** What the conformance suite needs to know about one widget. */
export interface WidgetConformance {
  tag: string;
  /**
   * Markup of the widget with content that shows most of what it can render. Attributes
   * only (content from `src` or inline JSON), because the same markup is also put into a
   * page before the widget is defined. A function, so each test can use a fresh route key.
   */
  markup: () => string;
  /** Markup that makes the widget show "not available", and the problem its one warning names. */
  unavailable: {markup: () => string; warning: string};
  /** Other forms of the widget whose box differs (a star rating that takes votes): their reservation is checked too. */
  otherBoxes?: Record<string, () => string>;
}

type Widget = ReactiveElement;

const unavailableMessage: Record<string, string> = {
  en: 'This information is not available right now.',
  de: de['content.unavailable'] as string,
  ar: ar['content.unavailable'] as string,
};

/** Renders `markup` inside a container with `lang`, and waits until the widget (and any nested one) has rendered. */
async function show(markup: string, lang = 'en'): Promise<Widget> {
  const container = await fixture<HTMLElement>(`<div lang="${lang}">${markup}</div>`);
  return rendered(container.firstElementChild as Widget);
}

/** Every element in `root`'s shadow tree, nested shadow trees included. */
function shadowElements(root: Element): Element[] {
  return [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((node) => [node, ...shadowElements(node)]);
}

/** Parent element, stepping out of a shadow root to its host. */
const parentOf = (node: Element) => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** True when an ancestor inside the widget scrolls or clips sideways (a wide table in its own region). */
function insideScroller(node: Element, host: Element) {
  for (let ancestor = parentOf(node); ancestor && ancestor !== host; ancestor = parentOf(ancestor)) {
    if (getComputedStyle(ancestor).overflowX !== 'visible') return true;
  }
  return false;
}

/** What of an element's box the page sees; compared before and after the widget is defined. */
const boxProperties = [
  'display',
  'vertical-align',
  'min-block-size',
  'line-height',
  'min-inline-size',
  'max-inline-size',
  'margin-block-start',
  'margin-block-end',
  'margin-inline-start',
  'margin-inline-end',
  'padding-block-start',
  'padding-block-end',
  'padding-inline-start',
  'padding-inline-end',
  'border-block-start-width',
  'border-block-end-width',
  'border-inline-start-width',
  'border-inline-end-width',
];

/** The widget's box where the page lays it out: in a line of text, between two words. */
function measure(frame: HTMLIFrameElement, tag: string) {
  const doc = frame.contentDocument!;
  const el = doc.querySelector(tag)!;
  const style = frame.contentWindow!.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    defined: el.matches(':defined'),
    style: Object.fromEntries(boxProperties.map((name) => [name, style.getPropertyValue(name)])),
    top: box.top,
    left: box.left,
    width: box.width,
    height: box.height,
    // Where the line goes on after the widget: an inline widget must not move it up or down.
    afterTop: doc.querySelector('.after')!.getBoundingClientRect().top,
  };
}

/** A page as a partner writes it: the shipped stylesheet in <head>, the widget in running text. */
async function partnerPage(markup: string) {
  const css = await fetch('/dist/care-widgets.css');
  if (!css.ok) throw new Error('dist/care-widgets.css is missing: run `npm run build` first');
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  // A page that always shows its scrollbar, as long pages do: a widget taller than the frame
  // must not narrow the page by making one appear. Its own font size and line height, so a
  // reservation in px where the widget uses em (or the other way round) shows.
  doc.write(`<!doctype html><html lang="en" style="overflow-y: scroll"><head><link rel="stylesheet" href="/dist/care-widgets.css"></head>
    <body style="font: 20px/1.25 serif"><div>Before ${markup}<span class="after">after</span></div></body></html>`);
  doc.close();
  const link = doc.querySelector('link')!;
  if (!link.sheet) await new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
  return frame;
}

/** The selectors of the shipped stylesheet's rules that reserve `tag`'s box. */
function reservationRules(frame: HTMLIFrameElement, tag: string) {
  const sheet = frame.contentDocument!.querySelector('link')!.sheet!;
  return [...sheet.cssRules]
    .map((rule) => (rule as CSSStyleRule).selectorText ?? '')
    .filter((selector) => selector.split(',').some((part) => part.trim() === `${tag}:not(:defined)`));
}

/**
 * The checks every widget must pass, in the spirit of Shoelace's form-control base tests:
 * each widget's test file calls this once with its own markup and keeps only behaviour of
 * its own. Each check renders through the real browser, the real routes and the real build.
 */
export function runWidgetConformanceTests({tag, markup, unavailable, otherBoxes = {}}: WidgetConformance) {
  describe(`${tag}: conformance`, () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('is axe-clean in LTR (en)', async () => {
      const el = await show(markup());
      expect(getComputedStyle(el).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean in RTL (ar), laid out right to left in Arabic', async () => {
      const el = await show(markup(), 'ar');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(el.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/); // it really rendered in Arabic
      await expect(el).to.be.accessible();
    });

    it("follows a change of the page's language, and fires no care-* event doing so", async () => {
      const el = await show(markup());
      const english = text(el.shadowRoot);
      const events = recordCareEvents();
      try {
        el.parentElement!.lang = 'de';
        await rendered(el);
        expect(text(el.shadowRoot)).to.not.equal(english);
        el.parentElement!.lang = 'en';
        await rendered(el);
        expect(text(el.shadowRoot)).to.equal(english);
      } finally {
        events.stop();
      }
      expect(events.types, 'care-* events').to.deep.equal([]);
    });

    it('reflows at 320 px: nothing needs sideways scrolling of the page (LTR and RTL), axe-clean', async () => {
      await setViewport({width: 320, height: 640});
      for (const lang of ['en', 'ar']) {
        const el = await show(markup(), lang);
        const viewport = document.documentElement.clientWidth;
        expect(document.documentElement.scrollWidth, `${lang}: page scroll width`).to.be.at.most(viewport);
        // A wide table may scroll inside its own region; everything else fits the viewport.
        const outside = [el, ...shadowElements(el)].filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > viewport + 0.5) && !insideScroller(node, el);
        });
        expect(
          outside.map((node) => `${node.localName}.${[...node.classList].join('.')}`),
          `${lang}: outside the 320 px viewport`,
        ).to.deep.equal([]);
        if (lang === 'en') await expect(el).to.be.accessible();
      }
    });

    for (const [name, form] of Object.entries({'': markup, ...otherBoxes})) {
      it(`reserves its final box before it is defined${name && ` (${name})`} (dist/care-widgets.css)`, async () => {
        const frame = await partnerPage(form());
        try {
          expect(reservationRules(frame, tag), 'rules for :not(:defined)').to.have.length(1);
          const before = measure(frame, tag);
          expect(before.defined, 'defined too early').to.equal(false);
          // The real component code, loaded into the page the way a partner's script tag would.
          const win = frame.contentWindow as Window & typeof globalThis;
          const script = frame.contentDocument!.createElement('script');
          script.type = 'module';
          script.src = new URL('../../src/define.ts', import.meta.url).href;
          frame.contentDocument!.head.append(script);
          await win.customElements.whenDefined(tag);
          await rendered(frame.contentDocument!.querySelector(tag)!, 10000);
          const after = measure(frame, tag);
          expect(after.defined).to.equal(true);

          expect(after.style, 'computed box properties').to.deep.equal(before.style);
          expect([after.top, after.left], 'position').to.deep.equal([before.top, before.left]);
          if (before.style.display === 'block') {
            expect(after.width, 'inline size').to.equal(before.width);
          } else {
            // An inline widget: its height is reserved, so the line it sits in does not move.
            expect(after.height, 'block size').to.equal(before.height);
            expect(after.afterTop, 'the text after it').to.equal(before.afterTop);
          }
        } finally {
          frame.remove();
        }
      });
    }

    it('shows the calm "not available" message in its language and warns once', async () => {
      const watch = watchWarnings();
      try {
        const el = await show(unavailable.markup());
        const message = () => text(el.shadowRoot!.querySelector('.unavailable'));
        expect(message()).to.equal(unavailableMessage.en);
        expect(watch.warnings).to.have.length(1);
        expect(watch.warnings[0]).to.contain(`<${tag}>`).and.contain(unavailable.warning);
        await expect(el).to.be.accessible();

        for (const lang of ['de', 'ar']) {
          el.lang = lang;
          await settled(el);
          expect(message(), lang).to.equal(unavailableMessage[lang]);
        }
        el.requestUpdate();
        await el.updateComplete;
        expect(watch.warnings, 'warnings after re-rendering in two more languages').to.have.length(1);
      } finally {
        watch.restore();
      }
    });
  });
}
