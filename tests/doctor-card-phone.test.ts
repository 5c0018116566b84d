import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {CareDoctorCard} from '../src/components/doctor-card/doctor-card.js';
import type {ContentDocument} from '../src/content/types.js';

// The doctor card at phone widths (issue 13): photo beside name and specialty,
// badges under both, full-width links at least 44 px tall, and no text column
// narrower than about 12 characters.

type El = CareDoctorCard;
const one = (el: El, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const all = (el: El, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const rect = (el: El, s: string) => one(el, s).getBoundingClientRect();

let sampleDoc: ContentDocument;
before(async () => {
  sampleDoc = await (await fetch('/demo/content/sample.json')).json();
});

async function inBox(width: number, lang = 'en'): Promise<El> {
  const box = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <care-doctor-card doctor="dr-fictional-anan" .content=${structuredClone(sampleDoc)}></care-doctor-card>
    </div>`,
  );
  box.style.setProperty('inline-size', `${width}px`);
  const el = box.querySelector<El>('care-doctor-card')!;
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

/** Width of 12 "0" characters in the card's name font. */
function twelveCharacters(el: El) {
  const probe = document.createElement('span');
  probe.textContent = '0'.repeat(12);
  one(el, '.name').append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('care-doctor-card at phone widths', () => {
  for (const width of [320, 360, 375]) {
    for (const lang of ['en', 'ar']) {
      describe(`in a ${width} px box (${lang})`, () => {
        it('puts the photo beside name and specialty, the badges under both', async () => {
          const el = await inBox(width, lang);
          const photo = rect(el, '[part="photo"]');
          const name = rect(el, '.name');
          const specialty = rect(el, '.specialty');
          const beside = (box: DOMRect) => (lang === 'ar' ? box.right <= photo.left + 1 : box.left >= photo.right - 1);
          expect(beside(name), 'name beside the photo').to.equal(true);
          expect(beside(specialty), 'specialty beside the photo').to.equal(true);
          expect(name.top).to.be.below(photo.bottom);
          expect(specialty.top).to.be.below(photo.bottom);
          for (const selector of ['[part="badge"]', '.tags']) {
            const badge = rect(el, selector);
            expect(badge.top, `${selector} under the photo`).to.be.at.least(photo.bottom - 1);
          }
          expect(name.width, 'name column').to.be.at.least(twelveCharacters(el) - 1);
        });

        it('makes each link a full-width button at least 44 px tall', async () => {
          const el = await inBox(width, lang);
          const card = one(el, '.card');
          const padding = parseFloat(getComputedStyle(card).paddingInlineStart) * 2;
          const inner = card.getBoundingClientRect().width - padding - 2; // minus the borders
          const links = all(el, '.actions a');
          expect(links).to.have.length(2);
          for (const link of links) {
            const box = link.getBoundingClientRect();
            expect(box.height).to.be.at.least(44);
            expect(box.width).to.be.closeTo(inner, 1);
          }
          const host = el.getBoundingClientRect();
          for (const node of all(el, '*')) expect(node.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
        });

        it('is axe-clean', async () => {
          await expect(await inBox(width, lang)).to.be.accessible();
        });
      });
    }
  }

  it('keeps the wide layout at 768 px: links side by side, not stretched', async () => {
    const el = await inBox(768);
    const [profile, booking] = all(el, '.actions a').map((a) => a.getBoundingClientRect());
    expect(Math.abs(profile.top - booking.top)).to.be.below(1);
    expect(profile.width).to.be.below(300);
  });

  it('stacks the photo above everything where a column beside it would be too narrow (200 px)', async () => {
    const el = await inBox(200);
    expect(rect(el, '.name').top).to.be.at.least(rect(el, '[part="photo"]').bottom - 1);
  });
});
