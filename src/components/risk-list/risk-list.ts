import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {property} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController} from '../../content/content-controller.js';
import {isSafeUrl} from '../../security/safe-url.js';
import {localizedText} from '../../content/text.js';
import type {Risk, Source} from '../../content/types.js';
import {formatNumber, plural} from '../../localization/format.js';
import {baseStyles} from '../../styles/tokens.js';
import {iconArray} from './icon-array.js';
import {styles} from './risk-list.styles.js';

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M6 3l5 5-5 5"></path>
</svg>`;
const warningIcon = html`<svg class="warning" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 1.5l7 13H1zM8 6.5v3.5M8 12v.5"></path>
</svg>`;

/**
 * The risks of one procedure: the procedure-specific ones first, then the
 * general risks of any surgery, each group under a heading. A risk shows its
 * name, an optional explanation behind a disclosure button, an optional
 * "serious" marker, and — only when the content gives one, with its source —
 * a natural frequency ("About 3 in 100 people …") that uses one denominator
 * for the whole list, optionally with an icon array. Nothing is guessed.
 *
 * @csspart heading - Each group heading (h1–h6, see `heading-level`).
 * @csspart list - Each group's <ul>.
 * @csspart risk - One <li>.
 * @csspart toggle - The disclosure button (the risk name) of a risk that has an explanation.
 * @csspart explanation - The explanation panel.
 * @csspart serious - The "serious" marker (icon + word).
 * @csspart frequency - The natural-frequency sentence.
 * @csspart icons - The icon array (`frequency-display="icons"`).
 * @csspart source - A "Source:" line with its link.
 * @csspart note - The line saying the list does not replace the care team's advice.
 * @csspart message - The "not available" message.
 * @cssprop --care-risk-list-serious-color - Colour of the "serious" marker.
 * @cssprop --care-risk-list-icon-color - Filled marks of the icon array.
 * @cssprop --care-risk-list-icon-empty-color - Empty marks of the icon array.
 *
 * @tagname care-risk-list
 */
export class CareRiskList extends CareElement {
  static override styles = [baseStyles, styles];

  /** Id of the procedure whose risks are shown (required). */
  @property() procedure?: string;

  /** Level (1–6) of the group headings; the host page owns the outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Leaves out the general surgical risks (the page may already list them). */
  @property({type: Boolean, attribute: 'hide-general'}) hideGeneral = false;

  /** Opens every explanation (each can still be closed). */
  @property({type: Boolean}) expanded = false;

  /** `icons` adds an icon array under each frequency; anything else shows text only. */
  @property({attribute: 'frequency-display'}) frequencyDisplay = 'text';

  private readonly loader = new ContentController(this);
  /** Risk id → open, for explanations the reader toggled; the rest follow `expanded`. */
  private readonly toggled = new Map<string, boolean>();
  /** The list's one denominator (100 or 1,000), set in render(). */
  private per = 100;
  /** Whether any risk has an explanation (then names leave room for the chevron). */
  private toggles = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('expanded')) this.toggled.clear();
  }

  private toggle(id: string, open: boolean) {
    this.toggled.set(id, !open);
    this.requestUpdate();
  }

  override render() {
    const {status, document: doc} = this.loader;
    if (status === 'loading') return nothing;
    if (!doc) return this.renderUnavailable();
    const index = doc.procedures.findIndex((p) => p.id === this.procedure);
    if (index < 0) {
      this.loader.warn(
        this.procedure ? `procedures: no procedure with id "${this.procedure}"` : 'the procedure attribute is missing',
      );
      return this.renderUnavailable();
    }
    const procedure = doc.procedures[index];
    const risks: Risk[] = [];
    procedure.risks?.forEach((id, j) => {
      const risk = doc.risks?.find((r) => r.id === id);
      if (!risk) this.loader.warn(`procedures[${index}].risks[${j}]: no risk with id "${id}"`);
      else if (!risks.includes(risk)) risks.push(risk);
    });
    const specific = risks.filter((r) => r.kind === 'specific');
    const general = this.hideGeneral ? [] : risks.filter((r) => r.kind === 'general');
    if (!specific.length && !general.length) return this.renderUnavailable();

    // One denominator for the whole list, so the numbers compare at a glance
    // (IPDAS: no "in 100" next to "in 1,000").
    const shown = [...specific, ...general];
    this.per = shown.some((r) => r.frequency?.per === '1000') ? 1000 : 100;
    this.toggles = shown.some((r) => r.explanation);
    const name = localizedText(procedure.name, this.locale);
    return html`${this.renderGroup(
        msg(str`Risks specific to ${name}`, {
          id: 'risk-list.heading.specific',
          desc: 'Heading above the risks of one procedure; {0} is the procedure name.',
        }),
        specific,
        doc.risks!,
      )}${this.renderGroup(
        msg('General risks of any surgery', {
          id: 'risk-list.heading.general',
          desc: 'Heading above bleeding, infection, blood clots, reactions to anaesthesia.',
        }),
        general,
        doc.risks!,
      )}
      <p class="note" part="note">
        ${msg('This list does not replace advice from your care team.', {
          id: 'risk-list.note',
          desc: 'Fixed line under the list of risks: ask your own doctors and nurses about your situation.',
        })}
      </p>`;
  }

  private renderGroup(title: string, risks: Risk[], all: Risk[]) {
    if (!risks.length) return nothing;
    return html`${this.renderHeading(title)}
      <ul part="list" class=${this.toggles ? 'toggles' : ''}>
        ${risks.map((risk) => this.renderRisk(risk, `risks[${all.indexOf(risk)}]`))}
      </ul>`;
  }

  // Real heading elements (not role="heading"), one static template per level.
  private renderHeading(title: string): TemplateResult {
    switch (this.headingLevel) {
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

  private renderRisk(risk: Risk, path: string) {
    const name = localizedText(risk.name, this.locale);
    const explanation = localizedText(risk.explanation, this.locale);
    const open = this.toggled.get(risk.id) ?? this.expanded;
    const panel = `explanation-${risk.id}`;
    return html`<li part="risk">
      <div class="head">
        ${
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
        }
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
      ${this.renderFrequency(risk, path)} ${this.renderSource(risk.source, `${path}.source`)}
    </li>`;
  }

  private renderFrequency(risk: Risk, path: string) {
    const frequency = risk.frequency;
    if (!frequency) return nothing; // never guessed
    const per = this.per;
    const count = Math.round(frequency.rate * per);
    const n = formatNumber(this.locale, count);
    const d = formatNumber(this.locale, per);
    const text =
      count < 1
        ? msg(str`Fewer than ${formatNumber(this.locale, 1)} in ${d} people has this`, {
            id: 'risk-list.frequency.rare',
            desc: 'Natural frequency of a rare risk; {0} is the number 1, {1} is 100 or 1,000.',
          })
        : plural(this.locale, count, {
            zero: () =>
              msg(str`About ${n} in ${d} people have this`, {
                id: 'risk-list.frequency.zero',
                desc: 'Natural frequency, plural form "zero"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
            one: () =>
              msg(str`About ${n} in ${d} people has this`, {
                id: 'risk-list.frequency.one',
                desc: 'Natural frequency, plural form "one"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
            two: () =>
              msg(str`About ${n} in ${d} people have this`, {
                id: 'risk-list.frequency.two',
                desc: 'Natural frequency, plural form "two"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
            few: () =>
              msg(str`About ${n} in ${d} people have this`, {
                id: 'risk-list.frequency.few',
                desc: 'Natural frequency, plural form "few"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
            many: () =>
              msg(str`About ${n} in ${d} people have this`, {
                id: 'risk-list.frequency.many',
                desc: 'Natural frequency, plural form "many"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
            other: () =>
              msg(str`About ${n} in ${d} people have this`, {
                id: 'risk-list.frequency.other',
                desc: 'Natural frequency, plural form "other"; {0} is a count of people, {1} is 100 or 1,000.',
              }),
          });
    return html`<p class="frequency" part="frequency">${text}</p>
      ${this.frequencyDisplay === 'icons' ? iconArray(count, per, this.locale) : nothing}
      ${this.renderSource(frequency.source, `${path}.frequency.source`)}`;
  }

  private renderSource(source: Source | undefined, path: string) {
    if (!source) return nothing;
    if (!isSafeUrl(source.url)) {
      this.loader.warn(`${path}.url: expected an http(s) URL`);
      return nothing;
    }
    return html`<p class="source" part="source">
      ${msg('Source:', {id: 'risk-list.source', desc: 'Label before the link to where a number or a statement comes from.'})}
      <a href=${source.url}>${localizedText(source.title, this.locale)}</a>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-risk-list': CareRiskList;
  }
}
