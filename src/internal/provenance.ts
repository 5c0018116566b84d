import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {localizedText} from '../content/text.js';
import type {ContentDocument} from '../content/types.js';
import {formatDate, formatNumber} from '../localization/format.js';
import type {Locale} from '../localization/match-locale.js';
import type {Note} from './source-notes.js';

// Fragment links cannot reach into a shadow root, and must not change the
// partner page's URL, so the note is focused here instead.
function handleNoteLink(event: Event) {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const id = link.getAttribute('href')!.slice(1);
  (link.getRootNode() as ShadowRoot).querySelector<HTMLElement>(`[id="${id}"]`)?.focus();
}

/** A superscript link to source note `note` (1-based) under the widget. */
export function noteRef(note: number, locale: Locale) {
  const n = formatNumber(locale, note);
  return html`<sup
    ><a
      class="ref"
      href="#note-${note}"
      aria-label=${msg(str`Source ${n}`, {id: 'provenance.source-ref', desc: 'Link to source note number {0} under the widget.'})}
      @click=${handleNoteLink}
      >${n}</a
    ></sup
  >`;
}

/**
 * Where a widget's content comes from, under the content: the sources as
 * numbered notes (each note is a focus target for the references in the
 * text), when it was last reviewed and will be next, by whom (a role) and who
 * paid for it. Call it during render, with the widget's locale current.
 * Styles: provenanceStyles.
 */
export function renderProvenance(doc: ContentDocument, notes: readonly Note[], locale: Locale) {
  const line = (part: string, text: string) => html`<p class="line" part=${part}>${text}</p>`;
  const reviewer = localizedText(doc.reviewer?.role, locale);
  const funding = localizedText(doc.funding, locale);
  const conflicts = localizedText(doc.conflicts, locale);
  const dates = [
    doc.lastReviewed &&
      msg(str`Last reviewed: ${formatDate(locale, doc.lastReviewed)}`, {
        id: 'provenance.last-reviewed',
        desc: 'When the clinical content was last checked. {0}: a date.',
      }),
    doc.nextReview &&
      msg(str`Next review: ${formatDate(locale, doc.nextReview)}`, {
        id: 'provenance.next-review',
        desc: 'When the clinical content will be checked again. {0}: a date.',
      }),
  ].filter(Boolean) as string[];
  if (!notes.length && !dates.length && !reviewer && !funding && !conflicts) return nothing;
  return html`<div class="provenance" part="provenance">
    ${
      notes.length
        ? html`<p class="sources-title" id="sources-title">
              ${msg('Sources', {id: 'provenance.sources', desc: 'Title of the numbered list of sources.'})}
            </p>
            <ol class="sources" part="sources" aria-labelledby="sources-title">
              ${notes.map(
                (note, i) =>
                  html`<li id="note-${i + 1}" tabindex="-1" data-n=${formatNumber(locale, i + 1)}>
                    ${note.url ? html`<a href=${note.url}>${note.title}</a>` : note.title}
                  </li>`,
              )}
            </ol>`
        : nothing
    }
    ${dates.length ? html`<p class="line" part="reviewed">${dates.join(' · ')}</p>` : nothing}
    ${
      reviewer
        ? line(
            'reviewer',
            msg(str`Reviewed by: ${reviewer}`, {
              id: 'provenance.reviewer',
              desc: 'Who checked the clinical content; {0} is a role such as "Consultant spine surgeon".',
            }),
          )
        : nothing
    }
    ${
      funding
        ? line(
            'funding',
            msg(str`Funding: ${funding}`, {
              id: 'provenance.funding',
              desc: 'Who paid for the content. {0}: free text.',
            }),
          )
        : nothing
    }
    ${
      conflicts
        ? line(
            'conflicts',
            msg(str`Conflicts of interest: ${conflicts}`, {
              id: 'provenance.conflicts',
              desc: 'Conflicts of interest of the authors and reviewers. {0}: free text, e.g. "None declared."',
            }),
          )
        : nothing
    }
  </div>`;
}
