import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {CareStarRating} from '../src/components/star-rating/star-rating.js';
import {uuid} from '../src/components/star-rating/vote-outbox.js';

// The star rating against the real server (server/, forwarded under /api/ by
// tests/server/real-server.mjs): votes are validated, stored and aggregated by it.

const clean = (node?: Node | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const status = (el: CareStarRating) => clean(el.shadowRoot!.querySelector('[role=status]'));
const aggregate = async (procedure: string) => (await fetch(`/api/votes/${procedure}`, {cache: 'no-store'})).json();
const statusIs = (el: CareStarRating, text: string) =>
  waitUntil(() => status(el) === text, `status stayed "${status(el)}"`, {timeout: 10000});

/** Chooses `n` stars with the keyboard, as a reader would. */
async function chooseWithKeys(el: CareStarRating, n: number) {
  el.shadowRoot!.querySelector<HTMLElement>('[role=radio]')!.focus();
  for (let i = 1; i < n; i++) await sendKeys({press: 'ArrowRight'});
  await sendKeys({press: 'Enter'});
}

describe('care-star-rating with the real server', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  it('a vote is stored once and the widget shows the server’s new aggregate', async () => {
    const before = await aggregate('vertebroplasty');
    const el = await fixture<CareStarRating>(
      html`<care-star-rating
        vote
        procedure="vertebroplasty"
        value=${before.value}
        count=${before.count}
        show-distribution
        submit-url="/api/votes"
      ></care-star-rating>`,
    );
    await chooseWithKeys(el, 4);
    await statusIs(el, 'Thank you. Your rating was recorded.');
    const after = await aggregate('vertebroplasty');
    expect(after.count).to.equal(before.count + 1);
    expect(after.distribution[3]).to.equal(before.distribution[3] + 1);
    await el.updateComplete;
    expect(el.count).to.equal(after.count);
    expect(el.value).to.equal(after.value);
    // The server's votes per star, shown because of show-distribution: four stars has at least this vote.
    const rows = [...el.shadowRoot!.querySelectorAll('[part=distribution] li')].map((li) => clean(li));
    expect(rows).to.have.length(5);
    const total = after.distribution.reduce((sum: number, n: number) => sum + n, 0);
    expect(rows[1]).to.equal(`4 out of 5: ${Math.round((after.distribution[3] / total) * 100)}%`);
  });

  it('a resent voteId is acknowledged and not counted again', async () => {
    const vote = {procedure: 'kyphoplasty', score: 5, max: 5, voteId: uuid(), locale: 'en'};
    const post = () =>
      fetch('/api/votes', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(vote)});
    const first = await post();
    expect(first.status).to.equal(200);
    const again = await post();
    expect(again.status).to.equal(200);
    expect((await again.json()).count).to.equal((await first.json()).count);
  });

  it('a vote the server refuses (unknown procedure) is dropped with a calm message, nothing stored', async () => {
    const el = await fixture<CareStarRating>(
      html`<care-star-rating vote procedure="not-in-the-content" submit-url="/api/votes"></care-star-rating>`,
    );
    await chooseWithKeys(el, 3);
    await statusIs(el, 'Sorry, your rating could not be recorded.');
    expect((await fetch('/api/votes/not-in-the-content')).status).to.equal(404);
    expect(localStorage.getItem('care-widgets:voted') ?? '').to.not.contain('not-in-the-content');
  });
});
