import {denominator, frequencyFor, frequencyPath} from '../../content/frequency.js';
import type {ContentDocument, Frequency, Procedure, Risk} from '../../content/types.js';

/** One procedure's side of a risk: the number it states, if any. */
export interface Option {
  procedure: Procedure;
  frequency?: Frequency;
  /** JSON path of `frequency`, for warnings. */
  path: string;
}

export interface RiskEntry {
  risk: Risk;
  /** JSON path of the risk (`risks[3]`). */
  path: string;
  /** One per shown procedure, in the order of `procedures`. */
  options: Option[];
}

export interface RiskModel {
  procedures: Procedure[];
  specific: RiskEntry[];
  general: RiskEntry[];
  /** The one denominator of the whole list. */
  per: 100 | 1000;
  /** Whether any risk has an explanation (then names leave room for the chevron). */
  toggles: boolean;
}

/**
 * What the risk list shows for `procedures` (found in the document already):
 * the risks any of them lists, specific first, each with every procedure's
 * number, and one denominator for the whole list — per 1,000 when any number
 * needs it, so "in 100" never sits next to "in 1,000" (IPDAS). Mixed
 * denominators are a content problem and are reported through `warn`.
 */
export function buildRiskModel(
  doc: ContentDocument,
  procedures: Procedure[],
  hideGeneral: boolean,
  warn: (problem: string) => void,
): RiskModel {
  const entries: RiskEntry[] = [];
  for (const procedure of procedures) {
    const at = doc.procedures.indexOf(procedure);
    procedure.risks?.forEach((id, j) => {
      const index = doc.risks?.findIndex((r) => r.id === id) ?? -1;
      if (index < 0) return warn(`procedures[${at}].risks[${j}]: no risk with id "${id}"`);
      if (entries.some((entry) => entry.risk.id === id)) return;
      const risk = doc.risks![index];
      const options = procedures.map((p) => ({
        procedure: p,
        // A procedure that does not list the risk states no number for it.
        frequency: p.risks?.includes(id) ? frequencyFor(risk, p.id) : undefined,
        path: frequencyPath(risk, index, p.id),
      }));
      entries.push({risk, path: `risks[${index}]`, options});
    });
  }
  const specific = entries.filter((entry) => entry.risk.kind === 'specific');
  const general = hideGeneral ? [] : entries.filter((entry) => entry.risk.kind === 'general');
  const stated = [...specific, ...general].flatMap((entry) => entry.options.filter((option) => option.frequency));
  const per100 = stated.find((option) => denominator(option.frequency!) === 100);
  const per1000 = stated.find((option) => denominator(option.frequency!) === 1000);
  if (per100 && per1000)
    warn(`${per100.path}.per: per 100 here but per 1000 at ${per1000.path}; the list shows every number per 1000`);
  return {
    procedures,
    specific,
    general,
    per: per1000 ? 1000 : 100,
    toggles: [...specific, ...general].some((entry) => entry.risk.explanation),
  };
}
