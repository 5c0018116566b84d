import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {localizedText} from '../../content/text.js';
import type {Frequency} from '../../content/types.js';
import {noteRef} from '../../internal/provenance.js';
import type {SourceNotes} from '../../internal/source-notes.js';
import type {Locale} from '../../localization/match-locale.js';
import {frequencyText, peopleOf} from './frequency-text.js';
import {iconArray} from './icon-array.js';
import type {Option} from './risk-model.js';

export interface NumbersContext {
  /** The list's one denominator. */
  per: number;
  /** Draw an icon array under each number. */
  icons: boolean;
  locale: Locale;
  notes: SourceNotes;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A risk's numbers: each procedure's side by side (one column each, "Not
 * stated" where it has none), then who and when — once, when every number
 * says the same. Nothing when no procedure states a number (never guessed).
 * Part of the decision-aid chunk: the built-in catalogue has no numbers.
 */
export function renderRiskNumbers(options: Option[], context: NumbersContext) {
  const stated = options.filter((option) => option.frequency).map((option) => option.frequency!);
  if (!stated.length) return nothing;
  const shared = stated.every(
    (f) => same(f.population, stated[0].population) && same(f.timeFrame, stated[0].timeFrame),
  );
  const several = options.length > 1;
  return html`<div class="numbers">
      ${options.map(
        (option) =>
          html`<div class="option">
            ${several ? html`<p class="option-name">${localizedText(option.procedure.name, context.locale)}</p>` : nothing}
            ${
              option.frequency
                ? renderFrequency(option, context, !shared)
                : html`<p class="not-stated">
                    ${msg('Not stated', {id: 'risk-list.not-stated', desc: 'In place of a number: the content gives no frequency of this risk for this procedure.'})}
                  </p>`
            }
          </div>`,
      )}
    </div>
    ${shared ? renderContext(stated[0], context.locale) : nothing}`;
}

function renderFrequency({frequency, path}: Option, {per, icons, locale, notes}: NumbersContext, withContext: boolean) {
  const f = frequency!;
  const count = peopleOf(f.rate, per);
  return html`<p class="frequency" part="frequency">
      ${frequencyText(locale, f.rate, per, f.range)}${noteRef(notes.add(f.source, `${path}.source`), locale)}
    </p>
    ${withContext ? renderContext(f, locale) : nothing}
    ${
      // A rare risk ("fewer than 1 in 100") would draw no filled square at all.
      icons && count >= 1 ? iconArray(count, per, locale) : nothing
    }`;
}

function renderContext(frequency: Frequency, locale: Locale) {
  const who = localizedText(frequency.population, locale);
  const when = localizedText(frequency.timeFrame, locale);
  if (!who && !when) return nothing;
  return html`<p class="context" part="context">
    ${who ? html`<span>${msg(str`Who: ${who}`, {id: 'risk-list.population', desc: 'Under a frequency: the people it applies to. {0}: e.g. "people treated for osteoporotic fractures".'})}</span>` : nothing}
    ${when ? html`<span>${msg(str`When: ${when}`, {id: 'risk-list.time-frame', desc: 'Under a frequency: the time it covers. {0}: e.g. "in the first year after the procedure".'})}</span>` : nothing}
  </p>`;
}
