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
  /** A short name for narrow column headings ("Vertebro-plasty" is too long at 320 px); `name` when absent. */
  shortName?: Text;
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

/**
 * How often a risk happens, told the way decision-aid standards (IPDAS) ask:
 * an absolute rate, the denominator it is best read on, the time frame, the
 * people it applies to and how sure we are (a range). Never guessed: a
 * frequency exists only with its source.
 */
export interface Frequency {
  /** Share of people affected, 0..1 (0.03 = 3 in 100). */
  rate: number;
  /** The denominator to show it on; 100 when absent. */
  per?: '100' | '1000';
  /** When it happens, e.g. "in the first year after the procedure". */
  timeFrame?: Text;
  /** Who it applies to, e.g. "people treated for osteoporotic fractures". */
  population?: Text;
  /** Lowest and highest plausible rate (0..1), e.g. from a confidence interval. */
  range?: {low: number; high: number};
  source: Source;
}

export interface Risk {
  id: string;
  name: Text;
  kind: 'specific' | 'general';
  explanation?: Text;
  serious?: boolean;
  /** The frequency for every procedure that lists this risk. */
  frequency?: Frequency;
  /** Frequencies for single procedures, keyed by procedure id (they win over `frequency`). */
  frequencies?: {[procedureId: string]: Frequency};
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

/** Who reviewed the content: a role ("Consultant spine surgeon"), not a person's name. */
export interface Reviewer {
  role: Text;
}

export interface ContentDocument {
  version?: 1;
  /** ISO date (YYYY-MM-DD) the clinical content was last reviewed. */
  lastReviewed?: string;
  /** ISO date (YYYY-MM-DD) of the next planned review. */
  nextReview?: string;
  reviewer?: Reviewer;
  /** Who paid for the content, e.g. "Written and paid for by the hospital; no outside funding." */
  funding?: Text;
  /** Conflicts of interest of the authors and reviewers, or that there are none. */
  conflicts?: Text;
  /** Sources for the document as a whole, listed after the sources of single facts. */
  sources?: Source[];
  note?: string;
  procedures: Procedure[];
  risks?: Risk[];
  doctors?: Doctor[];
  comparisonRows?: ComparisonRow[];
}
