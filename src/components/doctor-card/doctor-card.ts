import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController} from '../../content/content-controller.js';
import {isSafeUrl} from '../../security/safe-url.js';
import {localizedText} from '../../content/text.js';
import type {ContentDocument, Doctor} from '../../content/types.js';
import {formatList, languageName} from '../../localization/format.js';
import type {Locale} from '../../localization/match-locale.js';
import {baseStyles} from '../../styles/tokens.js';
import {trustedJson} from '../../security/trusted-types.js';
import {LazyModule} from '../../internal/lazy-module.js';
import type {PhysicianData} from './structured-data.js';
import {CareStarRating} from '../star-rating/star-rating.js';
import {styles} from './doctor-card.styles.js';

// JSON-LD is written only with `structured-data`, so its code is a chunk of its own.
const structuredDataChunk = new LazyModule(() => import('./structured-data.js'));

/** Up to two letters: the first letter of the first and of the last word. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter(Boolean);
  return letters.length > 1 ? letters[0]! + letters[letters.length - 1]! : (letters[0] ?? '');
}

/** "Thai, English, and Arabic" in the reader's language ("ไทย อังกฤษ และอาหรับ" in Thai). */
function languageList(tags: string[], locale: Locale): string {
  return formatList(
    locale,
    tags.map((tag) => languageName(locale, tag)),
  );
}

/**
 * A doctor as the card shows them: texts in the card's locale, URLs checked.
 * It is also what search engines are told (`name` has the honorific, `url` is
 * the profile, `image` the photo).
 */
interface ShownDoctor extends PhysicianData {
  doctor: Doctor;
  plainName: string;
  medicalSpecialty: string;
  knowsLanguage: string[];
  booking?: string;
}

/** Targets that open a new browsing context (and so need `noopener` and a warning). */
const opensNewTab = (target?: string) => !!target && !['_self', '_parent', '_top'].includes(target);

/**
 * A compact card for one doctor from a content document: photo (or initials),
 * name, specialty, centre, spoken languages, whether they accept new patients,
 * their rating (a read-only `<care-star-rating>`), and links to their profile
 * and to booking. Doctors exist only in content documents (`src`, `.content`
 * or inline JSON); an unknown id shows the "not available" message.
 *
 * @csspart card - The card box.
 * @csspart photo - The doctor's photo.
 * @csspart initials - The initials shown when there is no photo or it fails to load.
 * @csspart name - The heading with honorific and name.
 * @csspart badge - The "Fictional sample" badge.
 * @csspart rating - The nested `<care-star-rating>`.
 * @csspart profile-link - The "View profile" link.
 * @csspart booking-link - The "Book an appointment" link.
 * @csspart message - The "not available" message.
 * @cssprop --care-doctor-card-photo-size - Width and height of the photo (default 4.5rem).
 * @cssprop --care-doctor-card-background - Card background (default `--care-surface`).
 *
 * @summary A compact card for one doctor: photo, specialty, languages, rating and links.
 * @tagname care-doctor-card
 */
export class CareDoctorCard extends CareElement {
  static override styles = [baseStyles, styles];
  static override dependencies = {'care-star-rating': CareStarRating};

  /** Id of the doctor in the content document. */
  @property({reflect: true}) doctor?: string;

  /** Overrides the document's `profileUrl`; an empty value hides the link. Only http(s)/relative URLs. */
  @property({attribute: 'profile-url'}) profileUrl?: string;

  /** Overrides the document's `bookingUrl`; an empty value hides the link. Only http(s)/relative URLs. */
  @property({attribute: 'booking-url'}) bookingUrl?: string;

  /** `target` of both links, e.g. `_blank`; none by default. */
  @property({attribute: 'link-target'}) linkTarget?: string;

  /** `rel` of both links; defaults to `noopener noreferrer` when the target opens a new tab. */
  @property({attribute: 'link-rel'}) linkRel?: string;

  /** Level of the name heading: a whole number 1–6, else 3 (with a warning). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Also write schema.org `Physician` JSON-LD into the light DOM, for search engines. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** The photo URL that failed to load, so the initials show instead. */
  @state() private failedPhoto?: string;

