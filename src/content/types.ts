/**
 * Types of a content document (see schema.ts for the checks and
 * schema/content.schema.json for the published format).
 */

/** Either one string for every locale, or a per-locale map with `en` as the fallback. */
export type Text = string | {[locale: string]: string};

export interface Source {
  title: Text;
  /** http(s) or relative. */
  url: string;
}

export interface Rating {
  /** Average score on the 0..max scale. */
  value: number;
  /** Top of the scale; 10 when absent. */
  max?: number;
  /** Number of votes. */
  count: number;
}

/** One cell of the comparison table: a short text, a yes/no/partly value, or both. */
export interface Fact {
  text?: Text;
  value?: 'yes' | 'no' | 'partly';
  source?: Source;
}

export interface Procedure {
  id: string;
  name: Text;
  summary?: Text;
  /** Keyed by comparison row id. */
  facts?: {[rowId: string]: Fact};
  /** Risk ids, specific and general. */
  risks?: string[];
  /** Doctor ids (doctors may also list the procedure themselves). */
  doctors?: string[];
  rating?: Rating;
  source?: Source;
}

export interface Risk {
  id: string;
  name: Text;
  kind: 'specific' | 'general';
  explanation?: Text;
  serious?: boolean;
  /** A frequency is never guessed: it exists only with its source. */
  frequency?: {rate: number; per?: '100' | '1000'; source: Source};
  source?: Source;
}

export interface Doctor {
  id: string;
  name: Text;
  honorific?: Text;
  photo?: string;
  specialty?: Text;
  subSpecialties?: Text[];
  centre?: Text;
  /** BCP 47 language tags, shown as localized language names. */
  languages?: string[];
  acceptingNewPatients?: boolean;
  rating?: Rating;
  profileUrl?: string;
  bookingUrl?: string;
  procedures?: string[];
  /** Marks sample data that describes no real person. */
  fictional?: boolean;
}

export interface ComparisonRow {
  id: string;
  label: Text;
}

export interface ContentDocument {
  version?: 1;
  /** ISO date (YYYY-MM-DD) the clinical content was last reviewed. */
  lastReviewed?: string;
  note?: string;
  procedures: Procedure[];
  risks?: Risk[];
  doctors?: Doctor[];
  comparisonRows?: ComparisonRow[];
}
