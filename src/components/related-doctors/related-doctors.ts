import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {property} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController} from '../../content/content-controller.js';
import type {ContentDocument} from '../../content/types.js';
import {localizedText} from '../../content/text.js';
import {baseStyles} from '../../styles/tokens.js';
import {CareDoctorCard} from '../doctor-card/doctor-card.js';
import {styles} from './related-doctors.styles.js';

/**
 * The doctors related to a procedure — those whose `procedures` list it, or
 * whom the procedure's `doctors` list names — as a responsive grid of
 * `<care-doctor-card>`s (one column on a phone). Each card gets the same
 * loaded document, so nothing is fetched twice.
 *
 * @csspart heading - The list heading.
 * @csspart list - The grid of cards.
 * @csspart empty - The "no doctors" message.
 * @csspart message - The "not available" message.
 * @cssprop --care-related-doctors-column-width - Narrowest column before the grid drops one (default 16rem).
 *
 * @summary The doctors related to one procedure, as a responsive grid of doctor cards.
 * @tagname care-related-doctors
 */
export class CareRelatedDoctors extends CareElement {
  static override styles = [baseStyles, styles];
  static override dependencies = {'care-doctor-card': CareDoctorCard};

  /** Id of the procedure whose doctors are listed. */
  @property({reflect: true}) procedure?: string;

  /** Level of the list heading: a whole number 1–6, else 3 (with a warning); each card's name is one level below (at most 6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Passed to every card: `target` of their links. */
  @property({attribute: 'link-target'}) linkTarget?: string;

  /** Passed to every card: `rel` of their links. */
  @property({attribute: 'link-rel'}) linkRel?: string;

  private readonly contentController = new ContentController(this);

  override render() {
    return this.contentController.render({ready: (doc) => this.renderDoctors(doc)});
  }

  // An unknown procedure still lists the doctors that name it, under a generic heading.
  private renderDoctors(doc: ContentDocument) {
    const id = this.procedure ?? '';
    const procedure = this.contentController.findProcedure(this.procedure);
    const doctors = (doc.doctors ?? []).filter((d) => d.procedures?.includes(id) || procedure?.doctors?.includes(d.id));
    const level = this.headingLevelOf(this.headingLevel);

    return html`<div class="heading" part="heading" role="heading" aria-level=${level}>
        ${
          procedure
            ? msg(str`Doctors for ${localizedText(procedure.name, this.locale)}`, {
                id: 'related-doctors.heading',
                desc: 'Heading above the doctors who perform a procedure; {0} is the procedure name.',
              })
            : msg('Related doctors', {
                id: 'related-doctors.heading-generic',
                desc: 'Heading above a list of doctors when the procedure is unknown.',
              })
        }
      </div>
      ${
        doctors.length
          ? // role=list: Safari drops list semantics from a <ul> styled without bullets.
            // eslint-disable-next-line lit-a11y/no-redundant-role
            html`<ul class="grid" part="list" role="list">
              ${doctors.map(
                (d) =>
                  html`<li>
                    <care-doctor-card
                      .content=${doc}
                      doctor=${d.id}
                      heading-level=${Math.min(6, level + 1)}
                      .linkTarget=${this.linkTarget}
                      .linkRel=${this.linkRel}
                    ></care-doctor-card>
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty" part="empty">
              ${msg('No doctors are listed for this procedure yet.', {
                id: 'related-doctors.empty',
                desc: 'Shown instead of the list when no doctor is linked to the procedure.',
              })}
            </p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-related-doctors': CareRelatedDoctors;
  }
}
