import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {ContentDocument} from '../src/content/types.js';

// Two quality-bar items for every widget, checked on computed styles (what the
// browser will paint), not on class names:
// 1. keyboard focus shows a real indicator;
// 2. in forced colours (Windows High Contrast) what carries meaning stays visible.

let sample: ContentDocument;
before(async () => {
  sample = await (await fetch('/demo/content/sample.json')).json();
});
afterEach(() => setViewport({width: 800, height: 600}));

// ---------- helpers ----------

/** The element that has focus inside `host`'s shadow tree, followed through nested shadow roots. */
function focusedIn(host: Element): Element | null {
  let active = host.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name for an element, so a failing assert prints something readable (elements do not serialise). */
const describeEl = (el: Element | null) =>
  el
    ? el.localName +
      [...el.classList].map((c) => `.${c}`).join('') +
      (el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '')
    : 'nothing';

/** Parent element, stepping out of a shadow root to its host. */
const parentOf = (el: Element) =>
  el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** `rgb(…)`/`rgba(…)` as [r, g, b, a]; throws on anything else so a surprise fails loudly. */
function rgba(color: string): [number, number, number, number] {
  const channels = color.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
  if (!channels) throw new Error(`not an rgb() colour: "${color}"`);
  const [, red, green, blue, alpha] = channels;
  return [Number(red), Number(green), Number(blue), alpha === undefined ? 1 : Number(alpha)];
}
const opaque = (color: string) => color !== 'none' && color !== 'transparent' && rgba(color)[3] > 0;

/** WCAG contrast ratio of two opaque colours. */
function contrast(foreground: string, background: string) {
  const luminance = (color: string) => {
    const [red, green, blue] = rgba(color)
      .slice(0, 3)
      .map((channel) => {
        const share = channel / 255;
        return share <= 0.03928 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** What a CSS colour (e.g. a system colour like `CanvasText`) computes to on this page, in the current mode. */
function computedColor(css: string) {
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The first opaque background at or behind `el` (through shadow hosts); the page canvas if none. */
function backgroundBehind(el: Element | null) {
  for (let node = el; node; node = parentOf(node)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (opaque(bg)) return bg;
  }
  const canvas = document.createElement('span');
  canvas.style.backgroundColor = 'Canvas';
  document.body.append(canvas);
  const value = getComputedStyle(canvas).backgroundColor;
  canvas.remove();
  return value;
}

/** The focus indicator of `el` as painted: an outline, else a box-shadow ring. */
function focusRing(el: Element) {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    // An outline drawn outside the border box sits on the ancestors' background.
    const behind = backgroundBehind(parseFloat(style.outlineOffset) >= 0 ? parentOf(el) : el);
    return {kind: 'outline', width: parseFloat(style.outlineWidth), color: style.outlineColor, behind};
  }
  const shadow = style.boxShadow.match(/^(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+([\d.]+)px/);
  if (shadow) return {kind: 'box-shadow', width: Number(shadow[2]), color: shadow[1], behind: backgroundBehind(el)};
  return {kind: 'none', width: 0, color: 'transparent', behind: backgroundBehind(el)};
}

/** Renders `widget` after a focusable button, waits until `ready` is in its shadow root. */
async function afterButton(widget: TemplateResult, ready: string) {
  const page = await fixture<HTMLElement>(html`<div><button>Before</button>${widget}</div>`);
  const el = page.lastElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} did not render ${ready}`, {
    timeout: 5000,
  });
  await el.updateComplete;
  return {button: page.querySelector('button')!, el};
}

/** Focuses the button before the widget, presses Tab `tabs` times, returns what has focus in the widget. */
async function tabInto(focusCase: FocusCase) {
  if (focusCase.viewport) await setViewport(focusCase.viewport);
  const {button, el} = await afterButton(focusCase.render(), focusCase.ready);
  if (focusCase.viewport)
    await waitUntil(
      () => el.shadowRoot!.querySelector('.scroll[tabindex="0"]'),
      'the scroll region did not become a tab stop',
    );
  button.focus();
  for (let i = 0; i < focusCase.tabs; i++) await sendKeys({press: 'Tab'});
  const focused = focusedIn(el);
  expect(
    focused?.matches(focusCase.target),
    `${focusCase.name}: focus is on ${focusCase.target}, not ${describeEl(focused)}`,
  ).to.equal(true);
  expect(focused!.matches(':focus-visible'), `${focusCase.name}: :focus-visible`).to.equal(true);
  return {el, focused: focused!};
}

interface FocusCase {
  name: string;
  render: () => TemplateResult;
  /** Selector in the widget's shadow root that must appear before tabbing. */
  ready: string;
  tabs: number;
  /** Selector the focused element must match. */
  target: string;
  viewport?: {width: number; height: number};
}

const focusCases: FocusCase[] = [
  {
    name: 'star rating (vote)',
    render: () => html`<care-star-rating vote value="7" max="10" count="12"></care-star-rating>`,
    ready: '[role="radio"]',
    tabs: 1,
    target: '[role="radio"][data-n="1"]',
  },
  {
    name: 'comparison: differences toggle',
    render: () => html`<care-procedure-comparison .content=${sample}></care-procedure-comparison>`,
    ready: 'input[type="checkbox"]',
    tabs: 1,
    target: 'input[type="checkbox"]',
  },
  {
    // Below about 560 px the rows become blocks and nothing scrolls; three columns at 600 px do.
    name: 'comparison: scroll region at 600 px',
    render: () =>
      html`<care-procedure-comparison
        procedures="vertebroplasty kyphoplasty non-invasive-care"
      ></care-procedure-comparison>`,
    ready: '.scroll',
    tabs: 1, // no toggle: no row is the same for all three
    target: '.scroll[role="region"]',
    viewport: {width: 600, height: 640},
  },
  {
    name: 'risk list: disclosure button',
    render: () => html`<care-risk-list procedure="vertebroplasty" .content=${sample}></care-risk-list>`,
    ready: 'button[aria-expanded]',
    tabs: 1,
    target: 'button[aria-expanded]',
  },
  {
    name: 'doctor card: profile link',
    render: () => html`<care-doctor-card doctor="dr-fictional-anan" .content=${sample}></care-doctor-card>`,
    ready: 'a.profile-link',
    tabs: 1,
    target: 'a.profile-link',
  },
  {
    name: 'doctor card: booking link',
    render: () => html`<care-doctor-card doctor="dr-fictional-anan" .content=${sample}></care-doctor-card>`,
    ready: 'a.booking-link',
    tabs: 2,
    target: 'a.booking-link',
  },
  {
    name: 'related doctors: first card link',
    render: () => html`<care-related-doctors procedure="vertebroplasty" .content=${sample}></care-related-doctors>`,
    ready: 'care-doctor-card',
    tabs: 1,
    target: 'a.profile-link',
  },
];

// ---------- 1. visible focus, keyboard only ----------

describe('visible focus from the keyboard', () => {
  for (const focusCase of focusCases) {
    it(`${focusCase.name}: Tab lands on it and it shows a 2 px+ indicator that contrasts with what is behind`, async () => {
      const {focused} = await tabInto(focusCase);
      const ring = focusRing(focused);
      expect(ring.kind, `${focusCase.name}: indicator`).to.not.equal('none');
      expect(ring.width, `${focusCase.name}: ${ring.kind} width`).to.be.at.least(2);
      expect(opaque(ring.color), `${focusCase.name}: ${ring.kind} colour ${ring.color}`).to.equal(true);
      // WCAG 2.4.13 / 1.4.11: at least 3:1 against the adjacent colour.
      expect(contrast(ring.color, ring.behind), `${focusCase.name}: ${ring.color} on ${ring.behind}`).to.be.at.least(3);
    });
  }
});

// ---------- 2. forced colours ----------

const forcedColors = (active: boolean) =>
  executeServerCommand<true | {supported: false}, {active: boolean}>('forced-colors', {active});

describe('forced colors (Windows High Contrast)', () => {
  let canvasText: string;
  let grayText: string;
  let highlight: string;
  let linkText: string;

  before(async function () {
    // Firefox over WebDriver BiDi cannot emulate forced colours: report skipped, not passed.
    if ((await forcedColors(true)) !== true) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on in the page').to.equal(true);
    [canvasText, grayText, highlight, linkText] = ['CanvasText', 'GrayText', 'Highlight', 'LinkText'].map(
      computedColor,
    );
    // The system colours must be distinct, or the comparisons below prove nothing.
    expect(new Set([canvasText, grayText, highlight, linkText]).size, 'distinct system colours').to.equal(4);
  });
  after(async () => {
    if (matchMedia('(forced-colors: active)').matches) await forcedColors(false);
  });

  // Test infrastructure, not the product: the checks below mean something only if this passes.
  it('harness: the forced-colors command really switches the page, and back', async () => {
    await forcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  describe('focus indicators use Highlight', () => {
    for (const focusCase of focusCases) {
      it(focusCase.name, async () => {
        const {focused} = await tabInto(focusCase);
        const ring = focusRing(focused);
        expect(ring.kind, focusCase.name).to.equal('outline');
        expect(ring.width, focusCase.name).to.be.at.least(2);
        expect(ring.color, `${focusCase.name}: outline colour`).to.equal(highlight);
      });
    }
  });

  describe('care-star-rating', () => {
    const paint = (el: Element, selector: string) => {
      const style = getComputedStyle(el.shadowRoot!.querySelector(selector)!);
      return {fill: style.fill, stroke: style.stroke};
    };

    it('filled stars are CanvasText, empty ones an outline only, and the fill is partial', async () => {
      const el = await fixture(html`<care-star-rating value="7" max="10" count="12"></care-star-rating>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.fill path'));
      const filled = paint(el, '.fill path');
      const empty = paint(el, '.empty path');
      expect(filled.fill, 'filled star fill').to.equal(canvasText);
      expect(empty.fill, 'empty star fill').to.equal('none');
      expect(empty.stroke, 'empty star outline').to.equal(canvasText);
      expect(filled.fill).to.not.equal(empty.fill);
      const share =
        el.shadowRoot!.querySelector('.fill')!.getBoundingClientRect().width /
        el.shadowRoot!.querySelector('.empty')!.getBoundingClientRect().width;
      expect(share, 'filled share of the row').to.be.within(0.6, 0.8);
      await expect(el).to.be.accessible();
    });

    it('voting: the stars stay distinct; in a disabled form their outline turns GrayText', async () => {
      const form = await fixture(
        html`<form>
          <fieldset disabled><care-star-rating vote name="r" value="4" max="10"></care-star-rating></fieldset>
        </form>`,
      );
      const el = form.querySelector('care-star-rating')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[aria-disabled="true"] .fill path'));
      // The stars a reader picks from (the average above them is not disabled: it is no control).
      expect(paint(el, '[role="radiogroup"] .fill path').fill).to.equal(canvasText);
      expect(paint(el, '[role="radiogroup"] .empty path')).to.deep.equal({fill: 'none', stroke: grayText});
    });
  });

  describe('care-procedure-comparison', () => {
    async function table() {
      const el = await fixture(html`<care-procedure-comparison .content=${sample}></care-procedure-comparison>`);
      await waitUntil(() => el.shadowRoot!.querySelector('table'));
      return el;
    }
    const valueCell = (el: Element, word: string) =>
      [...el.shadowRoot!.querySelectorAll('.value')].find((v) => v.textContent!.trim().startsWith(word))!;

    it('yes / no / partly icons are drawn in CanvasText, at full size', async () => {
      const el = await table();
      for (const word of ['Yes', 'No', 'Partly']) {
        const icon = valueCell(el, word)?.querySelector('svg');
        expect(!!icon, `${word} icon`).to.equal(true);
        const style = getComputedStyle(icon!);
        expect(style.stroke, `${word} icon stroke`).to.equal(canvasText);
        expect(Number(style.opacity), `${word} icon opacity`).to.equal(1);
        expect(icon!.getBoundingClientRect().width, `${word} icon width`).to.be.greaterThan(8);
      }
    });

    it('"Not stated", "Same for all" stay readable in GrayText; source links are LinkText', async () => {
      const el = await table();
      const missing = el.shadowRoot!.querySelector('.missing')!;
      // Without the procedure name that heads it in the narrow layout (aria-hidden there, display: none here).
      const words = missing.cloneNode(true) as Element;
      words.querySelector('.cell-name')?.remove();
      expect(words.textContent!.trim()).to.equal('Not stated');
      expect(getComputedStyle(missing).color).to.equal(grayText);
      expect(Number(getComputedStyle(missing).opacity)).to.equal(1);
      const same = el.shadowRoot!.querySelector('.same-mark');
      expect(same && getComputedStyle(same).color, 'same-for-all mark').to.equal(grayText);
      const link = el.shadowRoot!.querySelector('a.ref')!;
      expect(getComputedStyle(link).color, 'source link').to.equal(linkText);
      await expect(el).to.be.accessible();
    });
  });

  describe('care-risk-list', () => {
    it('the "Serious" marker and its warning icon are visible in CanvasText', async () => {
      const el = await fixture(html`<care-risk-list procedure="vertebroplasty" .content=${sample}></care-risk-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.serious'));
      const marker = el.shadowRoot!.querySelector('.serious')!;
      expect(marker.textContent!.trim()).to.equal('Serious');
      expect(getComputedStyle(marker).color).to.equal(canvasText);
      const icon = marker.querySelector('svg')!;
      expect(getComputedStyle(icon).stroke, 'warning icon stroke').to.equal(canvasText);
      expect(icon.getBoundingClientRect().width, 'warning icon width').to.be.greaterThan(8);
      await expect(el).to.be.accessible();
    });

    it('the icon array tells affected (filled) from unaffected (hollow) by shape, in CanvasText', async () => {
      const el = await fixture(
        html`<care-risk-list procedure="vertebroplasty" frequency-display="icons" .content=${sample}></care-risk-list>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.icons .filled'));
      const fill = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(`.icons ${selector}`)!).fill;
      expect(fill('.filled')).to.equal(canvasText);
      expect(fill('.hollow')).to.equal(canvasText);
      expect(el.shadowRoot!.querySelector('.icons .hollow')!.getAttribute('fill-rule')).to.equal('evenodd');
    });
  });

  describe('care-doctor-card', () => {
    it('links keep a visible border or underline; the photo circle keeps a CanvasText border', async () => {
      const el = await fixture(
        html`<care-doctor-card doctor="dr-fictional-anan" .content=${sample}></care-doctor-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.actions a'));
      const links = [...el.shadowRoot!.querySelectorAll('.actions a')];
      expect(links.length).to.equal(2);
      for (const link of links) {
        const style = getComputedStyle(link);
        const bordered =
          style.borderTopStyle !== 'none' &&
          parseFloat(style.borderTopWidth) >= 1 &&
          contrast(style.borderTopColor, backgroundBehind(link)) >= 3;
        const underlined = style.textDecorationLine.includes('underline');
        expect(
          bordered || underlined,
          `${link.className}: border ${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}, decoration ${style.textDecorationLine}`,
        ).to.equal(true);
        expect(contrast(style.color, backgroundBehind(link)), `${link.className}: text ${style.color}`).to.be.at.least(
          4.5,
        );
      }
      const avatar = getComputedStyle(el.shadowRoot!.querySelector('.avatar')!);
      expect([avatar.borderTopStyle, avatar.borderTopWidth, avatar.borderTopColor]).to.deep.equal([
        'solid',
        '1px',
        canvasText,
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('care-related-doctors', () => {
    it('its cards keep their bordered links', async () => {
      const el = await fixture(
        html`<care-related-doctors procedure="vertebroplasty" .content=${sample}></care-related-doctors>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('care-doctor-card')?.shadowRoot?.querySelector('.actions a'));
      const link = el.shadowRoot!.querySelector('care-doctor-card')!.shadowRoot!.querySelector('.actions a')!;
      const style = getComputedStyle(link);
      expect(style.borderTopStyle).to.equal('solid');
      expect(contrast(style.borderTopColor, backgroundBehind(link))).to.be.at.least(3);
      await expect(el).to.be.accessible();
    });
  });
});