  private readonly contentController = new ContentController(this);
  private jsonLdScript?: HTMLScriptElement;

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // puts the JSON-LD back after a move
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.jsonLdScript?.remove();
  }

  protected override updated() {
    // Derived again from the shown doctor rather than kept from render(), which
    // writes no fields. Made with createElement and `text`: content is never
    // parsed as HTML. trustedJson() satisfies pages that enforce Trusted Types.
    const doc = this.contentController.document;
    const shown = this.structuredData && this.isConnected && doc ? this.describeDoctor(doc) : undefined;
    const jsonLd = shown && structuredDataChunk.module?.physicianJsonLd(shown, this.baseURI);
    if (shown && !jsonLd && !structuredDataChunk.failed)
      this.waitFor(structuredDataChunk.load().then(() => this.requestUpdate()));
    if (jsonLd) {
      this.jsonLdScript ??= Object.assign(document.createElement('script'), {type: 'application/ld+json'});
      this.jsonLdScript.text = trustedJson(jsonLd);
      if (this.jsonLdScript.parentNode !== this) this.append(this.jsonLdScript);
    } else {
      this.jsonLdScript?.remove();
    }
  }

  /** An attribute wins over the document; anything but http(s)/relative is dropped with a warning. */
  private url(attribute: string | undefined, attributeName: string, value: string | undefined, path: string) {
    const url = attribute ?? value;
    if (!url) return undefined;
    if (isSafeUrl(url)) return url;
    const problem = 'expected an http(s) URL';
    if (attribute === undefined) this.contentController.warn(`${path}: ${problem}`);
    else this.warnOnce(`${attributeName}: ${problem}`); // the page's attribute, not the content
    return undefined;
  }

  private renderLink(url: string | undefined, part: string, text: string, label: string) {
    if (!url) return nothing;
    const newTab = opensNewTab(this.linkTarget);
    const rel = this.linkRel ?? (newTab ? 'noopener noreferrer' : undefined);
    // The label starts with the visible text (so voice control finds it) and names the doctor.
    const name = newTab
      ? `${label} ${msg('(opens in a new tab)', {id: 'doctor-card.new-tab', desc: 'Added to a link name when the link opens in a new tab.'})}`
      : label;
    return html`<a
      part=${part}
      class=${part}
      href=${url}
      target=${this.linkTarget || nothing}
      rel=${rel ?? nothing}
      aria-label=${name}
      >${text}</a
    >`;
  }

  private handlePhotoError(event: Event) {
    this.failedPhoto = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  }

  private renderPhoto({image: photo, name, plainName}: ShownDoctor) {
    if (photo && photo !== this.failedPhoto) {
      return html`<img
        class="avatar"
        part="photo"
        src=${photo}
        alt=${msg(str`Photo of ${name}`, {id: 'doctor-card.photo-alt', desc: '{0} is the doctor name with honorific, e.g. "Dr. Anan".'})}
        width="72"
        height="72"
        loading="lazy"
        @error=${this.handlePhotoError}
      />`;
    }
    // The name is in the heading next to it, so the letters are decoration.
    return html`<span class="avatar initials" part="initials" aria-hidden="true">${initials(plainName)}</span>`;
  }

  /**
   * The doctor this card shows, with the texts and URLs it shows, or undefined
   * (warned once) when the document has no doctor with that id.
   */
  private describeDoctor(doc: ContentDocument): ShownDoctor | undefined {
    const doctors = doc.doctors ?? [];
    const index = doctors.findIndex((d) => d.id === this.doctor);
    if (index < 0) {
      this.contentController.warn(`doctors: no doctor with id "${this.doctor ?? ''}"`);
      return undefined;
    }
    const doctor = doctors[index];
    const path = `doctors[${index}]`;
    const plainName = localizedText(doctor.name, this.locale);
    const name = [localizedText(doctor.honorific, this.locale), plainName].filter(Boolean).join(' ');
    return {
      doctor,
      plainName,
      name,
      medicalSpecialty: localizedText(doctor.specialty, this.locale),
      knowsLanguage: doctor.languages ?? [],
      image: this.url(undefined, '', doctor.photo, `${path}.photo`),
      url: this.url(this.profileUrl, 'profile-url', doctor.profileUrl, `${path}.profileUrl`),
      booking: this.url(this.bookingUrl, 'booking-url', doctor.bookingUrl, `${path}.bookingUrl`),
    };
  }

  private renderDoctor(shown: ShownDoctor) {
    const {doctor: d, name, medicalSpecialty: specialty, knowsLanguage: languages, url: profile, booking} = shown;
    const t = (text: Doctor['name'] | undefined) => localizedText(text, this.locale);
    const subSpecialties = d.subSpecialties?.map(t).filter(Boolean) ?? [];
    const level = this.headingLevelOf(this.headingLevel);

    return html`<article class="card" part="card">
      ${this.renderPhoto(shown)}
      <div class="body">
        <div class="name" part="name" role="heading" aria-level=${level}>${name}</div>
        ${
          d.fictional
            ? html`<span class="badge" part="badge"
                >${msg('Fictional sample', {id: 'doctor-card.fictional', desc: 'Badge on a doctor card whose data is a made-up example, not a real person.'})}</span
              >`
            : nothing
        }
        ${specialty ? html`<p class="specialty">${specialty}</p>` : nothing}
        ${
          subSpecialties.length
            ? // role=list: Safari drops list semantics from a <ul> styled without bullets.
              // eslint-disable-next-line lit-a11y/no-redundant-role
              html`<ul class="tags" role="list">
                ${subSpecialties.map((sub) => html`<li>${sub}</li>`)}
              </ul>`
            : nothing
        }
        ${d.centre ? html`<p class="muted centre">${t(d.centre)}</p>` : nothing}
      </div>
      <div class="details">
        ${
          languages.length
            ? html`<p class="languages">
                ${msg(str`Speaks ${languageList(languages, this.locale)}`, {
                  id: 'doctor-card.languages',
                  desc: '{0} is a list of language names, e.g. "Thai, English, and Arabic".',
                })}
              </p>`
            : nothing
        }
        ${
          d.acceptingNewPatients === undefined
            ? nothing
            : html`<p class="accepting">
                ${
                  d.acceptingNewPatients
                    ? msg('Accepting new patients', {
                        id: 'doctor-card.accepting',
                        desc: 'The doctor takes new patients.',
                      })
                    : msg('Not accepting new patients', {
                        id: 'doctor-card.not-accepting',
                        desc: 'The doctor takes no new patients at the moment.',
                      })
                }
              </p>`
        }
        ${
          d.rating
            ? html`<care-star-rating
                part="rating"
                lang=${this.locale}
                .value=${d.rating.value}
                .max=${d.rating.max ?? 10}
                .count=${d.rating.count}
              ></care-star-rating>`
            : nothing
        }
      </div>
      ${
        profile || booking
          ? html`<div class="actions">
              ${this.renderLink(
                profile,
                'profile-link',
                msg('View profile', {id: 'doctor-card.profile', desc: 'Link to the doctor profile page.'}),
                msg(str`View profile of ${name}`, {
                  id: 'doctor-card.profile-label',
                  desc: 'Screen-reader name of the profile link; must start with the words of "View profile". {0} is the doctor name.',
                }),
              )}
              ${this.renderLink(
                booking,
                'booking-link',
                msg('Book an appointment', {
                  id: 'doctor-card.book',
                  desc: 'Link to book an appointment with the doctor.',
                }),
                msg(str`Book an appointment with ${name}`, {
                  id: 'doctor-card.book-label',
                  desc: 'Screen-reader name of the booking link; must contain the words of "Book an appointment". {0} is the doctor name.',
                }),
              )}
            </div>`
          : nothing
      }
    </article>`;
  }

  override render() {
    return this.contentController.render({
      ready: (doc) => {
        const shown = this.describeDoctor(doc);
        return shown ? this.renderDoctor(shown) : this.renderUnavailable();
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-doctor-card': CareDoctorCard;
  }
}
