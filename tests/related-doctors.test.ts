import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import {CareDoctorCard} from '../src/components/doctor-card/doctor-card.js';
import type {CareRelatedDoctors} from '../src/components/related-doctors/related-doctors.js';
import type {ContentDocument} from '../src/content/types.js';
import {text} from './helpers/text.js';
import {warnings} from './helpers/warnings.js';
import {runWidgetConformanceTests} from './helpers/widget-conformance.js';

let keys = 0;
const newKey = () => `related-doctors-${Date.now()}-${keys++}`;
const route = (key: string) => `/routes/content?key=${key}`;

async function loadSample(): Promise<ContentDocument> {
  return (await fetch('/demo/content/sample.json')).json();
}

/** Waits until the list and every card in it have rendered. */
async function rendered(el: CareRelatedDoctors) {
  await waitUntil(() => el.shadowRoot?.querySelector('.grid, .empty, .unavailable'), 'list did not render', {
    timeout: 5000,
  });
  const cards = [...el.shadowRoot!.querySelectorAll('care-doctor-card')];
  await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('.card')), 'cards did not render', {
    timeout: 5000,
  });
  await el.updateComplete;
  return cards;
}

const names = (cards: CareDoctorCard[]) =>
  cards.map((card) => text(card.shadowRoot!.querySelector('[role="heading"]')));

runWidgetConformanceTests({
  tag: 'care-related-doctors',
  // Its cards are checked with it (axe, 320 px, Arabic).
  markup: () => `<care-related-doctors procedure="kyphoplasty" src="${route(newKey())}"></care-related-doctors>`,
  unavailable: {
    markup: () =>
      `<care-related-doctors procedure="kyphoplasty" src="${route(newKey())}&fixture=broken-json"></care-related-doctors>`,
    warning: 'fixture=broken-json: not valid JSON',
  },
});

describe('care-related-doctors', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('lists the doctors of a procedure from a content URL, fetched once', async () => {
    const key = newKey();
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors procedure="vertebroplasty" src=${route(key)}></care-related-doctors>`,
    );
    const cards = await rendered(el);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(text(heading)).to.equal('Doctors for Vertebroplasty');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(names(cards)).to.deep.equal(['Dr. Anan Fictional', 'Dr. Lukas Sample']);
    for (const card of cards) {
      expect(card).to.be.instanceOf(CareDoctorCard);
      expect(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    }
    expect(cards[0].content).to.equal(cards[1].content); // one document shared by every card
    const {hits} = await (await fetch(`/routes/hits?key=${key}`)).json();
    expect(hits).to.equal(1);
  });

  it('filters by procedure, including doctors named only by the procedure', async () => {
    const content = await loadSample();
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors procedure="kyphoplasty" .content=${content}></care-related-doctors>`,
    );
    expect(names(await rendered(el))).to.deep.equal(['Dr. Anan Fictional', 'Dr. Mei Example']);

    const onlyByProcedure: ContentDocument = {
      procedures: [{id: 'vertebroplasty', name: 'Vertebroplasty', doctors: ['dr-b']}],
      doctors: [
        {id: 'dr-a', name: 'Alice Other', procedures: ['kyphoplasty']},
        {id: 'dr-b', name: 'Bea Listed'},
      ],
    };
    el.procedure = 'vertebroplasty';
    el.content = onlyByProcedure;
    await el.updateComplete;
    expect(names(await rendered(el))).to.deep.equal(['Bea Listed']);
  });

  it('shows the empty state with the built-in catalogue (it has no doctors)', async () => {
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors procedure="vertebroplasty"></care-related-doctors>`,
    );
    await rendered(el);
    expect(el.shadowRoot!.querySelector('care-doctor-card')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.empty'))).to.equal('No doctors are listed for this procedure yet.');
    expect(text(el.shadowRoot!.querySelector('[role="heading"]'))).to.equal('Doctors for Vertebroplasty');
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown procedure and shows the empty state', async () => {
    let el!: CareRelatedDoctors;
    const seen = await warnings(async () => {
      el = await fixture<CareRelatedDoctors>(
        html`<care-related-doctors procedure="nope" .content=${await loadSample()}></care-related-doctors>`,
      );
      await rendered(el);
    });
    expect(seen.some((w) => w.includes('procedures: no procedure with id "nope"'))).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[role="heading"]'))).to.equal('Related doctors');
    expect(el.shadowRoot!.querySelector('.empty')).to.exist;
  });

  it('takes the heading level and passes link settings to its cards', async () => {
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors
        procedure="kyphoplasty"
        heading-level="2"
        link-target="_blank"
        .content=${await loadSample()}
      ></care-related-doctors>`,
    );
    const cards = await rendered(el);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(cards[0].shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const link = cards[0].shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('is one column at 320 px and several at 1280 px', async () => {
    await setViewport({width: 320, height: 800});
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors procedure="vertebroplasty" .content=${await loadSample()}></care-related-doctors>`,
    );
    const cards = await rendered(el);
    let boxes = cards.map((card) => card.getBoundingClientRect());
    expect(boxes[0].left).to.equal(boxes[1].left);
    expect(boxes[1].top).to.be.greaterThan(boxes[0].bottom - 1);
    for (const box of boxes) expect(box.right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320); // nothing scrolls sideways

    await setViewport({width: 1280, height: 800});
    await el.updateComplete;
    boxes = cards.map((card) => card.getBoundingClientRect());
    expect(boxes[0].top).to.equal(boxes[1].top);
    expect(boxes[1].left).to.be.greaterThan(boxes[0].right);
    expect(boxes[0].height).to.equal(boxes[1].height); // cards in a row line up
  });

  it('localizes the heading and empty state (Thai)', async () => {
    const el = await fixture<CareRelatedDoctors>(
      html`<care-related-doctors lang="th" procedure="vertebroplasty"></care-related-doctors>`,
    );
    await rendered(el);
    expect(text(el.shadowRoot!.querySelector('[role="heading"]'))).to.equal(
      'แพทย์ที่ทำการฉีดซีเมนต์กระดูกสันหลัง (Vertebroplasty)',
    );
    expect(text(el.shadowRoot!.querySelector('.empty'))).to.equal('ยังไม่มีรายชื่อแพทย์สำหรับหัตถการนี้');
  });
});
