import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {CareProcedureComparison} from '../src/components/procedure-comparison/procedure-comparison.js';
import {builtInContent} from '../src/content/catalogue.js';
import type {ContentDocument, Fact} from '../src/content/types.js';
import {templates as ar} from '../src/generated/locales/ar.js';
import {templates as bn} from '../src/generated/locales/bn.js';
import {templates as de} from '../src/generated/locales/de.js';
import {templates as ja} from '../src/generated/locales/ja.js';
import {templates as km} from '../src/generated/locales/km.js';
import {templates as ko} from '../src/generated/locales/ko.js';
import {templates as my} from '../src/generated/locales/my.js';
import {templates as ru} from '../src/generated/locales/ru.js';
import {templates as th} from '../src/generated/locales/th.js';
import {templates as vi} from '../src/generated/locales/vi.js';
import {templates as zhHans} from '../src/generated/locales/zh-Hans.js';
import {recordCareEvents} from './helpers/events.js';
import {applyMedia} from './helpers/media.js';
import {settled} from './helpers/settled.js';
import {text as readText} from './helpers/text.js';
import {watchWarnings} from './helpers/warnings.js';
import {runWidgetConformanceTests} from './helpers/widget-conformance.js';

type El = CareProcedureComparison;

const all = <T extends Element = HTMLElement>(el: El, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const one = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
/** What an element says, without the procedure names that head cells in the narrow layout (aria-hidden). */
const text = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.cell-name').forEach((name) => name.remove());
  return readText(copy);
};
const labels = (el: El) => all(el, 'th[scope="row"] .label').map(text);
const shown = (node: Element) => node.getClientRects().length > 0;
const visibleLabels = (el: El) =>
  all(el, 'tbody tr')
    .filter(shown)
    .map((tr) => text(tr.querySelector('.label')));
const sameLabels = (el: El) =>
  all(el, 'tbody tr')
    .filter((tr) => tr.querySelector('.same-mark'))
    .map((tr) => text(tr.querySelector('.label')));
// Assertions compare strings and booleans, never elements: the runner cannot serialise a failing element.
const has = (el: El, selector: string) => !!el.shadowRoot!.querySelector(selector);
const focused = (el: El) => {
  const active = el.shadowRoot!.activeElement;
  return active
    ? active.localName + (active.id ? `#${active.id}` : '') + (active.className ? `.${active.className}` : '')
    : 'none';
};
const status = (el: El) => text(one(el, '[role="status"]'));

/** A small document whose sameness is known row by row. */
function doc(): ContentDocument {
  const facts = (entries: Record<string, Fact>) => entries;
  return {
    lastReviewed: '2026-03-05',
    procedures: [
      {
        id: 'a',
        name: 'Alpha',
        facts: facts({
          'same-text': {text: 'Short'},
          'same-both': {value: 'no', text: {en: 'No brace', de: 'Keine Schiene'}},
          'value-differs': {value: 'yes', text: 'Maybe'},
          'text-differs': {value: 'no', text: 'One'},
          'one-missing': {text: 'Stated'},
          'value-only': {value: 'partly', source: {title: 'Study A', url: 'https://example.org/a'}},
        }),
      },
      {
        id: 'b',
        name: 'Beta',
        facts: facts({
          'same-text': {text: 'Short'},
          'same-both': {value: 'no', text: {en: 'No brace', de: 'Keine Schiene'}},
          'value-differs': {value: 'no', text: 'Maybe'},
          'text-differs': {value: 'no', text: 'Two'},
          'value-only': {value: 'partly', source: {title: 'Study A', url: 'https://example.org/a'}},
          'never-listed': {text: 'Not a row'},
        }),
      },
    ],
    comparisonRows: [
      {id: 'same-text', label: 'Same text'},
      {id: 'nobody', label: 'Nobody states this'},
      {id: 'same-both', label: {en: 'Same value and text', de: 'Gleicher Wert und Text'}},
      {id: 'value-differs', label: 'Value differs'},
      {id: 'text-differs', label: 'Text differs'},
      {id: 'one-missing', label: 'One missing'},
      {id: 'value-only', label: 'Value only'},
    ],
  };
}

