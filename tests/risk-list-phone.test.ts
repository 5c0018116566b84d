import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {CareRiskList} from '../src/components/risk-list/risk-list.js';
import type {ContentDocument, Frequency} from '../src/content/types.js';
import {warnings} from './helpers/warnings.js';

// The risk list with several procedures side by side (procedures="a b") at the
// container widths of "Done when" (issue 13), and its numbers.

type El = CareRiskList;
const all = (el: El, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const one = (el: El, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const prose = (node: Element | null) => {
  const copy = node!.cloneNode(true) as Element;
  copy.querySelectorAll('sup').forEach((sup) => sup.remove());
  return text(copy);
};
const marks = (path: Element | null) => (path?.getAttribute('d') ?? '').split('M').length - 1;
const itemOf = (el: El, name: string) =>
  all(el, '[part="list"] > li').find((li) => text(li.querySelector('button, .name')) === name)!;

const source = {title: 'Illustrative source', url: 'https://example.org/illustrative'};
const frequency = (rate: number, extra: Partial<Frequency> = {}): Frequency => ({
  rate,
  per: '100',
  timeFrame: 'in the first year',
  population: 'people treated for osteoporotic fractures',
  source,
  ...extra,
});

/** Two procedures and two risks; kyphoplasty states no number for the first one. */
function twoProcedures(): ContentDocument {
  return {
    procedures: [
      {id: 'vertebroplasty', name: 'Vertebroplasty', risks: ['leak', 'fracture']},
      {id: 'kyphoplasty', name: 'Kyphoplasty', risks: ['leak', 'fracture']},
    ],
    risks: [
      {
        id: 'leak',
        kind: 'specific',
        name: 'Cement leakage',
        frequencies: {vertebroplasty: frequency(0.03, {range: {low: 0.01, high: 0.05}})},
      },
      {
        id: 'fracture',
        kind: 'specific',
        name: 'New fractures',
        frequencies: {vertebroplasty: frequency(0.1), kyphoplasty: frequency(0.07)},
      },
    ],
  };
}

async function inBox(width: number, content: ContentDocument, lang = 'en', display = 'icons'): Promise<El> {
  const box = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <care-risk-list
        procedures="vertebroplasty kyphoplasty"
        frequency-display=${display}
        .content=${content}
      ></care-risk-list>
    </div>`,
  );
  box.style.setProperty('inline-size', `${width}px`);
  const el = box.querySelector<El>('care-risk-list')!;
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

describe('care-risk-list with two procedures', () => {
  it('names both procedures and shows the number of each, "Not stated" where there is none', async () => {
    const el = await inBox(768, twoProcedures());
    expect(text(one(el, '[part="heading"]'))).to.equal('Risks specific to Vertebroplasty and Kyphoplasty');
    const options = [...itemOf(el, 'Cement leakage').querySelectorAll('.option')];
    expect(options.map((o) => text(o.querySelector('.option-name')))).to.deep.equal(['Vertebroplasty', 'Kyphoplasty']);
    expect(prose(options[0].querySelector('.frequency'))).to.equal('About 3 in 100 people have this (between 1 and 5)');
    expect(text(options[1])).to.equal('Kyphoplasty Not stated');
    expect(options[1].querySelector('svg')).to.equal(null); // nothing drawn for a number that is not there
    // Who and when are the same for both, so they are said once, under both.
    const context = itemOf(el, 'Cement leakage').querySelectorAll('[part="context"]');
    expect([...context].map(text)).to.deep.equal([
      'Who: people treated for osteoporotic fractures When: in the first year',
    ]);
  });

  it('draws as many filled squares as each number says, out of the one denominator', async () => {
    const el = await inBox(768, twoProcedures());
    const arrays = [...itemOf(el, 'New fractures').querySelectorAll('svg.icons')];
    expect(arrays.map((svg) => marks(svg.querySelector('.filled')))).to.deep.equal([10, 7]);
    expect(arrays.map((svg) => marks(svg.querySelector('.hollow')))).to.deep.equal([90, 93]);
    expect(arrays.map((svg) => svg.getAttribute('aria-label'))).to.deep.equal([
      'Icon array: 10 of 100 people marked',
      'Icon array: 7 of 100 people marked',
    ]);
  });

  it('shows every number per 1,000 when one procedure says per 1,000, and warns once', async () => {
    const doc = twoProcedures();
    doc.risks![1].frequencies!.kyphoplasty = frequency(0.007, {per: '1000'});
    let el!: El;
    const lines = await warnings(async () => (el = await inBox(768, doc)));
    expect(all(el, '.frequency').map(prose)).to.deep.equal([
      'About 30 in 1,000 people have this (between 10 and 50)',
      'About 100 in 1,000 people have this',
      'About 7 in 1,000 people have this',
    ]);
    expect(
      all(el, 'svg.icons').map((svg) => marks(svg.querySelector('.filled')) + marks(svg.querySelector('.hollow'))),
    ).to.deep.equal([1000, 1000, 1000]);
    expect(lines).to.deep.equal([
      'care-widgets: <care-risk-list> content from the .content property: risks[0].frequencies.vertebroplasty.per: per 100 here but per 1000 at risks[1].frequencies.kyphoplasty; the list shows every number per 1000',
    ]);
  });

  it('gives each procedure its own who and when when they differ', async () => {
    const doc = twoProcedures();
    doc.risks![1].frequencies!.kyphoplasty.timeFrame = 'in the first five years';
    const el = await inBox(768, doc);
    const options = [...itemOf(el, 'New fractures').querySelectorAll('.option')];
    expect(options.map((o) => text(o.querySelector('[part="context"]')))).to.deep.equal([
      'Who: people treated for osteoporotic fractures When: in the first year',
      'Who: people treated for osteoporotic fractures When: in the first five years',
    ]);
  });

  it('warns about an unknown procedure and shows the others', async () => {
    let el!: El;
    const lines = await warnings(async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><care-risk-list procedures="vertebroplasty nope" .content=${twoProcedures()}></care-risk-list></div>`,
      );
      el = box.querySelector<El>('care-risk-list')!;
      await el.updateComplete;
    });
    expect(text(one(el, '[part="heading"]'))).to.equal('Risks specific to Vertebroplasty');
    expect(lines).to.deep.equal([
      'care-widgets: <care-risk-list> content from the .content property: procedures: no procedure with id "nope"',
    ]);
  });

  for (const width of [320, 375, 768, 1280]) {
    describe(`in a ${width} px box`, () => {
      it('puts both procedures side by side, inside the widget, with no sideways overflow', async () => {
        const el = await inBox(width, twoProcedures());
        const host = el.getBoundingClientRect();
        expect(Math.round(host.width)).to.equal(width);
        for (const node of all(el, '.option, .option *, svg.icons, .frequency'))
          expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(host.right + 0.5);
        expect(el.shadowRoot!.querySelector('.numbers')!.scrollWidth).to.be.at.most(
          el.shadowRoot!.querySelector('.numbers')!.clientWidth,
        );
        const [first, second] = [...itemOf(el, 'New fractures').querySelectorAll('.option')].map((o) =>
          o.getBoundingClientRect(),
        );
        expect(Math.abs(first.top - second.top), 'side by side').to.be.below(1);
        expect(first.right).to.be.at.most(second.left + 1);
      });

      for (const lang of ['en', 'ar']) {
        it(`is axe-clean (${lang === 'ar' ? 'RTL' : 'LTR'})`, async () => {
          const el = await inBox(width, twoProcedures(), lang);
          expect(getComputedStyle(el).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
