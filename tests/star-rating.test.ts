import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/define.js';
import type {CareStarRating} from '../src/components/star-rating/star-rating.js';
import {retry, uuid} from '../src/components/star-rating/vote-outbox.js';
import {resolveRating} from '../src/components/star-rating/resolve-rating.js';
import {CareVoteEvent} from '../src/index.js';
import {formatNumber} from '../src/localization/format.js';
import {recordCareEvents} from './helpers/events.js';
import {settled} from './helpers/settled.js';
import {text} from './helpers/text.js';
import {warnings} from './helpers/warnings.js';
import {runWidgetConformanceTests} from './helpers/widget-conformance.js';

// Star geometry of the component: a star spans 2·11·cos 18° units of its 24-unit cell.
const STAR_LEFT = 12 - 11 * Math.cos(Math.PI / 10);
const STAR_WIDTH = 2 * 11 * Math.cos(Math.PI / 10);
/** Expected painted share of the row for `filled` of `stars` stars. */
const share = (filled: number, stars = 5) => {
  const whole = Math.floor(filled);
  const part = filled - whole;
  return (whole * 24 + (part ? STAR_LEFT + part * STAR_WIDTH : 0)) / (stars * 24);
};

let keys = 0;
const unique = (name: string) => `${name}-${Date.now()}-${keys++}`;

/** The painted fill and the whole row, as the browser laid them out. */
function geometry(el: CareStarRating) {
  // When voting, the stars a reader picks from (the average sits above them).
  const root = el.shadowRoot!.querySelector('[role=radiogroup]') ?? el.shadowRoot!;
  const fill = root.querySelector('.fill')!.getBoundingClientRect();
  const row = root.querySelector('.empty')!.getBoundingClientRect();
  return {fill, row, share: fill.width / row.width};
}

/** The filled stars are drawn exactly over the outlines (only their visible part differs). */
function expectStarsAligned(el: CareStarRating) {
  const drawn = el.shadowRoot!.querySelector('.fill path')!.getBoundingClientRect();
  const outline = el.shadowRoot!.querySelector('.empty path')!.getBoundingClientRect();
  expect(drawn.left).to.be.closeTo(outline.left, 0.5);
  expect(drawn.right).to.be.closeTo(outline.right, 0.5);
}

const label = (el: CareStarRating) => el.shadowRoot!.querySelector('[role=img]')?.getAttribute('aria-label');
/** The texts shown beside the stars (a part with nothing to say takes no room). */
const visible = (el: CareStarRating) =>
  [...el.shadowRoot!.querySelectorAll('[part=text] > span')].filter((s) => s.checkVisibility()).map((s) => text(s));