/** What "the same for all" means, computed from a document independently of the widget. */
function expectedSame(content: ContentDocument, ids: string[]) {
  const procedures = ids.map((id) => content.procedures.find((p) => p.id === id)!);
  const key = (f?: Fact) =>
    f && (f.value || f.text)
      ? JSON.stringify([f.value ?? '', typeof f.text === 'object' ? f.text.en : (f.text ?? '')])
      : undefined;
  return (content.comparisonRows ?? [])
    .filter((row) => {
      const keys = procedures.map((p) => key(p.facts?.[row.id]));
      return keys[0] !== undefined && keys.every((k) => k === keys[0]);
    })
    .map((row) => (typeof row.label === 'string' ? row.label : row.label.en));
}

runWidgetConformanceTests({
  tag: 'care-procedure-comparison',
  markup: () =>
    '<care-procedure-comparison procedures="vertebroplasty kyphoplasty non-invasive-care"></care-procedure-comparison>',
  unavailable: {
    markup: () =>
      '<care-procedure-comparison><script type="application/json">{"procedures": "nope"}</script></care-procedure-comparison>',
    warning: 'content from the inline <script type="application/json">: procedures: expected a list',
  },
});

describe('care-procedure-comparison', () => {
  let watch: ReturnType<typeof watchWarnings>;
  beforeEach(() => (watch = watchWarnings()));
  afterEach(() => watch.restore());

  describe('table semantics', () => {
    it('compares the seed procedures from the built-in catalogue by default', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      expect(text(one(el, 'caption'))).to.equal('Comparing Vertebroplasty and Kyphoplasty');
      expect(all(el, 'th[scope="col"]').map(text)).to.deep.equal(['Vertebroplasty', 'Kyphoplasty']);
      const catalogueRows = builtInContent().comparisonRows!.map((r) => r.label);
      expect(labels(el)).to.deep.equal(catalogueRows);
      expect(watch.warnings).to.deep.equal([]);
    });

    it('names every data cell by its row header and column header', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="vertebroplasty kyphoplasty non-invasive-care"
        ></care-procedure-comparison>`,
      );
      const table = one<HTMLTableElement>(el, 'table');
      expect(table.caption).to.exist;
      const columnHeaders = [...table.tHead!.rows[0].cells];
      expect(columnHeaders[0].localName).to.equal('td'); // the empty corner is no header
      expect(columnHeaders.slice(1).map((c) => [c.localName, c.getAttribute('scope')])).to.deep.equal([
        ['th', 'col'],
        ['th', 'col'],
        ['th', 'col'],
      ]);
      const cells = all<HTMLTableCellElement>(el, 'tbody td');
      expect(cells.length).to.equal(labels(el).length * 3);
      const catalogue = builtInContent();
      for (const td of cells) {
        const tr = td.parentElement as HTMLTableRowElement;
        const rowHeaders = [...tr.cells].filter((c) => c.localName === 'th');
        expect(rowHeaders.length).to.equal(1);
        expect(rowHeaders[0].getAttribute('scope')).to.equal('row');
        expect(rowHeaders[0].cellIndex).to.equal(0);
        const column = columnHeaders[td.cellIndex];
        expect(column.localName).to.equal('th');
        expect(column.getAttribute('scope')).to.equal('col');
        // The cell holds what the data says for that row and that procedure.
        const row = catalogue.comparisonRows!.find((r) => r.label === text(rowHeaders[0].querySelector('.label')))!;
        const procedure = catalogue.procedures.find((p) => p.name === text(column))!;
        const fact = procedure.facts?.[row.id];
        if (fact?.text) expect(text(td)).to.contain(fact.text as string);
        else if (!fact) expect(text(td)).to.equal('Not stated');
      }
    });

    it('shows yes / no / partly as an icon and a word, never colour alone', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          rows="value-differs value-only"
          .content=${doc()}
        ></care-procedure-comparison>`,
      );
      const cells = all(el, 'tbody td');
      // The word itself, without the source note number that may follow it.
      const word = (td: Element) => text(td.querySelector('.value')).replace(text(td.querySelector('sup')), '');
      expect(cells.map(word)).to.deep.equal(['Yes', 'No', 'Partly', 'Partly']);
      for (const td of cells) {
        const icon = td.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      // The three icons differ in shape.
      expect(new Set(cells.slice(0, 3).map((td) => td.querySelector('svg')!.innerHTML)).size).to.equal(3);
    });

    it('says "Not stated", looking different from text, when a procedure lacks a row', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          rows="one-missing same-text"
          .content=${doc()}
        ></care-procedure-comparison>`,
      );
      const [stated, missing, plain] = all(el, 'tbody td');
      expect(text(stated)).to.equal('Stated');
      expect(text(missing)).to.equal('Not stated');
      expect(getComputedStyle(missing).fontStyle).to.equal('italic');
      expect(getComputedStyle(plain).fontStyle).to.equal('normal');
    });

    it('renders content as text, never as HTML', async () => {
      const content = doc();
      content.procedures[0].name = '<b>Bold</b>';
      content.comparisonRows![0].label = '<img src=x onerror=alert(1)>';
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="a b" .content=${content}></care-procedure-comparison>`,
      );
      expect(text(one(el, 'th[scope="col"]'))).to.equal('<b>Bold</b>');
      expect(labels(el)[0]).to.equal('<img src=x onerror=alert(1)>');
      expect(has(el, 'b, img')).to.equal(false);
    });
  });

  describe('rows', () => {
    it('shows a row only when at least one procedure states it, in the document order', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="a b" .content=${doc()}></care-procedure-comparison>`,
      );
      expect(labels(el)).to.deep.equal([
        'Same text',
        'Same value and text',
        'Value differs',
        'Text differs',
        'One missing',
        'Value only',
      ]);
    });

    it('lets rows="…" choose and order the rows, warning about unknown ones', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          rows="text-differs same-text missing-row"
          .content=${doc()}
        ></care-procedure-comparison>`,
      );
      expect(labels(el)).to.deep.equal(['Text differs', 'Same text']);
      expect(watch.warnings.join('\n')).to.contain('rows: no comparison row with id "missing-row"');
    });

    it('marks the rows that are the same for all, computed from the data', async () => {
      const content = doc();
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="a b" .content=${content}></care-procedure-comparison>`,
      );
      expect(sameLabels(el)).to.deep.equal(expectedSame(content, ['a', 'b']));
      expect(sameLabels(el)).to.deep.equal(['Same text', 'Same value and text', 'Value only']);
      expect(text(one(el, 'tr.same .same-mark'))).to.equal('Same for all');

      // Change the data: a row stops being the same, and the mark follows.
      content.procedures[1].facts!['same-text'] = {text: 'Long'};
      el.content = {...content};
      await el.updateComplete;
      expect(sameLabels(el)).to.deep.equal(['Same value and text', 'Value only']);
    });

    it('marks the catalogue rows where both seed procedures agree', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      const expected = expectedSame(builtInContent(), ['vertebroplasty', 'kyphoplasty']);
      expect(expected).to.include('Anaesthesia').and.not.include('Balloon used');
      expect(sameLabels(el)).to.deep.equal(expected);
    });

    it('with one procedure marks nothing as the same', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="kyphoplasty"></care-procedure-comparison>`,
      );
      expect(all(el, 'th[scope="col"]').length).to.equal(1);
      expect(sameLabels(el)).to.deep.equal([]);
      expect(has(el, 'input[type="checkbox"]')).to.equal(false);
    });
  });

  describe('differences only', () => {
    it('the attribute and the toggle hide the same rows, and the change is announced', async () => {
      const byAttribute = await fixture<El>(
        html`<care-procedure-comparison differences-only></care-procedure-comparison>`,
      );
      const byToggle = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      const all11 = labels(byToggle);
      expect(visibleLabels(byToggle)).to.deep.equal(all11);
      expect(one<HTMLInputElement>(byAttribute, 'input').checked).to.equal(true);

      const checkbox = one<HTMLInputElement>(byToggle, 'input[type="checkbox"]');
      expect(checkbox.checked).to.equal(false);
      expect(text(checkbox.closest('label'))).to.equal('Show only differences');
      expect(status(byToggle)).to.equal('');
      checkbox.click();
      await byToggle.updateComplete;

      const same = sameLabels(byToggle);
      const differences = all11.filter((label) => !same.includes(label));
      const label = (id: string) => builtInContent().comparisonRows!.find((r) => r.id === id)!.label;
      expect(differences).to.deep.equal(['how', 'balloon', 'height'].map(label));
      expect(visibleLabels(byToggle)).to.deep.equal(differences);
      expect(visibleLabels(byAttribute)).to.deep.equal(differences);
      expect(byToggle.hasAttribute('differences-only')).to.equal(true);
      expect(byToggle.differencesOnly).to.equal(true);
      expect(!!one(byToggle, '[role="status"]').closest('[aria-hidden="true"]')).to.equal(false);
      expect(status(byToggle)).to.equal(`${same.length} rows that are the same for all are hidden.`);

      checkbox.click();
      await byToggle.updateComplete;
      expect(visibleLabels(byToggle)).to.deep.equal(all11);
      expect(status(byToggle)).to.equal('All rows are shown.');
    });

    it('is operable from the keyboard', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      const checkbox = one<HTMLInputElement>(el, 'input');
      checkbox.focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(el.differencesOnly).to.equal(true);
      expect(visibleLabels(el).length).to.equal(3);
    });

    it('setting the property or the attribute from code hides the rows too and fires no care-* event', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      // Every care-* event, whatever its name, target or options, wherever it is dispatched.
      const events = recordCareEvents();
      try {
        el.differencesOnly = true;
        await el.updateComplete;
        expect(visibleLabels(el).length).to.equal(3);
        expect(one<HTMLInputElement>(el, 'input').checked).to.equal(true);
        el.differencesOnly = false;
        await el.updateComplete;
        el.setAttribute('differences-only', '');
        await el.updateComplete;
        expect(visibleLabels(el).length).to.equal(3);
        el.removeAttribute('differences-only');
        await el.updateComplete;
        expect(visibleLabels(el).length).to.equal(11);
      } finally {
        events.stop();
      }
      expect(events.types).to.deep.equal([]);
    });

    it('fires no care-* event on any reader action either (it documents none)', async () => {
      const content = doc();
      const page = await fixture(
        html`<div>
          <button>Before</button>
          <care-procedure-comparison procedures="a b" .content=${content}></care-procedure-comparison>
        </div>`,
      );
      const el = page.querySelector('care-procedure-comparison')!;
      await el.updateComplete;
      const events = recordCareEvents();
      try {
        // The toggle, by pointer and by keyboard, both ways.
        one<HTMLInputElement>(el, 'input[type="checkbox"]').click();
        await el.updateComplete;
        expect(el.differencesOnly).to.equal(true);
        page.querySelector('button')!.focus();
        await sendKeys({press: 'Tab'});
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(el.differencesOnly).to.equal(false);
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(el.differencesOnly).to.equal(true);
        // A source reference moves focus to its note.
        all<HTMLAnchorElement>(el, 'td a.ref')[0].click();
        expect(focused(el)).to.equal('li#note-1');
      } finally {
        events.stop();
      }
      expect(events.types).to.deep.equal([]);
    });
  });

  describe('sources and review date', () => {
    it('numbers each distinct source once and links cells to the list under the table', async () => {
      const content = doc();
      content.procedures[1].facts!['text-differs'].source = {title: 'Study B', url: '/studies/b'};
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          rows="value-only text-differs"
          .content=${content}
        ></care-procedure-comparison>`,
      );
      const refs = all<HTMLAnchorElement>(el, 'td a.ref');
      expect(refs.map(text)).to.deep.equal(['1', '1', '2']);
      expect(refs.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Source 1', 'Source 1', 'Source 2']);
      expect(refs.every((a) => a.closest('sup'))).to.equal(true);
      const items = all(el, 'ol.sources li');
      expect(items.map(text)).to.deep.equal(['Study A', 'Study B']);
      expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).to.deep.equal([
        'https://example.org/a',
        '/studies/b',
      ]);
      expect(text(one(el, '#' + one(el, 'ol.sources').getAttribute('aria-labelledby')))).to.equal('Sources');

      const before = location.href;
      refs[2].click();
      expect(focused(el)).to.equal('li#note-2');
      expect(location.href).to.equal(before);
    });

    it('lists an unsafe source without a link, and warns', async () => {
      const content = doc();
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          rows="value-only"
          .content=${content}
        ></care-procedure-comparison>`,
      );
      // Validation refuses unsafe URLs; the widget checks again for content changed after validation.
      content.procedures[0].facts!['value-only'].source = {title: 'Bad', url: 'javascript:alert(1)'};
      content.procedures[1].facts!['value-only'].source = {title: 'Bad', url: 'javascript:alert(1)'};
      el.requestUpdate();
      await el.updateComplete;
      const item = one(el, 'ol.sources li');
      expect(text(item)).to.equal('Bad');
      expect(!!item.querySelector('a')).to.equal(false);
      expect(has(el, 'a[href^="javascript"]')).to.equal(false);
      expect(watch.warnings.join('\n')).to.contain(
        'procedures[0].facts.value-only.source.url: expected an http(s) URL',
      );
    });

    it('shows the last-reviewed date in the widget locale', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="a b" .content=${doc()}></care-procedure-comparison>`,
      );
      expect(text(one(el, '[part="reviewed"]'))).to.equal('Last reviewed: March 5, 2026');
      el.lang = 'de';
      await settled(el);
      const date = new Intl.DateTimeFormat('de', {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 2, 5));
      expect(date).to.equal('5. März 2026');
      expect(text(one(el, '[part="reviewed"]'))).to.contain(date);
      expect(labels(el)[1]).to.equal('Gleicher Wert und Text');
    });

    it('shows no review line when the content has no date', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      expect(has(el, '[part="reviewed"]')).to.equal(false);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    // From about 560 px (below that the rows become blocks, see comparison-phone.test.ts)
    // up to the width three columns need, the table scrolls sideways.
    it('at 600 px keeps row headers in view and scrolls three columns in a focusable, named region', async () => {
      await setViewport({width: 600, height: 700});
      const page = await fixture(
        html`<div>
          <button>Before</button>
          <care-procedure-comparison
            procedures="vertebroplasty kyphoplasty non-invasive-care"
          ></care-procedure-comparison>
        </div>`,
      );
      const el = page.querySelector('care-procedure-comparison')!;
      await el.updateComplete;
      const region = one(el, '.scroll');
      expect(region.getAttribute('role')).to.equal('region');
      expect(text(one(el, '#' + region.getAttribute('aria-labelledby')))).to.equal(
        'Comparing Vertebroplasty, Kyphoplasty, and Non-invasive care',
      );
      expect(el.getBoundingClientRect().width).to.be.at.most(600);
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(document.documentElement.scrollWidth).to.be.at.most(600); // the page itself does not scroll sideways

      // Tab reaches the region (there is no toggle: no row is the same for all three), and arrow keys scroll it.
      page.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal('div.scroll');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await new Promise((r) => setTimeout(r, 300));
      expect(region.scrollLeft).to.be.greaterThan(0);

      // The row headers stay put, opaque, while the cells pass under them.
      region.scrollLeft = region.scrollWidth;
      await new Promise((r) => requestAnimationFrame(r));
      const header = one(el, 'th[scope="row"]').getBoundingClientRect();
      expect(Math.abs(header.left - region.getBoundingClientRect().left)).to.be.below(1);
      expect(getComputedStyle(one(el, 'th[scope="row"]')).backgroundColor).to.not.match(/rgba\(.*, 0\)|transparent/);
      // So does the caption.
      expect(one(el, 'caption span').getBoundingClientRect().left).to.be.at.least(
        region.getBoundingClientRect().left - 1,
      );
    });

    it('at 1280 px shows the whole table without scrolling or an extra tab stop', async () => {
      await setViewport({width: 1280, height: 800});
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="vertebroplasty kyphoplasty non-invasive-care"
        ></care-procedure-comparison>`,
      );
      await el.updateComplete;
      const region = one(el, '.scroll');
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
      expect(region.hasAttribute('tabindex')).to.equal(false);
      const table = one(el, 'table').getBoundingClientRect();
      expect(table.width).to.be.closeTo(region.getBoundingClientRect().width, 1);
    });

    it('becomes a tab stop when the window narrows', async () => {
      await setViewport({width: 1280, height: 800});
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="vertebroplasty kyphoplasty non-invasive-care"
        ></care-procedure-comparison>`,
      );
      const region = one(el, '.scroll');
      expect(region.hasAttribute('tabindex')).to.equal(false);
      await setViewport({width: 600, height: 700});
      for (let i = 0; i < 20 && !region.hasAttribute('tabindex'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(region.getAttribute('tabindex')).to.equal('0');
    });

    it('mirrors the columns in Arabic', async () => {
      const ltr = await fixture<El>(html`<care-procedure-comparison></care-procedure-comparison>`);
      const el = await fixture<El>(html`<care-procedure-comparison lang="ar"></care-procedure-comparison>`);
      await settled(el);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const headerLefts = (widget: El) =>
        [one(widget, 'th[scope="row"]'), ...all(widget, 'th[scope="col"]')].map(
          (th) => th.getBoundingClientRect().left,
        );
      const [rowLtr, firstLtr, secondLtr] = headerLefts(ltr);
      expect(rowLtr).to.be.below(firstLtr);
      expect(firstLtr).to.be.below(secondLtr);
      const [row, first, second] = headerLefts(el);
      expect(row).to.be.greaterThan(first);
      expect(first).to.be.greaterThan(second);
      // Text starts at the right edge of its cell.
      const cell = one(el, 'th[scope="row"]');
      expect(getComputedStyle(cell).textAlign).to.be.oneOf(['start', 'right']);
      const label = one(el, 'th[scope="row"] .label').getBoundingClientRect();
      expect(cell.getBoundingClientRect().right - label.right).to.be.below(16);
    });

    it('keeps the row headers at the right edge while scrolling in Arabic at 600 px', async () => {
      await setViewport({width: 600, height: 700});
      const el = await fixture<El>(
        html`<care-procedure-comparison
          lang="ar"
          procedures="vertebroplasty kyphoplasty non-invasive-care"
        ></care-procedure-comparison>`,
      );
      await settled(el);
      const region = one(el, '.scroll');
      expect(region.getAttribute('tabindex')).to.equal('0');
      const right = () => region.getBoundingClientRect().right;
      const header = () => one(el, 'th[scope="row"]').getBoundingClientRect().right;
      expect(Math.abs(header() - right())).to.be.below(1);
      const column = () => all(el, 'th[scope="col"]')[0].getBoundingClientRect().left;
      const before = column();
      // RTL scroll positions run from 0 to negative values.
      region.scrollLeft = -region.scrollWidth;
      await new Promise((r) => requestAnimationFrame(r));
      expect(region.scrollLeft).to.be.below(-10);
      expect(column() - before).to.be.closeTo(-region.scrollLeft, 1); // the cells moved…
      expect(Math.abs(header() - right())).to.be.below(1); // …the row headers did not
    });

    it('prints every row, without scrolling or the toggle, with the sources', async () => {
      const content = doc();
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b"
          differences-only
          .content=${content}
        ></care-procedure-comparison>`,
      );
      expect(visibleLabels(el).length).to.equal(3);
      const undo = await applyMedia(el, {media: 'print'}, 'print');
      try {
        expect(visibleLabels(el)).to.deep.equal(labels(el));
        expect(getComputedStyle(one(el, '.scroll')).overflowX).to.equal('visible');
        expect(shown(one(el, '.toggle'))).to.equal(false);
        expect(getComputedStyle(one(el, 'th[scope="row"]')).position).to.equal('static');
        expect(shown(one(el, 'ol.sources li'))).to.equal(true);
      } finally {
        await undo();
      }
      expect(visibleLabels(el).length).to.equal(3);
    });
  });

  describe('localization', () => {
    const catalogues = {ar, bn, de, ja, km, ko, my, ru, th, vi, 'zh-Hans': zhHans} as Record<
      string,
      Record<string, unknown>
    >;
    const rowIds = builtInContent().comparisonRows!.map((r) => r.id);
    const messageIds: Record<string, string> = {'return-to-activity': 'catalogue.row.return'};

    for (const [locale, templates] of Object.entries(catalogues)) {
      it(`renders the translated row labels in ${locale}`, async () => {
        const el = await fixture<El>(html`<care-procedure-comparison lang=${locale}></care-procedure-comparison>`);
        await settled(el);
        const expected = rowIds.map((id) => templates[messageIds[id] ?? `catalogue.row.${id}`]);
        expect(expected.every((label) => typeof label === 'string' && label.length > 0)).to.equal(true);
        expect(labels(el)).to.deep.equal(expected);
        expect(labels(el)).to.not.deep.equal(builtInContent().comparisonRows!.map((r) => r.label));
        expect(text(one(el, 'caption'))).to.not.contain('Comparing');
        expect(text(one(el, 'tr.same .same-mark'))).to.equal(templates['comparison.same']);
      });
    }
  });

  describe('accessibility', () => {
    it('is accessible with differences hidden, sources and notes', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="a b nope"
          differences-only
          .content=${doc()}
        ></care-procedure-comparison>`,
      );
      el.differencesOnly = false;
      await el.updateComplete;
      el.differencesOnly = true;
      await el.updateComplete;
      expect(status(el)).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('names an unknown procedure in place, warns, and still compares the others', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison
          procedures="vertebroplasty spinal-fusion kyphoplasty"
        ></care-procedure-comparison>`,
      );
      expect(text(one(el, '.note'))).to.equal('No information was found for "spinal-fusion".');
      expect(all(el, 'th[scope="col"]').map(text)).to.deep.equal(['Vertebroplasty', 'Kyphoplasty']);
      expect(watch.warnings).to.have.length(1);
      expect(watch.warnings[0])
        .to.contain('<care-procedure-comparison>')
        .and.contain('procedures: no procedure with id "spinal-fusion"');
    });

    it('shows only notes when no procedure is known', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison procedures="x y"></care-procedure-comparison>`);
      expect(all(el, '.note').map(text)).to.deep.equal([
        'No information was found for "x".',
        'No information was found for "y".',
      ]);
      expect(has(el, 'table')).to.equal(false);
    });

    it('says so when the list is empty', async () => {
      const el = await fixture<El>(html`<care-procedure-comparison procedures="  "></care-procedure-comparison>`);
      expect(text(one(el, '.note'))).to.equal('No procedures were chosen to compare.');
      expect(has(el, 'table')).to.equal(false);
      expect(watch.warnings.join('\n')).to.contain('procedures: no procedure ids given');
    });

    it('says so when nothing can be compared', async () => {
      const el = await fixture<El>(
        html`<care-procedure-comparison procedures="a" rows="nobody" .content=${doc()}></care-procedure-comparison>`,
      );
      expect(text(one(el, '.note'))).to.equal('There are no details to compare.');
      expect(has(el, 'table')).to.equal(false);
    });

    it('loads content from src', async () => {
      const key = Math.random().toString(36).slice(2);
      const el = await fixture<El>(
        html`<care-procedure-comparison src="/routes/content?key=${key}"></care-procedure-comparison>`,
      );
      for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('table'); i++) {
        await new Promise((r) => setTimeout(r, 25));
        await el.updateComplete;
      }
      expect(labels(el)).to.deep.equal([
        'What it treats',
        'How it is done',
        'Balloon used',
        'Restores vertebral height',
        'Anaesthesia',
        'Hospital stay',
        'Brace afterwards',
        'Return to activity',
      ]);
      const returnRow = all(el, 'tbody tr')[7];
      expect(text(returnRow.querySelectorAll('td')[1])).to.equal('Not stated');
      expect(text(one(el, 'ol.sources li'))).to.contain('Vertebroplasty and Kyphoplasty');
      expect(text(one(el, '[part="reviewed"]'))).to.equal(
        'Last reviewed: November 1, 2026 · Next review: November 1, 2027',
      );
    });
  });
});
