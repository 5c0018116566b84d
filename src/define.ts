/**
 * The bundle entry: registers every care-* tag. Guarded, so loading the
 * script twice, or the module and the classic build on one page, throws
 * nothing — the first definition stays.
 */
import {CareDoctorCard} from './components/doctor-card/doctor-card.js';
import {CareProcedureComparison} from './components/procedure-comparison/procedure-comparison.js';
import {CareRelatedDoctors} from './components/related-doctors/related-doctors.js';
import {CareRiskList} from './components/risk-list/risk-list.js';
import {CareStarRating} from './components/star-rating/star-rating.js';
import {defineOnce} from './internal/define-once.js';

/** Every tag and its class (the server renderer lists them too). */
export const elements: Record<string, CustomElementConstructor> = {
  'care-star-rating': CareStarRating,
  'care-procedure-comparison': CareProcedureComparison,
  'care-risk-list': CareRiskList,
  'care-doctor-card': CareDoctorCard,
  'care-related-doctors': CareRelatedDoctors,
};

for (const [tag, element] of Object.entries(elements)) defineOnce(tag, element);
