import {CareDoctorCard} from './components/doctor-card/doctor-card.js';
import {CareProcedureComparison} from './components/procedure-comparison/procedure-comparison.js';
import {CareRelatedDoctors} from './components/related-doctors/related-doctors.js';
import {CareRiskList} from './components/risk-list/risk-list.js';
import {CareStarRating} from './components/star-rating/star-rating.js';
import {defineOnce} from './internal/define-once.js';

/** Every tag of the suite and its class. */
export const elements = {
  'care-star-rating': CareStarRating,
  'care-procedure-comparison': CareProcedureComparison,
  'care-risk-list': CareRiskList,
  'care-doctor-card': CareDoctorCard,
  'care-related-doctors': CareRelatedDoctors,
} as const;

export type CareTagName = keyof typeof elements;

/**
 * Registers the given tags, or every tag when none is given. Guarded: a tag that is
 * already defined keeps its definition, and outside a browser nothing happens.
 */
export function define(...tags: CareTagName[]) {
  for (const tag of tags.length ? tags : (Object.keys(elements) as CareTagName[])) defineOnce(tag, elements[tag]);
}
