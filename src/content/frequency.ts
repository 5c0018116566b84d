import type {Frequency, Risk} from './types.js';

/** The frequency a risk states for one procedure: its own entry, else the one for every procedure. */
export function frequencyFor(risk: Risk, procedureId: string): Frequency | undefined {
  return risk.frequencies?.[procedureId] ?? risk.frequency;
}

/** The JSON path of that frequency inside `risks[index]`. */
export function frequencyPath(risk: Risk, index: number, procedureId: string): string {
  return risk.frequencies?.[procedureId] ? `risks[${index}].frequencies.${procedureId}` : `risks[${index}].frequency`;
}

/** Denominator of a frequency as a number (100 when absent). */
export const denominator = (frequency: Frequency): 100 | 1000 => (frequency.per === '1000' ? 1000 : 100);
