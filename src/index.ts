/**
 * Public API (`@care-widgets/widgets/api`): classes, types and helpers. Importing it
 * registers nothing; call define() or import the package's main entry for that.
 */
export {CareElement} from './internal/care-element.js';
export {CareStarRating} from './components/star-rating/star-rating.js';
export {CareProcedureComparison} from './components/procedure-comparison/procedure-comparison.js';
export {CareRiskList} from './components/risk-list/risk-list.js';
export {CareDoctorCard} from './components/doctor-card/doctor-card.js';
export {CareRelatedDoctors} from './components/related-doctors/related-doctors.js';
export {define, elements, type CareTagName} from './registry.js';
export {CareVoteEvent, type CareVoteDetail} from './events/care-vote.js';
export {validateContent} from './content/validate.js';
export {isSafeUrl} from './security/safe-url.js';
export {matchLocale, supportedLocales, type Locale} from './localization/match-locale.js';
export type * from './content/types.js';
