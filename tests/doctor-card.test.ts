import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import {CareStarRating} from '../src/components/star-rating/star-rating.js';
import type {CareDoctorCard} from '../src/components/doctor-card/doctor-card.js';
import type {ContentDocument, Doctor} from '../src/content/types.js';
import {supportedLocales} from '../src/localization/match-locale.js';
import {text, textIn} from './helpers/text.js';
import {warnings} from './helpers/warnings.js';
import {runWidgetConformanceTests} from './helpers/widget-conformance.js';

const anan = 'dr-fictional-anan';
let keys = 0;
/** The sample document through a real route; a fresh key per test. */
const sampleRoute = () => `/routes/content?key=doctor-card-${Date.now()}-${keys++}`;

async function loadSample(): Promise<ContentDocument> {
  return (await fetch('/demo/content/sample.json')).json();
}

/** A one-doctor document, for cases the sample does not have. */
const docWith = (doctor: Partial<Doctor>): ContentDocument => ({
  procedures: [{id: 'vertebroplasty', name: 'Vertebroplasty'}],
  doctors: [{id: 'dr-test', name: 'Test Person', ...doctor}],
});

/** Waits until the card has rendered its content (or the "not available" message). */
async function rendered(el: CareDoctorCard) {
  await waitUntil(() => el.shadowRoot?.querySelector('.card, .unavailable'), 'card did not render', {timeout: 5000});
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Every href and src in the card's shadow root, and in its nested widgets'. */
function urlsIn(root: ShadowRoot): string[] {
  const urls: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['href', 'src']) if (node.hasAttribute(name)) urls.push(node.getAttribute(name)!);
    if (node.shadowRoot) urls.push(...urlsIn(node.shadowRoot));
  }
  return urls;
}

runWidgetConformanceTests({
  tag: 'care-doctor-card',
  markup: () => `<care-doctor-card doctor="${anan}" link-target="_blank" src="${sampleRoute()}"></care-doctor-card>`,
  unavailable: {
    // The built-in catalogue has no doctors.
    markup: () => `<care-doctor-card doctor="${anan}"></care-doctor-card>`,
    warning: `doctors: no doctor with id "${anan}"`,
  },
});

