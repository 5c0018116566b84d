import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {property} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController, decisionAid} from '../../content/content-controller.js';
import {localizedText} from '../../content/text.js';
import type {ContentDocument} from '../../content/types.js';
import {formatList} from '../../localization/format.js';
import type {SourceNotes} from '../../internal/source-notes.js';
import {provenanceStyles} from '../../internal/provenance.styles.js';
import {baseStyles} from '../../styles/tokens.js';
import {buildRiskModel, type RiskEntry, type RiskModel} from './risk-model.js';
import {styles} from './risk-list.styles.js';

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M6 3l5 5-5 5"></path>
</svg>`;
const warningIcon = html`<svg class="warning" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 1.5l7 13H1zM8 6.5v3.5M8 12v.5"></path>
</svg>`;

/** The decision-aid chunk and this render's source notes; absent on the built-in catalogue, which has neither. */
interface Extras {
  aid: NonNullable<typeof decisionAid.module>;
  notes: SourceNotes;
}

const ids = (list: string | null | undefined) => [...new Set((list ?? '').split(/\s+/).filter(Boolean))];

/**
 * The risks of one procedure, or of several side by side: the
 * procedure-specific ones first, then the general risks of any surgery, each
 * group under a heading. A risk shows its name, an optional explanation
 * behind a disclosure button, an optional "serious" marker, and — only when
 * the content gives one, with its source — a natural frequency per procedure
 * ("About 3 in 100 people have this (between 1 and 5)"), who it applies to
 * and over what time, optionally with an icon array. The whole list uses one
 * denominator; a procedure without a number says "Not stated". Nothing is
 * guessed. Sources are numbered notes under the list, with the content's
 * review dates, reviewer role and funding.
 *
 * @csspart heading - Each group heading (h1–h6, see `heading-level`).
 * @csspart list - Each group's <ul>.
 * @csspart risk - One <li>.
 * @csspart toggle - The disclosure button (the risk name) of a risk that has an explanation.
 * @csspart explanation - The explanation panel.
 * @csspart serious - The "serious" marker (icon + word).
 * @csspart frequency - The natural-frequency sentence.
 * @csspart icons - The icon array (`frequency-display="icons"`).
 * @csspart context - Who a frequency applies to and its time frame.
 * @csspart provenance - Sources, review dates, reviewer, funding and conflicts under the list.
 * @csspart sources - The numbered list of sources.
 * @csspart note - The line saying the list does not replace the care team's advice.
 * @csspart message - The "not available" message.
 * @cssprop --care-risk-list-serious-color - Colour of the "serious" marker.
 * @cssprop --care-risk-list-icon-color - Filled marks of the icon array.
 * @cssprop --care-risk-list-icon-empty-color - Empty marks of the icon array.
 *
 * @summary The risks of one procedure or several side by side, with natural frequencies only where a source gives them.
 * @tagname care-risk-list
 */
export class CareRiskList extends CareElement {
  static override styles = [baseStyles, styles, provenanceStyles];

  /** Id of the procedure whose risks are shown (this or `procedures` is required). */
  @property() procedure?: string;

  /** Space-separated procedure ids: their risks side by side, one column each. Wins over `procedure`. */
  @property() procedures?: string;

  /** Level of the group headings: a whole number 1–6, else 3 (with a warning); the host page owns the outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Leaves out the general surgical risks (the page may already list them). */
  @property({type: Boolean, attribute: 'hide-general'}) hideGeneral = false;

  /** Opens every explanation (each can still be closed). */
  @property({type: Boolean}) expanded = false;

  /** `icons` adds an icon array under each frequency; anything else shows text only. */
  @property({attribute: 'frequency-display'}) frequencyDisplay = 'text';

  private readonly contentController = new ContentController(this);
  /** Risk id → open, for explanations the reader toggled; the rest follow `expanded`. */
  private readonly toggled = new Map<string, boolean>();

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('expanded')) this.toggled.clear();
  }

  private toggle(id: string, wasOpen: boolean) {
    this.toggled.set(id, !wasOpen);
    this.requestUpdate();
  }

  override render() {
    return this.contentController.render({ready: (doc) => this.renderRisks(doc)});
  }

  private renderRisks(doc: ContentDocument) {
    const wanted = this.procedures != null ? ids(this.procedures) : [this.procedure];
    // findProcedure warns about each id it cannot find (or a missing attribute).
    const procedures = wanted.flatMap((id) => this.contentController.findProcedure(id) ?? []);
    if (!procedures.length) return this.renderUnavailable();
    const model = buildRiskModel(doc, procedures, this.hideGeneral, (problem) => this.contentController.warn(problem));
    if (!model.specific.length && !model.general.length) return this.renderUnavailable();
    return this.renderList(doc, model, this.headingLevelOf(this.headingLevel));
  }

  private renderList(doc: ContentDocument, model: RiskModel, level: number) {
    const aid = decisionAid.module;
    const notes = aid && {
      aid,
      notes: new aid.SourceNotes(this.locale, (problem) => this.contentController.warn(problem)),
    };
    const names = formatList(
      this.locale,
      model.procedures.map((p) => localizedText(p.name, this.locale)),
    );
    // Groups render first so that their notes are numbered in reading order.
    const groups = html`${this.renderGroup(
      msg(str`Risks specific to ${names}`, {
        id: 'risk-list.heading.specific',
        desc: 'Heading above the risks of one procedure; {0} is the procedure name (or several, "A and B").',
      }),
      model.specific,
      model,
      level,
      notes,
    )}${this.renderGroup(
      msg('General risks of any surgery', {
        id: 'risk-list.heading.general',
        desc: 'Heading above bleeding, infection, blood clots, reactions to anaesthesia.',
      }),
      model.general,
      model,
      level,
      notes,
    )}`;
    doc.sources?.forEach((source, i) => notes?.notes.add(source, `sources[${i}]`));
    return html`${groups}
      <p class="note" part="note">
        ${msg('This list does not replace advice from your care team.', {
          id: 'risk-list.note',
          desc: 'Fixed line under the list of risks: ask your own doctors and nurses about your situation.',
        })}
      </p>
      ${notes?.aid.renderProvenance(doc, notes.notes.notes, this.locale)}`;
  }

  private renderGroup(title: string, entries: RiskEntry[], model: RiskModel, level: number, notes?: Extras) {
    if (!entries.length) return nothing;
    return html`${this.renderHeading(title, level)}
      <ul part="list" class=${model.toggles ? 'toggles' : ''}>
        ${entries.map((entry) => this.renderRisk(entry, model, notes))}
      </ul>`;
  }

  // Real heading elements (not role="heading"), one static template per level.
  private renderHeading(title: string, level: number): TemplateResult {
    switch (level) {
      case 1:
        return html`<h1 part="heading">${title}</h1>`;
      case 2:
        return html`<h2 part="heading">${title}</h2>`;
      case 4:
        return html`<h4 part="heading">${title}</h4>`;
      case 5:
        return html`<h5 part="heading">${title}</h5>`;
      case 6:
        return html`<h6 part="heading">${title}</h6>`;
      default:
        return html`<h3 part="heading">${title}</h3>`;
    }
  }

  private renderRisk({risk, path, options}: RiskEntry, model: RiskModel, notes?: Extras) {
    const name = localizedText(risk.name, this.locale);
    const explanation = localizedText(risk.explanation, this.locale);
    const open = this.toggled.get(risk.id) ?? this.expanded;
    const panel = `explanation-${risk.id}`;
    const ref =
      risk.source && notes ? notes.aid.noteRef(notes.notes.add(risk.source, `${path}.source`), this.locale) : nothing;
    return html`<li part="risk">
      <div class="head">
        <span
          >${
            explanation
              ? html`<button
                  type="button"
                  part="toggle"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${panel}
                  @click=${() => this.toggle(risk.id, open)}
                >
                  ${chevron}<span>${name}</span>
                </button>`
              : html`<span class="name">${name}</span>`
          }${ref}</span
        >
        ${
          risk.serious
            ? html`<span class="serious" part="serious"
                >${warningIcon}${msg('Serious', {id: 'risk-list.serious', desc: 'Marker next to a risk that is serious (shown with a warning icon).'})}</span
              >`
            : nothing
        }
      </div>
      ${
        explanation
          ? html`<div
              class="panel ${this.toggled.has(risk.id) ? 'toggled' : ''}"
              part="explanation"
              id=${panel}
              ?hidden=${!open}
            >
              ${explanation}
            </div>`
          : nothing
      }
      ${notes?.aid.renderRiskNumbers(options, {
        per: model.per,
        icons: this.frequencyDisplay === 'icons',
        locale: this.locale,
        notes: notes.notes,
      })}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-risk-list': CareRiskList;
  }
}
