import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {CareRiskList} from '../src/components/risk-list/risk-list.js';
import type {ContentDocument, Risk} from '../src/content/types.js';
import {applyMedia, canEmulateMedia} from './helpers/media.js';
import {rendered, settled} from './helpers/settled.js';
import {text} from './helpers/text.js';
import {warnings} from './helpers/warnings.js';
import {runWidgetConformanceTests} from './helpers/widget-conformance.js';

// ---------- helpers ----------

let sampleDoc: ContentDocument;
before(async () => {
  sampleDoc = await (await fetch('/demo/content/sample.json')).json();
});
const sample = (): ContentDocument => structuredClone(sampleDoc);

/** A document with one procedure whose risks are exactly `risks`. */
function docWith(...risks: Risk[]): ContentDocument {
  return {procedures: [{id: 'p', name: 'Procedure P', risks: risks.map((r) => r.id)}], risks};
}
const source = {title: 'Illustrative source', url: 'https://example.org/source'};
const risk = (id: string, rate?: number, per?: '100' | '1000'): Risk => ({
  id,
  kind: 'specific',
  name: `Risk ${id}`,
  ...(rate === undefined ? {} : {frequency: {rate, per, source}}),
});

/** Renders `template` and waits until the list has rendered (a src document arrives over the network). */
async function show(template: ReturnType<typeof html>) {
  return rendered(await fixture<CareRiskList>(template));
}

const $ = (el: CareRiskList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CareRiskList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const headings = (el: CareRiskList) => $$(el, '[part="heading"]').map(text);
const itemOf = (el: CareRiskList, name: string) => $$(el, 'li').find((li) => text(li).includes(name))!;
/** What a node says, without the superscript source-note numbers. */
const prose = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('sup').forEach((sup) => sup.remove());
  return text(copy);
};
const frequencyOf = (el: CareRiskList, name: string) => prose(itemOf(el, name).querySelector('.frequency'));
const visible = (node: Element | null) => !!node && (node as HTMLElement).getClientRects().length > 0;

/** The names of each group, in order, as a reader meets them. */
function groups(el: CareRiskList) {
  return $$(el, 'ul').map((ul) => ({
    heading: text(ul.previousElementSibling),
    names: [...ul.children].map((li) => text(li.querySelector('button, .name'))),
  }));
}

const unavailable = 'This information is not available right now.';
const specific = ['Cement leakage', 'Nerve damage', 'New vertebral fractures', 'Pain that remains'];
const general = ['Bleeding', 'Infection', 'Blood clots', 'Reactions to anaesthesia'];

/** Counts the square marks one <path> of the icon array draws. */
const marks = (path: Element | null) => (path?.getAttribute('d') ?? '').split('M').length - 1;

afterEach(async () => {
  if (canEmulateMedia) await emulateMedia({reducedMotion: 'no-preference', media: 'screen'});
  await setViewport({width: 800, height: 600});
});

// ---------- tests ----------

runWidgetConformanceTests({
  tag: 'care-risk-list',
  markup: () =>
    `<care-risk-list procedure="vertebroplasty" frequency-display="icons" expanded
      src="/routes/content?key=risk-conformance-${Math.random()}"></care-risk-list>`,
  unavailable: {markup: () => '<care-risk-list></care-risk-list>', warning: 'procedure attribute is missing'},
});