describe('care-doctor-card', () => {
  it('renders every field of a sample doctor from a content URL', async () => {
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor=${anan} src=${sampleRoute()}></care-doctor-card>`,
    );
    const root = await rendered(el);

    const photo = root.querySelector('img')!;
    expect(new URL(photo.src).pathname).to.equal('/demo/content/photos/anan.svg');
    expect(photo.alt).to.equal('Photo of Dr. Anan Fictional');
    expect(photo.getAttribute('loading')).to.equal('lazy');
    expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['72', '72']);

    const heading = root.querySelector('[role="heading"]')!;
    expect(text(heading)).to.equal('Dr. Anan Fictional');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(textIn(root, '.badge')).to.equal('Fictional sample');
    expect(textIn(root, '.specialty')).to.equal('Orthopaedic surgery');
    expect([...root.querySelectorAll('.tags li')].map((li) => li.textContent)).to.deep.equal([
      'Spine surgery',
      'Minimally invasive surgery',
    ]);
    expect(textIn(root, '.centre')).to.equal('Spine Institute');
    expect(textIn(root, '.languages')).to.equal('Speaks Thai, English, and Arabic');
    expect(textIn(root, '.accepting')).to.equal('Accepting new patients');

    const profile = root.querySelector<HTMLAnchorElement>('a.profile-link')!;
    expect(profile.getAttribute('href')).to.equal('https://example.org/doctors/anan');
    expect(text(profile)).to.equal('View profile');
    expect(profile.getAttribute('aria-label')).to.equal('View profile of Dr. Anan Fictional');
    const booking = root.querySelector<HTMLAnchorElement>('a.booking-link')!;
    expect(booking.getAttribute('href')).to.equal('https://example.org/book?doctor=anan');
    expect(text(booking)).to.equal('Book an appointment');
    expect(booking.getAttribute('aria-label')).to.equal('Book an appointment with Dr. Anan Fictional');
    // Same window by default: no target, no rel.
    expect(booking.hasAttribute('target') || booking.hasAttribute('rel')).to.equal(false);
  });

  it('shows the rating with the real read-only <care-star-rating>', async () => {
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card lang="de" doctor=${anan} .content=${await loadSample()}></care-doctor-card>`,
    );
    const root = await rendered(el);
    const rating = root.querySelector('care-star-rating')!;
    expect(rating).to.be.instanceOf(CareStarRating);
    const {value, max, count} = rating as unknown as {value: number; max: number; count: number};
    expect({value, max, count}).to.deep.equal({value: 9.1, max: 10, count: 23});
    expect(rating.getAttribute('lang')).to.equal('de');
    expect(rating.hasAttribute('vote')).to.equal(false);
  });

  it('renders the other sample doctors: no photo, not accepting, missing fields left out', async () => {
    const content = await loadSample();
    const mei = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor="dr-fictional-mei" .content=${content}></care-doctor-card>`,
    );
    const root = await rendered(mei);
    expect(root.querySelector('img')).to.equal(null);
    const initials = root.querySelector('.initials')!;
    expect(initials.textContent).to.equal('ME');
    expect(initials.getAttribute('aria-hidden')).to.equal('true');
    expect(textIn(root, '.languages')).to.equal('Speaks Simplified Chinese, English, and Japanese');
    expect(textIn(root, '.accepting')).to.equal('Not accepting new patients');
    expect(root.querySelector('care-star-rating')).to.equal(null);
    expect(root.querySelector('a.profile-link')!.getAttribute('href')).to.equal('/demo/doctors/mei.html');
    expect(root.querySelector('a.booking-link')).to.equal(null);

    const lukas = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor="dr-fictional-lukas" .content=${content}></care-doctor-card>`,
    );
    const lukasRoot = await rendered(lukas);
    expect(textIn(lukasRoot, '[role="heading"]')).to.equal('Dr. Lukas Sample');
    expect(lukasRoot.querySelector('.accepting, .centre, .tags, a.profile-link')).to.equal(null);
    expect(textIn(lukasRoot, '.languages')).to.equal('Speaks German, English, Russian, and Vietnamese');
  });

  it('names languages, text and links in Thai', async () => {
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card lang="th" doctor=${anan} .content=${await loadSample()}></care-doctor-card>`,
    );
    const root = await rendered(el);
    expect(textIn(root, '[role="heading"]')).to.equal('นพ. อนันต์ (ตัวอย่าง)');
    expect(textIn(root, '.specialty')).to.equal('ศัลยกรรมกระดูกและข้อ');
    const languages = textIn(root, '.languages')!;
    for (const name of ['ไทย', 'อังกฤษ', 'อาหรับ']) expect(languages).to.include(name);
    expect(languages).not.to.match(/[A-Za-z]/);
    expect(root.querySelector('img')!.alt).to.equal('รูปถ่ายของ นพ. อนันต์ (ตัวอย่าง)');
    expect(root.querySelector('a.booking-link')!.getAttribute('aria-label')).to.equal('นัดหมาย: นพ. อนันต์ (ตัวอย่าง)');
  });

  it('names languages in Arabic and lays the card out right to left', async () => {
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card lang="ar" doctor=${anan} .content=${await loadSample()}></care-doctor-card>`,
    );
    const root = await rendered(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textIn(root, '[role="heading"]')).to.equal('د. Anan Fictional');
    const languages = textIn(root, '.languages')!;
    for (const name of ['التايلاندية', 'الإنجليزية', 'العربية']) expect(languages).to.include(name);
    // The photo sits at the inline start, which is the right-hand side in RTL.
    const photo = root.querySelector('img')!.getBoundingClientRect();
    const name = root.querySelector('[role="heading"]')!.getBoundingClientRect();
    expect(photo.left).to.be.greaterThan(name.right - 1);
  });

  it('keeps the photo box the same size before and after the image loads, and for initials', async () => {
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor=${anan} .content=${await loadSample()}></care-doctor-card>`,
    );
    const root = await rendered(el);
    const img = root.querySelector('img')!;
    const before = img.getBoundingClientRect();
    expect([before.width, before.height]).to.deep.equal([72, 72]);
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'photo did not load', {timeout: 5000});
    const after = img.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([72, 72]);

    const noPhoto = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor="dr-test" .content=${docWith({})}></care-doctor-card>`,
    );
    const initials = (await rendered(noPhoto)).querySelector('.initials')!.getBoundingClientRect();
    expect([initials.width, initials.height]).to.deep.equal([72, 72]);
  });

  it('shows initials when the photo fails to load (real 404)', async () => {
    const content = docWith({name: 'Anan Fictional', photo: '/demo/content/photos/missing.svg'});
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor="dr-test" .content=${content}></care-doctor-card>`,
    );
    const root = await rendered(el);
    await waitUntil(() => root.querySelector('.initials'), 'initials did not replace the broken photo', {
      timeout: 5000,
    });
    expect(root.querySelector('img')).to.equal(null);
    expect(textIn(root, '.initials')).to.equal('AF');
    await expect(el).to.be.accessible();
  });

  it('never puts javascript: or data: URLs into an href or src', async () => {
    const content = docWith({
      name: 'Safe Person',
      photo: '/demo/content/photos/anan.svg',
      profileUrl: 'https://example.org/p',
    });
    let el!: CareDoctorCard;
    const seen = await warnings(async () => {
      el = await fixture<CareDoctorCard>(
        html`<care-doctor-card
          doctor="dr-test"
          .content=${content}
          profile-url="java	script:alert(1)"
          booking-url="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="
        ></care-doctor-card>`,
      );
      await rendered(el);
    });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('a')).to.have.length(0);
    expect(seen.some((w) => w.includes('profile-url: expected an http(s) URL'))).to.equal(true);
    expect(seen.some((w) => w.includes('booking-url: expected an http(s) URL'))).to.equal(true);

    el.profileUrl = 'JAVASCRIPT:alert(1)';
    el.bookingUrl = 'https://example.org/book';
    await el.updateComplete;
    for (const url of urlsIn(root)) expect(url).not.to.match(/^\s*(javascript|data):/i);
    expect(root.querySelector('a.booking-link')!.getAttribute('href')).to.equal('https://example.org/book');

    // In content, the validator refuses the whole document.
    const bad = docWith({photo: 'javascript:alert(1)'});
    const badCard = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor="dr-test" .content=${bad}></care-doctor-card>`,
    );
    const badRoot = await rendered(badCard);
    expect(badRoot.querySelector('.unavailable')).to.exist;
    expect(urlsIn(badRoot)).to.deep.equal([]);
  });

  it('opens links in a new tab only when asked, with safe rel and a spoken warning', async () => {
    const content = await loadSample();
    const el = await fixture<CareDoctorCard>(
      html`<care-doctor-card doctor=${anan} .content=${content} link-target="_blank"></care-doctor-card>`,
    );
    const root = await rendered(el);
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.getAttribute('aria-label')).to.match(/Dr\. Anan Fictional \(opens in a new tab\)$/);
    }
    el.linkRel = 'noopener nofollow';
    await el.updateComplete;
    expect(root.querySelector('a')!.getAttribute('rel')).to.equal('noopener nofollow');
  });

  describe('structured data', () => {
    it('writes schema.org Physician JSON-LD into the light DOM and removes it on disconnect', async () => {
      const el = await fixture<CareDoctorCard>(
        html`<div>
          <care-doctor-card structured-data doctor=${anan} .content=${await loadSample()}></care-doctor-card>
        </div>`,
      ).then((div) => div.firstElementChild as CareDoctorCard);
      await rendered(el);
      const scripts = el.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Physician',
        name: 'Dr. Anan Fictional',
        medicalSpecialty: 'Orthopaedic surgery',
        knowsLanguage: ['th', 'en', 'ar'],
        url: 'https://example.org/doctors/anan',
        image: new URL('/demo/content/photos/anan.svg', location.href).href,
      });

      const parent = el.parentElement!;
      el.remove();
      expect(el.querySelector('script')).to.equal(null);
      parent.append(el);
      await el.updateComplete;
      expect(el.querySelectorAll('script')).to.have.length(1);

      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });

    it('cannot be broken out of by </script> in content', async () => {
      const evil = 'Eve </script><script>window.__careInjected = 1</script><!--';
      const el = await fixture<CareDoctorCard>(
        html`<care-doctor-card
          structured-data
          doctor="dr-test"
          .content=${docWith({name: evil, specialty: '</SCRIPT >'})}
        ></care-doctor-card>`,
      );
      await rendered(el);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.match(/<\/script/i);
      expect(script.textContent).not.to.include('<');
      const data = JSON.parse(script.textContent!);
      expect(data.name).to.equal(evil);
      expect(data.medicalSpecialty).to.equal('</SCRIPT >');
      // Serialized into a page (what a crawler reads), it is still one script element.
      const page = new DOMParser().parseFromString(el.outerHTML, 'text/html');
      expect(page.querySelectorAll('script')).to.have.length(1);
      expect((window as unknown as {__careInjected?: number}).__careInjected).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal(evil);
    });
  });

  it('is accessible in every locale, with and without a photo', async () => {
    const content = await loadSample();
    for (const lang of supportedLocales) {
      for (const doctor of [anan, 'dr-fictional-mei']) {
        if (doctor === anan && (lang === 'en' || lang === 'ar')) continue; // the conformance suite's cases
        const el = await fixture<CareDoctorCard>(
          html`<care-doctor-card
            lang=${lang}
            doctor=${doctor}
            .content=${content}
            link-target="_blank"
          ></care-doctor-card>`,
        );
        await rendered(el);
        await expect(el).to.be.accessible();
      }
    }
  });
});
