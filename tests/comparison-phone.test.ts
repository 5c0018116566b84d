import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define.js';
import type {CareProcedureComparison} from '../src/components/procedure-comparison/procedure-comparison.js';
import type {ContentDocument} from '../src/content/types.js';
import {accessibilityTree, tableCells} from './helpers/a11y-table.js';

// The comparison at the container widths of "Done when" (issue 13): the
// widget's own width decides its layout, so each test sets the width of a
// box around it, not the viewport.

type El = CareProcedureComparison;
const all = (el: El, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const one = (el: El, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isFirefox = navigator.userAgent.includes('Firefox');

let sampleDoc: ContentDocument;
before(async () => {
  sampleDoc = await (await fetch('/demo/content/sample.json')).json();
});

async function inBox(width: number, template: unknown, lang = 'en'): Promise<El> {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  box.style.setProperty('inline-size', `${width}px`);
  const el = box.querySelector<El>('care-procedure-comparison')!;
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}
const sample = (width: number, lang = 'en', procedures = 'vertebroplasty kyphoplasty') =>
  inBox(
    width,
    html`<care-procedure-comparison
      procedures=${procedures}
      .content=${structuredClone(sampleDoc)}
    ></care-procedure-comparison>`,
    lang,
  );

/** Rows whose procedures differ (the ones that show one value per procedure). */
const differingRows = (el: El) => all(el, 'tbody tr').filter((tr) => !tr.classList.contains('same'));
const visible = (node: Element) => node.getBoundingClientRect().width > 1;

describe('care-procedure-comparison at phone widths', () => {
  for (const width of [320, 375, 768, 1280]) {
    const narrow = width < 560;
    describe(`in a ${width} px box`, () => {
      it('keeps every value of both procedures inside the widget, with no sideways scrolling', async () => {
        const el = await sample(width);
        const host = el.getBoundingClientRect();
        expect(Math.round(host.width)).to.equal(width);
        const region = one(el, '.scroll');
        expect(region.scrollWidth, 'scroll width').to.be.at.most(region.clientWidth);
        expect(region.hasAttribute('tabindex')).to.equal(false);
        for (const td of all(el, 'tbody td').filter(visible)) {
          const box = td.getBoundingClientRect();
          expect(box.left, text(td)).to.be.at.least(host.left - 0.5);
          expect(box.right, text(td)).to.be.at.most(host.right + 0.5);
        }
      });

      it(
        narrow
          ? 'shows each row as a block: the label on top, both values side by side under short names'
          : 'shows the table: the row header beside the values',
        async () => {
          const el = await sample(width);
          for (const tr of differingRows(el)) {
            const label = tr.querySelector('th')!.getBoundingClientRect();
            const [first, second] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
            expect(Math.abs(first.top - second.top), 'values side by side').to.be.below(1);
            expect(second.left > first.right - 1 || second.right < first.left + 1, 'not overlapping').to.equal(true);
            if (narrow) expect(label.bottom, 'label above the values').to.be.at.most(first.top + 1);
            else expect(label.right, 'header beside the values').to.be.at.most(first.left + 1);
          }
          const names = all(el, 'tbody tr:not(.same) td .cell-name');
          expect(names.every(visible)).to.equal(narrow);
          if (narrow) expect([...new Set(names.map(text))]).to.deep.equal(['Vertebroplasty', 'Kyphoplasty']);
          expect(visible(one(el, 'thead'))).to.equal(!narrow);
        },
      );

      for (const lang of ['en', 'ar']) {
        it(`is axe-clean (${lang === 'ar' ? 'RTL' : 'LTR'})`, async () => {
          const el = await sample(width, lang);
          expect(getComputedStyle(el).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          await expect(el).to.be.accessible();
        });
      }

      it('names every value by its row and procedure in the accessibility tree (Chromium)', async function () {
        const el = await sample(width);
        const tree = await accessibilityTree();
        if (!tree) this.skip(); // Firefox over WebDriver BiDi has no accessibility snapshot
        const cells = tableCells(tree!, 'Comparing Vertebroplasty and Kyphoplasty');
        const rows = all(el, 'tbody tr');
        expect(cells.length).to.equal(rows.length * 2);
        // Each cell, as heard, pairs its row label and the procedure's name with what the data says.
        const doc = sampleDoc;
        for (const {row, column, value} of cells) {
          const rowDef = doc.comparisonRows!.find((r) =>
            row.startsWith(typeof r.label === 'string' ? r.label : r.label.en),
          )!;
          const procedure = doc.procedures.find((p) => (typeof p.name === 'string' ? p.name : p.name.en) === column)!;
          expect(rowDef, row).to.exist;
          expect(procedure, column).to.exist;
          const fact = procedure.facts?.[rowDef.id];
          if (!fact) expect(value).to.equal('Not stated');
          else if (typeof fact.text === 'string') expect(value).to.contain(fact.text);
          // The short names over the values are not read again: the column header says it.
          expect(value).not.to.contain(column);
        }
        expect(cells.find((c) => c.row.startsWith('Balloon used') && c.column === 'Kyphoplasty')!.value).to.equal(
          'Yes',
        );
      });
    });
  }

  it('at 320 px stacks three procedures, each value under its name', async () => {
    const el = await inBox(
      320,
      html`<care-procedure-comparison
        procedures="vertebroplasty kyphoplasty non-invasive-care"
      ></care-procedure-comparison>`,
    );
    expect(all(el, 'th[scope="col"]')).to.have.length(3);
    const host = el.getBoundingClientRect();
    const region = one(el, '.scroll');
    expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    for (const tr of differingRows(el)) {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      expect(cells[1].top).to.be.at.least(cells[0].bottom - 1);
      expect(cells[2].top).to.be.at.least(cells[1].bottom - 1);
      for (const cell of cells) expect(cell.right).to.be.at.most(host.right + 0.5);
    }
  });

  it('collapses a row that is the same for all to one value marked "Same for all"', async () => {
    const el = await sample(320);
    const row = all(el, 'tbody tr.same').find((tr) => text(tr.querySelector('.label')) === 'What it treats')!;
    const [first, second] = [...row.querySelectorAll('td')];
    expect(visible(first)).to.equal(true);
    expect(visible(second)).to.equal(false);
    expect(text(first.querySelector('.cell-name'))).to.equal('Same for all');
    expect(first.getBoundingClientRect().width).to.be.closeTo(row.getBoundingClientRect().width, 1);
    // In the table layout both values stay, and the row header says it is the same.
    const wide = await sample(768);
    const wideRow = all(wide, 'tbody tr.same')[0];
    expect([...wideRow.querySelectorAll('td')].every(visible)).to.equal(true);
    expect(text(wideRow.querySelector('.same-mark'))).to.equal('Same for all');
  });

  it('prints the table, even from a narrow box', async function () {
    if (isFirefox) this.skip(); // WebDriver BiDi cannot emulate print media
    const el = await sample(320);
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(one(el, 'table')).display).to.equal('table');
      expect(getComputedStyle(one(el, 'tbody tr')).display).to.equal('table-row');
      expect(visible(one(el, 'thead'))).to.equal(true);
      expect(all(el, 'tbody td').every(visible)).to.equal(true);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('heads narrow columns with the short name when the content gives one', async () => {
    const doc = structuredClone(sampleDoc);
    doc.procedures[0].shortName = 'Vertebro';
    const el = await inBox(320, html`<care-procedure-comparison .content=${doc}></care-procedure-comparison>`);
    const names = differingRows(el)[0].querySelectorAll('.cell-name');
    expect([...names].map(text)).to.deep.equal(['Vertebro', 'Kyphoplasty']);
    expect(text(one(el, 'th[scope="col"]'))).to.equal('Vertebroplasty'); // what a screen reader hears
  });
});