describe('care-risk-list: groups and order', () => {
  it('shows the specific risks first, then the general ones, each under its heading', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty"></care-risk-list>`);
    expect(groups(el)).to.deep.equal([
      {heading: 'Risks specific to Vertebroplasty', names: specific},
      {heading: 'General risks of any surgery', names: general},
    ]);
    expect($$(el, 'ul > li')).to.have.length(8);
  });

  it('names the procedure in its heading (kyphoplasty, from a src URL)', async () => {
    const el = await show(
      html`<care-risk-list procedure="kyphoplasty" src="/routes/content?key=risk-kypho"></care-risk-list>`,
    );
    expect(headings(el)).to.deep.equal(['Risks specific to Kyphoplasty', 'General risks of any surgery']);
    expect(groups(el)[0].names).to.deep.equal(specific);
  });

  it('groups by kind, whatever order the procedure lists its risks in', async () => {
    const doc = sample();
    doc.procedures[0].risks = ['bleeding', 'nerve-damage', 'infection', 'cement-leakage'];
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${doc}></care-risk-list>`);
    expect(groups(el).map((g) => g.names)).to.deep.equal([
      ['Nerve damage', 'Cement leakage'],
      ['Bleeding', 'Infection'],
    ]);
  });

  it('hide-general leaves the general group out', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" hide-general></care-risk-list>`);
    expect(groups(el)).to.deep.equal([{heading: 'Risks specific to Vertebroplasty', names: specific}]);
    expect(text(el.shadowRoot!)).not.to.include('Bleeding');
  });

  it('ends with the line that the list does not replace the care team', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty"></care-risk-list>`);
    const note = $(el, '[part="note"]');
    expect(text(note)).to.equal('This list does not replace advice from your care team.');
    expect(el.shadowRoot!.lastElementChild).to.equal(note);
  });
});

describe('care-risk-list: heading levels', () => {
  it('uses real h3 headings by default', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty"></care-risk-list>`);
    expect($$(el, '[part="heading"]').map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
  });

  for (const level of [1, 2, 4, 5, 6]) {
    it(`heading-level="${level}" renders h${level} elements`, async () => {
      const el = await show(html`<care-risk-list procedure="vertebroplasty" heading-level=${level}></care-risk-list>`);
      expect($$(el, '[part="heading"]').map((h) => h.localName)).to.deep.equal([`h${level}`, `h${level}`]);
    });
  }

  it('falls back to h3 for a level outside 1..6, and follows later changes', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" heading-level="9"></care-risk-list>`);
    expect($(el, '[part="heading"]')!.localName).to.equal('h3');
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect($(el, '[part="heading"]')!.localName).to.equal('h2');
  });
});

describe('care-risk-list: disclosure', () => {
  afterEach(() => resetMouse());

  it('a risk with an explanation is a collapsed button that controls its panel', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const button = itemOf(el, 'Cement leakage').querySelector('button')!;
    const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(text(button)).to.equal('Cement leakage');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(panel)).to.include('Some bone cement can spread outside the vertebra.');
    expect(visible(panel)).to.be.false;
  });

  it('risks without an explanation have no button', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    expect($$(el, 'button')).to.have.length(1);
    expect(itemOf(el, 'Nerve damage').querySelector('button, [part="explanation"]')).to.equal(null);
    expect(text(itemOf(el, 'Nerve damage').querySelector('.name'))).to.equal('Nerve damage');
  });

  it('opens and closes with the mouse', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const button = $(el, 'button')!;
    const panel = $(el, '[part="explanation"]')!;
    const click = async () => {
      const box = button.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await el.updateComplete;
    };
    await click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel)).to.be.true;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(10);
    await click();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(panel)).to.be.false;
  });

  it('opens with Enter and closes with Space from the keyboard', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const button = $(el, 'button')!;
    const panel = $(el, '[part="explanation"]')!;
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel)).to.be.true;
    await sendKeys({press: ' '}); // the space bar
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(panel)).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('`expanded` opens every explanation; each can still be closed; removing it closes all', async () => {
    const doc = sample();
    doc.risks!.find((r) => r.id === 'bleeding')!.explanation = 'Some bleeding where the needle went in.';
    const el = await show(html`<care-risk-list procedure="vertebroplasty" expanded .content=${doc}></care-risk-list>`);
    const buttons = $$(el, 'button');
    expect(buttons).to.have.length(2);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
    expect($$(el, '[part="explanation"]').every(visible)).to.be.true;

    buttons[0].click();
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);

    el.expanded = false;
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
    expect($$(el, '[part="explanation"]').some(visible)).to.be.false;
  });

  it('animates the opening, but not when the reader prefers reduced motion', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const panel = $(el, '[part="explanation"]')!;
    $(el, 'button')!.click();
    await el.updateComplete;
    expect(getComputedStyle(panel).animationName).to.equal('reveal');
    await applyMedia(el, {reducedMotion: 'reduce'}, '(prefers-reduced-motion: reduce)');
    expect(getComputedStyle(panel).animationName).to.equal('none');
    expect(getComputedStyle($(el, '.chevron')!).transitionDuration).to.equal('0s');
  });

  it('prints every explanation open', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const panel = $(el, '[part="explanation"]')!;
    expect(visible(panel)).to.be.false;
    await applyMedia(el, {media: 'print'}, 'print');
    expect(visible(panel)).to.be.true;
    expect(text(panel)).to.include('Some bone cement');
  });
});

