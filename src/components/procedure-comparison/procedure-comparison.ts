import {html, nothing, svg, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {CareElement} from '../../internal/care-element.js';
import {ContentController, decisionAid} from '../../content/content-controller.js';
import {localizedText} from '../../content/text.js';
import type {ContentDocument, Fact, Procedure} from '../../content/types.js';
import {formatList, formatNumber, plural} from '../../localization/format.js';
import type {Locale} from '../../localization/match-locale.js';
import {baseStyles} from '../../styles/tokens.js';
import {provenanceStyles} from '../../internal/provenance.styles.js';
import type {Note} from '../../internal/source-notes.js';
import {styles} from './procedure-comparison.styles.js';

/** A cell as shown: what it says, and the number of its source note, if any. */
interface Cell {
  value?: Fact['value'];
  text: string;
  note?: number;
}

/** A row as shown: its label, one cell per procedure (undefined = not stated). */
interface Row {
  label: string;
  cells: (Cell | undefined)[];
  same: boolean;
}

interface Model {
  procedures: Procedure[];
  rows: Row[];
  notes: Note[];
}

const defaultProcedures = 'vertebroplasty kyphoplasty';
const ids = (list: string | null | undefined) => [...new Set((list ?? '').split(/\s+/).filter(Boolean))];

/**
 * Turns the document into what the table shows: the chosen procedures, the
 * rows that at least one of them states (in `rowIds` order, else the
 * document's), whether every procedure states the same thing, and the source
 * notes numbered in reading order (one number per distinct source).
 */
function buildModel(
  doc: ContentDocument,
  procedures: Procedure[],
  rowIds: string[] | undefined,
  locale: Locale,
  warn: (problem: string) => void,
): Model {
  const known = doc.comparisonRows ?? [];
  const chosen = rowIds
    ? rowIds.flatMap((id) => {
        const row = known.find((r) => r.id === id);
        if (!row) warn(`rows: no comparison row with id "${id}"`);
        return row ? [row] : [];
      })
    : known;

  // Only content of one's own has sources, and it brings the code that numbers them.
  const aid = decisionAid.module;
  const notes = aid && new aid.SourceNotes(locale, warn);
  const rows: Row[] = [];
  for (const row of chosen) {
    const cells = procedures.map((procedure): Cell | undefined => {
      const fact = procedure.facts?.[row.id];
      const text = localizedText(fact?.text, locale);
      if (!fact || (!fact.value && !text)) return undefined;
      return {value: fact.value, text};
    });
    if (!cells.some(Boolean)) continue;
    // Notes are numbered only for rows that are shown.
    procedures.forEach((procedure, column) => {
      const source = procedure.facts?.[row.id]?.source;
      const cell = cells[column];
      if (source && cell && notes)
        cell.note = notes.add(source, `procedures[${doc.procedures.indexOf(procedure)}].facts.${row.id}.source`);
    });
    const key = (cell?: Cell) => (cell ? `${cell.value ?? ''}\n${cell.text}` : undefined);
    const same = cells.length > 1 && cells.every((cell) => cell && key(cell) === key(cells[0]));
    rows.push({label: localizedText(row.label, locale), cells, same});
  }
  // The document's own sources follow those of single facts.
  doc.sources?.forEach((source, i) => notes?.add(source, `sources[${i}]`));
  return {procedures, rows, notes: notes?.notes ?? []};
}

// Icons sit next to the word, so they are hidden from assistive technology.
const icons = {
  yes: svg`<path d="M3 8.5l3.2 3.2L13 4.8"/>`,
  no: svg`<path d="M4 4l8 8M12 4l-8 8"/>`,
  partly: svg`<circle cx="8" cy="8" r="5.5"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor"/>`,
};

/**
 * Lays procedures side by side in a native table: one column per procedure,
 * one row per comparison fact. Rows where every procedure says the same are
 * marked, and can be hidden with `differences-only` or the visible checkbox.
 * Facts are text and/or yes / no / partly (icon and word), with numbered
 * source notes under the table and the content's "last reviewed" date.
 * At narrow widths the table scrolls sideways in a focusable region while the
 * row headers stay in view.
 *
 * @csspart toggle - The "Show only differences" label and checkbox.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart column-header - A procedure's column header.
 * @csspart row-header - A row's header (its label and the "Same for all" mark).
 * @csspart cell - A data cell.
 * @csspart sources - The numbered list of sources.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart note - A message in place of missing content (unknown procedure, nothing to compare).
 * @csspart message - The "not available" message (no content, or invalid content).
 * @cssprop --care-comparison-header-surface - Background of the column and row headers.
 * @cssprop --care-comparison-same-color - Colour of the "Same for all" mark.
 * @cssprop --care-comparison-cell-min-width - Narrowest a procedure column gets before the table scrolls.
 *
 * @summary Procedures side by side in a table, with numbered sources and a "differences only" filter.
 * @tagname care-procedure-comparison
 */
export class CareProcedureComparison extends CareElement {
  static override styles = [baseStyles, styles, provenanceStyles];

  /** Space-separated procedure ids, one column each, in this order. */
  @property() procedures = defaultProcedures;

  /** Space-separated comparison row ids to show, in this order; all of the content's rows when absent. */
  @property() rows?: string;

  /** Hides the rows where every procedure states the same thing. */
  @property({type: Boolean, reflect: true, attribute: 'differences-only'}) differencesOnly = false;

  /** Which change the live region reports (undefined until the first change). */
  @state() private announced?: boolean;

  private readonly contentController = new ContentController(this);
  /** Made on first use: there is no ResizeObserver on the server, and a display-only page may never need it. */
  private resizeObserver?: ResizeObserver;
  private observedRegion?: HTMLElement;

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.syncScrollFocus();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observedRegion = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('differencesOnly') && this.hasUpdated) this.announced = this.differencesOnly;
  }

  protected override updated() {
    this.syncScrollFocus();
  }

  /** The scroll region is a tab stop only while it actually scrolls. */
  private syncScrollFocus() {
    const region = this.renderRoot.querySelector<HTMLElement>('.scroll') ?? undefined;
    if (region !== this.observedRegion) {
      // Each observe() reports once at once: re-observing every time would loop.
      this.resizeObserver?.disconnect();
      this.observedRegion = region;
      if (region) {
        const observer = (this.resizeObserver ??= new ResizeObserver(() => this.syncScrollFocus()));
        [region, region.firstElementChild!].forEach((el) => observer.observe(el));
      }
    }
    if (!region) return;
    if (region.scrollWidth > region.clientWidth) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  }

  private handleToggle(event: Event) {
    this.differencesOnly = (event.target as HTMLInputElement).checked;
  }

  override render() {
    return this.contentController.render({ready: (doc) => this.renderComparison(doc)});
  }

  private renderComparison(doc: ContentDocument) {
    const procedureIds = ids(this.procedures ?? defaultProcedures);
    if (!procedureIds.length) {
      this.contentController.warn('procedures: no procedure ids given');
      return this.renderNote(
        msg('No procedures were chosen to compare.', {
          id: 'comparison.empty',
          desc: 'Shown instead of the table: no procedures were chosen.',
        }),
      );
    }
    const found = procedureIds.map((id) => this.contentController.findProcedure(id));
    const unknown = procedureIds.filter((_, column) => !found[column]);
    const procedures = found.filter((procedure) => !!procedure);
    const rowIds = this.rows == null ? undefined : ids(this.rows);
    const model = buildModel(doc, procedures, rowIds, this.locale, (p) => this.contentController.warn(p));
    const notes = unknown.map((id) =>
      this.renderNote(
        msg(str`No information was found for "${id}".`, {
          id: 'comparison.unknown',
          desc: 'A requested procedure is not in the content. {0}: its id.',
        }),
      ),
    );
    if (!model.procedures.length) return notes;
    if (!model.rows.length) {
      return [
        notes,
        this.renderNote(
          msg('There are no details to compare.', {
            id: 'comparison.no-rows',
            desc: 'Shown instead of the table: no facts to compare.',
          }),
        ),
      ];
    }
    return html`${notes}${this.renderToggle(model)}${this.renderTable(model)}${this.renderAnnouncement(model)}${decisionAid.module?.renderProvenance(doc, model.notes, this.locale)}`;
  }

  private renderNote(text: string) {
    return html`<p class="note" part="note">${text}</p>`;
  }

  private renderToggle(model: Model) {
    if (!model.rows.some((row) => row.same)) return nothing;
    return html`<label class="toggle" part="toggle">
      <input type="checkbox" .checked=${this.differencesOnly} @change=${this.handleToggle} />
      ${msg('Show only differences', {id: 'comparison.toggle', desc: 'Checkbox: hide the rows that are the same for every procedure.'})}
    </label>`;
  }

  // Explicit ARIA roles: the narrow layout changes the table's CSS display,
  // which would otherwise drop its table semantics in some browsers.
  private renderTable({procedures, rows}: Model) {
    const names = procedures.map((p) => localizedText(p.name, this.locale));
    const shortNames = procedures.map((p, i) => localizedText(p.shortName, this.locale) || names[i]);
    const list = formatList(this.locale, names);
    const same = msg('Same for all', {id: 'comparison.same', desc: 'Mark on a row where every procedure is the same.'});
    const columns = procedures.length === 2 ? 'columns-2' : procedures.length > 2 ? 'columns-n' : 'columns-1';
    return html`<div class="scroll" role="region" aria-labelledby="caption">
      <table part="table" class=${columns} role="table">
        <caption id="caption" part="caption">
          <span
            >${msg(str`Comparing ${list}`, {id: 'comparison.caption', desc: 'Table caption. {0}: procedure names, e.g. "A and B".'})}</span
          >
        </caption>
        <thead>
          <tr role="row">
            <td class="corner" role="cell"></td>
            ${names.map((name) => html`<th scope="col" role="columnheader" part="column-header">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr class=${row.same ? 'same' : ''} role="row">
                <th scope="row" role="rowheader" part="row-header">
                  <span class="label">${row.label}</span>
                  ${row.same ? html`<span class="same-mark">${same}</span>` : nothing}
                </th>
                ${row.cells.map((cell, column) => this.renderCell(cell, row.same && column === 0 ? same : shortNames[column]))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * `name` heads the value where the table is narrow (the short procedure
   * name, or "Same for all"); it is hidden from assistive technology, which
   * hears the column header instead.
   */
  private renderCell(cell: Cell | undefined, name: string) {
    const heading = html`<span class="cell-name" aria-hidden="true">${name}</span>`;
    if (!cell) {
      return html`<td part="cell" class="missing" role="cell">
        ${heading}${msg('Not stated', {id: 'comparison.not-stated', desc: 'Cell: the content says nothing about this.'})}
      </td>`;
    }
    const words = {
      yes: () => msg('Yes', {id: 'comparison.yes', desc: 'Cell value: yes.'}),
      no: () => msg('No', {id: 'comparison.no', desc: 'Cell value: no.'}),
      partly: () => msg('Partly', {id: 'comparison.partly', desc: 'Cell value: partly / in some cases.'}),
    };
    // The note number follows the text, or the yes/no word when there is no text.
    const ref = cell.note ? decisionAid.module!.noteRef(cell.note, this.locale) : nothing;
    return html`<td part="cell" role="cell">
      ${heading}${
        cell.value
          ? html`<span class="value"
              ><svg viewBox="0 0 16 16" aria-hidden="true">${icons[cell.value]}</svg
              >${words[cell.value]()}${cell.text ? nothing : ref}</span
            >`
          : nothing
      }
      ${cell.text ? html`<span class="text">${cell.text}${ref}</span>` : nothing}
    </td>`;
  }

  private renderAnnouncement({rows}: Model) {
    const count = rows.filter((row) => row.same).length;
    const n = formatNumber(this.locale, count);
    let text = '';
    if (this.announced === false)
      text = msg('All rows are shown.', {
        id: 'comparison.shown',
        desc: 'Screen-reader announcement: the hidden rows are shown again.',
      });
    if (this.announced) {
      text = plural(this.locale, count, {
        zero: () =>
          msg(str`${n} rows that are the same for all are hidden.`, {
            id: 'comparison.hidden.zero',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
        one: () =>
          msg(str`${n} row that is the same for all is hidden.`, {
            id: 'comparison.hidden.one',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
        two: () =>
          msg(str`${n} rows that are the same for all are hidden.`, {
            id: 'comparison.hidden.two',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
        few: () =>
          msg(str`${n} rows that are the same for all are hidden.`, {
            id: 'comparison.hidden.few',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
        many: () =>
          msg(str`${n} rows that are the same for all are hidden.`, {
            id: 'comparison.hidden.many',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
        other: () =>
          msg(str`${n} rows that are the same for all are hidden.`, {
            id: 'comparison.hidden.other',
            desc: 'Screen-reader announcement: {0} rows that are the same for every procedure were hidden.',
          }),
      });
    }
    return html`<p class="visually-hidden" role="status">${text}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-procedure-comparison': CareProcedureComparison;
  }
}