const radios = (el: CareStarRating) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')];
const radio = (el: CareStarRating, n: number) => radios(el)[n - 1];
const focused = (el: CareStarRating) => Number((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.n ?? 0);
const status = (el: CareStarRating) => text(el.shadowRoot!.querySelector('[role=status]'));

/** Records care-vote events fired on `el`. */
function votes(el: HTMLElement) {
  const seen: CareVoteEvent[] = [];
  el.addEventListener('care-vote', (event) => seen.push(event));
  return seen;
}

const getJson = async (path: string) => (await fetch(path)).json();
const setMode = (key: string, mode: string) => fetch(`/routes/votes-mode?key=${key}&mode=${mode}`, {method: 'POST'});

/** The middle of star `star`, in page pixels, where a pointer would aim. */
function centreOf(el: CareStarRating, star: number): [number, number] {
  const box = radio(el, star).getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

async function clickRadio(el: CareStarRating, star: number) {
  await sendMouse({type: 'click', position: centreOf(el, star)});
}

runWidgetConformanceTests({
  tag: 'care-star-rating',
  markup: () => '<care-star-rating value="7.82" count="11"></care-star-rating>',
  unavailable: {
    markup: () => '<care-star-rating value="abc"></care-star-rating>',
    warning: 'value: expected a number from 0 to 10',
  },
  otherBoxes: {
    // Two rows: the average from the built-in catalogue above "Your rating".
    'voting, with an average': () => '<care-star-rating vote procedure="vertebroplasty"></care-star-rating>',
    'voting, without an average': () => '<care-star-rating vote></care-star-rating>',
  },
});

describe('care-star-rating display', () => {
  for (const [value, stars] of [
    [7.82, 3.91],
    [5, 2.5],
    [1, 0.5],
    [3.14, 1.57],
    [10, 5],
    [0, 0],
  ]) {
    it(`fills ${stars} of 5 stars for ${value} of 10, from the left in LTR`, async () => {
      const el = await fixture<CareStarRating>(html`<care-star-rating value=${value} count="11"></care-star-rating>`);
      const {fill, row, share: painted} = geometry(el);
      expect(painted).to.be.closeTo(share(stars), 0.005);
      expect(row.width).to.be.closeTo(5 * row.height, 1);
      if (stars) expect(fill.left).to.be.closeTo(row.left, 0.5);
      if (stars) expectStarsAligned(el);
    });

    it(`fills ${stars} of 5 stars for ${value} of 10, from the right in RTL`, async () => {
      const wrapper = await fixture(
        html`<div dir="rtl"><care-star-rating value=${value} count="11"></care-star-rating></div>`,
      );
      const el = wrapper.querySelector('care-star-rating')!;
      await el.updateComplete;
      const {fill, row, share: painted} = geometry(el);
      expect(painted).to.be.closeTo(share(stars), 0.005);
      if (stars) expect(fill.right).to.be.closeTo(row.right, 0.5);
      if (stars) expectStarsAligned(el);
    });
  }

  it('draws five whole stars in one valid path per layer', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="5"></care-star-rating>`);
    const paths = [...el.shadowRoot!.querySelectorAll('path')].map((p) => p.getAttribute('d')!);
    expect(paths).to.have.length(2);
    for (const path of paths) expect(path).to.match(/^(M[\d.]+ 2l[\d. .-]+z){5}$/);
  });

  it('fills half a star to its middle (exact partial fill)', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="5"></care-star-rating>`);
    const {fill, row} = geometry(el);
    expect(fill.right).to.be.closeTo(row.left + row.width / 2, 0.5);
  });

  it('follows stars and max: 3 of 4 on 7 stars', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="3" max="4" stars="7"></care-star-rating>`);
    const {row, share: painted} = geometry(el);
    expect(painted).to.be.closeTo(share(5.25, 7), 0.005);
    expect(row.width).to.be.closeTo(7 * row.height, 1);
  });

  it('is sized by --care-star-size and coloured by --care-star-color', async () => {
    const wrapper = await fixture(
      html`<div style="--care-star-size: 40px; --care-star-color: rgb(1, 2, 3)">
        <care-star-rating value="7.82"></care-star-rating>
      </div>`,
    );
    const el = wrapper.querySelector('care-star-rating')!;
    await el.updateComplete;
    expect(geometry(el).row.height).to.equal(40);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.fill')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('is one image with the full label and the score and count beside the stars (en)', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="7.82" count="11"></care-star-rating>`);
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
    expect(visible(el)).to.deep.equal(['7.82 out of 10', 'based on 11 votes']);
    expect(el.shadowRoot!.querySelectorAll('[role]').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[tabindex]')).to.equal(null);
  });

  it('rounds label and text the same way, to what the stars show', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="7.8249" count="1"></care-star-rating>`);
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 1 vote');
    expect(visible(el)).to.deep.equal(['7.82 out of 10', 'based on 1 vote']);
    expect(geometry(el).share).to.be.closeTo(share(3.91), 0.005);
  });

  it('without a count, says only the score', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating value="4.5" max="5"></care-star-rating>`);
    expect(label(el)).to.equal('Rated 4.5 out of 5');
    expect(visible(el)).to.deep.equal(['4.5 out of 5']);
  });

  const cases: [string, number, string, string[]][] = [
    ['de', 11, 'Bewertet mit 7,82 von 10, basierend auf 11 Stimmen', ['7,82 von 10', 'basierend auf 11 Stimmen']],
    ['de', 1, 'Bewertet mit 7,82 von 10, basierend auf 1 Stimme', ['7,82 von 10', 'basierend auf 1 Stimme']],
    ['ru', 11, 'Оценка 7,82 из 10, на основе 11 голосов', ['7,82 из 10', 'на основе 11 голосов']],
    ['ru', 21, 'Оценка 7,82 из 10, на основе 21 голоса', ['7,82 из 10', 'на основе 21 голоса']],
    ['ru', 3, 'Оценка 7,82 из 10, на основе 3 голосов', ['7,82 из 10', 'на основе 3 голосов']],
    ['th', 11, 'ได้คะแนน 7.82 จาก 10 โดยมีผู้ให้คะแนน 11 คน', ['7.82 จาก 10', 'โดยมีผู้ให้คะแนน 11 คน']],
  ];
  for (const [lang, count, expectedLabel, expectedText] of cases) {
    it(`speaks and shows the rating in ${lang} (${count} votes)`, async () => {
      const el = await fixture<CareStarRating>(
        html`<care-star-rating lang=${lang} value="7.82" count=${count}></care-star-rating>`,
      );
      await settled(el);
      expect(label(el)).to.equal(expectedLabel);
      expect(visible(el)).to.deep.equal(expectedText);
    });
  }

  it('speaks and shows the rating in ar, with Arabic digits, plural forms and RTL', async () => {
    const ar = (n: number) => formatNumber('ar', n);
    const forms: [number, string][] = [
      [11, `بناءً على ${ar(11)} صوتًا`],
      [3, `بناءً على ${ar(3)} أصوات`],
      [2, `بناءً على صوتين (${ar(2)})`],
      [1, `بناءً على صوت واحد (${ar(1)})`],
      [100, `بناءً على ${ar(100)} صوت`],
    ];
    for (const [count, votes] of forms) {
      const el = await fixture<CareStarRating>(
        html`<care-star-rating lang="ar" value="7.82" count=${count}></care-star-rating>`,
      );
      await settled(el);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(label(el)).to.equal(`التقييم ${ar(7.82)} من ${ar(10)}، ${votes}`);
      expect(visible(el)).to.deep.equal([`${ar(7.82)} من ${ar(10)}`, votes]);
      const {fill, row} = geometry(el);
      expect(fill.right).to.be.closeTo(row.right, 0.5);
      expectStarsAligned(el);
    }
  });

  it('hide-text hides the text visually but keeps the label', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating hide-text value="7.82" count="11"></care-star-rating>`,
    );
    const textBox = el.shadowRoot!.querySelector('[part=text]')!.getBoundingClientRect();
    expect(textBox.width * textBox.height).to.be.at.most(1);
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
    expect(el.getBoundingClientRect().width).to.be.closeTo(geometry(el).row.width, 1);
  });

  it('min-votes: below it says "Not enough ratings yet" instead of a score', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating min-votes="20" value="7.82" count="11"></care-star-rating>`,
    );
    expect(label(el)).to.equal('Not enough ratings yet');
    expect(text(el.shadowRoot!.querySelector('[part=text]'))).to.equal('Not enough ratings yet');
    expect(el.shadowRoot!.querySelector('.fill')).to.equal(null);
    expect(text(el.shadowRoot)).to.not.contain('7.82');
    el.minVotes = 11;
    await el.updateComplete;
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
  });

  it('min-votes in de', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating lang="de" min-votes="5" value="7.82" count="2"></care-star-rating>`,
    );
    await settled(el);
    expect(label(el)).to.equal('Noch nicht genügend Bewertungen');
  });

  const invalid: [string, Record<string, string>, string][] = [
    ['value is not a number', {value: 'abc'}, 'value: expected a number from 0 to 10'],
    ['value is empty', {value: ''}, 'value: expected a number from 0 to 10'],
    ['value is negative', {value: '-1'}, 'value: expected a number from 0 to 10'],
    ['value is above max', {value: '6', max: '5'}, 'value: expected a number from 0 to 5'],
    ['value is missing', {}, 'value: expected a number from 0 to 10'],
    ['count is not whole', {value: '7', count: '2.5'}, 'count: expected a whole number of 0 or more'],
    ['count is negative', {value: '7', count: '-3'}, 'count: expected a whole number of 0 or more'],
    ['max is 0', {value: '0', max: '0'}, 'max: expected a number greater than 0'],
    ['stars is 0', {value: '7', stars: '0'}, 'stars: expected a whole number from 1 to 20'],
    ['min-votes is NaN', {value: '7', 'min-votes': 'x'}, 'min-votes: expected a whole number of 0 or more'],
  ];
  for (const [name, attributes, problem] of invalid) {
    it(`shows "not available" and warns once when ${name}`, async () => {
      let el!: CareStarRating;
      const seen = await warnings(async () => {
        el = document.createElement('care-star-rating');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        document.body.append(el);
        await el.updateComplete;
        el.hideText = true; // a re-render does not warn again
        await el.updateComplete;
      });
      try {
        expect(text(el.shadowRoot!.querySelector('.unavailable'))).to.equal(
          'This information is not available right now.',
        );
        expect(el.shadowRoot!.querySelector('.fill, [role=img]')).to.equal(null);
        expect(seen).to.deep.equal([`care-widgets: <care-star-rating>: ${problem}`]);
      } finally {
        el.remove();
      }
    });
  }

  it('takes the rating from content with procedure; explicit attributes win', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating procedure="kyphoplasty"></care-star-rating>`);
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
    const explicit = await fixture<CareStarRating>(
      html`<care-star-rating procedure="kyphoplasty" count="40"></care-star-rating>`,
    );
    expect(label(explicit)).to.equal('Rated 7.82 out of 10, based on 40 votes');
    const own = await fixture<CareStarRating>(
      html`<care-star-rating procedure="kyphoplasty" value="3" max="5"></care-star-rating>`,
    );
    expect(label(own)).to.equal('Rated 3 out of 5');
  });

  it('loads the rating from src', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        procedure="vertebroplasty"
        src=${`/routes/content?key=${unique('src')}`}
      ></care-star-rating>`,
    );
    await waitUntil(() => label(el), 'no rating', {timeout: 5000});
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
  });

  it('an unknown procedure shows "not available" with one warning', async () => {
    let el!: CareStarRating;
    const seen = await warnings(async () => {
      el = await fixture<CareStarRating>(html`<care-star-rating procedure="nope"></care-star-rating>`);
    });
    expect(el.shadowRoot!.querySelector('.unavailable')).to.exist;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('no procedure with id "nope"');
  });

  it('reflows in 320 px: the text wraps under the stars, nothing overflows', async () => {
    const box = await fixture(
      html`<div style="inline-size: 320px">
        <care-star-rating vote lang="de" value="7.82" count="11"></care-star-rating>
      </div>`,
    );
    const el = box.querySelector('care-star-rating')!;
    await settled(el);
    for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
      expect(node.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
    }
  });
});

describe('resolveRating', () => {
  it('waits for content, then takes its rating; explicit attributes win', () => {
    expect(resolveRating({}, 'loading')).to.deep.equal({kind: 'loading'});
    expect(resolveRating({count: 40}, {value: 7.8249, count: 11})).to.deep.equal({
      kind: 'ready',
      rating: {value: 7.82, max: 10, count: 40},
    });
  });

  it('content trouble makes it unavailable without a problem of its own, unless voting', () => {
    expect(resolveRating({}, 'unavailable')).to.deep.equal({kind: 'unavailable'});
    expect(resolveRating({vote: true}, 'unavailable')).to.deep.equal({
      kind: 'ready',
      rating: {value: undefined, max: 10, count: undefined},
    });
    expect(resolveRating({vote: true, stars: 0}, 'unavailable')).to.deep.equal({
      kind: 'unavailable',
      problem: 'stars: expected a whole number from 1 to 20',
    });
  });
});

describe('care-star-rating voting', () => {
  afterEach(() => resetMouse());

  it('is a radio group with one tab stop and a label per star', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating vote value="7.82" count="11"></care-star-rating>`);
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-label')).to.equal('Your rating');
    // Also visible, so empty stars do not read as a score of zero.
    expect(el.shadowRoot!.querySelector('[part=prompt]')?.textContent).to.equal('Your rating');
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 out of 5',
      '2 out of 5',
      '3 out of 5',
      '4 out of 5',
      '5 out of 5',
    ]);
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(radios(el).every((r) => r.getAttribute('aria-checked') === 'false')).to.be.true;
    // The current average is shown apart from "Your rating": its own line, stars and text, one image to screen readers.
    expect(label(el)).to.equal('Rated 7.82 out of 10, based on 11 votes');
    expect(el.shadowRoot!.querySelector('[part=average]')?.getAttribute('role')).to.equal('img');
    expect(visible(el)).to.deep.equal(['7.82 out of 10', 'based on 11 votes']);
  });

  it('shows the current average on its own line above "Your rating", so one is never taken for the other', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating vote value="7.82" count="11"></care-star-rating>`);
    const average = el.shadowRoot!.querySelector('[part=average]')!;
    const prompt = el.shadowRoot!.querySelector('[part=prompt]')!;
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(average.getBoundingClientRect().bottom).to.be.at.most(prompt.getBoundingClientRect().top + 1);
    expect(average.getBoundingClientRect().bottom).to.be.at.most(group.getBoundingClientRect().top + 1);
    // The average's stars are filled to 7.82 / 10; the reader's are empty until they choose.
    const drawn = (root: Element) =>
      root.querySelector('.fill')!.getBoundingClientRect().width /
      root.querySelector('.empty')!.getBoundingClientRect().width;
    expect(drawn(average)).to.be.closeTo(share(7.82 / 2), 0.01);
    expect(drawn(group)).to.equal(0);
    expect(group.contains(average)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keyboard in LTR: arrows move and preview, Home/End, Space chooses, one tab stop', async () => {
    const wrapper = await fixture(
      html`<div>
        <button>before</button><care-star-rating vote></care-star-rating><button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector('care-star-rating')!;
    const seen = votes(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(1);
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    expect(focused(el)).to.equal(3);
    await el.updateComplete;
    expect(geometry(el).share).to.be.closeTo(3 / 5, 0.005); // preview
    expect(seen).to.have.length(0);
    await sendKeys({press: 'ArrowLeft'});
    expect(focused(el)).to.equal(2);
    await sendKeys({press: 'End'});
    expect(focused(el)).to.equal(5);
    await sendKeys({press: 'ArrowRight'}); // stays at the end
    expect(focused(el)).to.equal(5);
    await sendKeys({press: 'Home'});
    expect(focused(el)).to.equal(1);
    await sendKeys({press: 'ArrowDown'});
    expect(focused(el)).to.equal(2);
    await sendKeys({press: ' '});
    expect(seen.map((e) => e.detail)).to.deep.equal([{procedure: undefined, score: 2, max: 5}]);
    await el.updateComplete;
    expect(radio(el, 2).getAttribute('aria-checked')).to.equal('true');
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    await el.updateComplete;
    expect(geometry(el).share).to.be.closeTo(2 / 5, 0.005);
  });

  for (const [where, template] of [
    ['RTL on an ancestor', html`<div dir="rtl"><care-star-rating vote></care-star-rating></div>`],
    ['RTL on the host', html`<div><care-star-rating dir="rtl" vote></care-star-rating></div>`],
    ['Arabic (RTL from lang)', html`<div><care-star-rating lang="ar" vote></care-star-rating></div>`],
  ] as const) {
    it(`keyboard with ${where}: arrows follow the reading direction`, async () => {
      const wrapper = await fixture(template);
      const el = wrapper.querySelector('care-star-rating')!;
      await settled(el);
      const seen = votes(el);
      // Star 2 is painted left of star 1.
      expect(radio(el, 2).getBoundingClientRect().right).to.be.at.most(radio(el, 1).getBoundingClientRect().left + 0.5);
      radio(el, 1).focus();
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      expect(focused(el)).to.equal(3);
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el)).to.equal(2);
      await el.updateComplete;
      const {fill, row} = geometry(el);
      expect(fill.width / row.width).to.be.closeTo(2 / 5, 0.005);
      expect(fill.right).to.be.closeTo(row.right, 0.5);
      await sendKeys({press: 'Enter'});
      expect(seen.map((e) => e.detail.score)).to.deep.equal([2]);
    });
  }

  it('pointer: hover previews, a click chooses', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating vote value="5" procedure="pointer"></care-star-rating>`,
    );
    const seen = votes(el);
    const [centreX, centreY] = centreOf(el, 3);
    await sendMouse({type: 'move', position: [centreX, centreY]});
    await el.updateComplete;
    expect(geometry(el).share).to.be.closeTo(3 / 5, 0.005);
    await sendMouse({type: 'move', position: [centreX, centreY + 100]}); // well below the stars
    await el.updateComplete;
    expect(geometry(el).share).to.equal(0);
    expect(seen).to.have.length(0);
    await clickRadio(el, 4);
    expect(seen.map((e) => e.detail)).to.deep.equal([{procedure: 'pointer', score: 4, max: 5}]);
    expect(el.score).to.equal(4);
  });

  it('touch: touching previews, a cancelled touch clears the preview, and scrolling is left to the page', async () => {
    // No touch command exists for both browsers, so the touch is synthetic;
    // that a cancelled gesture commits nothing is tested with a real pointer below.
    const el = await fixture<CareStarRating>(html`<care-star-rating vote></care-star-rating>`);
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(getComputedStyle(group).touchAction).to.equal('manipulation');
    radio(el, 2).dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true, composed: true}));
    await el.updateComplete;
    expect(geometry(el).share).to.be.closeTo(2 / 5, 0.005);
    group.dispatchEvent(new PointerEvent('pointercancel', {pointerType: 'touch'})); // the page scrolled instead
    await el.updateComplete;
    expect(geometry(el).share).to.equal(0);
  });

  it('a press dragged off its star is cancelled: no event, nothing kept or sent; a click then votes', async () => {
    const key = unique('drag');
    const procedure = unique('drag');
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        vote
        value="5"
        procedure=${procedure}
        submit-url=${`/routes/votes?key=${key}`}
      ></care-star-rating>`,
    );
    const seen = votes(el);
    const centre = (n: number) => {
      const r = radio(el, n).getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
    };
    const below: [number, number] = [centre(2)[0], Math.round(el.getBoundingClientRect().bottom + 100)];
    // Pressed on star 2, released off the widget: the reader changed their mind.
    await sendMouse({type: 'move', position: centre(2)});
    await sendMouse({type: 'down'});
    await el.updateComplete;
    expect(geometry(el).share).to.be.closeTo(2 / 5, 0.005); // the press previews star 2
    await sendMouse({type: 'move', position: below});
    await sendMouse({type: 'up'});
    // Pressed on star 2, released on star 4: neither is chosen (as with native radio buttons).
    await sendMouse({type: 'move', position: centre(2)});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: centre(4)});
    await sendMouse({type: 'up'});
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300)); // time for a send that should not happen
    expect(seen).to.have.length(0);
    expect(el.score).to.equal(0);
    expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.be.false;
    expect((await getJson(`/routes/hits?key=${key}`)).hits).to.equal(0);
    expect(localStorage.getItem('care-widgets:voted') ?? '').to.not.contain(procedure);
    // The same listener and route do see a vote: a plain click on star 3.
    await clickRadio(el, 3);
    expect(seen.map((e) => e.detail.score)).to.deep.equal([3]);
    await waitUntil(async () => (await getJson(`/routes/votes-log?key=${key}`)).length === 1, 'vote not sent');
  });

  it('care-vote bubbles out of shadow roots; canceled, nothing is kept or sent', async () => {
    const key = unique('cancel');
    // Inside a partner's own shadow root, as frameworks place widgets: only a composed event reaches the page.
    const partner = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('care-star-rating');
    Object.assign(el, {vote: true, value: 5, procedure: 'cancel', submitUrl: `/routes/votes?key=${key}`});
    partner.attachShadow({mode: 'open'}).append(el);
    await el.updateComplete;
    const heard = oneEvent(document, 'care-vote');
    el.addEventListener('care-vote', (e) => e.preventDefault(), {once: true});
    await clickRadio(el, 5);
    const event = (await heard) as CareVoteEvent;
    expect(event).to.be.instanceOf(CareVoteEvent);
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.defaultPrevented).to.be.true;
    await el.updateComplete;
    expect(el.score).to.equal(0);
    expect(radios(el).some((r) => r.getAttribute('aria-checked') === 'true')).to.be.false;
    await new Promise((r) => setTimeout(r, 200));
    expect((await getJson(`/routes/hits?key=${key}`)).hits).to.equal(0);
    expect(localStorage.getItem('care-widgets:voted') ?? '').to.not.contain('"cancel"');
  });

  it('setting value or score from code fires no care-* event', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating vote value="5"></care-star-rating>`);
    const display = await fixture<CareStarRating>(html`<care-star-rating value="5"></care-star-rating>`);
    // Every care-* event, not only care-vote: a new event fired from code would be heard too.
    const events = recordCareEvents();
    try {
      el.value = 8;
      el.score = 3;
      el.count = 4;
      await el.updateComplete;
      expect(radio(el, 3).getAttribute('aria-checked')).to.equal('true');
      display.value = 9;
      await display.updateComplete;
      expect(label(display)).to.equal('Rated 9 out of 10');
    } finally {
      events.stop();
    }
    expect(events.types).to.deep.equal([]);
  });

  it('is accessible in vote mode, LTR and RTL', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating vote value="7.82" count="11"></care-star-rating>`);
    await expect(el).to.be.accessible();
    const ar = await fixture<CareStarRating>(
      html`<care-star-rating vote lang="ar" value="7.82" count="11"></care-star-rating>`,
    );
    await settled(ar);
    expect(ar.shadowRoot!.querySelector('[role=radiogroup]')!.getAttribute('aria-label')).to.equal('تقييمك');
    await expect(ar).to.be.accessible();
  });

  it('shows a visible focus ring on the focused star', async () => {
    const el = await fixture<CareStarRating>(html`<care-star-rating vote></care-star-rating>`);
    radio(el, 1).focus();
    await sendKeys({press: 'ArrowRight'});
    const style = getComputedStyle(radio(el, 2));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('care-star-rating network', () => {
  const defaults = {...retry};
  beforeEach(() => {
    // Retries come from `online` events and reloads in these tests, unless one sets a delay.
    retry.delay = 1e9;
    retry.timeout = 2000;
  });
  afterEach(() => Object.assign(retry, defaults));

  const route = (key: string) => `/routes/votes?key=${key}`;
  const queued = (key: string) =>
    JSON.parse(localStorage.getItem(`care-widgets:outbox:${new URL(route(key), location.href).href}`) ?? '[]');
  const fresh = (key: string, procedure: string) =>
    fixture<CareStarRating>(
      html`<care-star-rating
        vote
        value="7.82"
        count="11"
        procedure=${procedure}
        submit-url=${route(key)}
      ></care-star-rating>`,
    );
  const statusIs = (el: CareStarRating, text: string) =>
    waitUntil(() => status(el) === text, `status stayed "${status(el)}"`, {timeout: 8000});

  const RECORDED = 'Thank you. Your rating was recorded.';
  const QUEUED = 'Your rating is saved and will be sent when you are back online.';
  const FAILED = 'Sorry, your rating could not be recorded.';

  it('success: posts the vote and shows the new aggregate', async () => {
    const key = unique('ok');
    const procedure = unique('p');
    const el = await fresh(key, procedure);
    await clickRadio(el, 4);
    await statusIs(el, RECORDED);
    const [vote] = await getJson(`/routes/votes-log?key=${key}`);
    expect(vote).to.include({procedure, score: 4, max: 5, locale: 'en'});
    expect(vote.voteId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // (7.82·11 + 8) / 12 = 7.84
    await el.updateComplete;
    expect(label(el)).to.equal('Rated 7.84 out of 10, based on 12 votes');
    expect(visible(el)).to.deep.equal(['7.84 out of 10', 'based on 12 votes']);
    expect(queued(key)).to.deep.equal([]);
    // Voted: the group is read-only now, and stays so on the next page.
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-readonly')).to.equal('true');
    const seen = votes(el);
    await clickRadio(el, 1);
    expect(seen).to.have.length(0);
    el.remove();
    const next = await fresh(key, procedure);
    expect(radio(next, 4).getAttribute('aria-checked')).to.equal('true');
    expect(next.shadowRoot!.querySelector('[role=radiogroup]')!.getAttribute('aria-readonly')).to.equal('true');
    expect(await getJson(`/routes/votes-log?key=${key}`)).to.have.length(1);
  });

  it('a 500, then success on `online`, delivers exactly one vote with one voteId', async () => {
    const key = unique('500');
    await setMode(key, '500');
    const el = await fresh(key, unique('p'));
    await clickRadio(el, 2);
    await statusIs(el, QUEUED);
    expect(queued(key)).to.have.length(1);
    window.dispatchEvent(new Event('online')); // still failing
    await waitUntil(async () => (await getJson(`/routes/votes-attempts?key=${key}`)).length === 2);
    await setMode(key, 'ok');
    window.dispatchEvent(new Event('online'));
    await statusIs(el, RECORDED);
    const attempts = await getJson(`/routes/votes-attempts?key=${key}`);
    const log = await getJson(`/routes/votes-log?key=${key}`);
    expect(attempts).to.have.length(3);
    expect(new Set(attempts).size).to.equal(1);
    expect(log.map((v: {voteId: string}) => v.voteId)).to.deep.equal([attempts[0]]);
    expect(queued(key)).to.deep.equal([]);
  });

  it('retries by itself with backoff (408, 429, 5xx), always with the same voteId', async () => {
    retry.delay = 50;
    const key = unique('backoff');
    await setMode(key, '429');
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        vote
        value="5"
        procedure="x"
        submit-url=${`/routes/votes?key=${key}&fail=2`}
      ></care-star-rating>`,
    );
    await clickRadio(el, 5);
    await waitUntil(async () => (await getJson(`/routes/votes-attempts?key=${key}`)).length >= 3, 'no retries', {
      timeout: 5000,
    });
    await setMode(key, '408');
    await waitUntil(
      async () => (await getJson(`/routes/votes-attempts?key=${key}`)).length >= 4,
      'no retry after 408',
      {timeout: 5000},
    );
    await setMode(key, 'ok');
    await statusIs(el, RECORDED);
    const attempts: string[] = await getJson(`/routes/votes-attempts?key=${key}`);
    expect(new Set(attempts).size).to.equal(1);
    expect(await getJson(`/routes/votes-log?key=${key}`)).to.have.length(1);
  });

  it('a timeout keeps the vote queued', async () => {
    retry.timeout = 300;
    const key = unique('hang');
    await setMode(key, 'hang');
    const el = await fresh(key, unique('p'));
    await clickRadio(el, 3);
    await statusIs(el, QUEUED);
    expect(queued(key)).to.have.length(1);
  });

  it('server down across a reload: the next page load delivers the queued vote, once', async () => {
    const key = unique('down');
    const procedure = unique('p');
    await setMode(key, 'down');
    const first = await fresh(key, procedure);
    await clickRadio(first, 4);
    await statusIs(first, QUEUED);
    const [entry] = queued(key);
    expect(entry.vote).to.include({procedure, score: 4, max: 5});
    first.remove(); // the page goes away

    await setMode(key, 'ok');
    // The next page: any widget with the same submit-url sends it, here one for another procedure.
    const other = await fixture<CareStarRating>(
      html`<care-star-rating value="5" submit-url=${route(key)}></care-star-rating>`,
    );
    await waitUntil(async () => (await getJson(`/routes/votes-log?key=${key}`)).length === 1, 'not delivered', {
      timeout: 5000,
    });
    const log = await getJson(`/routes/votes-log?key=${key}`);
    expect(log[0].voteId).to.equal(entry.vote.voteId);
    await waitUntil(() => queued(key).length === 0);
    other.remove();

    const hits = (await getJson(`/routes/hits?key=${key}`)).hits;
    const again = await fresh(key, procedure); // and the one after: nothing left to send
    expect(radio(again, 4).getAttribute('aria-checked')).to.equal('true');
    await new Promise((r) => setTimeout(r, 300));
    expect((await getJson(`/routes/hits?key=${key}`)).hits).to.equal(hits);
    expect(await getJson(`/routes/votes-log?key=${key}`)).to.have.length(1);
  });

  it('reads the outbox from localStorage: a vote left by another page is sent', async () => {
    const key = unique('stored');
    const url = new URL(route(key), location.href).href;
    const vote = {procedure: 'stored', score: 3, max: 5, voteId: uuid(), locale: 'de'};
    localStorage.setItem(`care-widgets:outbox:${url}`, JSON.stringify([{vote, attempts: 2}]));
    const el = await fresh(key, 'stored');
    await statusIs(el, RECORDED);
    expect(await getJson(`/routes/votes-log?key=${key}`)).to.deep.equal([vote]);
    expect(queued(key)).to.deep.equal([]);
  });

  it('a 400 drops the vote and says it could not be recorded', async () => {
    const key = unique('400');
    await setMode(key, '400');
    const el = await fresh(key, unique('p'));
    await clickRadio(el, 1);
    await statusIs(el, FAILED);
    expect(queued(key)).to.deep.equal([]);
    await el.updateComplete;
    // Not remembered as voted: the reader may try again.
    expect(el.shadowRoot!.querySelector('[role=radiogroup]')!.getAttribute('aria-readonly')).to.equal('false');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect(await getJson(`/routes/votes-attempts?key=${key}`)).to.have.length(1);
  });

  it('never produces duplicate voteIds: votes for different procedures get different ids', async () => {
    const key = unique('ids');
    await setMode(key, '503');
    const first = await fresh(key, unique('a'));
    const second = await fresh(key, unique('b'));
    // One at a time: the first one's status line appearing moves the second,
    // and a click aimed at its old position would miss.
    await clickRadio(first, 2);
    await statusIs(first, QUEUED);
    await clickRadio(second, 3);
    await statusIs(second, QUEUED);
    expect([first.score, second.score]).to.deep.equal([2, 3]);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await setMode(key, 'ok');
    window.dispatchEvent(new Event('online'));
    await statusIs(first, RECORDED);
    await statusIs(second, RECORDED);
    const attempts: string[] = await getJson(`/routes/votes-attempts?key=${key}`);
    const log: {voteId: string}[] = await getJson(`/routes/votes-log?key=${key}`);
    expect(new Set(attempts).size).to.equal(2);
    expect(log.map((v) => v.voteId).sort()).to.deep.equal([...new Set(attempts)].sort());
  });

  it('makes v4 UUIDs also where crypto.randomUUID is missing (non-secure contexts)', () => {
    Object.defineProperty(crypto, 'randomUUID', {value: undefined, configurable: true});
    try {
      const ids = Array.from({length: 50}, uuid);
      for (const id of ids)
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).to.equal(50);
    } finally {
      delete (crypto as {randomUUID?: unknown}).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});

describe('care-star-rating in a form', () => {
  it('submits the chosen score; required blocks submission until chosen; reset clears', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><care-star-rating vote required name="rating"></care-star-rating><button>Send</button></form>`,
    );
    const el = form.querySelector('care-star-rating')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.be.false;
    let submitted: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(submitted).to.equal(undefined); // blocked by required

    radio(el, 1).focus();
    await sendKeys({press: 'End'});
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(form.checkValidity()).to.be.true;
    form.querySelector('button')!.click();
    expect(submitted?.get('rating')).to.equal('4');

    form.reset();
    await el.updateComplete;
    expect(el.score).to.equal(0);
    expect(new FormData(form).get('rating')).to.equal(null);
    expect(form.checkValidity()).to.be.false;
  });

  it('a disabled fieldset disables voting', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><care-star-rating vote name="r"></care-star-rating></fieldset>
      </form>`,
    );
    const el = form.querySelector('care-star-rating')!;
    await el.updateComplete;
    const seen = votes(el);
    expect(el.shadowRoot!.querySelector('[role=radiogroup]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(radios(el).every((r) => r.tabIndex === -1)).to.be.true;
    await clickRadio(el, 3);
    expect(seen).to.have.length(0);
  });

  it('gives a localized validity message', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="de"><care-star-rating vote required name="r"></care-star-rating></form>`,
    );
    const el = form.querySelector('care-star-rating')!;
    await settled(el);
    const invalid = oneEvent(el, 'invalid');
    form.checkValidity();
    await invalid;
    // The form reports the message through the element, as for a native control.
    expect(el.validationMessage).to.equal('Bitte wählen Sie eine Bewertung.');
    await clickRadio(el, 4);
    expect(el.validationMessage).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });
});