describe('care-risk-list: serious marker', () => {
  it('marks serious risks with an icon and the word, not colour alone', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const marked = $$(el, 'li').filter((li) => li.querySelector('[part="serious"]'));
    expect(marked.map((li) => text(li.querySelector('button, .name')))).to.deep.equal([
      'Cement leakage',
      'Nerve damage',
    ]);
    const marker = marked[0].querySelector('[part="serious"]')!;
    expect(text(marker)).to.equal('Serious');
    expect(marker.querySelector('svg[aria-hidden="true"]')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});

describe('care-risk-list: natural frequency', () => {
  it('uses one denominator for the whole list (per 1,000 when any risk says so) and warns about the mix', async () => {
    let el!: CareRiskList;
    const lines = await warnings(async () => {
      el = await show(
        html`<care-risk-list
          procedure="p"
          frequency-display="icons"
          .content=${docWith(risk('a', 0.03, '100'), risk('b', 0.012, '1000'))}
        ></care-risk-list>`,
      );
    });
    expect(frequencyOf(el, 'Risk a')).to.equal('About 30 in 1,000 people have this');
    expect(frequencyOf(el, 'Risk b')).to.equal('About 12 in 1,000 people have this');
    expect(
      $$(el, 'svg.icons').map((svg) => marks(svg.querySelector('.filled')) + marks(svg.querySelector('.hollow'))),
    ).to.deep.equal([1000, 1000]);
    expect(lines).to.deep.equal([
      'care-widgets: <care-risk-list> content from the .content property: risks[0].frequency.per: per 100 here but per 1000 at risks[1].frequency; the list shows every number per 1000',
    ]);
  });

  it('adds the range, on the same denominator, and who and when', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    // sample.json (illustrative): 0.03, range 0.01–0.05, per 100.
    expect(frequencyOf(el, 'Cement leakage')).to.equal('About 3 in 100 people have this (between 1 and 5)');
    expect(text(itemOf(el, 'Cement leakage').querySelector('[part="context"]'))).to.equal(
      'Who: people treated for osteoporotic vertebral fractures (illustrative) When: in the first year after the procedure (illustrative)',
    );
  });

  it('says "in 100" when every frequency is per 100', async () => {
    const el = await show(
      html`<care-risk-list
        procedure="p"
        .content=${docWith(risk('a', 0.03, '100'), risk('b', 0.25))}
      ></care-risk-list>`,
    );
    expect(frequencyOf(el, 'Risk a')).to.equal('About 3 in 100 people have this');
    expect(frequencyOf(el, 'Risk b')).to.equal('About 25 in 100 people have this');
  });

  it('uses the singular form for one, and never rounds a rare risk down to zero', async () => {
    const el = await show(
      html`<care-risk-list
        procedure="p"
        .content=${docWith(risk('a', 0.01), risk('b', 0.001), risk('c', 0))}
      ></care-risk-list>`,
    );
    expect(frequencyOf(el, 'Risk a')).to.equal('About 1 in 100 people has this');
    expect(frequencyOf(el, 'Risk b')).to.equal('Fewer than 1 in 100 people has this');
    expect(frequencyOf(el, 'Risk c')).to.equal('Fewer than 1 in 100 people has this');
  });

  it('links each frequency to its numbered source note under the list, and focuses the note', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    const ref = itemOf(el, 'Cement leakage').querySelector<HTMLAnchorElement>('.frequency sup a')!;
    expect(ref.getAttribute('aria-label')).to.equal('Source 1');
    expect(ref.getAttribute('href')).to.equal('#note-1');
    const note = $(el, '[part="sources"] li#note-1')!;
    const link = note.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/care-widgets/illustrative');
    expect(text(link)).to.equal('Illustrative number for this sample only - not clinical data');
    // Both frequencies share the one illustrative source: one note, one number.
    expect(itemOf(el, 'New vertebral fractures').querySelector('.frequency sup a')!.getAttribute('href')).to.equal(
      '#note-1',
    );
    ref.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('note-1');
    expect(location.hash).to.equal('');
  });

  it('shows nothing where the data gives no frequency (and the catalogue gives none)', async () => {
    const el = await show(
      html`<care-risk-list procedure="vertebroplasty" frequency-display="icons" .content=${sample()}></care-risk-list>`,
    );
    for (const name of ['Nerve damage', 'Pain that remains', ...general]) {
      const li = itemOf(el, name);
      expect(li.querySelector('.frequency, .icons'), name).to.equal(null);
      expect(prose(li)).not.to.match(/\d/);
    }
    const builtIn = await show(
      html`<care-risk-list procedure="vertebroplasty" frequency-display="icons"></care-risk-list>`,
    );
    expect($$(builtIn, '.frequency, .icons, .ref, [part="sources"]')).to.have.length(0);
    expect(text(builtIn.shadowRoot!)).not.to.match(/\d/);
  });

  it('shows German words and separators', async () => {
    const el = await show(
      html`<care-risk-list lang="de" procedure="vertebroplasty" .content=${sample()}></care-risk-list>`,
    );
    expect(headings(el)).to.deep.equal(['Besondere Risiken bei Vertebroplastie', 'Allgemeine Risiken jeder Operation']);
    expect(frequencyOf(el, 'Zementaustritt')).to.equal('Etwa 3 von 100 Menschen sind betroffen (zwischen 1 und 5)');
    const one = await show(
      html`<care-risk-list lang="de" procedure="p" .content=${docWith(risk('a', 0.01))}></care-risk-list>`,
    );
    expect(frequencyOf(one, 'Risk a')).to.equal('Etwa 1 von 100 Menschen ist betroffen');
  });

  it('shows Arabic words, the locale digits and the Arabic plural forms', async () => {
    // The digits are whatever the shared formatter gives Arabic: Intl's "ar"
    // (Latin digits since CLDR 46; Arabic-Indic ٣٠ if the foundation opts in).
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
    const el = await show(
      html`<care-risk-list lang="ar" procedure="vertebroplasty" .content=${sample()}></care-risk-list>`,
    );
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(headings(el)).to.deep.equal(['المخاطر الخاصة بإجراء رأب الفقرات', 'المخاطر العامة لأي عملية جراحية']);
    expect(frequencyOf(el, 'تسرب الإسمنت')).to.equal(
      `نحو ${ar(3)} من كل ${ar(100)} شخص يحدث لهم ذلك (بين ${ar(1)} و${ar(5)})`,
    );
    const forms = await show(
      html`<care-risk-list
        lang="ar"
        procedure="p"
        .content=${docWith(risk('a', 0.01), risk('b', 0.02), risk('c', 0.03), risk('d', 0.11))}
      ></care-risk-list>`,
    );
    expect(frequencyOf(forms, 'Risk a')).to.equal(`نحو ${ar(1)} من كل ${ar(100)} شخص يحدث له ذلك`); // one: singular pronoun
    expect(frequencyOf(forms, 'Risk b')).to.equal(`نحو ${ar(2)} من كل ${ar(100)} شخص يحدث لهما ذلك`); // two: dual pronoun
    expect(frequencyOf(forms, 'Risk c')).to.equal(`نحو ${ar(3)} من كل ${ar(100)} شخص يحدث لهم ذلك`); // few: plural pronoun
    expect(frequencyOf(forms, 'Risk d')).to.equal(`نحو ${ar(11)} من كل ${ar(100)} شخص يحدث لهم ذلك`); // many
  });

  it('follows a language change on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><care-risk-list procedure="p" .content=${docWith(risk('a', 0.03))}></care-risk-list></div>`,
    );
    const el = wrapper.querySelector('care-risk-list')!;
    await settled(el);
    expect(frequencyOf(el, 'Risk a')).to.equal('About 3 in 100 people have this');
    wrapper.lang = 'de';
    await settled(el);
    expect(frequencyOf(el, 'Risk a')).to.equal('Etwa 3 von 100 Menschen sind betroffen');
  });
});

