/**
 * Decision-aid gaps in a valid content document: what the International
 * Patient Decision Aid Standards (IPDAS) ask of a risk and of a document's
 * provenance that the format allows to be missing. These are warnings for
 * authors (`npm run check:content`), not errors: the widgets still show the
 * document. Not shipped to visitors.
 */
import {denominator, frequencyFor, frequencyPath} from './frequency.js';
import {localizedText} from './text.js';
import type {ContentDocument, Frequency} from './types.js';

export interface Gap {
  /** JSON path of the field that is missing or inconsistent. */
  path: string;
  message: string;
}

export interface AuditOptions {
  /** The date to compare `nextReview` with (YYYY-MM-DD); today when absent. */
  today?: string;
  /**
   * The document holds only what the hospital's own page states (the built-in
   * catalogue), so facts without a source are fine.
   */
  fromHospitalPage?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function auditContent(doc: ContentDocument, options: AuditOptions = {}): Gap[] {
  const gaps: Gap[] = [];
  const gap = (path: string, message: string) => gaps.push({path, message});
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  // Provenance a reader can see.
  if (!doc.lastReviewed) gap('lastReviewed', 'no review date: say when the content was last checked');
  if (doc.nextReview && doc.nextReview < today) gap('nextReview', `the next review (${doc.nextReview}) is overdue`);
  else if (doc.nextReview && doc.lastReviewed && doc.nextReview < doc.lastReviewed)
    gap('nextReview', 'the next review is before the last one');

  // Facts that do not come from the hospital's own page carry a source; a
  // procedure's `source` is the page its unsourced facts come from.
  if (!options.fromHospitalPage) {
    doc.procedures.forEach((procedure, i) => {
      if (procedure.source) return;
      for (const [row, fact] of Object.entries(procedure.facts ?? {})) {
        if (!fact.source)
          gap(
            `procedures[${i}].facts.${row}.source`,
            `no source, and procedures[${i}].source does not say where its facts come from`,
          );
      }
    });
  }

  // Each risk: a frequency with what makes it comparable, the same
  // denominator and time frame for every option that lists it.
  const denominators = new Map<number, string>();
  let mismatched = false;
  (doc.risks ?? []).forEach((risk, i) => {
    const name = localizedText(risk.name, 'en');
    for (const id of Object.keys(risk.frequencies ?? {})) {
      if (!doc.procedures.some((p) => p.id === id))
        gap(`risks[${i}].frequencies.${id}`, `no procedure with id "${id}": this number is never shown`);
    }
    const stated: [string, Frequency][] = [];
    doc.procedures.forEach((procedure) => {
      if (!procedure.risks?.includes(risk.id)) return;
      const frequency = frequencyFor(risk, procedure.id);
      const path = frequencyPath(risk, i, procedure.id);
      if (!frequency) return;
      stated.push([procedure.id, frequency]);
      if (!denominators.has(denominator(frequency))) denominators.set(denominator(frequency), `${path}.per`);
    });
    const checked = new Set<Frequency>();
    for (const [id, frequency] of stated) {
      if (checked.has(frequency)) continue;
      checked.add(frequency);
      const path = frequencyPath(risk, i, id);
      if (!frequency.timeFrame) gap(`${path}.timeFrame`, `"${name}": no time frame (in the first year? for life?)`);
      if (!frequency.population) gap(`${path}.population`, `"${name}": does not say which people the number is for`);
      if (!frequency.range) gap(`${path}.range`, `"${name}": no range: say how sure the number is`);
    }
    // Only options that list the risk and give it a number are compared.
    if (stated.length > 1) {
      const [firstId, first] = stated[0];
      for (const [id, frequency] of stated.slice(1)) {
        const path = frequencyPath(risk, i, id);
        if (denominator(frequency) !== denominator(first)) {
          mismatched = true;
          gap(
            `${path}.per`,
            `"${name}": per ${denominator(frequency)} here but per ${denominator(first)} for ${firstId}`,
          );
        }
        // A missing time frame is reported above.
        if (frequency.timeFrame && first.timeFrame && !same(frequency.timeFrame, first.timeFrame))
          gap(`${path}.timeFrame`, `"${name}": a different time frame from ${firstId}, so the numbers do not compare`);
      }
    }
    if (stated.length) {
      for (const procedure of doc.procedures) {
        if (procedure.risks?.includes(risk.id) && !frequencyFor(risk, procedure.id))
          gap(
            `risks[${i}].frequencies.${procedure.id}`,
            `"${name}": a number for other procedures but none for ${procedure.id} (shown as "not stated")`,
          );
      }
    }
  });
  // Reported once: a risk whose options differ says it already.
  if (denominators.size > 1 && !mismatched)
    gap(
      denominators.get(100)!,
      'frequencies per 100 and per 1000 in one document: the widgets show them all per 1000; use one denominator',
    );
  return gaps;
}