describe('care-star-rating distribution', () => {
  const rows = (el: CareStarRating) => [...el.shadowRoot!.querySelectorAll('[part=distribution] li')];
  const barShare = (row: Element) => {
    const bar = row.querySelector('.bar')!.getBoundingClientRect();
    return row.querySelector('.bar svg')!.getBoundingClientRect().width / bar.width;
  };

  it('show-distribution lists the votes per star, most stars first, with bars of each share', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        value="8"
        count="10"
        show-distribution
        .distribution=${[1, 0, 0, 3, 6]}
      ></care-star-rating>`,
    );
    const list = el.shadowRoot!.querySelector('[part=distribution]')!;
    expect(list.getAttribute('aria-label')).to.equal('Votes per star');
    expect(rows(el).map((row) => text(row))).to.deep.equal([
      '5 out of 5: 60%',
      '4 out of 5: 30%',
      '3 out of 5: 0%',
      '2 out of 5: 0%',
      '1 out of 5: 10%',
    ]);
    const shares = [0.6, 0.3, 0, 0, 0.1];
    rows(el).forEach((row, i) => expect(barShare(row)).to.be.closeTo(shares[i], 0.01));
    await expect(el).to.be.accessible();
  });

  it('is off by default, and a bad distribution warns once and leaves the rating as it is', async () => {
    const plain = await fixture<CareStarRating>(
      html`<care-star-rating value="8" .distribution=${[1, 2, 3, 4, 5]}></care-star-rating>`,
    );
    expect(rows(plain)).to.have.length(0);
    let el!: CareStarRating;
    const seen = await warnings(async () => {
      el = await fixture<CareStarRating>(
        html`<care-star-rating value="8" show-distribution .distribution=${[1, -2, 'x']}></care-star-rating>`,
      );
    });
    expect(rows(el)).to.have.length(0);
    expect(seen.filter((w) => w.includes('distribution'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role=img]')!.getAttribute('aria-label')).to.equal('Rated 8 out of 10');
  });

  it('shows no list while no vote has a star (a starting aggregate without a breakdown)', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        value="7.82"
        count="11"
        show-distribution
        .distribution=${[0, 0, 0, 0, 0]}
      ></care-star-rating>`,
    );
    expect(rows(el)).to.have.length(0);
    expect(text(el.shadowRoot)).to.contain('based on 11 votes');
    el.distribution = [0, 0, 0, 1, 0];
    await el.updateComplete;
    expect(rows(el)).to.have.length(5);
  });

  it('reads in the widget’s language and fills from the start in RTL', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        lang="ar"
        value="8"
        show-distribution
        .distribution=${[0, 0, 0, 1, 3]}
      ></care-star-rating>`,
    );
    await settled(el);
    const [top] = rows(el);
    expect(text(top)).to.contain(formatNumber('ar', 0.75, {style: 'percent'}));
    const bar = top.querySelector('.bar')!.getBoundingClientRect();
    const fill = top.querySelector('.bar svg')!.getBoundingClientRect();
    expect(fill.right).to.be.closeTo(bar.right, 0.5);
    expect(fill.width / bar.width).to.be.closeTo(0.75, 0.01);
    await expect(el).to.be.accessible();
  });
});