describe('care-risk-list: icon array', () => {
  it('fills as many marks as the frequency says, out of the list denominator', async () => {
    const el = await show(
      html`<care-risk-list procedure="vertebroplasty" frequency-display="icons" .content=${sample()}></care-risk-list>`,
    );
    // sample.json (illustrative): 3 and 10 in 100.
    for (const [name, count] of [
      ['Cement leakage', 3],
      ['New vertebral fractures', 10],
    ] as const) {
      const svg = itemOf(el, name).querySelector('svg.icons')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(`Icon array: ${count} of 100 people marked`);
      expect(marks(svg.querySelector('.filled')), name).to.equal(count);
      expect(marks(svg.querySelector('.hollow')), name).to.equal(100 - count);
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(100);
    }
  });

  it('draws a 10 × 10 grid for a per-100 list: filled and hollow squares, not colour alone', async () => {
    const el = await show(
      html`<care-risk-list
        procedure="p"
        frequency-display="icons"
        .content=${docWith(risk('a', 0.03))}
      ></care-risk-list>`,
    );
    const svg = $(el, 'svg.icons')!;
    const filled = svg.querySelector<SVGPathElement>('.filled')!;
    const empty = svg.querySelector<SVGPathElement>('.hollow')!;
    expect(marks(filled)).to.equal(3);
    expect(marks(empty)).to.equal(97);
    const box = svg.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(Math.round(box.height)); // square: 10 by 10
    expect(getComputedStyle(filled).fill).not.to.equal(getComputedStyle(empty).fill);
    // A hollow square is a ring: its own path cuts the inside out (evenodd), so the shapes differ too.
    expect(empty.getAttribute('fill-rule')).to.equal('evenodd');
    expect(empty.getAttribute('d')!.split('M')[1]).to.match(/h\.8v\.8h-\.8zm\.17 \.17v\.46h\.46v-\.46z$/);
    // The key says what each shape means (visible text).
    expect(text($(el, '.key'))).to.equal('has this does not');
    // The three filled marks sit in the first row: 3 marks wide, 1 mark tall.
    const bbox = filled.getBBox();
    expect(bbox.width).to.be.closeTo(2.8, 0.01);
    expect(bbox.height).to.be.closeTo(0.8, 0.01);
  });

  it('is absent without frequency-display="icons"', async () => {
    const el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${sample()}></care-risk-list>`);
    expect($$(el, 'svg.icons')).to.have.length(0);
  });
});

describe('care-risk-list: accessibility', () => {
  // The conformance suite checks the expanded list; this is the collapsed one.
  it('is axe-clean collapsed, in LTR (en) and RTL (ar)', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await show(
        html`<care-risk-list
          lang=${lang}
          procedure="vertebroplasty"
          frequency-display="icons"
          .content=${sample()}
        ></care-risk-list>`,
      );
      expect($$(el, '[part="list"] > li')).to.have.length(8);
      expect($$(el, '[aria-expanded="true"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    }
  });

  it('mirrors the chevron and icon array in RTL', async () => {
    const el = await show(
      html`<care-risk-list
        lang="ar"
        procedure="vertebroplasty"
        frequency-display="icons"
        .content=${sample()}
      ></care-risk-list>`,
    );
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.chevron')!).scale).to.equal('-1 1');
    expect(getComputedStyle($(el, '.icons')!).scale).to.equal('-1 1');
  });
});

describe('care-risk-list: bad input', () => {
  it('an unknown procedure: the calm message and a warning naming it', async () => {
    let el!: CareRiskList;
    const lines = await warnings(
      async () => (el = await show(html`<care-risk-list procedure="nope" .content=${sample()}></care-risk-list>`)),
    );
    expect(text($(el, '[part="message"]'))).to.equal(unavailable);
    expect($$(el, 'li')).to.have.length(0);
    expect(lines).to.deep.equal([
      'care-widgets: <care-risk-list> content from the .content property: procedures: no procedure with id "nope"',
    ]);
  });

  it('a referenced risk that is missing: one warning, the rest still renders', async () => {
    const doc = sample();
    doc.procedures[0].risks!.splice(1, 0, 'ghost');
    let el!: CareRiskList;
    const lines = await warnings(
      async () => (el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${doc}></care-risk-list>`)),
    );
    expect(lines).to.deep.equal([
      'care-widgets: <care-risk-list> content from the .content property: procedures[0].risks[1]: no risk with id "ghost"',
    ]);
    expect(groups(el).map((g) => g.names)).to.deep.equal([specific, general]);
  });

  it('a frequency outside 0..1: the document is rejected, the calm message shows', async () => {
    const doc = sample();
    doc.risks![0].frequencies!.vertebroplasty.rate = 1.5;
    let el!: CareRiskList;
    const lines = await warnings(
      async () => (el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${doc}></care-risk-list>`)),
    );
    expect(text($(el, '[part="message"]'))).to.equal(unavailable);
    expect($$(el, 'li')).to.have.length(0);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include('risks[0].frequencies.vertebroplasty.rate: expected a number from 0 to 1');
  });

  it('a frequency source with a javascript: URL: the document is rejected, no link renders', async () => {
    const doc = sample();
    doc.risks![0].frequencies!.vertebroplasty.source.url = 'javascript:alert(1)';
    let el!: CareRiskList;
    const lines = await warnings(
      async () => (el = await show(html`<care-risk-list procedure="vertebroplasty" .content=${doc}></care-risk-list>`)),
    );
    expect(text($(el, '[part="message"]'))).to.equal(unavailable);
    expect($$(el, 'a')).to.have.length(0);
    expect(lines[0]).to.include('risks[0].frequencies.vertebroplasty.source.url');
  });

  it('a procedure with no risks: the calm message', async () => {
    const el = await show(html`<care-risk-list procedure="non-invasive-care"></care-risk-list>`);
    expect(text($(el, '[part="message"]'))).to.equal(unavailable);
  });

  it('content that fails to load: the calm message, localized', async () => {
    let el!: CareRiskList;
    await warnings(
      async () =>
        (el = await show(
          html`<care-risk-list
            lang="de"
            procedure="vertebroplasty"
            src="/routes/content?key=risk-404&status=404"
          ></care-risk-list>`,
        )),
    );
    expect(text($(el, '[part="message"]'))).to.equal('Diese Information ist derzeit nicht verfügbar.');
  });

  it('renders names and explanations as text, never as HTML', async () => {
    const doc = docWith({...risk('a'), name: '<img src=x onerror=alert(1)>Name', explanation: '<b>bold</b>'});
    const el = await show(html`<care-risk-list procedure="p" expanded .content=${doc}></care-risk-list>`);
    expect($$(el, 'img, b')).to.have.length(0);
    expect(text($(el, 'button'))).to.equal('<img src=x onerror=alert(1)>Name');
    expect(text($(el, '[part="explanation"]'))).to.equal('<b>bold</b>');
  });
});
